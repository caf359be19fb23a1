import { describe, expect, it } from 'vitest';
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
