import { describe, expect, it } from 'vitest';
import {
  createReminders,
  describeElapsed,
  reminderAlarmName,
  type ReminderApis,
  type ReminderNotifications,
} from '../../src/background/reminders.ts';
import { parseReminderSettings, REMINDER_SETTINGS_KEY } from '../../src/settings/reminder-settings.ts';

type NotificationOptions = Parameters<ReminderNotifications['create']>[1];

/** In-memory stand-ins for storage.local, alarms, notifications and permissions. */
function fakeBrowser(stored: Record<string, unknown> = {}, options: { granted?: boolean; notificationsApi?: boolean } = {}) {
  const { granted = true, notificationsApi = granted } = options;
  const alarms: Array<{ name: string; delayInMinutes: number }> = [];
  const alarmListeners: Array<(alarm: { name: string }) => void> = [];
  const shown: Array<{ id: string; options: NotificationOptions }> = [];
  const warnings: string[] = [];
  let clock = Date.UTC(2025, 5, 1, 12, 0);
  const apis: ReminderApis = {
    storage: { get: async (key) => (key in stored ? { [key]: structuredClone(stored[key]) } : {}) },
    alarms: {
      create: async (name, info) => void alarms.push({ name, ...info }),
      onAlarm: { addListener: (listener) => void alarmListeners.push(listener) },
    },
    notifications: () =>
      notificationsApi
        ? {
            create: async (id, options) => {
              // Chrome rejects a notification when the permission is missing.
              if (!granted) throw new Error('Missing notifications permission');
              shown.push({ id, options });
              return id;
            },
          }
        : undefined,
    permissions: { contains: async ({ permissions }) => granted || !permissions.includes('notifications') },
    iconUrl: 'chrome-extension://id/icon/128.png',
    now: () => clock,
    log: { warn: (message) => void warnings.push(message) },
  };
  return {
    apis,
    alarms,
    shown,
    warnings,
    advance: (minutes: number) => void (clock += minutes * 60_000),
    /** Fires an alarm the way the browser does: to every listener registered at worker start. */
    fire: async (name: string) => {
      for (const listener of alarmListeners) listener({ name });
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

describe('reminder settings', () => {
  it('are off, after 60 minutes, by default', () => {
    expect(parseReminderSettings(undefined)).toEqual({ settings: { enabled: false, delayMinutes: 60 }, problems: [] });
  });

  it('repair a bad field to its default, keep the others, and name the problem', () => {
    const { settings, problems } = parseReminderSettings({ enabled: true, delayMinutes: 2000 });
    expect(settings).toEqual({ enabled: true, delayMinutes: 60 });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/delayMinutes was reset to 60/);
    expect(parseReminderSettings({ enabled: 'yes', delayMinutes: 1.5 }).problems).toHaveLength(2);
    expect(parseReminderSettings([true]).problems[0]).toMatch(/not an object/);
  });
});

describe('reminder after publishing', () => {
  it('schedules nothing while off (the default)', async () => {
    const browser = fakeBrowser();
    await createReminders(browser.apis).onPublished('x');
    expect(browser.alarms).toEqual([]);
  });

  it('schedules an alarm named for the platform and time, after the chosen delay', async () => {
    const browser = fakeBrowser({ [REMINDER_SETTINGS_KEY]: { enabled: true, delayMinutes: 120 } });
    await createReminders(browser.apis).onPublished('bluesky');
    expect(browser.alarms).toEqual([{ name: reminderAlarmName('bluesky', Date.UTC(2025, 5, 1, 12, 0)), delayInMinutes: 120 }]);
    expect(browser.alarms[0]?.name).toBe(`guidepost-reminder:bluesky:${Date.UTC(2025, 5, 1, 12, 0)}`);
  });

  it('shows a notification naming the platform and the time passed when the alarm goes off', async () => {
    const browser = fakeBrowser({ [REMINDER_SETTINGS_KEY]: { enabled: true, delayMinutes: 60 } });
    await createReminders(browser.apis).onPublished('x');
    browser.advance(60);
    await browser.fire(browser.alarms[0]!.name);
    expect(browser.shown).toEqual([
      {
        id: browser.alarms[0]!.name,
        options: {
          type: 'basic',
          iconUrl: 'chrome-extension://id/icon/128.png',
          title: 'Check the reactions to your post',
          message: 'Your post on X went out 60 minutes ago. Look at the replies and respond where it helps.',
        },
      },
    ]);
  });

  it('says how long it really was when the alarm fired late', async () => {
    const browser = fakeBrowser({ [REMINDER_SETTINGS_KEY]: { enabled: true, delayMinutes: 15 } });
    await createReminders(browser.apis).onPublished('mastodon');
    browser.advance(3 * 60);
    await browser.fire(browser.alarms[0]!.name);
    expect(browser.shown[0]?.options.message).toMatch(/^Your post on Mastodon went out 3 hours ago\./);
  });

  it('does not throw, and shows nothing, without the notifications permission', async () => {
    for (const notificationsApi of [false, true]) {
      const browser = fakeBrowser({ [REMINDER_SETTINGS_KEY]: { enabled: true, delayMinutes: 1 } }, { granted: false, notificationsApi });
      const reminders = createReminders(browser.apis);
      await reminders.onPublished('threads');
      await expect(reminders.handleAlarm({ name: browser.alarms[0]!.name })).resolves.toBeUndefined();
      await browser.fire(browser.alarms[0]!.name);
      expect(browser.shown).toEqual([]);
      expect(browser.warnings).toEqual([]);
    }
  });

  it('shows nothing if the reminder was turned off after the post went out', async () => {
    const stored: Record<string, unknown> = { [REMINDER_SETTINGS_KEY]: { enabled: true, delayMinutes: 30 } };
    const browser = fakeBrowser(stored);
    await createReminders(browser.apis).onPublished('x');
    stored[REMINDER_SETTINGS_KEY] = { enabled: false, delayMinutes: 30 };
    await browser.fire(browser.alarms[0]!.name);
    expect(browser.shown).toEqual([]);
  });

  it('ignores alarms that are not its own', async () => {
    const browser = fakeBrowser({ [REMINDER_SETTINGS_KEY]: { enabled: true, delayMinutes: 30 } });
    createReminders(browser.apis);
    for (const name of ['keep-alive', 'guidepost-reminder:myspace:1', 'guidepost-reminder:x:soon', 'guidepost-reminder:x:1:2']) {
      await browser.fire(name);
    }
    expect(browser.shown).toEqual([]);
  });
});

describe('describeElapsed', () => {
  it('counts minutes, then hours, then days', () => {
    expect(describeElapsed(20_000)).toBe('1 minute');
    expect(describeElapsed(15 * 60_000)).toBe('15 minutes');
    expect(describeElapsed(119 * 60_000)).toBe('119 minutes');
    expect(describeElapsed(4 * 3_600_000)).toBe('4 hours');
    expect(describeElapsed(24 * 3_600_000)).toBe('24 hours');
    expect(describeElapsed(72 * 3_600_000)).toBe('3 days');
  });
});
