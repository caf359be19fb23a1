import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { composerSuite, drawnUnderlines, highlightRanges, overlayFindings, readModel, waitForFindings, waitForOverlays } from './composer-suite.ts';
import { setupE2E } from './harness.ts';

const session = setupE2E({ fixtureSites: { 'bsky.plain.test': 'bluesky' } });
const EDITOR = '[data-testid="composePostView"] .ProseMirror[contenteditable="true"]';

composerSuite(session, {
  platform: 'bluesky',
  host: 'bsky.app',
  plainHost: 'bsky.plain.test',
  async openComposer(page) {
    await page.getByRole('button', { name: 'Compose new post' }).first().click();
    const editable = page.locator(EDITOR).first();
    await editable.click();
    return editable;
  },
});

// What the blocks below need (imported here so the lines above stay as they are).

const DIALOG = 'css:light=[role="dialog"][aria-modal="true"]';

/** Cancel, then "Discard" when the composer asks (it does once anything was typed). */
async function discardComposer(page: Page): Promise<void> {
  await page.locator('[data-testid="composerDiscardButton"]').click();
  await page.locator('css:light=[role="alertdialog"] button', { hasText: 'Discard' }).click();
}

describe('bluesky: overlays follow the single-page app', () => {
  it('the composer adds one overlay per editor ("Add new post" one more), flags only the post typed in, and closing removes them and their highlights', async () => {
    const page = await session.openFixture('bsky.app');
    await waitForOverlays(page, 0);
    await page.getByRole('button', { name: 'Compose new post' }).first().click();
    await waitForOverlays(page, 1);
    await page.locator(EDITOR).first().click();
    await page.keyboard.type('Big news today');
    await waitForFindings(page, '', 0);
    await page.locator(`${DIALOG} button[aria-label="Add new post"]`).click();
    await waitForOverlays(page, 2);
    await page.locator(EDITOR).nth(1).click();
    await page.keyboard.type('Please vote for Jane Smith');
    await waitForFindings(page, 'endorsement/political', 1);
    await waitForFindings(page, '', 0);
    expect(await overlayFindings(page)).toEqual(['', 'endorsement/political']);
    await expect.poll(() => highlightRanges(page, EDITOR)).toEqual([{ category: 'endorsement/political', text: 'vote for Jane Smith', editor: 1 }]);

    await discardComposer(page);
    await waitForOverlays(page, 0);
    await expect.poll(() => highlightRanges(page, EDITOR)).toEqual([]);
    await page.close();
  });

  it('a reply composer adds one overlay, and Escape (nothing typed, so no prompt) takes it away', async () => {
    const page = await session.openFixture('bsky.app');
    await page.locator('[data-testid="replyBtn"]').first().click();
    await waitForOverlays(page, 1);
    await page.locator(EDITOR).first().click();
    await page.keyboard.press('Escape');
    await waitForOverlays(page, 0);
    await page.close();
  });

  it('client-side navigation: no composer on the next page means no overlay; a composer opened there gets one; Back keeps the open composer’s one', async () => {
    const page = await session.openFixture('bsky.app');
    await page.getByRole('button', { name: 'Compose new post' }).first().click();
    await page.locator(EDITOR).first().click();
    await page.keyboard.type('Vote for Jane Smith');
    await waitForFindings(page, 'endorsement/political');
    await discardComposer(page);
    await waitForOverlays(page, 0);
    // Gone if the page reloads instead of routing client-side.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    await page.locator('css:light=nav a[aria-label="Notifications"]').click();
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/notifications');
    await waitForOverlays(page, 0);
    await expect.poll(() => highlightRanges(page, EDITOR)).toEqual([]);

    await page.getByRole('button', { name: 'Compose new post' }).first().click();
    await waitForOverlays(page, 1);
    await page.locator(EDITOR).first().click();
    await page.keyboard.type('Oh great /s');
    await waitForFindings(page, 'tone/sarcasm');
    await page.evaluate(() => {
      (window as unknown as { composerOverlay: Element | null }).composerOverlay = document.querySelector('guidepost-overlay');
    });

    // Bluesky's composer belongs to the shell, not the page: it stays open across Back, with its one overlay.
    await page.goBack();
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/');
    await page.locator('css:light=[data-testid^="feedItem-by-"]').first().waitFor();
    expect(await page.evaluate(() => document.querySelector('guidepost-overlay') === (window as unknown as { composerOverlay: Element | null }).composerOverlay)).toBe(true);
    expect(await overlayFindings(page)).toEqual(['tone/sarcasm']);
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
    await discardComposer(page);
    await waitForOverlays(page, 0);
    await page.close();
  });

  it('a quote of a flagged post flags the quoting post for the quoted words, while its own clean text stays without underlines, and a second post not at all', async () => {
    const page = await session.openFixture('bsky.app');
    // Repost > Quote post on Pat's post (the second in the feed).
    await page.locator('[data-testid="repostBtn"]').nth(1).click();
    await page.locator('[data-testid="repostDropdownQuoteBtn"]').click();
    await waitForOverlays(page, 1);
    await page.locator(EDITOR).first().click();
    await page.keyboard.type('Worth a read.');
    // No fixture post breaks a rule, so this one is clean as the fixture shows it...
    await waitForFindings(page, '');
    // ...and then shows words that do, as a post being quoted might.
    await page.evaluate(() => {
      const words = document.querySelector('[role="dialog"] a[title^="Post by "] [dir="auto"]')!.firstChild as Text;
      words.data = 'Everyone should vote for Jane Smith on Tuesday.';
    });
    await page.keyboard.type(' Agreed.');
    await waitForFindings(page, 'endorsement/political');
    expect((await readModel(page)).text).toBe('Worth a read. Agreed.');
    // The finding points into the quoted post: nothing is underlined in the editor.
    expect(await drawnUnderlines(page)).toEqual([]);
    expect(await highlightRanges(page, EDITOR)).toEqual([]);

    // The quote is published with the first post only: a second post's overlay stays clean.
    await page.locator(`${DIALOG} button[aria-label="Add new post"]`).click();
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
    await discardComposer(page);
    await waitForOverlays(page, 0);
    await page.close();
  });
});
