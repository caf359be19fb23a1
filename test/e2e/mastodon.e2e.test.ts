import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectExceptions, composerSuite, waitForFindings } from './composer-suite.ts';
import { readFixture, setupE2E } from './harness.ts';

const session = setupE2E({ fixtureSites: { 'mastodon.plain.test': 'mastodon' } });
const TEXTAREA = 'textarea.autosuggest-textarea__textarea';

/** Every overlay's findings, post box first, then the content warning's. */
const overlayFindings = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('guidepost-overlay')].map((e) => `${e.getAttribute('data-guidepost-field')}: ${e.getAttribute('data-guidepost-findings')}`));

/** Underline boxes drawn in the overlay's shadow root, in viewport coordinates. */
const underlines = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('guidepost-overlay');
    return [...(host?.shadowRoot?.querySelectorAll<HTMLElement>('.underline') ?? [])].map((bar) => {
      const r = bar.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, category: bar.dataset.category };
    });
  });

/** Where `word` sits on the first line of the textarea, measured independently with canvas text metrics. */
const expectedSpan = (page: Page, before: string, word: string) =>
  page.evaluate(
    ({ selector, before, word }) => {
      const textarea = document.querySelector<HTMLTextAreaElement>(selector)!;
      const style = getComputedStyle(textarea);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const rect = textarea.getBoundingClientRect();
      const left = rect.left + textarea.clientLeft + parseFloat(style.paddingLeft) + context.measureText(before).width;
      const top = rect.top + textarea.clientTop + parseFloat(style.paddingTop);
      return { left, right: left + context.measureText(word).width, top, lineHeight: parseFloat(style.lineHeight) || 20 };
    },
    { selector: TEXTAREA, before, word },
  );

composerSuite(session, {
  platform: 'mastodon',
  host: 'wikimedia.social',
  plainHost: 'mastodon.plain.test',
  async openComposer(page) {
    const editable = page.locator(TEXTAREA);
    await editable.click();
    return editable;
  },
  async phraseBounds(page, _editable, phrase) {
    // The textarea holds one line here: measure the words with canvas text metrics from the field's style.
    const text = await page.locator(TEXTAREA).inputValue();
    const span = await expectedSpan(page, text.slice(0, text.indexOf(phrase)), phrase);
    return { left: span.left, right: span.right, top: span.top, bottom: span.top + span.lineHeight };
  },
});

