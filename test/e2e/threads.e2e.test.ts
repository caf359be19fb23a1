import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { composerSuite, drawnUnderlines, highlightRanges, overlayFindings, readModel, waitForFindings, waitForOverlays } from './composer-suite.ts';
import { setupE2E } from './harness.ts';

const session = setupE2E({ fixtureSites: { 'threads.plain.test': 'threads' } });
const EDITOR = 'css:light=div[role="dialog"] div[contenteditable="true"][data-lexical-editor="true"]';

composerSuite(session, {
  platform: 'threads',
  host: 'www.threads.com',
  plainHost: 'threads.plain.test',
  async openComposer(page) {
    // The "What's new?" row opens the composer; it is not an editor itself.
    await page.locator('css:light=div[role="button"]', { hasText: 'What’s new?' }).first().click();
    const editable = page.locator(EDITOR).first();
    await editable.click();
    return editable;
  },
});

// What the blocks below need (imported here so the lines above stay as they are).

/** The composer's editors, as CSS for the page itself (EDITOR above is a Playwright selector). */
const EDITORS = 'div[role="dialog"] div[contenteditable="true"][data-lexical-editor="true"]';
/** A `div[role="button"]` in the composer, by its exact text (Threads' controls have no other name). */
const composerButton = (page: Page, text: string) => page.locator('css:light=div[role="dialog"] div[role="button"]', { hasText: new RegExp(`^${text}$`) });

async function openNewThread(page: Page): Promise<void> {
  await page.locator('css:light=div[role="button"]', { hasText: 'What’s new?' }).first().click();
  await waitForOverlays(page, 1);
}

describe('threads: overlays follow the single-page app', () => {
  it('the composer adds one overlay per editor ("Add to thread" one more), flags only the post typed in, and closing removes them and their highlights', async () => {
    const page = await session.openFixture('www.threads.com');
    await waitForOverlays(page, 0);
    await openNewThread(page);
    await page.locator(EDITOR).first().click();
    await page.keyboard.type('Big news today');
    await waitForFindings(page, '', 0);
    await composerButton(page, 'Add to thread').click();
    await waitForOverlays(page, 2);
    await page.locator(EDITOR).nth(1).click();
    await page.keyboard.type('Please vote for Jane Smith');
    await waitForFindings(page, 'endorsement/political', 1);
    await waitForFindings(page, '', 0);
    expect(await overlayFindings(page)).toEqual(['', 'endorsement/political']);
    await expect.poll(() => highlightRanges(page, EDITORS)).toEqual([{ category: 'endorsement/political', text: 'vote for Jane Smith', editor: 1 }]);

    await composerButton(page, 'Cancel').click();
    await waitForOverlays(page, 0);
    await expect.poll(() => highlightRanges(page, EDITORS)).toEqual([]);
    await page.close();
  });

  it('a reply composer adds one overlay, and Escape takes it away', async () => {
    const page = await session.openFixture('www.threads.com');
    await page.locator('css:light=[data-pressable-container]').first().getByRole('button', { name: 'Reply' }).click();
    await waitForOverlays(page, 1);
    await page.locator(EDITOR).first().click();
    await page.keyboard.type('Oh great /s');
    await waitForFindings(page, 'tone/sarcasm');
    await page.keyboard.press('Escape');
    await waitForOverlays(page, 0);
    await expect.poll(() => highlightRanges(page, EDITORS)).toEqual([]);
    await page.close();
  });

  it('client-side navigation: no composer on the next page means no overlay; a composer opened there gets one; Back keeps the open composer’s one', async () => {
    const page = await session.openFixture('www.threads.com');
    await openNewThread(page);
    await page.locator(EDITOR).first().click();
    await page.keyboard.type('Vote for Jane Smith');
    await waitForFindings(page, 'endorsement/political');
    await composerButton(page, 'Cancel').click();
    await waitForOverlays(page, 0);
    // Gone if the page reloads instead of routing client-side.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    await page.locator('css:light=nav a[href="/search"]').click();
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/search');
    await waitForOverlays(page, 0);
    await expect.poll(() => highlightRanges(page, EDITORS)).toEqual([]);

    await page.getByRole('button', { name: 'Create' }).click();
    await waitForOverlays(page, 1);
    await page.locator(EDITOR).first().click();
    await page.keyboard.type('Oh great /s');
    await waitForFindings(page, 'tone/sarcasm');
    await page.evaluate(() => {
      (window as unknown as { composerOverlay: Element | null }).composerOverlay = document.querySelector('guidepost-overlay');
    });

    // The composer is the app's, not the page's: it stays open across Back, with its one overlay.
    await page.goBack();
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/');
    await page.locator('css:light=[data-pressable-container]').first().waitFor();
    expect(await page.evaluate(() => document.querySelector('guidepost-overlay') === (window as unknown as { composerOverlay: Element | null }).composerOverlay)).toBe(true);
    expect(await overlayFindings(page)).toEqual(['tone/sarcasm']);
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
    await composerButton(page, 'Cancel').click();
    await waitForOverlays(page, 0);
    await page.close();
  });

  it('a quote of a flagged post flags the quoting post for the quoted words, while its own clean text stays without underlines, and a second post not at all', async () => {
    const page = await session.openFixture('www.threads.com');
    // Repost > Quote on Dale's post (the second in the feed).
    await page.locator('css:light=[data-pressable-container]').nth(1).getByRole('button', { name: 'Repost' }).click();
    await page.getByRole('menuitem', { name: 'Quote' }).click();
    await waitForOverlays(page, 1);
    await page.locator(EDITOR).first().click();
    await page.keyboard.type('Worth a read.');
    // No fixture post breaks a rule, so this one is clean as the fixture shows it...
    await waitForFindings(page, '');
    // ...and then shows words that do, as a post being quoted might.
    await page.evaluate(() => {
      const words = document.querySelector('div[role="dialog"] span[dir="auto"] > span')!.firstChild as Text;
      words.data = 'Everyone should vote for Jane Smith on Tuesday.';
    });
    await page.keyboard.type(' Agreed.');
    await waitForFindings(page, 'endorsement/political');
    expect((await readModel(page)).text).toBe('Worth a read. Agreed.');
    // The finding points into the quoted post: nothing is underlined in the editor.
    expect(await drawnUnderlines(page)).toEqual([]);
    expect(await highlightRanges(page, EDITORS)).toEqual([]);

    // The card sits under the first post, which alone quotes it: a second post's overlay stays clean.
    await composerButton(page, 'Add to thread').click();
    await waitForOverlays(page, 2);
    await page.locator(EDITOR).nth(1).click();
    await page.keyboard.type('More soon.');
    await waitForFindings(page, '', 1);
    // Checked again with the thread grown, the first post still quotes the card.
    await page.locator(EDITOR).first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Really.');
    await expect.poll(() => readModel(page).then((model) => model.texts[0])).toBe('Worth a read. Agreed. Really.');
    await waitForFindings(page, 'endorsement/political', 0);
    expect(await overlayFindings(page)).toEqual(['endorsement/political', '']);
    await composerButton(page, 'Cancel').click();
    await waitForOverlays(page, 0);
    await page.close();
  });
});
