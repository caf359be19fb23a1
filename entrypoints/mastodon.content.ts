import browser from 'webextension-polyfill';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchComposeBoxes } from '../src/content/watch-compose-boxes.ts';
import { createAnalysisClient } from '../src/messaging/analysis-client.ts';
import { mastodon } from '../src/platforms/mastodon/index.ts';

export default defineContentScript({
  // The Foundation's own instance and the largest public one; other instances are added at run time.
  matches: ['https://wikimedia.social/*', 'https://mastodon.social/*'],
  runAt: 'document_idle',
  main() {
    watchComposeBoxes(mastodon, (events) => createAnalysisClient(browser.runtime, events));
  },
});
