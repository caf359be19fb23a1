import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { composerSuite, drawnUnderlines, highlightRanges, overlayFindings, readModel, waitForFindings, waitForOverlays } from './composer-suite.ts';
import { setupE2E } from './harness.ts';

const session = setupE2E({ fixtureSites: { 'x.plain.test': 'x' } });
const INLINE = '[data-testid="tweetTextarea_0"][contenteditable="true"]';

composerSuite(session, {
  platform: 'x',
  host: 'x.com',
  plainHost: 'x.plain.test',
  async openComposer(page) {
    const editable = page.locator(INLINE).first();
    await editable.click();
    return editable;
  },
});

// What the blocks below need besides the imports above (kept separate so the lines above stay as they are).

const MODAL = '#layers [role="dialog"][aria-modal="true"]';
const EDITORS = '[data-testid^="tweetTextarea_"][contenteditable="true"]';

const overlayCount = (page: Page) => page.evaluate(() => document.querySelectorAll('guidepost-overlay').length);
describe('x: overlays follow the single-page app', () => {
  it('the compose modal adds one overlay per editor ("Add post" one more), flags only the post typed in, and closing removes them and their highlights; the inline box keeps its own', async () => {
    const page = await session.openFixture('x.com', '/home');
    await waitForOverlays(page, 1);
    await page.locator(INLINE).first().click();
    await page.keyboard.type('Oh great /s');
    await waitForFindings(page, 'tone/sarcasm');
    // Kept in the page, to tell later whether the inline box still has the same overlay.
    await page.evaluate(() => {
      (window as unknown as { inlineOverlay: Element | null }).inlineOverlay = document.querySelector('guidepost-overlay');
    });

    await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
    await waitForOverlays(page, 2);
    await page.locator(`${MODAL} ${EDITORS}`).first().click();
    await page.keyboard.type('Big news today');
    await waitForFindings(page, '', 1);
    await page.locator(`${MODAL} [data-testid="addButton"]`).click();
    await waitForOverlays(page, 3);
    await page.locator(`${MODAL} ${EDITORS}`).nth(1).click();
    await page.keyboard.type('Please vote for Jane Smith');
    await waitForFindings(page, 'endorsement/political', 2);
    await waitForFindings(page, '', 1);
    await waitForFindings(page, 'tone/sarcasm', 0);
    expect(await overlayFindings(page)).toEqual(['tone/sarcasm', '', 'endorsement/political']);
    // Editors in document order: the inline box, then the modal's two posts.
    await expect.poll(() => highlightRanges(page, EDITORS).then((ranges) => ranges.sort((a, b) => a.editor - b.editor))).toEqual([
      { category: 'tone/sarcasm', text: '/s', editor: 0 },
      { category: 'endorsement/political', text: 'vote for Jane Smith', editor: 2 },
    ]);

    await page.locator(`${MODAL} [data-testid="app-bar-close"]`).click();
    await waitForOverlays(page, 1);
    expect(await page.evaluate(() => document.querySelector('guidepost-overlay') === (window as unknown as { inlineOverlay: Element | null }).inlineOverlay)).toBe(true);
    expect(await overlayFindings(page)).toEqual(['tone/sarcasm']);
    // No range of the closed modal's editors is left in the registry; the inline box's is.
    await expect.poll(() => highlightRanges(page, EDITORS)).toEqual([{ category: 'tone/sarcasm', text: '/s', editor: 0 }]);
    await page.close();
  });

  it('the reply modal adds one overlay and closing it takes it away again', async () => {
    const page = await session.openFixture('x.com', '/home');
    await waitForOverlays(page, 1);
    await page.locator('css:light=main article[data-testid="tweet"] [data-testid="reply"]').nth(1).click();
    await waitForOverlays(page, 2);
    await page.keyboard.type('Thanks, we will look into it. Vote for Jane Smith');
    await waitForFindings(page, 'endorsement/political', 1);
    await page.keyboard.press('Escape');
    await waitForOverlays(page, 1);
    await expect.poll(() => highlightRanges(page, EDITORS)).toEqual([]);
    await page.close();
  });

  it('client-side navigation to a page without a composer leaves no overlay and no highlight; Back restores one', async () => {
    const page = await session.openFixture('x.com', '/home');
    await waitForOverlays(page, 1);
    await page.locator(INLINE).first().click();
    await page.keyboard.type('Vote for Jane Smith');
    await waitForFindings(page, 'endorsement/political');
    const url = page.url();
    // Gone if the page reloads instead of routing client-side.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    await page.locator('[data-testid="AppTabBar_Explore_Link"]').click();
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/explore');
    await waitForOverlays(page, 0);
    await expect.poll(() => highlightRanges(page, EDITORS)).toEqual([]);

    await page.goBack();
    expect(page.url()).toBe(url);
    await waitForOverlays(page, 1);
    // Home was rendered afresh: a new, empty box, checked and clean.
    await waitForFindings(page, '');
    await page.locator(INLINE).first().click();
    await page.keyboard.type('Oh great /s');
    await waitForFindings(page, 'tone/sarcasm');
    expect(await overlayCount(page)).toBe(1);
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
    await page.close();
  });

  it('a quote of a flagged post flags the quote box for the quoted words, while its own clean text stays without underlines; the box behind the modal quotes nothing', async () => {
    const page = await session.openFixture('x.com', '/home');
    await waitForOverlays(page, 1);
    await page.locator(INLINE).first().click();
    await page.keyboard.type('Hello');
    await waitForFindings(page, '');
    // Repost > Quote on Marcus's post (the third on Home).
    await page.locator('css:light=main article[data-testid="tweet"] [data-testid="retweet"]').nth(2).click();
    await page.locator('css:light=[role="menu"] [role="menuitem"]', { hasText: 'Quote' }).click();
    await waitForOverlays(page, 2);
    await page.locator(`${MODAL} ${EDITORS}`).first().click();
    await page.keyboard.type('Worth a read.');
    // No fixture post breaks a rule, so this one is clean as the fixture shows it...
    await waitForFindings(page, '', 1);
    // ...and then shows words that do, as a post being quoted might.
    await page.evaluate(() => {
      const words = document.querySelector('#layers [data-testid="quoteTweet"] [data-testid="tweetText"] span')!.firstChild as Text;
      words.data = 'Everyone should vote for Jane Smith on Tuesday.';
    });
    await page.keyboard.type(' Agreed.');
    await waitForFindings(page, 'endorsement/political', 1);
    expect(await overlayFindings(page)).toEqual(['', 'endorsement/political']);
    expect((await readModel(page)).text).toBe('Worth a read. Agreed.');
    // The finding points into the quoted post: nothing is underlined in the editor.
    expect(await drawnUnderlines(page)).toEqual([]);
    expect(await highlightRanges(page, EDITORS)).toEqual([]);

    // The inline box behind the modal, checked again, is not answering or quoting what the modal shows.
    await page.locator(INLINE).first().focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' there');
    await expect.poll(() => readModel(page).then((model) => model.texts[0])).toBe('Hello there');
    await waitForFindings(page, '', 0);
    expect(await overlayFindings(page)).toEqual(['', 'endorsement/political']);
    await page.close();
  });
});
