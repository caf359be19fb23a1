import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COMMONS_CACHE_KEY,
  createCommonsLookup,
  MAX_CACHE_ENTRIES,
  type CommonsFetch,
  type CommonsLookupOptions,
  type CommonsLookupStorage,
} from '../../src/background/commons-lookup.ts';
import { COMMONS_SETTINGS_KEY } from '../../src/settings/commons-settings.ts';

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/commons', name), 'utf8'));

type Listener = Parameters<CommonsLookupStorage['onChanged']['addListener']>[0];

function memoryStorage(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  const listeners: Listener[] = [];
  const changed = (key: string) => {
    for (const listener of listeners) listener({ [key]: { newValue: data[key] } }, 'local');
  };
  const storage: CommonsLookupStorage = {
    local: {
      get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
      set: async (items) => {
        Object.assign(data, structuredClone(items));
        for (const key of Object.keys(items)) changed(key);
      },
      remove: async (key) => {
        delete data[key];
        changed(key);
      },
    },
    onChanged: { addListener: (listener) => void listeners.push(listener) },
  };
  return { data, storage };
}

/** A stand-in for the API that answers from recorded shapes and remembers every request. */
function fakeApi(answer: (titles: string[]) => unknown = answerFromFixtures) {
  const requests: Array<{ url: URL; init: RequestInit }> = [];
  const fetch: CommonsFetch = async (url, init) => {
    const parsed = new URL(url);
    requests.push({ url: parsed, init });
    const body = answer(parsed.searchParams.get('titles')!.split('|'));
    if (body instanceof Error) throw body;
    if (typeof body === 'number') return new Response('busy', { status: body });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
  };
  return { fetch, requests };
}

/** Pages from the recorded answers, found by the titles asked, in the formatversion 2 shape. */
function answerFromFixtures(titles: string[]) {
  const pages: unknown[] = [];
  const normalized: unknown[] = [];
  for (const name of ['fv2-list-artist.json', 'fv2-public-domain.json', 'fv2-missing.json']) {
    const query = (fixture(name) as { query: { pages: Array<{ title: string }>; normalized?: Array<{ from: string; to: string }> } }).query;
    for (const page of query.pages) if (titles.includes(page.title)) pages.push(page);
    for (const entry of query.normalized ?? []) {
      if (!titles.includes(entry.from)) continue;
      normalized.push(entry);
      pages.push(...query.pages.filter((page) => page.title === entry.to));
    }
  }
  for (const title of titles) {
    if (!pages.some((p) => (p as { title: string }).title === title) && !normalized.some((n) => (n as { from: string }).from === title)) {
      pages.push({ ns: 6, title, missing: true, imagerepository: '' });
    }
  }
  return { batchcomplete: true, query: { normalized, pages } };
}

const DOUGLAS = 'File:Douglas adams portrait cropped.jpg';
const GOWER = 'File:Elizabeth I George Gower.jpg';
const DAY = 24 * 60 * 60 * 1000;

