// The X fixture itself (not Guidepost): the real Draft.js editor behind X's test ids, the
// compose modal, threads, replies, quotes, client-side navigation and the mobile textarea, so
// the extension's X tests can trust what the page's model reports. Needs `npx wxt build` first.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupE2E } from './harness.ts';
import type { XFixtureApi } from './fixtures/fixture-api.ts';
import { addAltText, attachImage, filePayload, pasteImage, previewSelector, removeAttachment } from './media/x.ts';

const session = setupE2E();

const DIALOG = '#layers [role="dialog"][aria-modal="true"]';
const ACCENT = 'rgb(29, 155, 240)';

/** What the page's own editor models hold, read in the page's main world. */
const model = (page: Page) =>
  page.evaluate(() => {
    const fixture = (window as unknown as { __fixture: XFixtureApi }).__fixture;
    return { text: fixture.getText(), texts: fixture.getTexts(), caret: fixture.getCaret(), posted: [...fixture.posted] };
  });

type Helper = 'openCompose' | 'openReply' | 'openQuote' | 'closeModal' | 'navigate';

/** Calls one of the fixture's scene-setting helpers; it resolves once the page has updated. */
const callFixture = (page: Page, helper: Helper, argument?: string | number) =>
  page.evaluate(
    ({ helper, argument }) => {
      const fixture = (window as unknown as { __fixture: Record<Helper, (argument?: string | number) => Promise<void>> }).__fixture;
      return fixture[helper](argument);
    },
    { helper, argument },
  );

/**
 * Clicks a publish button. Guidepost (loaded in this browser) holds a post with media for its checklist; its
 * "Post anyway" then sends the same click on, so the page still receives one publish.
 */
async function publishPastGuidepost(page: Page, button: Locator): Promise<void> {
  const before = (await model(page)).posted.length;
  await button.click();
  const postAnyway = page.locator('guidepost-checklist').getByRole('button', { name: 'Post anyway' });
  const sent = async () => (await model(page)).posted.length > before;
  await expect.poll(async () => (await sent()) || (await postAnyway.isVisible()), { timeout: 5000 }).toBe(true);
  if (!(await sent())) await postAnyway.click();
  await expect.poll(sent).toBe(true);
}

/** Small PNG files for the media tests, written once. */
const images: string[] = [];
beforeAll(async () => {
  const folder = await mkdtemp(join(tmpdir(), 'guidepost-x-media-'));
  // A 1×1 PNG; the three copies differ only in name.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  for (const name of ['one.png', 'two.png', 'three.png']) {
    const path = join(folder, name);
    await writeFile(path, png);
    images.push(path);
  }
});

const pageErrors: string[] = [];
const openPages: Page[] = [];

async function open(host: string, path = '/home'): Promise<Page> {
  const page = await session.openFixture(host, path);
  page.on('pageerror', (error) => pageErrors.push(`${host}${path}: ${error.message}`));
  openPages.push(page);
  return page;
}

afterEach(async () => {
  await Promise.all(openPages.splice(0).map((page) => page.close()));
  expect(pageErrors.splice(0)).toEqual([]);
});

/** The text of the hashtag, mention and link spans the composer's decorator colours blue. */
const decoratedSpans = (editor: Locator) =>
  editor.evaluate((root, accent) => {
    const spans = [...root.querySelectorAll('span')].filter(
      (span) => getComputedStyle(span).color === accent && getComputedStyle(span.parentElement!).color !== accent,
    );
    return spans.map((span) => span.textContent);
  }, ACCENT);

