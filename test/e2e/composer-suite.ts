// The checks every platform's compose box must pass with Guidepost on it. Each platform's test file
// calls composerSuite() with how to reach its composer, then adds what is particular to the site.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { CDPSession, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { E2ESession } from './harness.ts';
import type { FixtureApi } from './fixtures/fixture-api.ts';

export const SCREENSHOT_DIR = join(import.meta.dirname, '../../docs/screenshots');

export interface ComposerTarget {
  /** Platform id, used for screenshot names and in test titles. */
  platform: string;
  /** The host the content script runs on. */
  host: string;
  /** Another host serving the same fixture where no content script runs: the baseline without Guidepost. */
  plainHost: string;
  /** Opens the composer on a fresh page and returns its editable element, focused. */
  openComposer(page: Page): Promise<Locator>;
  /**
   * Where `phrase` is drawn, measured without Guidepost. Rich editors default to a DOM range over the
   * editor's own text; a textarea's text is not in the DOM, so its platform measures it another way.
   */
  phraseBounds?(page: Page, editable: Locator, phrase: string): Promise<Rect>;
  /** Save docs/screenshots/<platform>.png (default true). */
  screenshot?: boolean;
}

/** Twenty posts that exercise what editors get wrong: emoji, CJK, right-to-left text, newlines, URLs, mentions. */
export const VARIED_POSTS: readonly string[] = [
  'Wikipedia turns 25 🎉 thank you, editors!',
  '维基百科二十五岁了，感谢所有编辑者。',
  'ويكيبيديا للجميع — شكراً للمحررين',
  'Line one\nLine two\nLine three',
  'Read more: https://wikimediafoundation.org/news/2026/01/15/wikipedia-25/ #Wikipedia25',
  'Thanks @wikimedia and @WikiEducation for the support',
  'Café naïve résumé — Zürich, São Paulo, Kraków',
  'Combining marks: cafe\u0301 n\u0303 a\u0308',
  'Family 👩‍👩‍👧 flags 🇮🇳🇧🇷🇿🇦 thumbs 👍🏽',
  'विकिपीडिया मुक्त ज्ञानकोश है',
  'Wikipedia adalah ensiklopedia bebas.',
  'Zażółć gęślą jaźń',
  'Größe, Straße, Übermut',
  'Ação, coração, informação.',
  'ウィキペディアへようこそ',
  '위키백과에 오신 것을 환영합니다',
  'ויקיפדיה היא אנציקלופדיה חופשית',
  'Mixed العربية with English 123 and back',
  'Mention @jimmy_wales then a link wikipedia.org\nand a second line 📚',
  'Vote for Jane Smith /s',
];

/** Hebrew or Arabic before any Latin letter: the line runs right to left. */
const startsRightToLeft = (text: string) => /^[^A-Za-z]*[\u0590-\u08ff]/.test(text);

type Fixture = FixtureApi;
export const readModel = (page: Page) =>
  page.evaluate(() => {
    const fixture = (window as unknown as { __fixture: Fixture }).__fixture;
    return { text: fixture.getText(), caret: fixture.getCaret(), texts: fixture.getTexts(), posted: [...fixture.posted] };
  });

/** The `data-guidepost-findings` of every overlay, in document order. */
export const overlayFindings = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('guidepost-overlay')].map((e) => e.getAttribute('data-guidepost-findings') ?? ''));

