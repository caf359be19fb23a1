/**
 * Runs the Mastodon content script on the instances the user added. The granted optional host permissions
 * are the only record of them: one dynamic content script, matching exactly those origins, is kept in step
 * with them, so nothing else needs storing and removing the permission (from the options page or the
 * browser's own extension settings) is enough to turn an instance off.
 */
import browser, { type Scripting } from 'webextension-polyfill';
import { addedInstanceOrigins, DEFAULT_INSTANCE_HOSTS, instanceMatchPattern } from '../platforms/mastodon/instances.ts';

/** Id of the one dynamic content script; the static one in the manifest covers the default instances. */
const ADDED_INSTANCES_SCRIPT_ID = 'mastodon-added-instances';
/** What WXT builds entrypoints/mastodon.content.ts to, should the manifest entry not be found. */
const MASTODON_CONTENT_SCRIPT_FILE = 'content-scripts/mastodon.js';

/**
 * The files of the manifest's Mastodon content script (found by a default instance's match pattern), so
 * the added instances get exactly what the default ones get, styles included, whatever the build names.
 */
function mastodonScriptFiles(): { js: string[]; css: string[] } {
  const defaultPattern = instanceMatchPattern(`https://${DEFAULT_INSTANCE_HOSTS[0]}`);
  const declared = browser.runtime.getManifest().content_scripts?.find((script) => script.matches.includes(defaultPattern));
  return { js: declared?.js ?? [MASTODON_CONTENT_SCRIPT_FILE], css: declared?.css ?? [] };
}

/**
 * Registers the listeners (synchronously: an MV3 worker woken by one of these events must find its
 * listener in place) and brings the registration in step once now, since the worker may have been
 * asleep while permissions changed.
 */
export function keepMastodonInstancesRegistered(): void {
  if (!browser.scripting?.registerContentScripts) {
    // Firefox before 102 and other browsers without the scripting API: only the default instances work.
    console.warn('Guidepost: this browser has no scripting.registerContentScripts; added Mastodon instances stay off.');
    return;
  }
  browser.runtime.onInstalled.addListener(() => void syncRegistration());
  browser.runtime.onStartup.addListener(() => void syncRegistration());
  browser.permissions.onAdded.addListener((added) => {
    const origins = addedInstanceOrigins(added.origins ?? []);
    if (origins.length > 0) void syncRegistration().then(() => injectIntoOpenTabs(origins));
  });
  browser.permissions.onRemoved.addListener(() => void syncRegistration());
  void syncRegistration();
}

let pending: Promise<void> = Promise.resolve();

/**
 * Queues one pass of bringing the dynamic script in step with the granted origins. Passes run one after
 * another: two overlapping passes could both see no script and both try to register it.
 */
function syncRegistration(): Promise<void> {
  pending = pending.then(registerForGrantedOrigins).catch((error: unknown) => {
    console.error('Guidepost: could not update the content script for added Mastodon instances', error);
  });
  return pending;
}

async function registerForGrantedOrigins(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const matches = addedInstanceOrigins(origins).map(instanceMatchPattern);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [ADDED_INSTANCES_SCRIPT_ID] });
  if (matches.length === 0) {
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [ADDED_INSTANCES_SCRIPT_ID] });
    return;
  }
  const { js, css } = mastodonScriptFiles();
  const script: Scripting.RegisteredContentScript = {
    id: ADDED_INSTANCES_SCRIPT_ID,
    js,
    ...(css.length > 0 && { css }),
    matches,
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
  const current = registered[0];
  if (!current) await browser.scripting.registerContentScripts([script]);
  else if (!sameItems(current.matches ?? [], matches) || !sameItems(current.js ?? [], js) || !sameItems(current.css ?? [], css)) {
    await browser.scripting.updateContentScripts([script]);
  }
}

/**
 * Starts the content script in tabs that were already open on a newly granted instance, so the user need
 * not reload. A marker in the extension's isolated world keeps a tab from getting it twice from here.
 */
async function injectIntoOpenTabs(origins: readonly string[]): Promise<void> {
  const tabs = await browser.tabs.query({ url: origins.map(instanceMatchPattern) });
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      const target = { tabId: tab.id };
      try {
        const [probe] = await browser.scripting.executeScript({ target, func: claimInjection });
        if (probe?.result !== true) return;
        const { js, css } = mastodonScriptFiles();
        if (css.length > 0) await browser.scripting.insertCSS({ target, files: css });
        await browser.scripting.executeScript({ target, files: js });
      } catch (error) {
        // The tab may have closed or navigated away; it gets the registered script on its next load.
        console.warn(`Guidepost: could not start in the open tab ${tab.url ?? tab.id}`, error);
      }
    }),
  );
}

/** Runs in the tab's isolated world: true the first time only. */
function claimInjection(): boolean {
  const world = globalThis as { __guidepostMastodonInjected?: boolean };
  if (world.__guidepostMastodonInjected) return false;
  world.__guidepostMastodonInjected = true;
  return true;
}

function sameItems(a: readonly string[], b: readonly string[]): boolean {
  const sortedB = [...b].sort();
  return a.length === b.length && [...a].sort().every((item, index) => item === sortedB[index]);
}