describe('the X fixture', () => {
  it('is served at x.com and twitter.com with X’s shell, composer, timeline and test ids, light and dark', async () => {
    const page = await open('x.com');
    expect(page.url()).toBe('https://x.com/home');
    expect(await page.title()).toBe('Home / X');

    const nav = page.locator('#react-root header[role="banner"]');
    expect(await nav.locator('a[data-testid="AppTabBar_Home_Link"]').getAttribute('href')).toBe('/home');
    expect(await nav.locator('a[data-testid="AppTabBar_Explore_Link"]').getAttribute('href')).toBe('/explore');
    expect(await nav.locator('a[data-testid="AppTabBar_Profile_Link"]').getAttribute('href')).toBe('/Wikimedia');
    expect(await nav.locator('a[data-testid="SideNav_NewTweet_Button"]').getAttribute('href')).toBe('/compose/post');
    const account = await nav.locator('button[data-testid="SideNav_AccountSwitcher_Button"]').innerText();
    expect(account).toContain('Wikimedia');
    expect(account).toContain('@Wikimedia');

    // The inline composer: Draft's own markup, with X's test id on the contenteditable.
    const editor = page.locator('.DraftEditor-root div[data-testid="tweetTextarea_0"]');
    expect(await editor.evaluate((e) => [e.getAttribute('role'), e.getAttribute('contenteditable'), e.className])).toEqual([
      'textbox',
      'true',
      'notranslate public-DraftEditor-content',
    ]);
    expect(await editor.locator('[data-contents="true"] > [data-block="true"]').count()).toBe(1);
    expect(await page.locator('.DraftEditor-root .public-DraftEditorPlaceholder-root').innerText()).toBe('What is happening?!');
    const fileInput = page.locator('[data-testid="toolBar"] input[data-testid="fileInput"][type="file"]');
    expect(await fileInput.count()).toBe(1);
    expect(await fileInput.isVisible()).toBe(false);
    const post = page.locator('button[data-testid="tweetButtonInline"]');
    expect(await post.innerText()).toBe('Post');
    expect(await post.isDisabled()).toBe(true);

    // The timeline, one post quoting another.
    const articles = page.locator('article[data-testid="tweet"]');
    expect(await articles.count()).toBe(5);
    for (const article of await articles.all()) {
      // A quoted post brings its own User-Name and tweetText.
      expect(await article.locator('[data-testid="User-Name"]').count()).toBeGreaterThanOrEqual(1);
      expect(await article.locator('div[data-testid="tweetText"][lang="en"]').count()).toBeGreaterThanOrEqual(1);
      for (const action of ['reply', 'retweet', 'like']) expect(await article.locator(`button[data-testid="${action}"]`).count()).toBe(1);
      expect(await article.locator('a[href*="/status/"] time').count()).toBe(1);
    }
    const quote = page.locator('article[data-testid="tweet"] div[data-testid="quoteTweet"]');
    expect(await quote.count()).toBe(1);
    expect(await quote.locator('[data-testid="tweetText"]').innerText()).toMatch(/^Students added more than 7,000 new articles/);
    expect(await articles.nth(1).locator('[data-testid="tweetText"]').innerText()).toMatch(/My Wikipedia article still says/);

    // X's look: system fonts at 15 px, a 600 px centre column, blue buttons, white page.
    const look = await page.evaluate(() => {
      const body = getComputedStyle(document.body);
      return {
        font: body.fontFamily,
        size: body.fontSize,
        background: body.backgroundColor,
        column: document.querySelector('[data-testid="primaryColumn"]')!.getBoundingClientRect().width,
        button: getComputedStyle(document.querySelector('[data-testid="SideNav_NewTweet_Button"]')!).backgroundColor,
      };
    });
    expect(look).toEqual({
      font: '-apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif',
      size: '15px',
      background: 'rgb(255, 255, 255)',
      column: 600,
      button: ACCENT,
    });

    const dark = await open('twitter.com', '/home?theme=dark');
    expect(await dark.locator('.DraftEditor-root [data-testid="tweetTextarea_0"]').count()).toBe(1);
    expect(
      await dark.evaluate(() => {
        const body = getComputedStyle(document.body);
        return [body.backgroundColor, body.color];
      }),
    ).toEqual(['rgb(0, 0, 0)', 'rgb(231, 233, 234)']);
  });

  it('keeps the Draft.js model equal to what was typed: emoji, CJK, RTL, combining marks, links; caret, undo, decorations, posting', async () => {
    const page = await open('x.com');
    const editor = page.locator('[data-testid="tweetTextarea_0"]');
    const first = 'Wikipedia turns 25 🎉 维基百科 ويكيبيديا cafe\u0301 https://wikipedia.org @Wikimedia #Wiki25';
    const second = 'Second line 👍🏽 naïve';
    await editor.pressSequentially(first);
    await page.keyboard.press('Enter');
    await page.keyboard.type(second);
    const typed = `${first}\n${second}`;
    expect(await model(page)).toEqual({ text: typed, texts: [typed], caret: { start: typed.length, end: typed.length }, posted: [] });
    expect(await editor.locator('[data-block="true"]').count()).toBe(2);
    expect(await decoratedSpans(editor)).toEqual(['https://wikipedia.org', '@Wikimedia', '#Wiki25']);

    // Undo takes back the last run of typing, redo restores it. Draft undoes natively rendered
    // typing one task later (keyCommandUndo's setTimeout), hence the polling.
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(async () => (await model(page)).text).toBe(`${first}\n`);
    await page.keyboard.press('ControlOrMeta+Shift+z');
    await expect.poll(async () => (await model(page)).text).toBe(typed);

    // The caret follows arrow keys over surrogate pairs; a selection has two ends.
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowLeft');
    expect((await model(page)).caret).toEqual({ start: typed.length - 10, end: typed.length - 10 }); // past " naïve" and 👍🏽
    await page.keyboard.press('Shift+ArrowLeft');
    expect((await model(page)).caret).toEqual({ start: typed.length - 11, end: typed.length - 10 });
    // Collapses to the selection's end, between the space and the emoji.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('!');
    const sent = `${first}\nSecond line !👍🏽 naïve`;
    expect(await model(page)).toMatchObject({ text: sent, caret: { start: typed.length - 9, end: typed.length - 9 } });

    // Ctrl+Enter posts and leaves a fresh, empty editor in which typing starts at the caret.
    await page.keyboard.press('ControlOrMeta+Enter');
    expect(await model(page)).toEqual({ text: '', texts: [''], caret: { start: 0, end: 0 }, posted: [sent] });
    expect(await page.locator('.public-DraftEditorPlaceholder-root').innerText()).toBe('What is happening?!');
    await page.keyboard.type('abc');
    await page.keyboard.press('Backspace');
    expect(await model(page)).toMatchObject({ text: 'ab', caret: { start: 2, end: 2 } });
    await page.locator('button[data-testid="tweetButtonInline"]').click();
    expect(await model(page)).toEqual({ text: '', texts: [''], caret: null, posted: [sent, 'ab'] });
  });

  it('opens the compose modal over the page, threads posts with "Add post", scrolls, posts all, and closes with the close button and Back', async () => {
    const page = await open('x.com');
    await page.setViewportSize({ width: 1280, height: 560 });
    await page.locator('[data-testid="tweetTextarea_0"]').pressSequentially('Draft behind');
    await page.locator('a[data-testid="SideNav_NewTweet_Button"]').click();
    const dialog = page.locator(DIALOG);
    await dialog.waitFor();
    expect(new URL(page.url()).pathname).toBe('/compose/post');
    // Centred with a transform over a dimmed page; the inline box stays in the DOM behind it.
    expect(await dialog.evaluate((e) => [getComputedStyle(e).position, getComputedStyle(e).transform !== 'none'])).toEqual(['fixed', true]);
    expect(await page.locator('main [data-testid="tweetTextarea_0"]').count()).toBe(1);

    // The modal's editor has focus; each "Add post" brings another editor with its own model.
    await page.keyboard.type('Thread 1/3 🧵');
    await dialog.locator('[data-testid="addButton"]').click();
    await page.keyboard.type('2/3 维基百科');
    await page.keyboard.press('Enter');
    await page.keyboard.type('with a second paragraph');
    await dialog.locator('[data-testid="addButton"]').click();
    await page.keyboard.type('3/3 مرحبا');
    expect(await dialog.locator('.DraftEditor-root [data-testid="tweetTextarea_2"][role="textbox"]').count()).toBe(1);
    expect(await model(page)).toMatchObject({
      text: '3/3 مرحبا',
      texts: ['Draft behind', 'Thread 1/3 🧵', '2/3 维基百科\nwith a second paragraph', '3/3 مرحبا'],
      caret: { start: 9, end: 9 },
    });
    await dialog.locator('[data-testid="tweetTextarea_0"]').click();
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    expect((await model(page)).texts.slice(1)).toEqual(['Thread 1/3 🧵!', '2/3 维基百科\nwith a second paragraph', '3/3 مرحبا']);
    expect(await dialog.locator('button[data-testid="tweetButton"]').innerText()).toBe('Post all');

    // A long thread scrolls inside the modal, not the page.
    for (let i = 4; i <= 6; i++) {
      await dialog.locator('[data-testid="addButton"]').click();
      await page.keyboard.type(`${i}/6`);
    }
    const scroller = await dialog.evaluate((e) => {
      const scrolling = [...e.querySelectorAll('*')].find((el) => getComputedStyle(el).overflowY === 'auto' && el.scrollHeight > el.clientHeight);
      return { found: scrolling !== undefined, fits: e.getBoundingClientRect().bottom <= innerHeight };
    });
    expect(scroller).toEqual({ found: true, fits: true });

    await dialog.locator('button[data-testid="tweetButton"]').click();
    await dialog.waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe('/home');
    expect(await model(page)).toMatchObject({
      texts: ['Draft behind'],
      posted: ['Thread 1/3 🧵!', '2/3 维基百科\nwith a second paragraph', '3/3 مرحبا', '4/6', '5/6', '6/6'],
    });

    // Closing: the close button and the browser's Back both return to the page behind.
    for (const close of [() => dialog.locator('[data-testid="app-bar-close"]').click(), () => page.goBack()]) {
      await page.locator('a[data-testid="SideNav_NewTweet_Button"]').click();
      await dialog.waitFor();
      await page.keyboard.type('never sent');
      await close();
      await dialog.waitFor({ state: 'detached' });
      expect(new URL(page.url()).pathname).toBe('/home');
      expect((await model(page)).texts).toEqual(['Draft behind']);
    }
    expect((await model(page)).posted).toHaveLength(6);
  });

  it('answers posts: the reply modal, Repost > Quote, the status page’s reply box, navigation, and the test helpers', async () => {
    const page = await open('x.com');
    const dialog = page.locator(DIALOG);
    const articles = page.locator('main article[data-testid="tweet"]');

    await articles.nth(1).locator('[data-testid="reply"]').click();
    await dialog.waitFor();
    expect(new URL(page.url()).pathname).toBe('/compose/post');
    expect(await dialog.locator('article[data-testid="tweet"] [data-testid="tweetText"]').innerText()).toMatch(/^My Wikipedia article still says I was born in Ohio/);
    expect(await dialog.innerText()).toContain('Replying to @DanaRiversLive');
    expect(await dialog.locator('.public-DraftEditorPlaceholder-root').innerText()).toBe('Post your reply');
    expect(await dialog.locator('button[data-testid="tweetButton"]').innerText()).toBe('Reply');
    await page.keyboard.type('You can ask on the article’s talk page.');
    await dialog.locator('button[data-testid="tweetButton"]').click();
    await dialog.waitFor({ state: 'detached' });
    expect((await model(page)).posted).toEqual(['You can ask on the article’s talk page.']);

    await articles.nth(0).locator('[data-testid="retweet"]').click();
    const menu = page.locator('[role="menu"]');
    expect(await menu.locator('[role="menuitem"]').allInnerTexts()).toEqual(['Repost', 'Quote']);
    await menu.locator('[role="menuitem"]', { hasText: 'Quote' }).click();
    await dialog.waitFor();
    expect(await menu.count()).toBe(0);
    expect(await dialog.locator('[data-testid="quoteTweet"] [data-testid="tweetText"]').innerText()).toMatch(/^Wikipedia turns 25 this year/);
    expect(await dialog.locator('.public-DraftEditorPlaceholder-root').innerText()).toBe('What is happening?!');
    expect(await model(page)).toMatchObject({ text: '', caret: { start: 0, end: 0 } });
    await dialog.locator('[data-testid="app-bar-close"]').click();
    await dialog.waitFor({ state: 'detached' });

    // The status page: the post, then an inline reply box.
    await articles.nth(2).locator('a[href*="/status/"] time').click();
    await page.waitForURL('https://x.com/mhale_takes/status/1880000000000000003');
    expect(await articles.first().locator('[data-testid="tweetText"]').innerText()).toMatch(/^Wikipedia is just a few thousand unpaid hobbyists/);
    expect(await page.locator('main .public-DraftEditorPlaceholder-root').innerText()).toBe('Post your reply');
    expect(await page.locator('button[data-testid="tweetButtonInline"]').innerText()).toBe('Reply');
    await page.locator('main [data-testid="tweetTextarea_0"]').pressSequentially('Citations are checkable.');
    expect(await page.locator('main').innerText()).toContain('Replying to @mhale_takes');
    await page.keyboard.press('ControlOrMeta+Enter');
    expect(await model(page)).toMatchObject({ text: '', posted: ['You can ask on the article’s talk page.', 'Citations are checkable.'] });

    // Explore has no composer; Back brings the status page (and its composer) back, no reload.
    await page.evaluate(() => ((window as unknown as { loadMarker: boolean }).loadMarker = true));
    await page.locator('a[data-testid="AppTabBar_Explore_Link"]').click();
    await page.waitForURL('https://x.com/explore');
    expect(await page.locator('[data-testid^="tweetTextarea_"]').count()).toBe(0);
    expect(await model(page)).toMatchObject({ texts: [], caret: null });
    await page.goBack();
    await page.waitForURL('https://x.com/mhale_takes/status/1880000000000000003');
    expect(await page.locator('main [data-testid="tweetTextarea_0"]').count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { loadMarker?: boolean }).loadMarker)).toBe(true);

    // The helpers do what the clicks do.
    await callFixture(page, 'navigate', '/home');
    expect(await page.locator('main [data-testid="tweetTextarea_0"]').count()).toBe(1);
    await callFixture(page, 'openReply', 2);
    expect(await dialog.locator('article [data-testid="tweetText"]').innerText()).toMatch(/^Wikipedia is just/);
    await callFixture(page, 'closeModal');
    expect(await dialog.count()).toBe(0);
    await callFixture(page, 'openQuote', 3);
    expect(await dialog.locator('[data-testid="quoteTweet"] [data-testid="tweetText"]').innerText()).toMatch(/^This is exactly how I started editing/);
    await callFixture(page, 'closeModal');
    await callFixture(page, 'openCompose');
    expect(await dialog.locator('[data-testid="tweetTextarea_0"]').count()).toBe(1);
    await callFixture(page, 'closeModal');
    expect(new URL(page.url()).pathname).toBe('/home');
  });

  it('uses a React-controlled textarea for every composer on mobile.x.com, numbered the same', async () => {
    const page = await open('mobile.x.com');
    expect(await page.locator('.DraftEditor-root').count()).toBe(0);
    const box = page.locator('div[data-testid="tweetTextarea_0_label"] > textarea[data-testid="tweetTextarea_0"]');
    const typed = 'Mobile 🎉 维基百科 ويكيبيديا e\u0301 @Wikimedia\nsecond line';
    await box.pressSequentially(typed);
    await page.keyboard.press('ArrowLeft');
    expect(await model(page)).toEqual({ text: typed, texts: [typed], caret: { start: typed.length - 1, end: typed.length - 1 }, posted: [] });
    expect(await box.inputValue()).toBe(typed);

    await page.locator('a[data-testid="SideNav_NewTweet_Button"]').click();
    const dialog = page.locator(DIALOG);
    await page.keyboard.type('one');
    await dialog.locator('[data-testid="addButton"]').click();
    await page.keyboard.type('two');
    expect(await dialog.locator('div[data-testid="tweetTextarea_1_label"] > textarea[data-testid="tweetTextarea_1"]').count()).toBe(1);
    expect((await model(page)).texts).toEqual([typed, 'one', 'two']);
    await page.keyboard.press('ControlOrMeta+Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await model(page)).toMatchObject({ texts: [typed], posted: ['one', 'two'] });
  });

  it('attaches media by the file input, paste and drop, per post; describes and removes it; posting clears it', async () => {
    const page = await open('x.com');
    const media = () => page.evaluate(() => (window as unknown as { __fixture: XFixtureApi }).__fixture.getMedia());
    const inline = page.locator('main [data-testid="attachments"]');

    // The media button is a label around X's hidden input, which takes images and videos.
    const input = page.locator('main [data-testid="toolBar"] input[data-testid="fileInput"][type="file"][multiple]');
    expect(await input.getAttribute('accept')).toMatch(/image\/png.*video\/mp4/);
    const chooser = page.waitForEvent('filechooser');
    await page.locator('main [data-testid="toolBar"] [aria-label="Add photos or video"]').click();
    await (await chooser).setFiles(images[0]!);
    await expect.poll(media).toEqual([{ name: 'one.png', alt: '' }]);

    await attachImage(page, images[1]!);
    await page.locator('main [data-testid="tweetTextarea_0"]').click();
    await page.keyboard.type('With pictures');
    await pasteImage(page, images[2]!);
    expect(await media()).toEqual(['one.png', 'two.png', 'three.png'].map((name) => ({ name, alt: '' })));
    // The paste added a file, not text; the typed text and caret are untouched.
    expect(await model(page)).toMatchObject({ text: 'With pictures', caret: { start: 13, end: 13 } });

    const tiles = page.locator(`main ${previewSelector}`);
    expect(await tiles.count()).toBe(3);
    const srcs = await inline.locator('img').evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).src));
    expect(srcs.every((src) => src.startsWith('blob:https://x.com/'))).toBe(true);
    expect(new Set(srcs).size).toBe(3);
    expect(await tiles.nth(0).locator('a[role="link"][href="/compose/post/media"][data-testid="altTextWrapper"]').getAttribute('aria-label')).toBe('Add description');
    expect(await tiles.nth(0).locator('[data-testid="altTextLabel"]').innerText()).toBe('Add description');

    // The description is edited in X's media editor, over the page; Escape leaves it unchanged.
    await tiles.nth(1).locator('[data-testid="altTextWrapper"]').click();
    const editor = page.locator('#layers [role="dialog"][aria-modal="true"]');
    expect(await editor.locator('img').getAttribute('src')).toBe(srcs[1]);
    await page.keyboard.type('Not kept');
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });
    expect((await media())[1]).toEqual({ name: 'two.png', alt: '' });
    await addAltText(page, 1, 'A volunteer photographing a lighthouse');
    expect(await media()).toEqual([
      { name: 'one.png', alt: '' },
      { name: 'two.png', alt: 'A volunteer photographing a lighthouse' },
      { name: 'three.png', alt: '' },
    ]);
    expect(await tiles.nth(1).locator('[data-testid="altTextWrapper"]').getAttribute('aria-label')).toBe('Edit description');
    expect(await tiles.nth(0).locator('[data-testid="altTextLabel"]').innerText()).toBe('Add description');
    // Reopened, the editor shows the saved description.
    await tiles.nth(1).locator('[data-testid="altTextWrapper"]').click();
    expect(await page.locator('[data-testid="altTextInput"]').inputValue()).toBe('A volunteer photographing a lighthouse');
    await page.keyboard.press('Escape');

    await removeAttachment(page, 0);
    expect(await media()).toEqual([
      { name: 'two.png', alt: 'A volunteer photographing a lighthouse' },
      { name: 'three.png', alt: '' },
    ]);
    // The tiles that stay keep their preview URL.
    expect(await inline.locator('img').evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).src))).toEqual(srcs.slice(1));

    // A drop of files on the composer attaches them; a fifth image is over X's limit of four.
    const drop = async (target: Locator, path: string) => {
      const payload = await filePayload(path);
      await target.evaluate((element, { base64, name, type }) => {
        const data = new DataTransfer();
        data.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name, { type }));
        for (const kind of ['dragenter', 'dragover', 'drop']) element.dispatchEvent(new DragEvent(kind, { dataTransfer: data, bubbles: true, cancelable: true }));
      }, payload);
    };
    await drop(page.locator('main [data-testid="tweetTextarea_0"]'), images[0]!);
    await drop(page.locator('main [data-testid="toolBar"]'), images[1]!);
    await drop(page.locator('main [data-testid="toolBar"]'), images[2]!);
    await expect.poll(() => media()).toEqual([
      { name: 'two.png', alt: 'A volunteer photographing a lighthouse' },
      { name: 'three.png', alt: '' },
      { name: 'one.png', alt: '' },
      { name: 'two.png', alt: '' },
    ]);
    expect((await model(page)).text).toBe('With pictures');

    // Posting sends the post and clears its media.
    await publishPastGuidepost(page, page.locator('button[data-testid="tweetButtonInline"]'));
    expect(await media()).toEqual([]);
    expect(await inline.count()).toBe(0);
    expect((await model(page)).posted).toEqual(['With pictures']);

    // A post with only an image can be posted; in the modal, each thread post has its own media, in document order.
    await attachImage(page, images[0]!);
    expect(await page.locator('button[data-testid="tweetButtonInline"]').isDisabled()).toBe(false);
    await page.locator('a[data-testid="SideNav_NewTweet_Button"]').click();
    const dialog = page.locator(DIALOG);
    await page.keyboard.type('Thread with media');
    await attachImage(page, images[1]!);
    await dialog.locator('[data-testid="addButton"]').click();
    await page.keyboard.type('Second post');
    await pasteImage(page, images[2]!);
    expect(await dialog.locator('.composer-post').nth(0).locator(previewSelector).count()).toBe(1);
    expect(await dialog.locator('.composer-post').nth(1).locator(previewSelector).count()).toBe(1);
    await addAltText(page, 1, 'Second image');
    expect(await media()).toEqual([
      { name: 'one.png', alt: '' },
      { name: 'two.png', alt: '' },
      { name: 'three.png', alt: 'Second image' },
    ]);
    await publishPastGuidepost(page, dialog.locator('button[data-testid="tweetButton"]'));
    await dialog.waitFor({ state: 'detached' });
    expect((await model(page)).posted).toEqual(['With pictures', 'Thread with media', 'Second post']);
    expect(await media()).toEqual([{ name: 'one.png', alt: '' }]);
  });

  it('requests nothing from any host but its own', async () => {
    expect(session.unexpectedRequests()).toEqual([]);
    const xHosts = new Set(['x.com', 'twitter.com', 'mobile.x.com']);
    const served = session.serverRequests.filter((request) => xHosts.has(request.host));
    expect(served.length).toBeGreaterThan(0);
    // Page loads, then the bundle and styles: no API calls, fonts, images or icons.
    for (const request of served) expect(request.path).toMatch(/^\/(home(\?theme=dark)?|main\.js|main\.css|styles\.css)$/);
  });
});