/** Waits until the `index`-th overlay shows `expected` for the text now in its box (not for an earlier keystroke). */
export async function waitForFindings(page: Page, expected: string, index = 0): Promise<void> {
  await page.waitForFunction(
    ({ value, at }) => {
      const host = document.querySelectorAll('guidepost-overlay')[at];
      return host?.getAttribute('data-guidepost-state') === 'current' && host.getAttribute('data-guidepost-findings') === value;
    },
    { value: expected, at: index },
    { timeout: 10_000 },
  );
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Every underline Guidepost drew, whichever way: highlight ranges (with their text) or, for textareas, the
 * bars in the overlay's shadow root (text unknown). Categories are read back from the highlight names.
 */
export const drawnUnderlines = (page: Page) =>
  page.evaluate(() => {
    const out: Array<{ category: string; text?: string; rects: Rect[] }> = [];
    const toRect = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    for (const [name, highlight] of CSS.highlights ?? []) {
      const match = name.match(/^guidepost-([a-z]+)-(.+)-(error|warning|info)$/);
      if (!match) continue;
      for (const range of highlight as unknown as Iterable<Range>) {
        out.push({ category: `${match[1]}/${match[2]}`, text: range.toString(), rects: [...range.getClientRects()].filter((r) => r.width > 0).map(toRect) });
      }
    }
    for (const host of document.querySelectorAll('guidepost-overlay')) {
      for (const bar of host.shadowRoot?.querySelectorAll<HTMLElement>('.underline') ?? []) {
        out.push({ category: bar.dataset.category ?? '', rects: [toRect(bar.getBoundingClientRect())] });
      }
    }
    return out;
  });

/** Waits until the page holds exactly `count` overlays (one per compose box). */
export const waitForOverlays = (page: Page, count: number) =>
  page.waitForFunction((n) => document.querySelectorAll('guidepost-overlay').length === n, count, { timeout: 10_000 });

/**
 * Every range in Guidepost's highlights: its category, its text, and which editor on the page now holds it
 * (an index among the elements matching `editors`, in document order, or -1: an editor that is gone).
 */
export const highlightRanges = (page: Page, editors: string) =>
  page.evaluate((selector) => {
    const found = [...document.querySelectorAll(selector)];
    const out: Array<{ category: string; text: string; editor: number }> = [];
    for (const [name, highlight] of CSS.highlights ?? []) {
      if (!name.startsWith('guidepost-')) continue;
      const category = name.replace(/^guidepost-([a-z]+)-(.+)-(error|warning|info)$/, '$1/$2');
      for (const range of highlight as unknown as Iterable<Range>) {
        out.push({ category, text: range.toString(), editor: found.findIndex((editor) => editor.contains(range.startContainer)) });
      }
    }
    return out;
  }, editors);

/** Where `phrase` is drawn inside the editable element, found independently of Guidepost with a TreeWalker. */
export const phraseRects = (editable: Locator, phrase: string) =>
  editable.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      return [...range.getClientRects()].filter((r) => r.width > 0).map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
    }
    return [];
  }, phrase);

export const bounds = (rects: readonly Rect[]): Rect => ({
  left: Math.min(...rects.map((r) => r.left)),
  top: Math.min(...rects.map((r) => r.top)),
  right: Math.max(...rects.map((r) => r.right)),
  bottom: Math.max(...rects.map((r) => r.bottom)),
});

/** Exceptions thrown in any JavaScript world of the page (the content script's included). */
export async function collectExceptions(page: Page): Promise<{ cdp: CDPSession; errors: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  const errors: string[] = [];
  cdp.on('Runtime.exceptionThrown', (event) => errors.push(event.exceptionDetails.exception?.description ?? event.exceptionDetails.text));
  cdp.on('Runtime.consoleAPICalled', (event) => {
    if (event.type === 'error') errors.push(event.args.map((a) => a.value ?? a.description).join(' '));
  });
  await cdp.send('Runtime.enable');
  return { cdp, errors };
}

async function clear(page: Page): Promise<void> {
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
}

/**
 * Hovers the middle of the first rect of the Guidepost highlight (or underline box) of `category`, over
 * `phrase` when given. Answers for earlier keystrokes may still be arriving, so it waits for the phrase.
 */
