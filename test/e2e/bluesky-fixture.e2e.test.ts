// The Bluesky fixture itself (not Guidepost): that it is served at bsky.app with the markup
// the real web app has, and that its TipTap editor's model follows typing exactly, with the
// app's own decoration spans inside the editor. Other tests rely on both.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BlueskyFixtureApi } from './fixtures/fixture-api.ts';
import { setupE2E } from './harness.ts';
import { addAltText, attachImage, pasteImage, previewSelector, removeAttachment } from './media/bluesky.ts';

const session = setupE2E();

const DIALOG = '[role="dialog"][aria-modal="true"]';
const EDITOR =
  '[data-testid="composePostView"] div.tiptap.ProseMirror[contenteditable="true"][role="textbox"][aria-label="Rich-Text Editor"]';
const PUBLISH = '[data-testid="composerPublishBtn"]';
const NEW_POST = 'nav button[aria-label="Compose new post"]';

/** The editor models as the page reads them (ProseMirror state, not the DOM). */
const model = (page: Page) =>
  page.evaluate(() => {
    const fixture = (window as unknown as { __fixture: BlueskyFixtureApi }).__fixture;
    return { text: fixture.getText(), texts: fixture.getTexts(), caret: fixture.getCaret(), posted: [...fixture.posted] };
  });

const caretAt = (offset: number) => ({ start: offset, end: offset });

/** Text of every element with `className` inside the editor, in document order. */
const spansOf = (page: Page, className: string) =>
  page.locator(EDITOR).first().evaluate((editor, name) => [...editor.querySelectorAll(`.${name}`)].map((span) => span.textContent), className);

async function openComposer(page: Page): Promise<void> {
  await page.locator(NEW_POST).click();
  await page.locator(EDITOR).waitFor();
  // TipTap focuses the new editor on the next task.
  await expect.poll(() => model(page).then((m) => m.caret)).toEqual(caretAt(0));
}

