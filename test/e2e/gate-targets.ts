// How to reach each fixture's composer and its publish control, shared by the publish-gate and popup tests.
import type { Locator, Page } from 'playwright-core';
import type { E2ESession } from './harness.ts';

export interface GateTarget {
  platform: string;
  host: string;
  path?: string;
  /** Opens the composer and returns its editable, focused. */
  open(page: Page): Promise<Locator>;
  /** The platform's publish control for that composer. */
  publishButton(page: Page): Locator;
}

export const GATE_TARGETS: readonly GateTarget[] = [
  {
    platform: 'x',
    host: 'x.com',
    path: '/home',
    async open(page) {
      const editable = page.locator('[data-testid="tweetTextarea_0"][contenteditable="true"]').first();
      await editable.click();
      return editable;
    },
    publishButton: (page) => page.locator('[data-testid="tweetButtonInline"]'),
  },
  {
    platform: 'bluesky',
    host: 'bsky.app',
    async open(page) {
      await page.getByRole('button', { name: 'Compose new post' }).first().click();
      const editable = page.locator('[data-testid="composePostView"] .ProseMirror[contenteditable="true"]').first();
      await editable.click();
      return editable;
    },
    publishButton: (page) => page.locator('[data-testid="composerPublishBtn"]'),
  },
  {
    platform: 'threads',
    host: 'www.threads.com',
    async open(page) {
      await page.locator('css:light=div[role="button"]', { hasText: 'What’s new?' }).first().click();
      const editable = page.locator('div[role="dialog"] div[contenteditable="true"][data-lexical-editor="true"]').first();
      await editable.click();
      return editable;
    },
    publishButton: (page) => page.locator('css:light=div[role="dialog"] div[role="button"]', { hasText: /^Post$/ }),
  },
  {
    platform: 'mastodon',
    host: 'wikimedia.social',
    async open(page) {
      const editable = page.locator('textarea.autosuggest-textarea__textarea');
      await editable.click();
      return editable;
    },
    publishButton: (page) => page.locator('form.compose-form button[type="submit"]'),
  },
];

/** The worker's `chrome` global, as far as these tests use it (functions passed to evaluate run there). */
export interface WorkerChrome {
  tabs: { query(info: object): Promise<Array<{ id?: number; url?: string }>>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  runtime: { getManifest(): { commands?: Record<string, { suggested_key?: Record<string, string> }> } };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void>; remove(key: string): Promise<void> };
  };
  alarms: { getAll(): Promise<Array<{ name: string; scheduledTime: number }>>; clearAll(): Promise<boolean> };
}

/** The worker's global: functions passed to `serviceWorker.evaluate` run there. */
declare const chrome: WorkerChrome;

/**
 * The browser's id for the tab showing `page`: brought to the front, it is the active tab. (Without the "tabs"
 * permission the worker can't match tabs by address.)
 */
export async function tabIdOf(session: E2ESession, page: Page): Promise<number> {
  await page.bringToFront();
  return session.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}

export const badgeText = (session: E2ESession, tabId: number) => session.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

