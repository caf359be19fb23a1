// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createAuditLogSection } from '../../entrypoints/options/sections/audit-log.ts';
import { createCommonsSection } from '../../entrypoints/options/sections/commons.ts';
import { createPolicySection } from '../../entrypoints/options/sections/policy.ts';
import { createReminderSection, type ReminderSectionApis } from '../../entrypoints/options/sections/reminder.ts';
import type { OptionsSection } from '../../entrypoints/options/sections/section.ts';
import { AUDIT_LOG_KEY, type AuditStorage } from '../../src/checklist/audit-log.ts';
import type { AuditRecord } from '../../src/messaging/protocol.ts';
import { COMMONS_CACHE_KEY, COMMONS_SETTINGS_KEY } from '../../src/settings/commons-settings.ts';
import { POLICY_SETTINGS_KEY } from '../../src/settings/policy-settings.ts';
import { REMINDER_SETTINGS_KEY } from '../../src/settings/reminder-settings.ts';

type ChangeListener = (changes: Record<string, unknown>, area: string) => void;

/** An in-memory `browser.storage` whose local area reports each change to onChanged listeners. */
function memoryStorage(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  const listeners: ChangeListener[] = [];
  const changed = (key: string) => {
    for (const listener of listeners) listener({ [key]: { newValue: data[key] } }, 'local');
  };
  const local: AuditStorage = {
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => {
      Object.assign(data, structuredClone(items));
      for (const key of Object.keys(items)) changed(key);
    },
    remove: async (key) => {
      delete data[key];
      changed(key);
    },
  };
  return { data, local, onChanged: { addListener: (listener: ChangeListener) => void listeners.push(listener) } };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function mount(section: OptionsSection): Promise<HTMLElement> {
  const body = document.createElement('div');
  document.body.append(body);
  await section.mount(body);
  return body;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('options: reminder after publishing', () => {
  function setup(stored: Record<string, unknown> = {}, answer: boolean | Error = true) {
    const storage = memoryStorage(stored);
    const requests: unknown[] = [];
    let granted = false;
    const permissions: ReminderSectionApis['permissions'] = {
      request: (p) => {
        requests.push(p);
        if (answer instanceof Error) return Promise.reject(answer);
        granted = answer;
        return Promise.resolve(answer);
      },
      contains: async () => granted,
    };
    return { storage, requests, section: createReminderSection({ storage, permissions }) };
  }

  const controls = (body: HTMLElement) => ({
    checkbox: body.querySelector<HTMLInputElement>('input[type="checkbox"]')!,
    select: body.querySelector<HTMLSelectElement>('select')!,
    status: body.querySelector<HTMLElement>('[role="status"]')!,
  });

  it('is off by default, with labelled controls and the six delays', async () => {
    const body = await mount(setup().section);
    const { checkbox, select } = controls(body);
    expect(checkbox.checked).toBe(false);
    expect(body.querySelector(`label[for="${checkbox.id}"]`)?.textContent).toBe('Remind me to check the reactions to my posts');
    expect(body.querySelector(`label[for="${select.id}"]`)).not.toBeNull();
    expect([...select.options].map((o) => o.textContent)).toEqual(['15 minutes', '30 minutes', '1 hour', '2 hours', '4 hours', '1 day']);
    expect(select.value).toBe('60');
    expect(body.textContent).toContain('nothing is sent anywhere');
  });

  it('asks for the notifications permission when turned on, and saves only once it is granted', async () => {
    const { storage, requests, section } = setup();
    const body = await mount(section);
    const { checkbox, select, status } = controls(body);
    select.value = '120';
    select.dispatchEvent(new Event('change'));
    await settle();
    checkbox.click();
    // Asked within the click itself, before any await.
    expect(requests).toEqual([{ permissions: ['notifications'] }]);
    await settle();
    expect(storage.data[REMINDER_SETTINGS_KEY]).toEqual({ enabled: true, delayMinutes: 120 });
    expect(checkbox.checked).toBe(true);
    expect(status.textContent).toMatch(/^The reminder is on: 2 hours after/);
  });

  it('stays off with a clear message when the browser refuses, or the request fails', async () => {
    for (const answer of [false, new Error('Permission request blocked')]) {
      const { storage, section } = setup({}, answer);
      const body = await mount(section);
      const { checkbox, status } = controls(body);
      checkbox.click();
      await settle();
      expect(checkbox.checked).toBe(false);
      expect(storage.data[REMINDER_SETTINGS_KEY]).toBeUndefined();
      expect(status.dataset.tone).toBe('error');
      expect(status.textContent).toMatch(/the reminder stays off/);
      body.remove();
    }
  });

  it('turns off without asking anything', async () => {
    const { storage, requests, section } = setup({ [REMINDER_SETTINGS_KEY]: { enabled: true, delayMinutes: 30 } });
    const body = await mount(section);
    const { checkbox } = controls(body);
    expect(checkbox.checked).toBe(true);
    checkbox.click();
    await settle();
    expect(requests).toEqual([]);
    expect(storage.data[REMINDER_SETTINGS_KEY]).toEqual({ enabled: false, delayMinutes: 30 });
  });

  it('says so when the reminder is on but notifications were taken away, and shows an unusual stored delay', async () => {
    const body = await mount(setup({ [REMINDER_SETTINGS_KEY]: { enabled: true, delayMinutes: 45 } }).section);
    const { select, status } = controls(body);
    expect(select.value).toBe('45');
    expect(select.selectedOptions[0]?.textContent).toBe('45 minutes');
    expect(status.textContent).toMatch(/does not let Guidepost show notifications/);
  });

  it('names a damaged stored setting', async () => {
    const body = await mount(setup({ [REMINDER_SETTINGS_KEY]: { enabled: 'sure', delayMinutes: 60 } }).section);
    expect(controls(body).checkbox.checked).toBe(false);
    expect(controls(body).status.textContent).toMatch(/guidepost\.reminder\.enabled was reset/);
  });
});

function record(minute: number, overrides: Partial<AuditRecord> = {}): AuditRecord {
  return {
    at: new Date(Date.UTC(2025, 5, 1, 9, minute)).toISOString(),
    platform: 'mastodon',
    host: 'wikimedia.social',
    account: '@comms@wikimedia.social',
    trigger: 'button',
    findings: [
      {
        rule: 'tone-sarcasm',
        category: 'tone/sarcasm',
        severity: 'warning',
        message: 'Marks the post as sarcasm. <img src=x onerror=alert(1)>',
        phrase: 'oh great 🙄 <b>',
      },
    ],
    unchecked: ['Media licence confirmed'],
    ...overrides,
  };
}

describe('options: posts published over a warning', () => {
  function setup(stored: Record<string, unknown> = {}) {
    const storage = memoryStorage(stored);
    const saved: Array<{ blob: Blob; fileName: string }> = [];
    const section = createAuditLogSection({
      storage,
      saveFile: (blob, fileName) => void saved.push({ blob, fileName }),
      now: () => new Date(Date.UTC(2025, 5, 2, 8, 0)),
    });
    return { storage, saved, section };
  }

  const visible = (element: Element | null) => element !== null && !(element as HTMLElement).closest('[hidden]');
  const button = (body: HTMLElement, label: string) =>
    [...body.querySelectorAll('button')].find((b) => b.textContent === label && visible(b));

  it('says when there is nothing to show, and offers no export or clearing', async () => {
    const body = await mount(setup().section);
    expect(visible(body.querySelector('.audit-log__empty'))).toBe(true);
    expect(visible(body.querySelector('table'))).toBe(false);
    expect(button(body, 'Export as JSON')).toBeUndefined();
    expect(button(body, 'Clear log')).toBeUndefined();
  });

  it('lists records newest first in a captioned table, every stored value as text', async () => {
    const older = record(1);
    const newer = record(2, {
      platform: 'x',
      host: 'x.com',
      account: undefined,
      trigger: 'keyboard',
      findings: [{ rule: 'endorsement-political', category: 'endorsement/political', severity: 'error', message: 'Asks people to vote.', phrase: 'vote for Jane', quoted: true }],
      unchecked: [],
      length: { count: 312, limit: 280, unit: 'weighted characters', over: true },
    });
    const body = await mount(setup({ [AUDIT_LOG_KEY]: [older, newer] }).section);
    const table = body.querySelector('table')!;
    expect(table.querySelector('caption')?.textContent).toBe('2 posts, newest first');
    expect([...table.querySelectorAll('thead th')].map((th) => [th.textContent, th.getAttribute('scope')])).toEqual([
      ['When', 'col'],
      ['Where', 'col'],
      ['Published over', 'col'],
    ]);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(2);
    expect(rows[0]!.querySelector('time')?.getAttribute('datetime')).toBe(newer.at);
    expect(rows[0]!.textContent).toContain('X');
    expect(rows[0]!.textContent).toContain('Political endorsement: Asks people to vote.');
    expect(rows[0]!.textContent).toContain('“vote for Jane”, in the quoted post');
    expect(rows[0]!.textContent).toContain('Too long: 312 of 280 weighted characters');
    expect(rows[1]!.textContent).toContain('Mastodon');
    expect(rows[1]!.textContent).toContain('@comms@wikimedia.social');
    expect(rows[1]!.textContent).toContain('wikimedia.social');
    expect(rows[1]!.textContent).toContain('Sarcasm or irony: Marks the post as sarcasm. <img src=x onerror=alert(1)>');
    expect(rows[1]!.textContent).toContain('“oh great 🙄 <b>”');
    expect(rows[1]!.textContent).toContain('Not ticked: Media licence confirmed');
    expect(body.querySelector('img, b')).toBeNull();
  });

  it('shows the readable records and names the damaged ones', async () => {
    const body = await mount(setup({ [AUDIT_LOG_KEY]: [record(1), { at: 'garbage' }] }).section);
    expect(body.querySelectorAll('tbody tr')).toHaveLength(1);
    expect(visible(body.querySelector('.audit-log__problems'))).toBe(true);
    expect(body.querySelector('.audit-log__problems')?.textContent).toMatch(/Stored record 2 could not be read/);
  });

  it('updates as records arrive', async () => {
    const { storage, section } = setup();
    const body = await mount(section);
    await storage.local.set({ [AUDIT_LOG_KEY]: [record(1)] });
    await settle();
    expect(body.querySelectorAll('tbody tr')).toHaveLength(1);
    expect(visible(body.querySelector('.audit-log__empty'))).toBe(false);
  });

  it('exports the records as a JSON file', async () => {
    const { saved, section } = setup({ [AUDIT_LOG_KEY]: [record(1), record(2)] });
    const body = await mount(section);
    button(body, 'Export as JSON')!.click();
    expect(saved).toHaveLength(1);
    expect(saved[0]!.fileName).toBe('guidepost-audit-log-2025-06-02.json');
    expect(saved[0]!.blob.type).toBe('application/json');
    expect(JSON.parse(await saved[0]!.blob.text())).toEqual({ exportedAt: '2025-06-02T08:00:00.000Z', records: [record(1), record(2)] });
  });

  it('clears the log only after a confirmation, which starts on Cancel', async () => {
    const { storage, section } = setup({ [AUDIT_LOG_KEY]: [record(1)] });
    const body = await mount(section);
    button(body, 'Clear log')!.click();
    expect(document.activeElement?.textContent).toBe('Cancel');
    expect(body.querySelector('[role="group"]')?.textContent).toContain('Delete all 1 record from this browser?');
    button(body, 'Cancel')!.click();
    expect(storage.data[AUDIT_LOG_KEY]).toHaveLength(1);
    expect(document.activeElement?.textContent).toBe('Clear log');

    button(body, 'Clear log')!.click();
    button(body, 'Delete all records')!.click();
    await settle();
    expect(AUDIT_LOG_KEY in storage.data).toBe(false);
    expect(visible(body.querySelector('.audit-log__empty'))).toBe(true);
    expect(body.querySelector('[role="status"]')?.textContent).toBe('The log was cleared.');
  });
});

describe('options: organisation policy', () => {
  const controls = (body: HTMLElement) => ({
    select: body.querySelector<HTMLSelectElement>('select')!,
    status: body.querySelector<HTMLElement>('[role="status"]')!,
    rule: body.querySelector<HTMLElement>('#policy-media-rule')!,
  });

  it('offers the two built-in policies in a labelled select, each with its media rule in words', async () => {
    const body = await mount(createPolicySection({ storage: memoryStorage() }));
    const { select, rule } = controls(body);
    expect(body.querySelector(`label[for="${select.id}"]`)?.textContent).toBe('Apply the guidelines of');
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['wikimedia-foundation', 'Wikimedia Foundation'],
      ['cis-a2k', 'CIS-A2K'],
    ]);
    expect(select.value).toBe('wikimedia-foundation');
    expect(select.getAttribute('aria-describedby')).toContain(rule.id);
    expect(rule.textContent).toBe('Wikimedia Foundation: Media: owned, public domain, CC0, CC BY, CC BY-SA, or with the author’s written permission.');
    expect([...body.querySelectorAll('dd')].map((d) => d.textContent)).toEqual([
      'Media: owned, public domain, CC0, CC BY, CC BY-SA, or with the author’s written permission',
      'Media: owned, public domain, CC0, or with the author’s written permission',
    ]);
  });

  it('saves the choice and says so', async () => {
    const storage = memoryStorage();
    const body = await mount(createPolicySection({ storage }));
    const { select, status, rule } = controls(body);
    select.value = 'cis-a2k';
    select.dispatchEvent(new Event('change'));
    await settle();
    expect(storage.data[POLICY_SETTINGS_KEY]).toEqual({ id: 'cis-a2k' });
    expect(rule.textContent).toContain('CIS-A2K: Media: owned, public domain, CC0,');
    expect(status.textContent).toContain('CIS-A2K’s guidelines');
  });

  it('shows a stored choice, follows changes from elsewhere, and names a damaged setting', async () => {
    const storage = memoryStorage({ [POLICY_SETTINGS_KEY]: { id: 'cis-a2k' } });
    const body = await mount(createPolicySection({ storage }));
    expect(controls(body).select.value).toBe('cis-a2k');
    await storage.local.set({ [POLICY_SETTINGS_KEY]: { id: 'wikimedia-foundation' } });
    await settle();
    expect(controls(body).select.value).toBe('wikimedia-foundation');

    const damaged = await mount(createPolicySection({ storage: memoryStorage({ [POLICY_SETTINGS_KEY]: { id: 'acme' } }) }));
    expect(controls(damaged).select.value).toBe('wikimedia-foundation');
    expect(controls(damaged).status.textContent).toContain('could not be read');
    expect(controls(damaged).status.dataset.tone).toBe('error');
  });
});

