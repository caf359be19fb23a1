import browser from 'webextension-polyfill';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from '../src/content/start-content-script.ts';
import { threads } from '../src/platforms/threads/index.ts';

export default defineContentScript({
  // threads.net redirects to threads.com, but older links and cached sessions still land on it.
  matches: ['https://www.threads.com/*', 'https://www.threads.net/*'],
  runAt: 'document_idle',
  main() {
    startContentScript(threads, browser.runtime);
  },
});
