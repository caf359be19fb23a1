import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { createAnalyzerService } from '../src/background/analyzer-service.ts';
import { createCommonsLookup } from '../src/background/commons-lookup.ts';
import { readLicenceMetadata } from '../src/media/read-licence-metadata.ts';
import { serveAnalysis } from '../src/messaging/analysis-server.ts';
import { keepMastodonInstancesRegistered } from '../src/background/mastodon-instances.ts';
import { runOnceIdle } from '../src/background/idle-task.ts';
import { createReminders } from '../src/background/reminders.ts';
import { createTabEventHandler, registerChecklistCommand } from '../src/background/tab-services.ts';
import { preloadNlp } from '../src/core/nlp.ts';

export default defineBackground({
  type: 'module',
  main() {
    // Listeners are registered synchronously so a worker woken by a message, port, alarm or shortcut sees it.
    const { getAnalyzer, settings } = createAnalyzerService(browser.storage);
    // A waking worker answers first and loads compromise (only a few rules need it) once typing pauses.
    const preload = runOnceIdle(preloadNlp, 1500);
    const analyzer = () => {
      preload.poke();
      return getAnalyzer();
    };
    // Firefox's Manifest V2 build has browserAction instead.
    const action = browser.action ?? browser.browserAction;
    const reminders = createReminders({
      storage: browser.storage.local,
      alarms: browser.alarms,
      notifications: () => browser.notifications,
      permissions: browser.permissions,
      iconUrl: browser.runtime.getURL(browser.runtime.getManifest().icons?.['128'] ?? '/icon/128.png'),
    });
    const onTabEvent = createTabEventHandler({ action, auditStorage: browser.storage.local, reminders });
    // The only network request Guidepost makes, and only once the user turns it on in the options page.
    const commons = createCommonsLookup({
      fetch: (url, init) => fetch(url, init),
      storage: browser.storage,
    });
    serveAnalysis(browser.runtime, analyzer, console, settings, onTabEvent, { commons, readMedia: readLicenceMetadata });
    registerChecklistCommand({ commands: browser.commands, tabs: browser.tabs, action });
    keepMastodonInstancesRegistered();
  },
});
