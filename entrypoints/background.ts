import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { createAnalyzerService } from '../src/background/analyzer-service.ts';
import { serveAnalysis } from '../src/messaging/analysis-server.ts';
import { keepMastodonInstancesRegistered } from '../src/background/mastodon-instances.ts';

export default defineBackground({
  type: 'module',
  main() {
    // Listeners are registered synchronously so a worker woken by a message or port sees it.
    const { getAnalyzer, settings } = createAnalyzerService(browser.storage);
    serveAnalysis(browser.runtime, getAnalyzer, console, settings);
    keepMastodonInstancesRegistered();
  },
});
