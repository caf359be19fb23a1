import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { readAuditLog, type AuditStorage } from '../../src/checklist/audit-log.ts';
import { createReminders } from '../../src/background/reminders.ts';
import { REMINDER_SETTINGS_KEY } from '../../src/settings/reminder-settings.ts';
import {
  BADGE_COLORS,
  createTabEventHandler,
  registerChecklistCommand,
  type BadgeApi,
  type ChecklistCommandApis,
} from '../../src/background/tab-services.ts';
import { serveAnalysis } from '../../src/messaging/analysis-server.ts';
import type { AuditRecord, TabCommand } from '../../src/messaging/protocol.ts';
import { InMemoryExtension } from './in-memory-runtime.ts';

function memoryStorage(initial: Record<string, unknown> = {}): AuditStorage & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => void Object.assign(data, structuredClone(items)),
    remove: async (key) => void delete data[key],
  };
}

/** The toolbar button's per-tab state, kept the way the browser keeps it. */
function fakeAction(): BadgeApi & { tabs: Map<number, { text?: string; color?: string; textColor?: string; title?: string }> } {
  const tabs = new Map<number, { text?: string; color?: string; textColor?: string; title?: string }>();
  const update = (tabId: number, change: object) => void tabs.set(tabId, { ...tabs.get(tabId), ...change });
  return {
    tabs,
    setBadgeText: async ({ tabId, text }) => update(tabId, { text }),
    setBadgeBackgroundColor: async ({ tabId, color }) => update(tabId, { color }),
    setBadgeTextColor: async ({ tabId, color }) => update(tabId, { textColor: color }),
    setTitle: async ({ tabId, title }) => update(tabId, { title }),
  };
}

/** A worker serving tab events, and a way to send one from a content script in tab `tabId`. */
function startWorker(stored: Record<string, unknown> = {}) {
  const extension = new InMemoryExtension();
  const storage = memoryStorage(stored);
  const action = fakeAction();
  const alarms: Array<{ name: string; delayInMinutes: number }> = [];
  const warnings: string[] = [];
  const log = { warn: (message: string) => void warnings.push(message) };
  extension.startWorker((runtime) => {
    const reminders = createReminders({
      storage,
      alarms: { create: (name, info) => void alarms.push({ name, ...info }), onAlarm: { addListener: () => {} } },
      notifications: () => undefined,
      permissions: { contains: async () => false },
      iconUrl: 'icon/128.png',
      log,
    });
    const analyzer = () => {
      throw new Error('no analysis in these tests');
    };
    serveAnalysis(runtime, analyzer, log, undefined, createTabEventHandler({ action, auditStorage: storage, reminders }));
  });
  const fromTab = (tabId: number, message: unknown) =>
    extension.sendMessage(message, { id: extension.id, url: 'https://x.com/home', tab: { id: tabId } as Runtime.MessageSender['tab'] });
  return { storage, action, alarms, warnings, fromTab };
}

const record: AuditRecord = {
  at: '2025-06-01T12:00:00.000Z',
  platform: 'x',
  host: 'x.com',
  trigger: 'keyboard',
  findings: [{ rule: 'tone-shouting', category: 'tone/unfriendly', severity: 'warning', message: 'All capitals read as shouting.', phrase: 'STOP' }],
  unchecked: [],
};

describe('tab events in the background', () => {
  it('shows each tab its own count of open findings on the badge, with a title that says what it means', async () => {
    const worker = startWorker();
    await expect(worker.fromTab(3, { type: 'tab-status', open: 2, failed: false })).resolves.toEqual({ type: 'done' });
    await worker.fromTab(4, { type: 'tab-status', open: 1, failed: false });
    expect(worker.action.tabs.get(3)).toEqual({
      text: '2',
      color: BADGE_COLORS.findings,
      textColor: '#ffffff',
      title: 'Guidepost: 2 findings in this post',
    });
    expect(worker.action.tabs.get(4)).toMatchObject({ text: '1', title: 'Guidepost: 1 finding in this post' });
  });

  it('clears the badge when no finding is open, and shows "!" in red when the check failed', async () => {
    const worker = startWorker();
    await worker.fromTab(3, { type: 'tab-status', open: 2, failed: false });
    await worker.fromTab(3, { type: 'tab-status', open: 0, failed: false });
    expect(worker.action.tabs.get(3)).toMatchObject({ text: '', title: 'Guidepost' });
    await worker.fromTab(3, { type: 'tab-status', open: 2, failed: true });
    expect(worker.action.tabs.get(3)).toMatchObject({
      text: '!',
      color: BADGE_COLORS.failed,
      title: 'Guidepost could not check this post; publishing is not held back',
    });
  });

  it('fits a large count on the badge', async () => {
    const worker = startWorker();
    await worker.fromTab(3, { type: 'tab-status', open: 150, failed: false });
    expect(worker.action.tabs.get(3)).toMatchObject({ text: '99+', title: 'Guidepost: 150 findings in this post' });
  });

  it('keeps an audit record of a post published over a warning', async () => {
    const worker = startWorker();
    await expect(worker.fromTab(3, { type: 'audit', record })).resolves.toEqual({ type: 'done' });
    expect(await readAuditLog(worker.storage)).toEqual({ records: [record], problems: [] });
  });

  it('drops a malformed audit record at the door', async () => {
    const worker = startWorker();
    await worker.fromTab(3, { type: 'audit', record: { ...record, platform: 'friendster' } });
    expect(await readAuditLog(worker.storage)).toEqual({ records: [], problems: [] });
  });

  it('schedules the reminder when a post goes out, if the user turned it on', async () => {
    const off = startWorker();
    await off.fromTab(3, { type: 'published', platform: 'threads' });
    expect(off.alarms).toEqual([]);

    const on = startWorker({ [REMINDER_SETTINGS_KEY]: { enabled: true, delayMinutes: 240 } });
    await expect(on.fromTab(3, { type: 'published', platform: 'threads' })).resolves.toEqual({ type: 'done' });
    expect(on.alarms).toEqual([{ name: expect.stringMatching(/^guidepost-reminder:threads:\d+$/), delayInMinutes: 240 }]);
  });

  it('does nothing to the badge in a browser without a toolbar button API', async () => {
    const handler = createTabEventHandler({ auditStorage: memoryStorage(), reminders: { onPublished: () => {} } });
    await expect(handler({ type: 'tab-status', open: 1, failed: false }, { tab: { id: 1 } as Runtime.MessageSender['tab'] })).resolves.toBeUndefined();
  });
});

