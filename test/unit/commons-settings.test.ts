import { describe, expect, it } from 'vitest';
import { COMMONS_SETTINGS_KEY, parseCommonsSettings, readCommonsSettings, saveCommonsSettings } from '../../src/settings/commons-settings.ts';

describe('Commons lookup settings', () => {
  it('are off by default', () => {
    expect(parseCommonsSettings(undefined)).toEqual({ settings: { enabled: false }, problems: [] });
    expect(parseCommonsSettings({})).toEqual({ settings: { enabled: false }, problems: [] });
  });

  it('read a stored choice', () => {
    expect(parseCommonsSettings({ enabled: true })).toEqual({ settings: { enabled: true }, problems: [] });
  });

  it('fall back to off when damaged, naming what was reset', () => {
    expect(parseCommonsSettings({ enabled: 'true' })).toEqual({
      settings: { enabled: false },
      problems: [expect.stringContaining(`${COMMONS_SETTINGS_KEY}.enabled was reset to false`)],
    });
    for (const bad of [true, 'on', null, [true]]) {
      expect(parseCommonsSettings(bad)).toEqual({ settings: { enabled: false }, problems: [`${COMMONS_SETTINGS_KEY} is not an object; the defaults are used`] });
    }
  });

  it('save and read back through storage', async () => {
    const data: Record<string, unknown> = {};
    const storage = { get: async (key: string) => ({ [key]: data[key] }), set: async (items: Record<string, unknown>) => void Object.assign(data, items) };
    await saveCommonsSettings(storage, { enabled: true });
    expect(data[COMMONS_SETTINGS_KEY]).toEqual({ enabled: true });
    expect((await readCommonsSettings(storage)).settings).toEqual({ enabled: true });
  });
});
