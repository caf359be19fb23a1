import browser from 'webextension-polyfill';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from '../src/content/start-content-script.ts';
import { mastodon } from '../src/platforms/mastodon/index.ts';

export default defineContentScript({
  // The Foundation's own instance and the largest public one; other instances are added at run time.
  matches: ['https://wikimedia.social/*', 'https://mastodon.social/*'],
  runAt: 'document_idle',
  main() {
    startContentScript(mastodon, browser.runtime);
  },
});
