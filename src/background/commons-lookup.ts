import { parseCommonsResponse } from '../core/media/commons.ts';
import { commonsFileSchema, type CommonsFile } from '../core/types.ts';
import type { CommonsSource } from '../messaging/analysis-server.ts';
import { COMMONS_CACHE_DAYS, COMMONS_CACHE_KEY, COMMONS_SETTINGS_KEY, parseCommonsSettings } from '../settings/commons-settings.ts';

export { COMMONS_CACHE_DAYS, COMMONS_CACHE_KEY };
export const COMMONS_API = 'https://commons.wikimedia.org/w/api.php';
const CACHE_TTL_MS = COMMONS_CACHE_DAYS * 24 * 60 * 60 * 1000;
export const MAX_CACHE_ENTRIES = 500;
/** The API's limit on titles per query for anonymous users. */
export const MAX_TITLES_PER_REQUEST = 50;
/** After a failed request, the same titles are not asked again for this long, so typing offline sends nothing more. */
const RETRY_AFTER_MS = 60_000;

/** The parts of `browser.storage` the lookup needs; tests pass an in-memory one. */
export interface CommonsLookupStorage {
  local: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
    remove(key: string): Promise<void>;
  };
  onChanged: { addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void };
}

export type CommonsFetch = (url: string, init: RequestInit) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;

export interface CommonsLookupOptions {
  fetch: CommonsFetch;
  storage: CommonsLookupStorage;
  now?: () => number;
  log?: { warn(message: string): void };
  /** Each request is abandoned after this long (default 10 s). */
  timeoutMs?: number;
  /**
   * Titles asked for within this long are sent together (default 400 ms): while a link is typed, only the
   * finished name goes out, not each keystroke's.
   */
  batchDelayMs?: number;
  endpoint?: string;
}

export interface CommonsLookup extends CommonsSource {
  /** Forgets every cached answer, in memory and in storage. */
  clearCache(): Promise<void>;
}

interface CacheEntry {
  file: CommonsFile;
  fetchedAt: number;
}

/**
 * Looks up the licence of Commons files that posts link to, when the user turned lookups on. Only file titles
 * are sent, never a post's text; requests carry no cookies. Answers are kept for seven days in storage.local
 * and in memory; failures are logged once and never reach the caller.
 */