/** The shortcut's browser APIs: one active tab, with or without a content script listening. */
function commandBrowser(options: { contentScript: boolean; composeBox?: boolean; openPopup?: 'works' | 'fails' | 'missing' }) {
  let listener: ((command: string, tab?: { id?: number }) => unknown) | undefined;
  const delivered: Array<{ tabId: number; message: TabCommand }> = [];
  const popups: number[] = [];
  const warnings: string[] = [];
  const apis: ChecklistCommandApis = {
    commands: { onCommand: { addListener: (l) => void (listener = l) } },
    tabs: {
      query: async () => [{ id: 9 }],
      sendMessage: async (tabId, message) => {
        if (!options.contentScript) throw new Error('Could not establish connection. Receiving end does not exist.');
        delivered.push({ tabId, message });
        // What the content script answers: whether it had a compose box to open the checklist for.
        return { opened: options.composeBox ?? true };
      },
    },
    action:
      options.openPopup === 'missing'
        ? {}
        : {
            openPopup: async () => {
              if (options.openPopup === 'fails') throw new Error('Browser window has no toolbar.');
              popups.push(1);
            },
          },
    log: { warn: (message) => void warnings.push(message) },
  };
  registerChecklistCommand(apis);
  const press = async (command = 'open-checklist', tab?: { id?: number }) => {
    await listener?.(command, tab);
  };
  return { delivered, popups, warnings, press };
}

describe('the open-checklist shortcut', () => {
  it('asks the active tab’s content script to open the checklist', async () => {
    const browser = commandBrowser({ contentScript: true, openPopup: 'works' });
    await browser.press();
    expect(browser.delivered).toEqual([{ tabId: 9, message: { type: 'open-checklist' } }]);
    expect(browser.popups).toEqual([]);
  });

  it('uses the tab the browser names for the command', async () => {
    const browser = commandBrowser({ contentScript: true });
    await browser.press('open-checklist', { id: 4 });
    expect(browser.delivered).toEqual([{ tabId: 4, message: { type: 'open-checklist' } }]);
  });

  it('opens the popup instead where no content script answers', async () => {
    const browser = commandBrowser({ contentScript: false, openPopup: 'works' });
    await browser.press();
    expect(browser.popups).toEqual([1]);
  });

  it('opens the popup where the content script has no compose box to show a checklist for', async () => {
    const browser = commandBrowser({ contentScript: true, composeBox: false, openPopup: 'works' });
    await browser.press();
    expect(browser.delivered).toHaveLength(1);
    expect(browser.popups).toEqual([1]);
  });

  it('never throws when the popup cannot open either, or the browser has no openPopup', async () => {
    const fails = commandBrowser({ contentScript: false, openPopup: 'fails' });
    await expect(fails.press()).resolves.toBeUndefined();
    expect(fails.warnings).toEqual(['Guidepost: could not open the checklist (Browser window has no toolbar.)']);
    const missing = commandBrowser({ contentScript: false, openPopup: 'missing' });
    await expect(missing.press()).resolves.toBeUndefined();
    expect(missing.warnings).toEqual([]);
  });

  it('ignores other commands', async () => {
    const browser = commandBrowser({ contentScript: true, openPopup: 'works' });
    await browser.press('_execute_action');
    expect(browser.delivered).toEqual([]);
    expect(browser.popups).toEqual([]);
  });
});