const graphemeCount = (text: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length;

describe('Bluesky fixture', () => {
  it('is the bsky.app shell: real test ids, navigation without reloads, a modal composer that opens and closes', async () => {
    const page = await session.openFixture('bsky.app');
    expect(page.url()).toBe('https://bsky.app/');
    const look = await page.evaluate(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      font: getComputedStyle(document.body).fontFamily,
      column: document.querySelector('main')!.getBoundingClientRect().width,
    }));
    expect(look).toEqual({ background: 'rgb(255, 255, 255)', font: expect.stringMatching(/^InterVariable, -apple-system/), column: 600 });

    expect(await page.locator('a[aria-label="Profile"][href="/profile/wikimedia.bsky.social"]').count()).toBe(1);
    expect(await page.locator('[data-testid^="feedItem-by-"]').count()).toBe(5);
    const celebrity = page.locator('[data-testid="feedItem-by-jamierivera.bsky.social"]');
    expect(await celebrity.locator('[data-testid="postText"]').textContent()).toContain('my Wikipedia article');
    expect(await celebrity.locator('[data-testid="replyBtn"]').getAttribute('aria-label')).toBe('Reply (214 replies)');
    expect(await celebrity.locator('[data-testid="repostBtn"]').getAttribute('aria-label')).toBe('Repost or quote post');

    // A reload would drop this marker.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    const marker = () => page.evaluate(() => (window as unknown as { marker?: number }).marker);
    await page.locator('a[aria-label="Notifications"]').click();
    expect(page.url()).toBe('https://bsky.app/notifications');
    expect(await page.locator('main h1').textContent()).toBe('Notifications');
    expect(await page.locator('main [aria-label="Compose new post"], [data-testid="composePostView"]').count()).toBe(0);
    await page.locator('a[aria-label="Profile"]').click();
    expect(page.url()).toBe('https://bsky.app/profile/wikimedia.bsky.social');
    expect(await page.locator('main h1').textContent()).toBe('Wikimedia Foundation');
    await page.goBack();
    expect(page.url()).toBe('https://bsky.app/notifications');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Notifications');
    await page.locator('a[aria-label="Home"]').click();
    expect(await page.locator('[data-testid="postText"]').count()).toBe(5);
    expect(await marker()).toBe(42);

    // The composer: a modal layer over the page, focused on open.
    await openComposer(page);
    const dialog = page.locator(DIALOG);
    expect(await dialog.locator('[data-testid="composePostView"]').count()).toBe(1);
    expect(await dialog.locator(PUBLISH).getAttribute('aria-label')).toBe('Publish post');
    expect(await dialog.locator(PUBLISH).textContent()).toBe('Post');
    expect(await dialog.locator(PUBLISH).isDisabled()).toBe(true);
    expect(await dialog.locator('[data-testid="openMediaBtn"]').count()).toBe(1);
    expect(await dialog.locator('.char-progress').textContent()).toBe('300');
    expect(await dialog.locator(`${EDITOR} p.is-editor-empty`).getAttribute('data-placeholder')).toBe("What's up?");
    await dialog.locator('[data-testid="composerDiscardButton"]').click();
    expect(await page.locator(DIALOG).count()).toBe(0);
    expect(await model(page)).toEqual({ text: '', texts: [], caret: null, posted: [] });

    // With a draft, Cancel and Escape ask first.
    await openComposer(page);
    await page.keyboard.type('Draft');
    await page.keyboard.press('Escape');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    expect((await model(page)).texts).toEqual(['Draft']);
    await page.locator('[data-testid="composerDiscardButton"]').click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Discard' }).click();
    expect(await page.locator(DIALOG).count()).toBe(0);
    expect(await marker()).toBe(42);
    await page.close();
  });

  it('keeps the ProseMirror model equal to what was typed, with the caret, undo and grapheme-wise Backspace', async () => {
    const page = await session.openFixture('bsky.app');
    await openComposer(page);
    const editor = page.locator(EDITOR);
    const first = 'Wikipedia turns 25 🎉👍🏽 维基百科 ويكيبيديا cafe\u0301 naïve';
    const second = 'See https://wikimedia.org/news and ask @jimbo.bsky.social #Wikipedia';
    const third = '👩‍👩‍👧 done';
    await editor.pressSequentially(first);
    await page.keyboard.press('Enter');
    await page.keyboard.type(second);
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type(third);
    const typed = `${first}\n${second}\n${third}`;
    expect(await model(page)).toEqual({ text: typed, texts: [typed], caret: caretAt(typed.length), posted: [] });
    // Two paragraphs, the second with a hard break: the model's structure, not just its text.
    expect(await editor.evaluate((root) => [...root.children].map((p) => `${p.tagName}:${p.querySelectorAll('br').length}`))).toEqual(['P:0', 'P:1']);

    // The caret moves by grapheme: five letters, then the whole family emoji. ProseMirror reads
    // a caret the browser moved on the next selectionchange event, so the model follows a moment later.
    const caret = () => model(page).then((m) => m.caret);
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(caret).toEqual(caretAt(typed.length - 5));
    await page.keyboard.press('ArrowLeft');
    const beforeFamily = typed.length - ' done'.length - '👩‍👩‍👧'.length;
    await expect.poll(caret).toEqual(caretAt(beforeFamily));
    await page.keyboard.type('X');
    expect((await model(page)).text).toBe(`${first}\n${second}\nX${third}`);
    expect((await model(page)).caret).toEqual(caretAt(beforeFamily + 1));
    await page.keyboard.press('Backspace');
    expect((await model(page)).text).toBe(typed);

    // The app's Backspace removes a whole grapheme: the thumb with its skin tone.
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(' 👍🏽');
    await page.keyboard.press('Backspace');
    expect((await model(page)).text).toBe(`${typed} `);
    await page.keyboard.press('Backspace');
    expect((await model(page)).text).toBe(typed);

    // Undo takes back the last burst of typing; redo restores it.
    await page.waitForTimeout(700);
    await page.keyboard.type(' and more');
    expect((await model(page)).text).toBe(`${typed} and more`);
    await page.keyboard.press('ControlOrMeta+z');
    expect((await model(page)).text).toBe(typed);
    await page.keyboard.press('ControlOrMeta+Shift+z');
    expect((await model(page)).text).toBe(`${typed} and more`);

    // Selecting everything and typing replaces the whole document with one paragraph.
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Fresh start');
    expect(await model(page)).toEqual({ text: 'Fresh start', texts: ['Fresh start'], caret: caretAt(11), posted: [] });

    // A paste of formatted text arrives as plain paragraphs, blank lines kept, as in the app.
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', ' pasted\n\nafter a blank line');
      data.setData('text/html', '<b> pasted</b><p></p><p>after a blank line</p>');
      document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    const pasted = 'Fresh start pasted\n\nafter a blank line';
    expect(await model(page)).toEqual({ text: pasted, texts: [pasted], caret: caretAt(pasted.length), posted: [] });
    await page.close();
  });

  it('draws the app’s decorations inside the editor: the over-limit span, links, hashtags and mentions', async () => {
    const page = await session.openFixture('bsky.app');
    await openComposer(page);
    // 300 graphemes, the last a family emoji of 8 UTF-16 units; the overflow is 20 graphemes.
    const limit = `${'x'.repeat(299)}👩‍👩‍👧`;
    const overflow = ' overflow 维基 👍🏽 end!!';
    await page.keyboard.insertText(limit);
    await page.locator(EDITOR).pressSequentially(overflow);
    expect(graphemeCount(limit + overflow)).toBe(320);
    expect((await model(page)).text).toBe(limit + overflow);
    expect((await spansOf(page, 'character-limit-exceeded')).join('')).toBe(overflow);
    expect(await page.locator('.char-progress').textContent()).toBe('-20');
    expect(await page.locator(PUBLISH).isDisabled()).toBe(true);
    // Deleting back to the limit removes the span, and the model never saw it.
    for (let i = 0; i < 20; i++) await page.keyboard.press('Backspace');
    expect(await model(page).then((m) => m.text)).toBe(limit);
    expect(await spansOf(page, 'character-limit-exceeded')).toEqual([]);
    expect(await page.locator(PUBLISH).isDisabled()).toBe(false);

    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Read https://wikimedia.org/news, ask @jimbo.bsky.social');
    // While the handle is being typed, TipTap's mention suggestion wraps it too.
    expect(await spansOf(page, 'suggestion')).toEqual(['@jimbo.bsky.social']);
    await page.keyboard.type(' about #WikiLovesMonuments! 🎉');
    expect(await spansOf(page, 'suggestion')).toEqual([]);
    expect(await spansOf(page, 'autolink')).toEqual(['https://wikimedia.org/news', '@jimbo.bsky.social', '#WikiLovesMonuments']);
    const typed = 'Read https://wikimedia.org/news, ask @jimbo.bsky.social about #WikiLovesMonuments! 🎉';
    expect(await model(page)).toEqual({ text: typed, texts: [typed], caret: caretAt(typed.length), posted: [] });
    // The spans are real elements inside the editable paragraph.
    expect(await page.locator(`${EDITOR} p span.autolink`).count()).toBe(3);
    await page.close();
  });

  it('posts a thread: "Add new post" adds an editor with its own model; Ctrl+Enter posts them all and resets', async () => {
    const page = await session.openFixture('bsky.app');
    await page.locator('main [role="button"][aria-label="Compose new post"]').click();
    await page.locator(EDITOR).waitFor();
    const addPost = page.locator(`${DIALOG} button[aria-label="Add new post"]`);
    expect(await addPost.count()).toBe(0);
    await page.locator(EDITOR).pressSequentially('First post 🧵');
    await addPost.click();
    await expect.poll(() => page.locator(EDITOR).count()).toBe(2);
    expect(await page.locator(EDITOR).nth(1).locator('p').getAttribute('data-placeholder')).toBe('Add another post');
    await expect.poll(() => model(page).then((m) => m.caret)).toEqual(caretAt(0));
    await page.keyboard.type('Second 第二');
    expect(await model(page)).toEqual({ text: 'Second 第二', texts: ['First post 🧵', 'Second 第二'], caret: caretAt(9), posted: [] });
    expect(await page.locator(PUBLISH).textContent()).toBe('Post All');

    await page.locator(EDITOR).first().click();
    expect((await model(page)).text).toBe('First post 🧵');
    await page.keyboard.press('ControlOrMeta+z');
    expect((await model(page)).texts).toEqual(['', 'Second 第二']);
    expect(await page.locator(PUBLISH).isDisabled()).toBe(true);
    await page.keyboard.type('First again');
    await page.keyboard.press('ControlOrMeta+Enter');
    expect(await page.locator(DIALOG).count()).toBe(0);
    expect(await model(page)).toEqual({ text: '', texts: [], caret: null, posted: ['First again', 'Second 第二'] });
    expect(await page.getByRole('alert').textContent()).toBe('Your posts have been published');

    // A new composer starts empty.
    await openComposer(page);
    expect((await model(page)).texts).toEqual(['']);
    await page.close();
  });

  it('replies show the replied-to post above the editor; "Quote post" puts the quoted post below it', async () => {
    const page = await session.openFixture('bsky.app');
    await page.locator('[data-testid="feedItem-by-jamierivera.bsky.social"] [data-testid="replyBtn"]').click();
    const replyTo = page.locator(`${DIALOG} [role="button"][aria-label="Expand or collapse the full post you are replying to"]`);
    expect(await replyTo.textContent()).toContain('Jamie Rivera');
    expect(await replyTo.textContent()).toContain('I was NOT born in 1979');
    const editor = page.locator(EDITOR);
    expect((await replyTo.boundingBox())!.y).toBeLessThan((await editor.boundingBox())!.y);
    expect(await page.locator(PUBLISH).getAttribute('aria-label')).toBe('Publish reply');
    expect(await page.locator(PUBLISH).textContent()).toBe('Reply');
    expect(await editor.locator('p').getAttribute('data-placeholder')).toBe('Write your reply');
    await editor.pressSequentially('We are sorry about that; editors can help on the talk page.');
    await page.locator(PUBLISH).click();
    expect((await model(page)).posted).toEqual(['We are sorry about that; editors can help on the talk page.']);
    expect(await page.getByRole('alert').textContent()).toBe('Your reply has been published');

    const argument = page.locator('[data-testid="feedItem-by-patokafor.bsky.social"]');
    await argument.locator('[data-testid="repostBtn"]').click();
    await page.getByRole('menu').getByRole('menuitem', { name: 'Quote post' }).click();
    expect(await page.getByRole('menu').count()).toBe(0);
    const quote = page.locator(`${DIALOG} .quote-embed`);
    expect(await quote.locator('a[title="Post by patokafor.bsky.social"]').textContent()).toContain('gatekeeping cabal');
    expect((await quote.boundingBox())!.y).toBeGreaterThan((await editor.boundingBox())!.y);
    expect(await page.locator(PUBLISH).getAttribute('aria-label')).toBe('Publish post');
    expect(await page.url()).toBe('https://bsky.app/');
    await editor.pressSequentially('Sources welcome: see WP:RS');
    await page.keyboard.press('ControlOrMeta+Enter');
    expect((await model(page)).posted.at(-1)).toBe('Sources welcome: see WP:RS');

    // The helpers open the same composers.
    await page.evaluate(() => (window as unknown as { __fixture: BlueskyFixtureApi }).__fixture.openReply(2));
    expect(await replyTo.textContent()).toContain('Maya Chen');
    await page.evaluate(() => (window as unknown as { __fixture: BlueskyFixtureApi }).__fixture.closeComposer());
    expect(await page.locator(DIALOG).count()).toBe(0);
    await page.close();
  });

  it('has a dark theme with ?theme=dark, and requests nothing from any host but its own', async () => {
    const page = await session.openFixture('bsky.app', '/?theme=dark');
    expect(await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color])).toEqual([
      'rgb(22, 30, 39)',
      'rgb(255, 255, 255)',
    ]);
    await openComposer(page);
    expect(await page.locator(EDITOR).evaluate((editor) => [editor.classList.contains('ProseMirror-dark'), getComputedStyle(editor).color])).toEqual([
      true,
      'rgb(255, 255, 255)',
    ]);
    await page.close();

    expect(session.unexpectedRequests()).toEqual([]);
    // The extension's worker may (re)start and load its own files; nothing else.
    const own = `chrome-extension://${session.extensionId}/`;
    expect(session.browserRequests.filter((request) => request.fromServiceWorker && !request.url.startsWith(own))).toEqual([]);
    for (const request of session.serverRequests) {
      expect(request.host).toBe('bsky.app');
      expect(request.path).toMatch(/^\/(\?theme=dark|main\.js|styles\.css)?$/);
    }
  });
});

