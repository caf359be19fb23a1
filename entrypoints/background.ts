import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { createAnalyzerService } from '../src/background/analyzer-service.ts';
import { serveAnalysis } from '../src/messaging/analysis-server.ts';
import { keepMastodonInstancesRegistered } from '../src/background/mastodon-instances.ts';
import { runOnceIdle } from '../src/background/idle-task.ts';
import { preloadNlp } from '../src/core/nlp.ts';

export default defineBackground({
  type: 'module',
  main() {
    // Listeners are registered synchronously so a worker woken by a message or port sees it.
    const { getAnalyzer, settings } = createAnalyzerService(browser.storage);
    // A waking worker answers first and loads compromise (only a few rules need it) once typing pauses.
    const preload = runOnceIdle(preloadNlp, 1500);
    const analyzer = () => {
      preload.poke();
      return getAnalyzer();
    };
    serveAnalysis(browser.runtime, analyzer, console, settings);
    keepMastodonInstancesRegistered();
  },
});
