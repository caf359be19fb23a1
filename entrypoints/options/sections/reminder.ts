import {
  readReminderSettings,
  REMINDER_SETTINGS_KEY,
  saveReminderSettings,
  type ReminderSettings,
  type ReminderStorage,
} from '../../../src/settings/reminder-settings.ts';
import { element } from './element.ts';
import type { OptionsSection } from './section.ts';

type Tone = 'info' | 'success' | 'error';

/** The delays offered, in minutes; a stored value outside them is shown as an extra choice. */
export const REMINDER_DELAY_CHOICES = [15, 30, 60, 120, 240, 1440] as const;

/** What the section needs of `browser.storage` and `browser.permissions`; tests pass in-memory ones. */
export interface ReminderSectionApis {
  storage: {
    local: ReminderStorage;
    onChanged: { addListener(listener: (changes: Record<string, unknown>, area: string) => void): void };
  };
  permissions: {
    request(permissions: { permissions: ['notifications'] }): Promise<boolean>;
    contains(permissions: { permissions: ['notifications'] }): Promise<boolean>;
  };
}

export function describeDelay(minutes: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (minutes % 1440 === 0) return plural(minutes / 1440, 'day');
  if (minutes % 60 === 0) return plural(minutes / 60, 'hour');
  return plural(minutes, 'minute');
}

const NOTIFICATIONS: { permissions: ['notifications'] } = { permissions: ['notifications'] };

/**
 * The optional reminder to check the reactions after publishing (src/background/reminders.ts). Turning it
 * on asks for the notifications permission; if the browser refuses, it stays off.
 */
export function createReminderSection(apis: ReminderSectionApis): OptionsSection {
  return {
    id: 'reminder',
    title: 'Reminder after publishing',
    async mount(body) {
      const checkbox = element('input', { type: 'checkbox', id: 'reminder-enabled', 'aria-describedby': 'reminder-status' });
      const select = element('select', { id: 'reminder-delay', 'aria-describedby': 'reminder-status' });
      const status = element('p', { id: 'reminder-status', class: 'form-status', role: 'status' });
      body.append(
        element(
          'p',
          {},
          'Some time after a post goes out, Guidepost can remind you to go back, read the replies and respond where it ' +
            'helps, as CIS-A2K’s guidelines advise. The reminder uses your browser’s alarms and notifications; nothing ' +
            'is sent anywhere.',
        ),
        element('div', { class: 'checkbox-field' }, checkbox, element('label', { for: 'reminder-enabled' }, 'Remind me to check the reactions to my posts')),
        element('div', { class: 'select-field' }, element('label', { for: 'reminder-delay' }, 'Remind me after'), select),
        status,
      );

      let current: ReminderSettings | undefined;

      const showStatus = (message: string, tone: Tone) => {
        status.textContent = message;
        status.dataset.tone = tone;
      };

      const render = async () => {
        const { settings, problems } = await readReminderSettings(apis.storage.local);
        current = settings;
        checkbox.checked = settings.enabled;
        const choices: number[] = [...REMINDER_DELAY_CHOICES];
        if (!choices.includes(settings.delayMinutes)) choices.push(settings.delayMinutes);
        select.replaceChildren(
          ...choices.sort((a, b) => a - b).map((minutes) => element('option', { value: String(minutes) }, describeDelay(minutes))),
        );
        select.value = String(settings.delayMinutes);
        // Only problems are announced here: a re-render after the user's own change keeps its message.
        if (problems.length > 0) {
          showStatus(`A saved setting could not be read and was reset (${problems.join('; ')}).`, 'error');
        } else if (settings.enabled && !(await apis.permissions.contains(NOTIFICATIONS).catch(() => false))) {
          showStatus(
            'The reminder is on, but your browser does not let Guidepost show notifications, so none will appear. ' +
              'Turn the reminder off and on again to allow them.',
            'error',
          );
        }
      };

      const save = async (settings: ReminderSettings, done: string) => {
        try {
          await saveReminderSettings(apis.storage.local, settings);
          current = settings;
          showStatus(done, 'success');
        } catch (error) {
          showStatus(`The setting could not be saved: ${error instanceof Error ? error.message : String(error)}`, 'error');
          await render();
        }
      };

      checkbox.addEventListener('change', () => {
        const settings = current;
        if (!settings) return;
        if (!checkbox.checked) {
          void save({ ...settings, enabled: false }, 'The reminder is off.');
          return;
        }
        // Asked before any await: browsers show the permission prompt only while handling the user's action.
        let request: Promise<boolean>;
        try {
          request = apis.permissions.request(NOTIFICATIONS);
        } catch (error) {
          request = Promise.reject(error);
        }
        showStatus('Asking your browser to allow notifications…', 'info');
        request.then(
          (granted) => {
            if (!granted) {
              checkbox.checked = false;
              showStatus('Your browser did not allow notifications, so the reminder stays off. You can try again at any time.', 'error');
              return;
            }
            const delay = Number(select.value) || settings.delayMinutes;
            return save(
              { enabled: true, delayMinutes: delay },
              `The reminder is on: ${describeDelay(delay)} after a post goes out, your browser will show a notification.`,
            );
          },
          (error: unknown) => {
            checkbox.checked = false;
            showStatus(
              `Your browser did not let Guidepost ask for notifications, so the reminder stays off: ${error instanceof Error ? error.message : String(error)}`,
              'error',
            );
          },
        );
      });

      select.addEventListener('change', () => {
        if (!current) return;
        const delayMinutes = Number(select.value);
        void save(
          { ...current, delayMinutes },
          current.enabled
            ? `Saved: the reminder comes ${describeDelay(delayMinutes)} after a post goes out.`
            : `Saved: once turned on, the reminder comes ${describeDelay(delayMinutes)} after a post goes out.`,
        );
      });

      // A change made in another options tab shows up here too.
      apis.storage.onChanged.addListener((changes, area) => {
        if (area === 'local' && REMINDER_SETTINGS_KEY in changes) void render();
      });
      await render();
    },
  };
}