export function createCommonsLookup(options: CommonsLookupOptions): CommonsLookup {
  const { storage } = options;
  const now = options.now ?? Date.now;
  const log = options.log ?? console;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const batchDelayMs = options.batchDelayMs ?? 400;
  const endpoint = options.endpoint ?? COMMONS_API;

  let enabled = false;
  const readEnabled = async () => {
    try {
      const stored = await storage.local.get(COMMONS_SETTINGS_KEY);
      const { settings, problems } = parseCommonsSettings(stored[COMMONS_SETTINGS_KEY]);
      for (const problem of problems) log.warn(`Guidepost: ${problem}`);
      enabled = settings.enabled;
    } catch (error) {
      log.warn(`Guidepost: could not read the Commons setting, lookups stay off (${message(error)})`);
      enabled = false;
    }
  };
  let settingsRead = readEnabled();

  let memory: Map<string, CacheEntry> | undefined;
  let loading: Promise<Map<string, CacheEntry>> | undefined;
  /** Bumped when the cache is cleared, so an answer already on its way is not stored into the fresh cache. */
  let generation = 0;
  const inFlight = new Map<string, Promise<boolean>>();
  const failedAt = new Map<string, number>();
  let warned = false;

  const loadCache = (): Promise<Map<string, CacheEntry>> => {
    if (memory) return Promise.resolve(memory);
    loading ??= (async () => {
      const entries = new Map<string, CacheEntry>();
      try {
        const stored = (await storage.local.get(COMMONS_CACHE_KEY))[COMMONS_CACHE_KEY];
        const { valid, corrupt } = parseCache(stored);
        for (const [title, entry] of valid) entries.set(title, entry);
        if (corrupt && entries.size === 0) {
          log.warn('Guidepost: the Commons cache was damaged and has been cleared');
          await storage.local.remove(COMMONS_CACHE_KEY).catch(() => undefined);
        } else if (corrupt) {
          log.warn('Guidepost: damaged entries of the Commons cache were dropped');
          memory = entries;
          await persist(entries);
        }
      } catch (error) {
        log.warn(`Guidepost: could not read the Commons cache (${message(error)})`);
      }
      memory ??= entries;
      loading = undefined;
      return memory;
    })();
    return loading;
  };

  let writing = Promise.resolve();
  const persist = (cache: Map<string, CacheEntry>) => {
    writing = writing.then(async () => {
      const at = now();
      const kept = [...cache.entries()].filter(([, entry]) => fresh(entry, at)).sort((a, b) => b[1].fetchedAt - a[1].fetchedAt).slice(0, MAX_CACHE_ENTRIES);
      if (kept.length < cache.size) {
        cache.clear();
        for (const [title, entry] of kept) cache.set(title, entry);
      }
      try {
        await storage.local.set({ [COMMONS_CACHE_KEY]: { version: 1, entries: Object.fromEntries(kept) } });
      } catch (error) {
        warnOnce(`could not save the Commons cache (${message(error)})`);
      }
    });
    return writing;
  };

  const fresh = (entry: CacheEntry, at: number) => at - entry.fetchedAt < CACHE_TTL_MS && entry.fetchedAt <= at + 60_000;

  const warnOnce = (text: string) => {
    if (warned) return;
    warned = true;
    log.warn(`Guidepost: ${text}; further Commons errors are not logged until a lookup succeeds`);
  };

  storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if (COMMONS_SETTINGS_KEY in changes) settingsRead = readEnabled();
    // Cleared from the options page: forget the memory copy too.
    if (COMMONS_CACHE_KEY in changes && changes[COMMONS_CACHE_KEY]?.newValue === undefined) forget();
  });

  const forget = () => {
    memory = new Map();
    loading = undefined;
    generation++;
    failedAt.clear();
  };

  // Titles waiting for the batch timer, each with the promise its callers wait on.
  let pending = new Map<string, { resolve: (stored: boolean) => void }>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    timer = undefined;
    const batch = pending;
    pending = new Map();
    const titles = [...batch.keys()];
    // A title another pending title continues ("File:A.jp", "File:A.jpg") was a name still being typed: not sent.
    const send = enabled ? titles.filter((title) => !titles.some((other) => other.length > title.length && other.startsWith(title))) : [];
    for (const title of titles) {
      if (send.includes(title)) continue;
      inFlight.delete(title);
      batch.get(title)!.resolve(false);
    }
    for (let i = 0; i < send.length; i += MAX_TITLES_PER_REQUEST) {
      const chunk = send.slice(i, i + MAX_TITLES_PER_REQUEST);
      void request(chunk).then((stored) => {
        for (const title of chunk) batch.get(title)!.resolve(stored.has(title));
      });
    }
  };

  /** One API request; resolves with the titles it stored an answer for, never rejects. */
  const request = async (titles: string[]): Promise<Set<string>> => {
    const stored = new Set<string>();
    const started = generation;
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const params = new URLSearchParams({
        action: 'query',
        format: 'json',
        formatversion: '2',
        prop: 'imageinfo',
        iiprop: 'extmetadata',
        iiextmetadatafilter: 'Artist|LicenseShortName|LicenseUrl|AttributionRequired|NonFree|Copyrighted',
        redirects: '1',
        origin: '*',
        titles: titles.join('|'),
      });
      const response = await options.fetch(`${endpoint}?${params}`, {
        method: 'GET',
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        signal: controller.signal,
      });
      if (!response.ok) throw new Error(`Commons answered HTTP ${response.status}`);
      const files = parseCommonsResponse(await response.json());
      const byTitle = new Map(files.map((file) => [file.title, file]));
      const answered = titles.filter((title) => byTitle.has(title));
      if (answered.length === 0) throw new Error('Commons sent an answer Guidepost could not read');
      if (started !== generation) return stored;
      const cache = await loadCache();
      const at = now();
      for (const title of answered) {
        // Stored under the title asked, which is what the post's link gives.
        cache.set(title, { file: { ...byTitle.get(title)!, title }, fetchedAt: at });
        stored.add(title);
      }
      warned = false;
      await persist(cache);
      for (const title of titles) if (!stored.has(title)) failedAt.set(title, at);
    } catch (error) {
      const at = now();
      for (const title of titles) failedAt.set(title, at);
      warnOnce(controller.signal.aborted ? `a Commons lookup took longer than ${timeoutMs / 1000} s and was abandoned` : `a Commons lookup failed (${message(error)})`);
    } finally {
      clearTimeout(timeout);
      for (const title of titles) inFlight.delete(title);
    }
    return stored;
  };

  return {
    async known(titles) {
      await settingsRead;
      if (!enabled || titles.length === 0) return [];
      const cache = await loadCache();
      const at = now();
      const files: CommonsFile[] = [];
      for (const title of titles) {
        const entry = cache.get(title);
        if (entry && fresh(entry, at)) files.push(entry.file);
      }
      return files;
    },

    lookUp(titles, done) {
      void (async () => {
        await settingsRead;
        if (!enabled) return;
        const cache = await loadCache();
        const at = now();
        const waits: Promise<boolean>[] = [];
        for (const title of new Set(titles)) {
          const entry = cache.get(title);
          if (entry && fresh(entry, at)) continue;
          const failed = failedAt.get(title);
          if (failed !== undefined && at - failed < RETRY_AFTER_MS) continue;
          let wait = inFlight.get(title);
          if (!wait) {
            wait = new Promise<boolean>((resolve) => pending.set(title, { resolve }));
            inFlight.set(title, wait);
          }
          waits.push(wait);
        }
        if (pending.size > 0 && timer === undefined) timer = setTimeout(flush, batchDelayMs);
        if (waits.length === 0) return;
        const stored = await Promise.all(waits);
        if (stored.some(Boolean)) done();
      })().catch((error: unknown) => warnOnce(`a Commons lookup failed (${message(error)})`));
    },

    async clearCache() {
      forget();
      await storage.local.remove(COMMONS_CACHE_KEY);
    },
  };
}

/** The stored cache, entry by entry; `corrupt` when the whole value is unusable or some entries were. */
function parseCache(value: unknown): { valid: Array<[string, CacheEntry]>; corrupt: boolean } {
  if (value === undefined) return { valid: [], corrupt: false };
  if (typeof value !== 'object' || value === null || (value as { version?: unknown }).version !== 1) return { valid: [], corrupt: true };
  const entries = (value as { entries?: unknown }).entries;
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) return { valid: [], corrupt: true };
  const valid: Array<[string, CacheEntry]> = [];
  let corrupt = false;
  for (const [title, raw] of Object.entries(entries as Record<string, unknown>)) {
    const entry = raw as { file?: unknown; fetchedAt?: unknown } | null;
    const file = commonsFileSchema.safeParse(entry?.file);
    const fetchedAt = entry?.fetchedAt;
    if (!file.success || file.data.title !== title || typeof fetchedAt !== 'number' || !Number.isFinite(fetchedAt)) {
      corrupt = true;
      continue;
    }
    valid.push([title, { file: file.data, fetchedAt }]);
  }
  return { valid, corrupt };
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