export async function hoverFinding(page: Page, category: string, phrase?: string): Promise<void> {
  const handle = await page.waitForFunction(({ wanted, text }) => {
    const slug = `guidepost-${wanted.replace('/', '-')}-`;
    for (const [name, highlight] of CSS.highlights ?? []) {
      if (!name.startsWith(slug)) continue;
      for (const range of highlight as unknown as Iterable<Range>) {
        if (text !== undefined && range.toString() !== text) continue;
        const rect = [...range.getClientRects()].find((r) => r.width > 0);
        if (rect) return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
      }
    }
    for (const host of document.querySelectorAll('guidepost-overlay')) {
      const bar = host.shadowRoot?.querySelector<HTMLElement>(`.underline[data-category="${wanted}"]`);
      const rect = bar?.getBoundingClientRect();
      if (rect) return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top - 6 };
    }
    return undefined;
  }, { wanted: category, text: phrase }, { timeout: 5_000 });
  const point = (await handle.jsonValue()) as { x: number; y: number };
  await page.mouse.move(point.x, point.y);
}

/** The open finding card's text and buttons, from the overlay's shadow root. */
export const openCard = (page: Page) =>
  page.evaluate(() => {
    for (const host of document.querySelectorAll('guidepost-overlay')) {
      const card = host.shadowRoot?.querySelector<HTMLElement>('.card');
      if (card && !card.hidden) {
        return {
          category: card.dataset.category,
          text: card.textContent ?? '',
          buttons: [...card.querySelectorAll('button')].map((b) => b.textContent ?? ''),
        };
      }
    }
    return undefined;
  });

/** Clicks a button of the open card by its visible text (partial match). */
export async function clickCardButton(page: Page, text: string): Promise<void> {
  const card = page.locator('guidepost-overlay .card:not([hidden])');
  await card.locator('button', { hasText: text }).first().click();
}