/** A small PNG of one colour, so each file's preview differs. */
function solidPng(rgb: readonly [number, number, number]): Buffer {
  const png = new PNG({ width: 8, height: 6 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([...rgb, 255], i);
  return PNG.sync.write(png);
}

/** Clicks publish; if Guidepost holds the post (media puts an item on its checklist), posts anyway. */
async function publishThroughChecklist(page: Page, publish: Locator, posted: number): Promise<void> {
  await publish.click();
  const postAnyway = page.locator('guidepost-checklist').getByRole('button', { name: 'Post anyway' });
  await expect
    .poll(async () => (await model(page)).posted.length > posted || (await postAnyway.isVisible().catch(() => false)), { timeout: 5000 })
    .toBe(true);
  if ((await model(page)).posted.length === posted) await postAnyway.click();
  await expect.poll(async () => (await model(page)).posted.length).toBe(posted + 1);
}

describe('Bluesky fixture media', () => {
  let dir: string;
  const files: Record<'red' | 'green' | 'blue', string> = { red: '', green: '', blue: '' };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'guidepost-bluesky-media-'));
    const colours = { red: [220, 30, 30], green: [30, 200, 60], blue: [30, 60, 220] } as const;
    for (const [name, rgb] of Object.entries(colours)) {
      files[name as keyof typeof files] = join(dir, `${name}.png`);
      await writeFile(files[name as keyof typeof files], solidPng(rgb));
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const media = (page: Page) => page.evaluate(() => (window as unknown as { __fixture: BlueskyFixtureApi }).__fixture.getMedia());
  const tiles = (page: Page) => page.locator(`[data-testid="composePostView"] ${previewSelector}`);
  /** What each ALT button shows: its label, its text and which Font Awesome icon (check or plus). */
  const altButtons = (page: Page) =>
    tiles(page).evaluateAll((all) =>
      all.map((tile) => {
        const button = tile.querySelector('[data-testid="altTextButton"]')!;
        const path = button.querySelector('svg path')!.getAttribute('d')!;
        return { label: button.getAttribute('aria-label'), text: button.textContent, icon: path.startsWith('M438.6') ? 'check' : path.startsWith('M256 80') ? 'plus' : path };
      }),
    );

  it('the media button opens a picker made on demand: an input appended to <body> and removed once chosen', async () => {
    const page = await session.openFixture('bsky.app');
    await openComposer(page);
    const inputs = () => page.locator('input[type="file"]').count();
    expect(await inputs()).toBe(0);
    const chooser = page.waitForEvent('filechooser');
    await page.locator('[data-testid="openMediaBtn"]').click();
    const opened = await chooser;
    expect(opened.isMultiple()).toBe(true);
    expect(await opened.element().evaluate((input) => [input.parentElement === document.body, (input as HTMLElement).style.display])).toEqual([true, 'none']);
    await opened.setFiles(files.red);
    await expect.poll(() => media(page)).toEqual([{ name: 'red.png', alt: '' }]);
    expect(await inputs()).toBe(0);

    // The preview is the file itself, read into a data: URL as the web app does.
    const src = await tiles(page).locator('[data-testid="selectedPhotoImage"] img').getAttribute('src');
    expect(src).toMatch(/^data:image\/png;base64,/);
    expect(Buffer.from(src!.split(',')[1]!, 'base64').equals(solidPng([220, 30, 30]))).toBe(true);
    expect(await altButtons(page)).toEqual([{ label: 'Add alt text', text: 'ALT', icon: 'plus' }]);
    expect(await page.locator('[data-testid="composePostView"]').textContent()).toContain('Alt text describes images for blind and low-vision users');
    await page.close();
  });

  it('attaches by picker and paste, up to four; alt text through the dialog; remove; getMedia follows; publishing clears', async () => {
    const page = await session.openFixture('bsky.app');
    await openComposer(page);
    await page.keyboard.type('Photos from the edit-a-thon');
    await attachImage(page, files.red);
    await pasteImage(page, files.green);
    // The paste went to the images, not into the text.
    expect(await model(page).then((m) => m.text)).toBe('Photos from the edit-a-thon');
    expect(await media(page)).toEqual([
      { name: 'red.png', alt: '' },
      { name: 'green.png', alt: '' },
    ]);

    await addAltText(page, 1, 'A green square');
    expect(await media(page)).toEqual([
      { name: 'red.png', alt: '' },
      { name: 'green.png', alt: 'A green square' },
    ]);
    expect(await altButtons(page)).toEqual([
      { label: 'Add alt text', text: 'ALT', icon: 'plus' },
      { label: 'Add alt text', text: 'ALT', icon: 'check' },
    ]);
    // The dialog opens with the saved text; Escape closes it without discarding the post, keeping the draft.
    await tiles(page).nth(1).locator('[data-testid="altTextButton"]').click();
    const dialog = page.locator('[role="dialog"][aria-label="Add alt text"]');
    expect(await dialog.locator('textarea[aria-label="Alt text"]').inputValue()).toBe('A green square');
    expect(await dialog.locator('[aria-label="Save"]').isDisabled()).toBe(true);
    await dialog.locator('textarea').fill('A green square on white');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('[role="alertdialog"]').count()).toBe(0);
    expect((await media(page))[1]).toEqual({ name: 'green.png', alt: 'A green square on white' });

    await removeAttachment(page, 0);
    expect(await media(page)).toEqual([{ name: 'green.png', alt: 'A green square on white' }]);

    await attachImage(page, files.blue);
    await attachImage(page, files.red);
    await attachImage(page, files.red);
    expect(await tiles(page).count()).toBe(4);
    expect(await page.locator('[data-testid="openMediaBtn"]').isDisabled()).toBe(true);
    // A fifth by paste is refused whole, with the app's message.
    await page.locator(EDITOR).focus();
    await page.locator(EDITOR).evaluate((editor) => {
      const clipboard = new DataTransfer();
      clipboard.items.add(new File([new Uint8Array([137, 80, 78, 71])], 'fifth.png', { type: 'image/png' }));
      editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('You can only upload 4 images at a time');
    expect((await media(page)).map((m) => m.name)).toEqual(['green.png', 'blue.png', 'red.png', 'red.png']);

    await publishThroughChecklist(page, page.locator(PUBLISH), 0);
    expect((await model(page)).posted).toEqual(['Photos from the edit-a-thon']);
    expect(await media(page)).toEqual([]);
    await openComposer(page);
    expect(await media(page)).toEqual([]);
    expect(await tiles(page).count()).toBe(0);
    await page.close();
  });

  it('drops image files on the page into the active post, and keeps each post’s images apart in a thread', async () => {
    const page = await session.openFixture('bsky.app');
    await openComposer(page);
    await page.keyboard.type('First');
    await attachImage(page, files.red);
    await page.locator(`${DIALOG} button[aria-label="Add new post"]`).click();
    await expect.poll(() => page.locator(EDITOR).count()).toBe(2);
    await page.keyboard.type('Second');
    const png = solidPng([30, 60, 220]).toString('base64');
    const drop = await page.evaluateHandle((base64) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], 'dropped.png', { type: 'image/png' }));
      return transfer;
    }, png);
    await page.locator('body').dispatchEvent('dragenter', { dataTransfer: drop });
    await expect.poll(() => page.getByText('Drop to add images').count()).toBe(1);
    await page.locator('body').dispatchEvent('drop', { dataTransfer: drop });
    await expect.poll(() => media(page)).toEqual([
      { name: 'red.png', alt: '' },
      { name: 'dropped.png', alt: '' },
    ]);
    expect(await page.getByText('Drop to add images').count()).toBe(0);
    // Each post shows its own gallery, under its own editor.
    const galleries = page.locator('[data-testid="selectedPhotosView"]');
    expect(await galleries.count()).toBe(2);
    expect((await galleries.nth(1).boundingBox())!.y).toBeGreaterThan((await page.locator(EDITOR).nth(1).boundingBox())!.y);
    await page.close();
  });
});