describe('options: Wikimedia Commons lookups', () => {
  const controls = (body: HTMLElement) => ({
    checkbox: body.querySelector<HTMLInputElement>('input[type="checkbox"]')!,
    clear: [...body.querySelectorAll('button')].find((b) => b.textContent === 'Clear cache')!,
    cached: body.querySelector<HTMLElement>('#commons-cached')!,
    status: body.querySelector<HTMLElement>('[role="status"]')!,
  });
  const cache = (titles: string[]) => ({
    version: 1,
    entries: Object.fromEntries(titles.map((title) => [title, { file: { title, status: 'found' }, fetchedAt: 1 }])),
  });

  it('is off by default, and says plainly what turning it on sends, where, and for how long it is kept', async () => {
    const body = await mount(createCommonsSection({ storage: memoryStorage() }));
    const { checkbox, clear, cached } = controls(body);
    expect(checkbox.checked).toBe(false);
    expect(body.querySelector(`label[for="${checkbox.id}"]`)?.textContent).toBe('Look up the licences of Commons files linked in my posts');
    const help = body.querySelector(`#${checkbox.getAttribute('aria-describedby')!.split(' ')[0]}`)!.textContent!;
    expect(help).toContain('sends the names of the linked files — never your post — to commons.wikimedia.org');
    expect(help).toContain('kept in this browser for 7 days');
    expect(cached.textContent).toBe('No answers are cached.');
    expect(clear.disabled).toBe(true);
  });

  it('turns lookups on and off', async () => {
    const storage = memoryStorage();
    const body = await mount(createCommonsSection({ storage }));
    const { checkbox, status } = controls(body);
    checkbox.click();
    await settle();
    expect(storage.data[COMMONS_SETTINGS_KEY]).toEqual({ enabled: true });
    expect(status.textContent).toContain('sent to commons.wikimedia.org');
    checkbox.click();
    await settle();
    expect(storage.data[COMMONS_SETTINGS_KEY]).toEqual({ enabled: false });
    expect(status.textContent).toBe('Lookups are off: nothing is sent to Commons.');
  });

  it('shows how many answers are cached and clears them', async () => {
    const storage = memoryStorage({ [COMMONS_SETTINGS_KEY]: { enabled: true }, [COMMONS_CACHE_KEY]: cache(['File:A.jpg', 'File:B.jpg']) });
    const body = await mount(createCommonsSection({ storage }));
    const { checkbox, clear, cached, status } = controls(body);
    expect(checkbox.checked).toBe(true);
    expect(cached.textContent).toBe('Answers for 2 files are cached.');
    expect(clear.disabled).toBe(false);
    clear.click();
    await settle();
    expect(COMMONS_CACHE_KEY in storage.data).toBe(false);
    expect(cached.textContent).toBe('No answers are cached.');
    expect(clear.disabled).toBe(true);
    expect(status.textContent).toContain('The cache is cleared');

    // The worker filling the cache shows up while the page is open.
    await storage.local.set({ [COMMONS_CACHE_KEY]: cache(['File:C.jpg']) });
    await settle();
    expect(cached.textContent).toBe('Answers for 1 file are cached.');
  });

  it('names a damaged stored setting and shows it as off', async () => {
    const body = await mount(createCommonsSection({ storage: memoryStorage({ [COMMONS_SETTINGS_KEY]: { enabled: 'yes' } }) }));
    expect(controls(body).checkbox.checked).toBe(false);
    expect(controls(body).status.textContent).toContain('could not be read');
  });
});