describe('Mastodon compose box', () => {
  for (const host of ['mastodon.social', 'wikimedia.social']) {
    it(`underlines a flagged post on ${host}, under the flagged words`, async () => {
      const page = await session.openFixture(host);
      // The words before the tag must be clean on their own: "just great" after "outage" is flagged by itself.
      const before = 'Another outage tonight ';
      await page.locator(TEXTAREA).pressSequentially(`${before}/s`);
      await waitForFindings(page, 'tone/sarcasm');
      expect(await overlayFindings(page)).toEqual(['post: tone/sarcasm', 'content-warning: ']);

      // The host sits outside the editor, and the editor holds nothing but its own text.
      const placement = await page.evaluate((selector) => {
        const textarea = document.querySelector(selector)!;
        const host = document.querySelector('guidepost-overlay')!;
        return { inside: textarea.contains(host) || host.contains(textarea), shadow: host.shadowRoot?.mode, children: textarea.children.length };
      }, TEXTAREA);
      expect(placement).toEqual({ inside: false, shadow: 'open', children: 0 });

      await expect.poll(() => underlines(page).then((u) => u.length)).toBe(1);
      const [bar] = await underlines(page);
      const expected = await expectedSpan(page, before, '/s');
      expect(bar!.category).toBe('tone/sarcasm');
      expect(Math.abs(bar!.left - expected.left)).toBeLessThan(3);
      expect(Math.abs(bar!.right - expected.right)).toBeLessThan(3);
      expect(bar!.bottom).toBeGreaterThan(expected.top);
      expect(bar!.bottom).toBeLessThan(expected.top + expected.lineHeight + 4);
      await page.close();
    });
  }

  it('keeps underlines on the words when the site transforms <body> and the page scrolls', async () => {
    const page = await session.openFixture('mastodon.social');
    // A transformed <body> makes `position: fixed` relative to it; the overlay lives under <html> instead.
    await page.evaluate(() => {
      document.body.style.transform = 'translate(40px, 30px)';
      document.body.style.minHeight = '3000px';
    });
    const before = 'Another outage tonight ';
    await page.locator(TEXTAREA).pressSequentially(`${before}/s`);
    await waitForFindings(page, 'tone/sarcasm');
    for (const scroll of [0, 25]) {
      await page.evaluate((y) => window.scrollTo(0, y), scroll);
      const expected = await expectedSpan(page, before, '/s');
      await expect
        .poll(async () => {
          const [bar] = await underlines(page);
          return bar ? Math.abs(bar.left - expected.left) < 3 && Math.abs(bar.right - expected.right) < 3 && bar.bottom > expected.top && bar.bottom < expected.top + expected.lineHeight + 4 : false;
        })
        .toBe(true);
    }
    await page.close();
  });

  it('clears the attribute and the underlines when the text is cleared', async () => {
    const page = await session.openFixture('mastodon.social');
    const box = page.locator(TEXTAREA);
    await box.pressSequentially('Vote for Jane Smith 🙄');
    await waitForFindings(page, 'endorsement/political tone/sarcasm');
    await box.press('ControlOrMeta+a');
    await box.press('Backspace');
    await waitForFindings(page, '');
    await expect.poll(() => underlines(page).then((u) => u.length)).toBe(0);
    expect((await readFixture(page)).text).toBe('');
    await page.close();
  });

  it('loses no keystroke: the page’s own state equals what was typed, emoji, CJK and RTL included', async () => {
    const page = await session.openFixture('wikimedia.social');
    const { errors } = await collectExceptions(page);
    const typed = 'Wikipedia turns 25 🎉 维基百科 ويكيبيديا café naïve — great job /s\nSecond line, vote for Jane Smith!';
    await page.locator(TEXTAREA).pressSequentially(typed); // no delay between keys
    await waitForFindings(page, 'endorsement/political tone/sarcasm');
    expect((await readFixture(page)).text).toBe(typed);
    expect(await page.locator(TEXTAREA).inputValue()).toBe(typed);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('survives a huge paste: the box keeps every character and typing goes on', async () => {
    const page = await session.openFixture('mastodon.social');
    const { errors } = await collectExceptions(page);
    // 228,029 characters, past the core's limit: the early endorsement is flagged, the late "/s" is beyond reach.
    const huge = `Vote for Jane Smith. ${'Knowledge is free. '.repeat(12_000)}Great /s`;
    await page.locator(TEXTAREA).focus();
    await page.evaluate((text) => {
      const textarea = document.querySelector<HTMLTextAreaElement>('textarea.autosuggest-textarea__textarea')!;
      // What a paste does to a React-controlled field: the native setter, then an input event.
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(textarea, text);
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    }, huge);
    await page.keyboard.press('End');
    await page.keyboard.type(' Vote for Jane Smith');
    await waitForFindings(page, 'endorsement/political');
    expect((await readFixture(page)).text).toBe(`${huge} Vote for Jane Smith`);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Oh great /s');
    await waitForFindings(page, 'tone/sarcasm');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets the app reset the box (posting) and clears the findings', async () => {
    const page = await session.openFixture('mastodon.social');
    await page.locator(TEXTAREA).pressSequentially('Lovely weather #not');
    await waitForFindings(page, 'tone/sarcasm');
    await page.locator('.compose-form__submit button[type="submit"]').click();
    // A flagged post is held by the checklist; publishing over it is the user's call.
    await page.locator('guidepost-checklist').getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(async () => (await readFixture(page)).posted).toEqual(['Lovely weather #not']);
    await waitForFindings(page, '');
    await page.close();
  });

  it('removes its overlay when the compose box leaves the page', async () => {
    const page = await session.openFixture('mastodon.social');
    await page.locator(TEXTAREA).pressSequentially('Oh great /s');
    await waitForFindings(page, 'tone/sarcasm');
    await page.evaluate(() => document.querySelector('form.compose-form')!.remove());
    await page.waitForFunction(() => document.querySelectorAll('guidepost-overlay').length === 0, null, { timeout: 5_000 });
    await page.close();
  });

  it('keeps working after the background worker is stopped', async () => {
    const page = await session.openFixture('mastodon.social');
    const box = page.locator(TEXTAREA);
    await box.pressSequentially('Oh great /s');
    await waitForFindings(page, 'tone/sarcasm');

    const browserSession = await page.context().browser()?.newBrowserCDPSession();
    const cdp = browserSession ?? (await page.context().newCDPSession(page));
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(session.extensionId));
    expect(worker).toBeDefined();
    await cdp.send('Target.closeTarget', { targetId: worker!.targetId });
    await expect
      .poll(async () => (await cdp.send('Target.getTargets')).targetInfos.some((t) => t.targetId === worker!.targetId))
      .toBe(false);

    await box.press('End');
    await box.pressSequentially('. Also, vote for Jane Smith');
    await waitForFindings(page, 'endorsement/political tone/sarcasm');
    await page.close();
  });

  it('makes no network request of its own', async () => {
    const page = await session.openFixture('wikimedia.social');
    await page.locator(TEXTAREA).pressSequentially('Vote for Jane Smith /s');
    await waitForFindings(page, 'endorsement/political tone/sarcasm');
    await page.close();
    expect(session.unexpectedRequests()).toEqual([]);
    // The worker loads nothing but the extension's own files.
    expect(session.browserRequests.filter((r) => r.fromServiceWorker && !r.url.startsWith(`chrome-extension://${session.extensionId}/`))).toEqual([]);
    // Everything the fixture server saw is the fixture's own files.
    for (const request of session.serverRequests) expect(request.path).toMatch(/^\/($|[\w./-]+\.(js|css|html|svg|ico)$)/);
  });
});

// Runs last: reloading the extension orphans the content scripts of open tabs.
describe('an extension reload', () => {
  it('leaves the orphaned content script quiet: no errors, no stale underlines, typing unaffected', async () => {
    const page = await session.openFixture('mastodon.social');
    const { errors } = await collectExceptions(page);
    const box = page.locator(TEXTAREA);
    await box.pressSequentially('Oh great /s');
    await waitForFindings(page, 'tone/sarcasm');

    await session.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => {
      // The worker that ran the reload is torn down with it.
    });
    await box.press('End');
    await box.pressSequentially(' and vote for Jane Smith');
    await page.waitForFunction(() => document.querySelectorAll('guidepost-overlay').length === 0, null, { timeout: 10_000 });
    expect((await readFixture(page)).text).toBe('Oh great /s and vote for Jane Smith');
    expect(errors).toEqual([]);
    await page.close();
  });
});
