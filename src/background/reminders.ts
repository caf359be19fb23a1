import { platforms, type Platform } from '../core/types.ts';
import { platformNames } from '../checklist/platform-names.ts';
import { readReminderSettings, type ReminderStorage } from '../settings/reminder-settings.ts';

/**
 * The optional reminder to go back and read the reactions some time after a post went out (CIS-A2K's
 * guidelines ask to follow up on replies). Off by default; it uses only the browser's alarms and
 * notifications, and the options page asks for the notifications permission when it is turned on.
 */
const ALARM_PREFIX = 'guidepost-reminder:';

/** The alarm's name carries everything the notification needs, since the worker may have slept meanwhile. */
export function reminderAlarmName(platform: Platform, publishedAt: number): string {
  return `${ALARM_PREFIX}${platform}:${publishedAt}`;
}

export function parseReminderAlarmName(name: string): { platform: Platform; publishedAt: number } | undefined {
  if (!name.startsWith(ALARM_PREFIX)) return undefined;
  const [platform, time, ...rest] = name.slice(ALARM_PREFIX.length).split(':');
  const publishedAt = Number(time);
  if (rest.length > 0 || !platforms.includes(platform as Platform) || !Number.isSafeInteger(publishedAt)) return undefined;
  return { platform: platform as Platform, publishedAt };
}

/** "60 minutes", "3 hours", "2 days": the time that really passed (a sleeping computer delays alarms). */
export function describeElapsed(milliseconds: number): string {
  const minutes = Math.max(1, Math.round(milliseconds / 60_000));
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (minutes < 120) return plural(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 48) return plural(hours, 'hour');
  return plural(Math.round(hours / 24), 'day');
}

export interface ReminderNotifications {
  create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string }): Promise<unknown>;
}

/** The browser APIs reminders use, injected so tests can pass in-memory ones. */
export interface ReminderApis {
  storage: Pick<ReminderStorage, 'get'>;
  alarms: {
    create(name: string, info: { delayInMinutes: number }): Promise<void> | void;
    onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
  };
  /**
   * Read at alarm time: the namespace only exists once the optional permission is granted, which may
   * happen after the worker started.
   */
  notifications(): ReminderNotifications | undefined;
  permissions: { contains(permissions: { permissions: string[] }): Promise<boolean> };
  iconUrl: string;
  now?: () => number;
  log?: { warn(message: string): void };
}

export interface Reminders {
  /** A post went out on `platform`: schedules the reminder if the user turned it on. */
  onPublished(platform: Platform): Promise<void>;
  /** Shows the notification for a reminder alarm (what the onAlarm listener does). */
  handleAlarm(alarm: { name: string }): Promise<void>;
}

/**
 * Call synchronously when the worker starts: the alarm listener must be in place for an alarm that wakes
 * the worker.
 */
export function createReminders(apis: ReminderApis): Reminders {
  const now = apis.now ?? Date.now;
  const log = apis.log ?? console;

  const settings = async () => {
    const { settings, problems } = await readReminderSettings(apis.storage);
    for (const problem of problems) log.warn(`Guidepost: ${problem}`);
    return settings;
  };

  const reminders: Reminders = {
    async onPublished(platform) {
      const { enabled, delayMinutes } = await settings();
      if (!enabled) return;
      await apis.alarms.create(reminderAlarmName(platform, now()), { delayInMinutes: delayMinutes });
    },

    async handleAlarm(alarm) {
      const reminder = parseReminderAlarmName(alarm.name);
      if (!reminder) return;
      // Turned off since the post went out: the user no longer wants it.
      if (!(await settings()).enabled) return;
      const granted = await apis.permissions.contains({ permissions: ['notifications'] }).catch(() => false);
      const notifications = apis.notifications();
      if (!granted || !notifications) return;
      try {
        await notifications.create(alarm.name, {
          type: 'basic',
          iconUrl: apis.iconUrl,
          title: 'Check the reactions to your post',
          message:
            `Your post on ${platformNames[reminder.platform]} went out ${describeElapsed(now() - reminder.publishedAt)} ago. ` +
            'Look at the replies and respond where it helps.',
        });
      } catch (error) {
        log.warn(`Guidepost: could not show the reminder (${error instanceof Error ? error.message : String(error)})`);
      }
    },
  };

  apis.alarms.onAlarm.addListener((alarm) => {
    reminders.handleAlarm(alarm).catch((error: unknown) => {
      log.warn(`Guidepost: could not handle the reminder alarm (${error instanceof Error ? error.message : String(error)})`);
    });
  });
  return reminders;
}
