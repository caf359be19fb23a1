import browser from 'webextension-polyfill';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from '../src/content/start-content-script.ts';
import { x } from '../src/platforms/x/index.ts';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
  runAt: 'document_idle',
  main() {
    startContentScript(x, browser.runtime);
  },
});