function setup(stored: Record<string, unknown> = { [COMMONS_SETTINGS_KEY]: { enabled: true } }, overrides: Partial<CommonsLookupOptions> = {}) {
  const { data, storage } = memoryStorage(stored);
  const api = fakeApi();
  let time = Date.UTC(2026, 0, 15);
  const warnings: string[] = [];
  const lookup = createCommonsLookup({
    fetch: api.fetch,
    storage,
    now: () => time,
    log: { warn: (m) => void warnings.push(m) },
    batchDelayMs: 0,
    ...overrides,
  });
  return {
    data,
    storage,
    api,
    lookup,
    warnings,
    advance: (ms: number) => void (time += ms),
    /** Looks titles up and resolves with whether `done` was called once things settled. */
    lookUp: async (titles: string[]) => {
      let calls = 0;
      lookup.lookUp(titles, () => calls++);
      await settle();
      return calls;
    },
  };
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('Commons lookups', () => {
  it('are off by default: nothing known, nothing fetched, done never called', async () => {
    const t = setup({});
    expect(await t.lookup.known([DOUGLAS])).toEqual([]);
    expect(await t.lookUp([DOUGLAS])).toBe(0);
    expect(t.api.requests).toEqual([]);
  });

  it('look up only the titles, without cookies, and cache the answer', async () => {
    const t = setup();
    expect(await t.lookUp([DOUGLAS, GOWER])).toBe(1);
    expect(t.api.requests).toHaveLength(1);
    const [{ url, init }] = t.api.requests as [{ url: URL; init: RequestInit }];
    expect(url.origin + url.pathname).toBe('https://commons.wikimedia.org/w/api.php');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      action: 'query',
      prop: 'imageinfo',
      iiprop: 'extmetadata',
      format: 'json',
      formatversion: '2',
      origin: '*',
      titles: `${DOUGLAS}|${GOWER}`,
    });
    expect(init.credentials).toBe('omit');
    expect(init.signal).toBeInstanceOf(AbortSignal);

    const known = await t.lookup.known([DOUGLAS, GOWER, 'File:Other.jpg']);
    expect(known.map((f) => [f.title, f.licence])).toEqual([
      [DOUGLAS, 'CC BY-SA 2.0'],
      [GOWER, 'Public domain'],
    ]);
    // Stored for the next worker too.
    const stored = t.data[COMMONS_CACHE_KEY] as { version: number; entries: Record<string, { fetchedAt: number }> };
    expect(stored.version).toBe(1);
    expect(Object.keys(stored.entries).sort()).toEqual([DOUGLAS, GOWER]);
  });

  it('answer a second time from the cache, in memory and after a restart, until seven days have passed', async () => {
    const t = setup();
    await t.lookUp([DOUGLAS]);
    expect(await t.lookUp([DOUGLAS])).toBe(0);
    expect(t.api.requests).toHaveLength(1);

    // A new worker reads the stored cache.
    const again = createCommonsLookup({ fetch: t.api.fetch, storage: t.storage, now: () => Date.UTC(2026, 0, 20), batchDelayMs: 0 });
    expect((await again.known([DOUGLAS])).map((f) => f.title)).toEqual([DOUGLAS]);

    t.advance(7 * DAY);
    expect(await t.lookup.known([DOUGLAS])).toEqual([]);
    expect(await t.lookUp([DOUGLAS])).toBe(1);
    expect(t.api.requests).toHaveLength(2);
  });

  it('stores a missing file under the title asked, so it is not asked again', async () => {
    const t = setup();
    expect(await t.lookUp(['File:No_such_file_here.jpg'])).toBe(1);
    expect(await t.lookup.known(['File:No_such_file_here.jpg'])).toEqual([{ title: 'File:No_such_file_here.jpg', status: 'missing' }]);
    await t.lookUp(['File:No_such_file_here.jpg']);
    expect(t.api.requests).toHaveLength(1);
  });

  it('sends one request for titles asked at once from several places, and calls each done', async () => {
    const t = setup({ [COMMONS_SETTINGS_KEY]: { enabled: true } }, { batchDelayMs: 20 });
    let first = 0;
    let second = 0;
    t.lookup.lookUp([DOUGLAS], () => first++);
    t.lookup.lookUp([DOUGLAS, GOWER], () => second++);
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(t.api.requests).toHaveLength(1);
    expect(t.api.requests[0]!.url.searchParams.get('titles')).toBe(`${DOUGLAS}|${GOWER}`);
    expect([first, second]).toEqual([1, 1]);

    // One already on its way is awaited, not asked again.
    const slow = setup({ [COMMONS_SETTINGS_KEY]: { enabled: true } }, { batchDelayMs: 0 });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const inner = slow.api.fetch;
    let calls = 0;
    const gated = createCommonsLookup({ fetch: async (url, init) => (calls++, await gate, inner(url, init)), storage: slow.storage, batchDelayMs: 0 });
    let a = 0;
    let b = 0;
    gated.lookUp([DOUGLAS], () => a++);
    await settle();
    gated.lookUp([DOUGLAS], () => b++);
    await settle();
    release();
    await settle();
    expect(calls).toBe(1);
    expect([a, b]).toEqual([1, 1]);
  });

  it('does not send a name still being typed along with the finished one', async () => {
    const t = setup({ [COMMONS_SETTINGS_KEY]: { enabled: true } }, { batchDelayMs: 20 });
    t.lookup.lookUp(['File:Douglas adams portrait cropped.jp'], () => {});
    t.lookup.lookUp([DOUGLAS], () => {});
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(t.api.requests.map((r) => r.url.searchParams.get('titles'))).toEqual([DOUGLAS]);
  });

  it('splits more than 50 titles into requests of 50', async () => {
    const t = setup();
    const titles = Array.from({ length: 120 }, (_, i) => `File:Photo ${i}.jpg`);
    await t.lookUp(titles);
    expect(t.api.requests.map((r) => r.url.searchParams.get('titles')!.split('|').length)).toEqual([50, 50, 20]);
  });

  it('abandons a request that takes too long, logs it once, and does not retry at once', async () => {
    const { storage } = memoryStorage({ [COMMONS_SETTINGS_KEY]: { enabled: true } });
    const warnings: string[] = [];
    let calls = 0;
    let aborted = false;
    const hanging: CommonsFetch = (_url, init) => {
      calls++;
      return new Promise((_resolve, reject) =>
        init.signal!.addEventListener('abort', () => {
          aborted = true;
          reject(new DOMException('aborted', 'AbortError'));
        }),
      );
    };
    const lookup = createCommonsLookup({ fetch: hanging, storage, timeoutMs: 20, batchDelayMs: 0, log: { warn: (m) => void warnings.push(m) } });
    let done = 0;
    lookup.lookUp([DOUGLAS], () => done++);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(aborted).toBe(true);
    expect(done).toBe(0);
    lookup.lookUp([DOUGLAS, GOWER], () => done++);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(calls).toBe(2);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('longer than');
    expect(await lookup.known([DOUGLAS])).toEqual([]);
  });

  it('never throws on network errors, HTTP errors or malformed answers, and logs once', async () => {
    for (const bad of [new TypeError('Failed to fetch'), 503, 'not json', { query: { pages: 'nope' } }, { error: { code: 'maxlag' } }]) {
      const { storage } = memoryStorage({ [COMMONS_SETTINGS_KEY]: { enabled: true } });
      const api = fakeApi(() => bad);
      const warnings: string[] = [];
      const lookup = createCommonsLookup({ fetch: api.fetch, storage, batchDelayMs: 0, log: { warn: (m) => void warnings.push(m) } });
      let done = 0;
      lookup.lookUp([DOUGLAS], () => done++);
      lookup.lookUp(['File:Second.jpg'], () => done++);
      await settle();
      expect(done, String(bad)).toBe(0);
      expect(warnings, String(bad)).toHaveLength(1);
      expect(await lookup.known([DOUGLAS])).toEqual([]);
    }
  });

  it('drops a corrupt cache without failing, and keeps the entries that are still good', async () => {
    const now = Date.UTC(2026, 0, 15);
    for (const corrupt of ['garbage', 42, { version: 2 }, { version: 1, entries: [] }]) {
      const t = setup({ [COMMONS_SETTINGS_KEY]: { enabled: true }, [COMMONS_CACHE_KEY]: corrupt });
      expect(await t.lookup.known([DOUGLAS])).toEqual([]);
      expect(t.data[COMMONS_CACHE_KEY]).toBeUndefined();
      expect(t.warnings.join()).toContain('damaged');
      expect(await t.lookUp([DOUGLAS])).toBe(1);
    }
    const good = { file: { title: GOWER, status: 'found', licence: 'Public domain' }, fetchedAt: now };
    const t = setup({
      [COMMONS_SETTINGS_KEY]: { enabled: true },
      [COMMONS_CACHE_KEY]: {
        version: 1,
        entries: {
          [GOWER]: good,
          [DOUGLAS]: { file: { title: DOUGLAS, status: 'exploded' }, fetchedAt: now },
          'File:Wrong.jpg': { file: { title: 'File:Other.jpg', status: 'found' }, fetchedAt: now },
          'File:NoTime.jpg': { file: { title: 'File:NoTime.jpg', status: 'found' }, fetchedAt: 'yesterday' },
        },
      },
    });
    expect(await t.lookup.known([GOWER, DOUGLAS, 'File:Wrong.jpg', 'File:NoTime.jpg'])).toEqual([good.file]);
  });

  it(`keeps at most ${MAX_CACHE_ENTRIES} entries, the newest`, async () => {
    const t = setup();
    for (let batch = 0; batch < 11; batch++) {
      await t.lookUp(Array.from({ length: 50 }, (_, i) => `File:Batch ${batch} photo ${i}.jpg`));
      t.advance(1000);
    }
    const stored = t.data[COMMONS_CACHE_KEY] as { entries: Record<string, unknown> };
    expect(Object.keys(stored.entries)).toHaveLength(MAX_CACHE_ENTRIES);
    expect(stored.entries['File:Batch 0 photo 0.jpg']).toBeUndefined();
    expect(stored.entries['File:Batch 10 photo 0.jpg']).toBeDefined();
  });

  it('follows the setting as it changes, and forgets its answers when the cache is cleared', async () => {
    const t = setup({});
    await t.lookUp([DOUGLAS]);
    expect(t.api.requests).toHaveLength(0);
    await t.storage.local.set({ [COMMONS_SETTINGS_KEY]: { enabled: true } });
    expect(await t.lookUp([DOUGLAS])).toBe(1);
    expect(await t.lookup.known([DOUGLAS])).toHaveLength(1);

    await t.storage.local.set({ [COMMONS_SETTINGS_KEY]: { enabled: false } });
    expect(await t.lookup.known([DOUGLAS])).toEqual([]);
    await t.storage.local.set({ [COMMONS_SETTINGS_KEY]: { enabled: true } });
    expect(await t.lookup.known([DOUGLAS])).toHaveLength(1);

    // The options page removes the key; the worker's memory copy goes with it.
    await t.storage.local.remove(COMMONS_CACHE_KEY);
    expect(await t.lookup.known([DOUGLAS])).toEqual([]);
    expect(await t.lookUp([DOUGLAS])).toBe(1);
    expect(t.api.requests).toHaveLength(2);

    await t.lookup.clearCache();
    expect(t.data[COMMONS_CACHE_KEY]).toBeUndefined();
    expect(await t.lookup.known([DOUGLAS])).toEqual([]);
  });

  it('reads a damaged setting as off', async () => {
    const t = setup({ [COMMONS_SETTINGS_KEY]: { enabled: 'yes' } });
    await t.lookUp([DOUGLAS]);
    expect(t.api.requests).toHaveLength(0);
    expect(t.warnings.join()).toContain(`${COMMONS_SETTINGS_KEY}.enabled was reset to false`);
  });
});
