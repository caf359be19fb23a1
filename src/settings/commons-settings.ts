import { z } from '../core/zod.ts';

/**
 * Whether Guidepost may look up the Commons files a post links to (src/background/commons-lookup.ts), kept in
 * `storage.local`. Off by default: it is the only network request Guidepost makes. Read field by field: a bad
 * value falls back to its default and is named.
 */
export const COMMONS_SETTINGS_KEY = 'guidepost.commons';
/** Where the lookup keeps its answers (src/background/commons-lookup.ts); the options page can clear it. */
export const COMMONS_CACHE_KEY = 'guidepost.commonsCache';
/** How long an answer is trusted: licences on Commons rarely change, and each lookup is a request the user pays for. */
export const COMMONS_CACHE_DAYS = 7;

export interface CommonsSettings {
  enabled: boolean;
}

export const DEFAULT_COMMONS_SETTINGS: CommonsSettings = { enabled: false };

const fieldSchemas = { enabled: z.boolean() };

export function parseCommonsSettings(value: unknown): { settings: CommonsSettings; problems: string[] } {
  if (value === undefined) return { settings: { ...DEFAULT_COMMONS_SETTINGS }, problems: [] };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { settings: { ...DEFAULT_COMMONS_SETTINGS }, problems: [`${COMMONS_SETTINGS_KEY} is not an object; the defaults are used`] };
  }
  const stored = value as Record<string, unknown>;
  const problems: string[] = [];
  const field = <K extends keyof CommonsSettings>(key: K): CommonsSettings[K] => {
    if (stored[key] === undefined) return DEFAULT_COMMONS_SETTINGS[key];
    const parsed = fieldSchemas[key].safeParse(stored[key]);
    if (parsed.success) return parsed.data as CommonsSettings[K];
    problems.push(`${COMMONS_SETTINGS_KEY}.${key} was reset to ${String(DEFAULT_COMMONS_SETTINGS[key])}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return DEFAULT_COMMONS_SETTINGS[key];
  };
  return { settings: { enabled: field('enabled') }, problems };
}

/** The storage area methods these settings need (a subset of `browser.storage.local`). */
export interface CommonsSettingsStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function readCommonsSettings(storage: Pick<CommonsSettingsStorage, 'get'>): Promise<{ settings: CommonsSettings; problems: string[] }> {
  return parseCommonsSettings((await storage.get(COMMONS_SETTINGS_KEY))[COMMONS_SETTINGS_KEY]);
}

export async function saveCommonsSettings(storage: CommonsSettingsStorage, settings: CommonsSettings): Promise<void> {
  await storage.set({ [COMMONS_SETTINGS_KEY]: { enabled: settings.enabled } });
}