export function composerSuite(session: E2ESession, target: ComposerTarget): void {
  const { platform, host, plainHost } = target;

  describe(`${platform}: the shared composer checks`, () => {
    it('underlines a flagged phrase exactly where the editor draws it, and opens its card on hover', async () => {
      const page = await session.openFixture(host);
      const { errors } = await collectExceptions(page);
      const editable = await target.openComposer(page);
      await page.keyboard.type('Happy Wikipedia Day! Please vote for Jane Smith');
      await waitForFindings(page, 'endorsement/political');

      // The host sits outside the editor, and the editor holds nothing of Guidepost's.
      const placement = await editable.evaluate((root) => {
        const host = document.querySelector('guidepost-overlay')!;
        return { inside: root.contains(host) || host.contains(root), shadow: host.shadowRoot?.mode, foreign: root.querySelectorAll('guidepost-overlay, [data-guidepost]').length };
      });
      expect(placement).toEqual({ inside: false, shadow: 'open', foreign: 0 });

      await expect.poll(async () => (await drawnUnderlines(page)).length).toBe(1);
      const [underline] = await drawnUnderlines(page);
      expect(underline!.category).toBe('endorsement/political');
      const expected = target.phraseBounds
        ? await target.phraseBounds(page, editable, 'vote for Jane Smith')
        : bounds(await phraseRects(editable, 'vote for Jane Smith'));
      const drawn = bounds(underline!.rects);
      if (underline!.text !== undefined) {
        // A highlight covers exactly the words' own boxes.
        expect(underline!.text).toBe('vote for Jane Smith');
        for (const side of ['left', 'top', 'right', 'bottom'] as const) expect(Math.abs(drawn[side] - expected[side])).toBeLessThan(1.5);
      } else {
        // A drawn bar runs under the words, just below their line box's baseline.
        expect(Math.abs(drawn.left - expected.left)).toBeLessThan(3);
        expect(Math.abs(drawn.right - expected.right)).toBeLessThan(3);
        expect(drawn.bottom).toBeGreaterThan(expected.top);
        expect(drawn.bottom).toBeLessThan(expected.bottom + 4);
      }
      // Visible: inside the editor.
      const box = (await editable.boundingBox())!;
      expect(drawn.left).toBeGreaterThanOrEqual(box.x - 1);
      expect(drawn.bottom).toBeLessThanOrEqual(box.y + box.height + 1);

      await hoverFinding(page, 'endorsement/political', 'vote for Jane Smith');
      await expect.poll(() => openCard(page).then((card) => card?.category)).toBe('endorsement/political');
      const card = (await openCard(page))!;
      expect(card.text).toContain('We do not endorse any political candidates.');
      expect(card.buttons).toEqual(expect.arrayContaining(['Ignore once', 'Always ignore this phrase']));
      if (target.screenshot !== false) {
        await mkdir(SCREENSHOT_DIR, { recursive: true });
        await page.screenshot({ path: join(SCREENSHOT_DIR, `${platform}.png`) });
      }
      expect(errors).toEqual([]);
      await page.close();
    });

    it('loses no keystroke: 20 varied posts leave the editor model equal to what was typed, caret at the end, with and without Guidepost', async () => {
      const results: Record<string, Array<{ text: string; caret: unknown }>> = {};
      for (const where of [host, plainHost]) {
        const page = await session.openFixture(where);
        const { errors } = await collectExceptions(page);
        await target.openComposer(page);
        const seen: Array<{ text: string; caret: unknown }> = [];
        for (const post of VARIED_POSTS) {
          await clear(page);
          await page.keyboard.type(post);
          // An edit in the middle: the caret must be exactly where the keys put it. (Arrow keys move
          // visually, so in right-to-left lines the bar is simply typed at the end.)
          if (!startsRightToLeft(post)) {
            await page.keyboard.press('ArrowLeft');
            await page.keyboard.press('ArrowLeft');
          }
          await page.keyboard.type('|');
          const model = await readModel(page);
          seen.push({ text: model.text, caret: model.caret });
        }
        expect(errors).toEqual([]);
        results[where] = seen;
        await page.close();
      }
      const expected = VARIED_POSTS.map((post) => {
        if (startsRightToLeft(post)) return { text: `${post}|`, caret: { start: post.length + 1, end: post.length + 1 } };
        // Two ArrowLefts step back over two user-perceived characters: emoji and flags are one each.
        const graphemes = [...new Intl.Segmenter().segment(post)].map((s) => s.segment);
        const tail = graphemes.slice(-2).join('');
        const text = `${post.slice(0, post.length - tail.length)}|${tail}`;
        const caret = post.length - tail.length + 1;
        return { text, caret: { start: caret, end: caret } };
      });
      expect(results[plainHost]).toEqual(expected);
      expect(results[host]).toEqual(expected);
    });

    it('applies a suggestion as one edit: exactly the flagged span changes, the caret keeps its place, and one undo restores it', async () => {
      const page = await session.openFixture(host);
      await target.openComposer(page);
      const original = 'Big news 🎉 please vote for Jane Smith and share';
      await page.keyboard.type(original);
      await waitForFindings(page, 'endorsement/political');
      await hoverFinding(page, 'endorsement/political', 'vote for Jane Smith');
      await expect.poll(() => openCard(page).then((card) => card?.category)).toBe('endorsement/political');
      await clickCardButton(page, 'learn about the candidates');
      const replaced = 'Big news 🎉 please learn about the candidates and share';
      await expect.poll(() => readModel(page).then((m) => m.text)).toBe(replaced);
      // The caret was at the end; it stays at the end of the longer text.
      await expect.poll(() => readModel(page).then((m) => m.caret)).toEqual({ start: replaced.length, end: replaced.length });
      await waitForFindings(page, '');
      await page.keyboard.type('!');
      expect((await readModel(page)).text).toBe(`${replaced}!`);
      await page.keyboard.press('ControlOrMeta+z');
      await expect.poll(() => readModel(page).then((m) => m.text)).toBe(replaced);
      await page.keyboard.press('ControlOrMeta+z');
      await expect.poll(() => readModel(page).then((m) => m.text)).toBe(original);
      await waitForFindings(page, 'endorsement/political');
      await page.close();
    });

    it('waits for IME composition to end: no edit, no lost text, then the check runs', async () => {
      const page = await session.openFixture(host);
      const { errors } = await collectExceptions(page);
      await target.openComposer(page);
      const cdp = await page.context().newCDPSession(page);
      await page.keyboard.type('Vote for Jane Smith ');
      await waitForFindings(page, 'endorsement/political');
      // A pinyin composition: the marked text changes three times before it is committed.
      for (const step of ['w', 'wei', '维基']) {
        await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
      }
      expect((await readModel(page)).text.startsWith('Vote for Jane Smith ')).toBe(true);
      await cdp.send('Input.insertText', { text: '维基百科' });
      await expect.poll(() => readModel(page).then((m) => m.text)).toBe('Vote for Jane Smith 维基百科');
      await page.keyboard.type(' /s');
      await waitForFindings(page, 'endorsement/political tone/sarcasm');
      expect((await readModel(page)).text).toBe('Vote for Jane Smith 维基百科 /s');
      expect(errors).toEqual([]);
      await page.close();
    });

    it('ignores a phrase once in this post, and everywhere after "Always ignore this phrase"', async () => {
      const page = await session.openFixture(host);
      await target.openComposer(page);
      await page.keyboard.type('What a total disaster, thanks a lot /s');
      await waitForFindings(page, 'tone/sarcasm');
      await hoverFinding(page, 'tone/sarcasm', '/s');
      await expect.poll(() => openCard(page).then((card) => card?.category)).toBe('tone/sarcasm');
      await clickCardButton(page, 'Ignore once');
      await waitForFindings(page, '');
      await page.keyboard.type('. Vote for Jane Smith');
      await waitForFindings(page, 'endorsement/political');
      // "Once" lasts for this post: an emptied box starts afresh.
      await clear(page);
      await page.keyboard.type('Thanks a lot /s');
      await waitForFindings(page, 'tone/sarcasm');

      await clear(page);
      await page.keyboard.type('Yeah, right. Sure.');
      await waitForFindings(page, 'tone/sarcasm');
      await hoverFinding(page, 'tone/sarcasm', 'Yeah, right');
      await expect.poll(() => openCard(page).then((card) => card?.category)).toBe('tone/sarcasm');
      await clickCardButton(page, 'Always ignore this phrase');
      await waitForFindings(page, '');
      await page.close();

      // Stored by the background: a new page does not flag it either, while everything else still is.
      const next = await session.openFixture(host);
      await target.openComposer(next);
      await next.keyboard.type('Yeah, right. Vote for Jane Smith /s');
      await waitForFindings(next, 'endorsement/political tone/sarcasm');
      expect((await drawnUnderlines(next)).map((u) => u.category).sort()).toEqual(['endorsement/political', 'tone/sarcasm']);
      await next.close();
    });

    it('takes a huge paste without losing a character or blocking typing', async () => {
      const page = await session.openFixture(host);
      const { errors } = await collectExceptions(page);
      await target.openComposer(page);
      // About 50,000 characters arriving in one input event, as a paste does; the flagged words are at the end.
      const huge = `${'Knowledge is free. '.repeat(2_600)}Please vote for Jane Smith`;
      await page.keyboard.insertText(huge);
      await waitForFindings(page, 'endorsement/political');
      await page.keyboard.type(' 🎉');
      await expect.poll(() => readModel(page).then((m) => m.text)).toBe(`${huge} 🎉`);
      await waitForFindings(page, 'endorsement/political');
      expect(errors).toEqual([]);
      await page.close();
    });

    it('makes no network request of its own', async () => {
      const page = await session.openFixture(host);
      await target.openComposer(page);
      await page.keyboard.type('Vote for Jane Smith /s');
      await waitForFindings(page, 'endorsement/political tone/sarcasm');
      await page.close();
      expect(session.unexpectedRequests()).toEqual([]);
      const own = `chrome-extension://${session.extensionId}/`;
      expect(session.browserRequests.filter((r) => r.fromServiceWorker && !r.url.startsWith(own))).toEqual([]);
      // The fixture server saw only the fixtures' own files.
      for (const request of session.serverRequests) expect(request.path).toMatch(/^\/[\w./@-]*(\?[\w=&-]*)?$/);
    });
  });
}
