import { createAnalyzer, type Analyzer } from '../core/engine.ts';
import type { MediaPolicy } from '../core/media/media-policy.ts';
import type { AnalyzerSource, ServerSettings } from '../messaging/analysis-server.ts';
import { COMMONS_SETTINGS_KEY } from '../settings/commons-settings.ts';
import { addIgnoredPhrase, IGNORED_PHRASES_KEY, readIgnoredPhrases, type PhraseStorage } from '../settings/ignored-phrases.ts';
import { DEFAULT_POLICY_SETTINGS, mediaPolicyFor, POLICY_SETTINGS_KEY, readPolicySettings } from '../settings/policy-settings.ts';

/** Storage keys whose change rebuilds the analyser and makes every open box check again. */
const ANALYZER_KEYS = [IGNORED_PHRASES_KEY, POLICY_SETTINGS_KEY];

/** The parts of `browser.storage` the analyser's settings need. */
export interface SettingsStorage {
  local: PhraseStorage;
  onChanged: { addListener(listener: (changes: Record<string, unknown>, area: string) => void): void };
}

/**
 * Owns the worker's analyser and the settings it is built from. Settings are read once when the worker
 * starts (requests wait for that) and again whenever storage changes, from any tab or extension page; each
 * change builds a fresh analyser and tells every open compose box to check again.
 */
export function createAnalyzerService(storage: SettingsStorage, log: { warn(message: string): void } = console): {
  getAnalyzer: AnalyzerSource;
  settings: ServerSettings;
} {
  let analyzer: Analyzer | undefined;
  let ignore: string[] = [];
  let media: MediaPolicy = mediaPolicyFor(DEFAULT_POLICY_SETTINGS);
  const listeners: Array<() => void> = [];

  const load = async () => {
    // Read separately, so one unreadable setting leaves the other in force.
    try {
      const { phrases, problems } = await readIgnoredPhrases(storage.local);
      for (const problem of problems) log.warn(`Guidepost: ${problem}`);
      ignore = phrases;
    } catch (error) {
      log.warn(`Guidepost: could not read settings, using defaults (${error instanceof Error ? error.message : String(error)})`);
      ignore = [];
    }
    try {
      const { settings, problems } = await readPolicySettings(storage.local);
      for (const problem of problems) log.warn(`Guidepost: ${problem}`);
      media = mediaPolicyFor(settings);
    } catch (error) {
      log.warn(`Guidepost: could not read the organisation policy, using the default (${error instanceof Error ? error.message : String(error)})`);
      media = mediaPolicyFor(DEFAULT_POLICY_SETTINGS);
    }
    analyzer = undefined;
  };
  let loaded = load();

  // Registered synchronously, as MV3 workers must, so a change that wakes the worker is not missed.
  storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if (ANALYZER_KEYS.some((key) => key in changes)) {
      loaded = load().then(() => {
        for (const listener of listeners) listener();
      });
    } else if (COMMONS_SETTINGS_KEY in changes) {
      // Lookups turned on or off: the analyser is the same, but open boxes check again to look up their links.
      void loaded.then(() => {
        for (const listener of listeners) listener();
      });
    }
  });

  return {
    async getAnalyzer() {
      await loaded;
      return (analyzer ??= createAnalyzer({ vocabulary: { ignore }, media }));
    },
    settings: {
      async ignorePhrase(phrase) {
        await addIgnoredPhrase(storage.local, phrase);
      },
      onChanged: (listener) => void listeners.push(listener),
    },
  };
}
