// The checklist before publishing, on all four fixtures: a flagged post is held back and the checklist shown;
// "Post anyway" publishes exactly once, unchanged; "Edit post" publishes nothing and puts the caret at the
// finding; a clean post goes at once; Ctrl/Cmd+Enter goes through the same gate; a broken rule engine never
// stops a post.
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { axeViolations } from './axe.ts';
import { readModel, SCREENSHOT_DIR, waitForFindings } from './composer-suite.ts';
import { badgeText, GATE_TARGETS, tabIdOf, type GateTarget } from './gate-targets.ts';
import { setupE2E } from './harness.ts';

const session = setupE2E();

const FLAGGED = 'Please vote for Jane Smith in the election';
const FLAGGED_CATEGORY = 'endorsement/political';
const CLEAN = 'Wikipedia turns 25 today, thank you to every editor';
const DIALOG = 'guidepost-checklist';

/** The checklist dialog's text and the element focused inside it, or null when it is not open. */
const dialogState = (page: Page) =>
  page.evaluate((tag) => {
    const host = document.querySelector(tag);
    const dialog = host?.shadowRoot?.querySelector('[role="dialog"]');
    if (!host || !dialog) return null;
    return {
      text: (dialog as HTMLElement).innerText,
      modal: dialog.getAttribute('aria-modal'),
      focused: host.shadowRoot!.activeElement?.textContent ?? null,
    };
  }, DIALOG);

const waitForDialog = (page: Page) => page.waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[role="dialog"]'), DIALOG);
const dialogButton = (page: Page, name: string) => page.locator(DIALOG).getByRole('button', { name, exact: true });
const posted = async (page: Page) => (await readModel(page)).posted;

/** Settles anything that would publish late (a second click getting through) before checking it did not. */
const settle = (page: Page) => page.waitForTimeout(400);

const pages: Page[] = [];
afterEach(async () => {
  for (const page of pages.splice(0)) await page.close();
});

async function compose(target: GateTarget, text: string, category: string): Promise<{ page: Page; editable: Locator }> {
  const page = await session.openFixture(target.host, target.path);
  pages.push(page);
  const editable = await target.open(page);
  await page.keyboard.type(text);
  await waitForFindings(page, category);
  return { page, editable };
}

for (const target of GATE_TARGETS) {
  describe(`${target.platform}: the publish gate`, () => {
    it('holds back a flagged post on a publish click and shows the checklist; "Post anyway" publishes it once, unchanged', async () => {
      const { page } = await compose(target, FLAGGED, FLAGGED_CATEGORY);
      await target.publishButton(page).click();
      await waitForDialog(page);
      const shown = await dialogState(page);
      expect(shown?.modal).toBe('true');
      expect(shown?.text).toContain('Political endorsement');
      // Focus starts inside the dialog, on the safe choice.
      expect(shown?.focused).toBe('Edit post');
      expect(await axeViolations(page, [[DIALOG, '[role="dialog"]']])).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `checklist-${target.platform}.png`) });
      await settle(page);
      expect(await posted(page)).toEqual([]);

      await dialogButton(page, 'Post anyway').click();
      await expect.poll(() => posted(page)).toEqual([FLAGGED]);
      await settle(page);
      expect(await posted(page)).toEqual([FLAGGED]);
      expect(await dialogState(page)).toBeNull();
    });

    it('"Edit post" publishes nothing and puts the caret at the first finding, with the draft intact', async () => {
      const { page } = await compose(target, FLAGGED, FLAGGED_CATEGORY);
      await target.publishButton(page).click();
      await waitForDialog(page);
      await dialogButton(page, 'Edit post').click();
      expect(await dialogState(page)).toBeNull();
      const start = FLAGGED.indexOf('vote for');
      await expect.poll(async () => (await readModel(page)).caret).toEqual({ start, end: start });
      // Typing goes on in the editor, at the finding.
      await page.keyboard.type('X');
      await expect.poll(async () => (await readModel(page)).text).toBe(`${FLAGGED.slice(0, start)}X${FLAGGED.slice(start)}`);
      await settle(page);
      expect(await posted(page)).toEqual([]);
    });

    it('publishes a clean post at once: the click reaches the page in the same event, with no dialog', async () => {
      const { page } = await compose(target, CLEAN, '');
      // Clicked from the page itself so what happens during that one dispatch can be seen synchronously.
      const during = await target.publishButton(page).evaluate((button, tag) => {
        const fixture = (window as unknown as { __fixture: { posted: string[] } }).__fixture;
        (button as HTMLElement).click();
        return { posted: [...fixture.posted], dialog: document.querySelector(tag) !== null };
      }, DIALOG);
      expect(during).toEqual({ posted: [CLEAN], dialog: false });
      await settle(page);
      expect(await posted(page)).toEqual([CLEAN]);
    });

    it('sends Ctrl+Enter through the same gate: held when flagged (Escape closes, nothing lost), straight through when clean', async () => {
      const { page, editable } = await compose(target, FLAGGED, FLAGGED_CATEGORY);
      await page.keyboard.press('Control+Enter');
      await waitForDialog(page);
      await page.keyboard.press('Escape');
      expect(await dialogState(page)).toBeNull();
      await settle(page);
      expect(await posted(page)).toEqual([]);
      expect((await readModel(page)).text).toBe(FLAGGED);
      // Focus is back in the editor: select all and replace the text with a clean post.
      expect(await editable.evaluate((element) => element.contains(document.activeElement) || element === document.activeElement)).toBe(true);
      await page.keyboard.press('Control+A');
      await page.keyboard.type(CLEAN);
      await waitForFindings(page, '');
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => posted(page)).toEqual([CLEAN]);
      expect(await dialogState(page)).toBeNull();
    });

    it('"Post anyway" after Ctrl+Enter publishes once', async () => {
      const { page } = await compose(target, FLAGGED, FLAGGED_CATEGORY);
      await page.keyboard.press('Control+Enter');
      await waitForDialog(page);
      await dialogButton(page, 'Post anyway').click();
      await expect.poll(() => posted(page)).toEqual([FLAGGED]);
      await settle(page);
      expect(await posted(page)).toEqual([FLAGGED]);
    });

    it('still publishes when the rule engine is broken', async () => {
      // Breaks the engine inside the running service worker: the analyser keys its cache with JSON.stringify on
      // every call, so every analysis now throws, cached or not. Messaging does not use it.
      await session.serviceWorker.evaluate(() => {
        const original = JSON.stringify;
        (globalThis as unknown as { __restore: () => void }).__restore = () => {
          JSON.stringify = original;
        };
        JSON.stringify = () => {
          throw new Error('simulated rule engine failure');
        };
      });
      try {
        const page = await session.openFixture(target.host, target.path);
        pages.push(page);
        await target.open(page);
        await page.keyboard.type(FLAGGED);
        await page.waitForFunction(() => document.querySelector('guidepost-overlay')?.getAttribute('data-guidepost-state') === 'failed');
        await target.publishButton(page).click();
        await expect.poll(() => posted(page)).toEqual([FLAGGED]);
        expect(await dialogState(page)).toBeNull();
        // The toolbar badge says Guidepost could not check the post.
        const tabId = await tabIdOf(session, page);
        await expect.poll(() => badgeText(session, tabId)).toBe('!');
      } finally {
        await session.serviceWorker.evaluate(() => (globalThis as unknown as { __restore: () => void }).__restore());
      }
    });
  });
}
