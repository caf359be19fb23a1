import browser from 'webextension-polyfill';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from '../src/content/start-content-script.ts';
import { bluesky } from '../src/platforms/bluesky/index.ts';

export default defineContentScript({
  matches: ['https://bsky.app/*'],
  runAt: 'document_idle',
  main() {
    startContentScript(bluesky, browser.runtime);
  },
});
