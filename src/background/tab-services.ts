import type { Platform } from '../core/types.ts';
import type { TabEventHandler } from '../messaging/analysis-server.ts';
import type { TabCommand } from '../messaging/protocol.ts';
import { appendAuditRecord, type AuditStorage } from '../checklist/audit-log.ts';

/**
 * What the background does for a tab's content script: the toolbar badge that counts the open findings of
 * the post being written, the audit log of posts published over a warning, the reminder after publishing,
 * and the keyboard shortcut that opens the checklist.
 */

/** The per-tab parts of `browser.action` (`browserAction` in Firefox MV2) the badge needs. */
export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void> | void;
  /** Chrome 110+ and Firefox; elsewhere the browser picks a text colour. */
  setBadgeTextColor?(details: { tabId: number; color: string }): Promise<void> | void;
  setTitle(details: { tabId: number; title: string }): Promise<void> | void;
}

/** White text on both keeps a contrast above 4.5:1. */
export const BADGE_COLORS = { findings: '#8a5300', failed: '#b3261e' } as const;

export interface BadgeState {
  text: string;
  color: string;
  title: string;
}

export function badgeState(open: number, failed: boolean): BadgeState {
  if (failed) {
    return { text: '!', color: BADGE_COLORS.failed, title: 'Guidepost could not check this post; publishing is not held back' };
  }
  if (open === 0) return { text: '', color: BADGE_COLORS.findings, title: 'Guidepost' };
  return {
    // The badge fits about four characters.
    text: open > 99 ? '99+' : String(open),
    color: BADGE_COLORS.findings,
    title: `Guidepost: ${open} ${open === 1 ? 'finding' : 'findings'} in this post`,
  };
}

export interface TabServices {
  /** Absent in browsers without a toolbar button API; the badge then stays off. */
  action?: BadgeApi;
  auditStorage: AuditStorage;
  reminders: { onPublished(platform: Platform): Promise<void> | void };
}

export function createTabEventHandler(services: TabServices): TabEventHandler {
  return async (event, sender) => {
    switch (event.type) {
      case 'tab-status': {
        const tabId = sender.tab?.id;
        const action = services.action;
        if (tabId === undefined || !action) return;
        const { text, color, title } = badgeState(event.open, event.failed);
        await Promise.all([
          action.setBadgeText({ tabId, text }),
          action.setBadgeBackgroundColor({ tabId, color }),
          action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
          action.setTitle({ tabId, title }),
        ]);
        return;
      }
      case 'audit':
        await appendAuditRecord(services.auditStorage, event.record);
        return;
      case 'published':
        await services.reminders.onPublished(event.platform);
        return;
    }
  };
}

/** The manifest's command name for the keyboard shortcut (Alt+Shift+G by default). */
export const OPEN_CHECKLIST_COMMAND = 'open-checklist';

interface CommandTab {
  id?: number;
}

export interface ChecklistCommandApis {
  commands: { onCommand: { addListener(listener: (command: string, tab?: CommandTab) => unknown): void } };
  tabs: {
    query(query: { active: true; lastFocusedWindow: true }): Promise<CommandTab[]>;
    sendMessage(tabId: number, message: TabCommand): Promise<unknown>;
  };
  /** `openPopup` is missing in older browsers; the shortcut then does nothing where no content script runs. */
  action?: { openPopup?(): Promise<void> };
  log?: { warn(message: string): void };
}

/**
 * Asks the active tab's content script to open its checklist. Where none runs (any other site, or a tab
 * opened before Guidepost was installed) or its page has no compose box, the toolbar popup opens instead, when
 * the browser allows it.
 */
export async function openChecklistInActiveTab(apis: ChecklistCommandApis, tab?: CommandTab): Promise<void> {
  const log = apis.log ?? console;
  try {
    const tabId = tab?.id ?? (await apis.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
    if (tabId === undefined) throw new Error('no active tab');
    const answer = await apis.tabs.sendMessage(tabId, { type: 'open-checklist' });
    // The content script answers { opened: false } when its page has no compose box: the popup says so.
    if ((answer as { opened?: unknown } | undefined)?.opened === false) throw new Error('no compose box in this tab');
  } catch {
    try {
      await apis.action?.openPopup?.();
    } catch (error) {
      // No focused browser window, or the browser wants a user gesture it does not see here.
      log.warn(`Guidepost: could not open the checklist (${error instanceof Error ? error.message : String(error)})`);
    }
  }
}

/** Call synchronously when the worker starts, so the shortcut finds its listener when it wakes the worker. */
export function registerChecklistCommand(apis: ChecklistCommandApis): void {
  apis.commands.onCommand.addListener((command, tab) => {
    if (command !== OPEN_CHECKLIST_COMMAND) return undefined;
    // Returned so a caller (or a test) can wait for it; it never rejects.
    return openChecklistInActiveTab(apis, tab);
  });
}
