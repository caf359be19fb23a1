import { z } from '../core/zod.ts';

/**
 * Settings of the optional reminder to check the reactions after publishing (src/background/reminders.ts),
 * kept in `storage.local`. Read field by field: a bad value falls back to its default and is named.
 */
export const REMINDER_SETTINGS_KEY = 'guidepost.reminder';

export interface ReminderSettings {
  enabled: boolean;
  /** Minutes from publishing to the reminder. */
  delayMinutes: number;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { enabled: false, delayMinutes: 60 };
export const MIN_REMINDER_DELAY = 1;
export const MAX_REMINDER_DELAY = 1440;

const fieldSchemas = {
  enabled: z.boolean(),
  delayMinutes: z.number().int().min(MIN_REMINDER_DELAY).max(MAX_REMINDER_DELAY),
};

export function parseReminderSettings(value: unknown): { settings: ReminderSettings; problems: string[] } {
  if (value === undefined) return { settings: { ...DEFAULT_REMINDER_SETTINGS }, problems: [] };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { settings: { ...DEFAULT_REMINDER_SETTINGS }, problems: [`${REMINDER_SETTINGS_KEY} is not an object; the defaults are used`] };
  }
  const stored = value as Record<string, unknown>;
  const problems: string[] = [];
  const field = <K extends keyof ReminderSettings>(key: K): ReminderSettings[K] => {
    if (stored[key] === undefined) return DEFAULT_REMINDER_SETTINGS[key];
    const parsed = fieldSchemas[key].safeParse(stored[key]);
    if (parsed.success) return parsed.data as ReminderSettings[K];
    problems.push(
      `${REMINDER_SETTINGS_KEY}.${key} was reset to ${String(DEFAULT_REMINDER_SETTINGS[key])}: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
    );
    return DEFAULT_REMINDER_SETTINGS[key];
  };
  return { settings: { enabled: field('enabled'), delayMinutes: field('delayMinutes') }, problems };
}

/** The storage area methods reminders need (a subset of `browser.storage.local`). */
export interface ReminderStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function readReminderSettings(storage: Pick<ReminderStorage, 'get'>): Promise<{ settings: ReminderSettings; problems: string[] }> {
  return parseReminderSettings((await storage.get(REMINDER_SETTINGS_KEY))[REMINDER_SETTINGS_KEY]);
}

export async function saveReminderSettings(storage: ReminderStorage, settings: ReminderSettings): Promise<void> {
  await storage.set({ [REMINDER_SETTINGS_KEY]: { enabled: settings.enabled, delayMinutes: settings.delayMinutes } });
}
