import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { createAnalyzer, type Analyzer } from '../src/core/engine.ts';
import { serveAnalysis } from '../src/messaging/analysis-server.ts';
import { keepMastodonInstancesRegistered } from '../src/background/mastodon-instances.ts';

export default defineBackground({
  type: 'module',
  main() {
    let analyzer: Analyzer | undefined;
    // Listeners are registered synchronously so a worker woken by a message or port sees it.
    serveAnalysis(browser.runtime, () => (analyzer ??= createAnalyzer()));
    keepMastodonInstancesRegistered();
  },
});
