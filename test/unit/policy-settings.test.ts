import { describe, expect, it } from 'vitest';
import { createAnalyzerService, type SettingsStorage } from '../../src/background/analyzer-service.ts';
import type { CommonsFile } from '../../src/core/types.ts';
import { COMMONS_SETTINGS_KEY } from '../../src/settings/commons-settings.ts';
import { cisA2kMedia, wikimediaFoundationMedia } from '../../src/core/media/media-policy.ts';
import {
  describeMediaRule,
  mediaPolicyFor,
  parsePolicySettings,
  POLICY_SETTINGS_KEY,
  readPolicySettings,
  savePolicySettings,
} from '../../src/settings/policy-settings.ts';

describe('policy settings', () => {
  it('default to the Wikimedia Foundation’s policy', () => {
    expect(parsePolicySettings(undefined)).toEqual({ settings: { id: 'wikimedia-foundation' }, problems: [] });
    expect(parsePolicySettings({})).toEqual({ settings: { id: 'wikimedia-foundation' }, problems: [] });
  });

  it('read either built-in policy', () => {
    expect(parsePolicySettings({ id: 'cis-a2k' })).toEqual({ settings: { id: 'cis-a2k' }, problems: [] });
    expect(mediaPolicyFor({ id: 'cis-a2k' })).toBe(cisA2kMedia);
    expect(mediaPolicyFor({ id: 'wikimedia-foundation' })).toBe(wikimediaFoundationMedia);
  });

  it('repair what is damaged, naming it', () => {
    for (const bad of [{ id: 'acme' }, { id: 7 }, { id: '__proto__' }, { id: 'toString' }]) {
      const { settings, problems } = parsePolicySettings(bad);
      expect(settings).toEqual({ id: 'wikimedia-foundation' });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain(`${POLICY_SETTINGS_KEY}.id was reset to wikimedia-foundation`);
    }
    for (const bad of ['cis-a2k', null, [], 3]) {
      const { settings, problems } = parsePolicySettings(bad);
      expect(settings).toEqual({ id: 'wikimedia-foundation' });
      expect(problems).toEqual([`${POLICY_SETTINGS_KEY} is not an object; the defaults are used`]);
    }
  });

  it('save and read back through storage', async () => {
    const data: Record<string, unknown> = {};
    const storage = { get: async (key: string) => ({ [key]: data[key] }), set: async (items: Record<string, unknown>) => void Object.assign(data, items) };
    await savePolicySettings(storage, { id: 'cis-a2k' });
    expect(data[POLICY_SETTINGS_KEY]).toEqual({ id: 'cis-a2k' });
    expect((await readPolicySettings(storage)).settings).toEqual({ id: 'cis-a2k' });
  });

  it('say each media rule in words', () => {
    expect(describeMediaRule(wikimediaFoundationMedia)).toBe('Media: owned, public domain, CC0, CC BY, CC BY-SA, or with the author’s written permission');
    expect(describeMediaRule(cisA2kMedia)).toBe('Media: owned, public domain, CC0, or with the author’s written permission');
  });
});

describe('the worker’s analyser and the policy setting', () => {
  function memoryStorage(initial: Record<string, unknown> = {}) {
    const data: Record<string, unknown> = structuredClone(initial);
    const listeners: Array<(changes: Record<string, unknown>, area: string) => void> = [];
    const storage: SettingsStorage = {
      local: {
        get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
        set: async (items) => {
          Object.assign(data, structuredClone(items));
          const changes = Object.fromEntries(Object.keys(items).map((k) => [k, { newValue: items[k] }]));
          queueMicrotask(() => listeners.forEach((l) => l(changes, 'local')));
        },
      },
      onChanged: { addListener: (l) => void listeners.push(l) },
    };
    return storage;
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

  const url = 'https://commons.wikimedia.org/wiki/File:Bridge.jpg';
  const file: CommonsFile = { title: 'File:Bridge.jpg', status: 'found', licence: 'CC BY-SA 4.0', author: 'Jane Doe' };
  /** What the analyser says about the link: credit it (a suggestion), or not allowed (none). */
  const severity = async (service: ReturnType<typeof createAnalyzerService>) =>
    (await service.getAnalyzer())
      .analyze({ text: `New bridge ${url}`, commons: [file] })
      .map((f) => `${f.category} ${f.suggestions?.length ? 'credit' : 'not allowed'}`);

  it('builds the analyser with the chosen policy, and rebuilds it and tells the boxes when it changes', async () => {
    const storage = memoryStorage();
    const service = createAnalyzerService(storage, { warn: () => {} });
    let told = 0;
    service.settings.onChanged(() => told++);
    // Wikimedia Foundation: CC BY-SA is fine with credit.
    expect(await severity(service)).toEqual(['media/license credit']);

    await storage.local.set({ [POLICY_SETTINGS_KEY]: { id: 'cis-a2k' } });
    await settle();
    expect(told).toBe(1);
    expect(await severity(service)).toEqual(['media/license not allowed']);

    // Turning Commons lookups on makes the boxes check again, so their links are looked up at once.
    await storage.local.set({ [COMMONS_SETTINGS_KEY]: { enabled: true } });
    await settle();
    expect(told).toBe(2);
  });

  it('starts with a stored choice, and falls back to the default on a damaged one', async () => {
    expect(await severity(createAnalyzerService(memoryStorage({ [POLICY_SETTINGS_KEY]: { id: 'cis-a2k' } }), { warn: () => {} }))).toEqual([
      'media/license not allowed',
    ]);
    const warnings: string[] = [];
    const damaged = createAnalyzerService(memoryStorage({ [POLICY_SETTINGS_KEY]: { id: 'acme' } }), { warn: (m) => void warnings.push(m) });
    expect(await severity(damaged)).toEqual(['media/license credit']);
    expect(warnings.join()).toContain(POLICY_SETTINGS_KEY);
  });
});
