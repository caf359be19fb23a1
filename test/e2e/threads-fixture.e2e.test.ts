// Tests of the Threads fixture site itself (not of Guidepost): that it is served at
// www.threads.com, has Threads' markup, runs a real Lexical editor whose model follows typing
// exactly, and that its composer, thread, reply, quote, posting and navigation work. The
// Guidepost tests for Threads build on these guarantees.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { setupE2E } from './harness.ts';
import type { ThreadsFixtureApi } from './fixtures/fixture-api.ts';
import { addAltText, attachImage, pasteImage, previewSelector, removeAttachment } from './media/threads.ts';
import { filePayload } from './media/x.ts';

const session = setupE2E();
const HOST = 'www.threads.com';
const EDITOR = 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
// `css:light` keeps Playwright out of shadow roots: Guidepost's own finding card is a dialog too.
const DIALOG = 'css:light=div[role="dialog"]';

type FixtureWindow = { __fixture: ThreadsFixtureApi };

const texts = (page: Page) => page.evaluate(() => (window as unknown as FixtureWindow).__fixture.getTexts());
const focusedText = (page: Page) => page.evaluate(() => (window as unknown as FixtureWindow).__fixture.getText());
const caret = (page: Page) => page.evaluate(() => (window as unknown as FixtureWindow).__fixture.getCaret());
const posted = (page: Page) => page.evaluate(() => [...(window as unknown as FixtureWindow).__fixture.posted]);

/** The composer's Post button: a `div[role="button"]` known only by its text. */
const postButton = (page: Page) => page.locator(DIALOG).getByRole('button', { name: 'Post', exact: true });

/** Empties the focused editor the way a person would. */
async function clearEditor(page: Page): Promise<void> {
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  expect(await focusedText(page)).toBe('');
}

/** A feed item (`div[data-pressable-container]`) found by its author's handle. */
const feedPost = (page: Page, handle: string): Locator =>
  page.locator('[data-pressable-container="true"]').filter({ has: page.locator(`a[href="/@${handle}"]`) });

/** Small PNG files for the media test, written once. */
const images: string[] = [];
beforeAll(async () => {
  const folder = await mkdtemp(join(tmpdir(), 'guidepost-threads-media-'));
  // A 1×1 PNG; the copies differ only in name.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  for (const name of ['one.png', 'two.png', 'three.png']) {
    const path = join(folder, name);
    await writeFile(path, png);
    images.push(path);
  }
});

describe('the Threads fixture', () => {
  it('is a single-page app at www.threads.com with Threads’ markup, layout and routes', async () => {
    const page = await session.openFixture(HOST);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(new URL(page.url()).host).toBe(HOST);

    const shape = await page.evaluate(() => {
      const app = document.getElementById('barcelona-root')!;
      const classes = [...app.querySelectorAll('[class]')].flatMap((element) => [...element.classList]);
      const posts = [...document.querySelectorAll('[data-pressable-container="true"]')];
      const main = document.querySelector('main')!.getBoundingClientRect();
      return {
        testIds: app.querySelectorAll('[data-testid]').length,
        classes: classes.length,
        meaningfulClasses: classes.filter((name) => !/^x[0-9a-z]{4,8}$/.test(name)),
        nativeButtons: app.querySelectorAll('button').length,
        posts: posts.map((post) => ({
          author: post.querySelector('a[href^="/@"]')?.getAttribute('href'),
          icons: [...post.querySelectorAll('[role="button"] > svg[aria-label]')].map((svg) => svg.getAttribute('aria-label')),
          text: [...post.querySelectorAll('span[dir="auto"]')].at(-1)?.textContent?.length ?? 0,
        })),
        profileLink: !!document.querySelector('a[href="/@wikimedia"] svg[aria-label="Profile"]'),
        editors: document.querySelectorAll('[contenteditable]').length,
        column: { width: main.width, centre: main.left + main.width / 2 },
        body: getComputedStyle(document.body).backgroundColor,
        font: getComputedStyle(document.body).fontFamily,
        color: getComputedStyle([...document.querySelectorAll('[data-pressable-container] span[dir="auto"]')].at(-1)!).color,
      };
    });
    expect(shape.testIds).toBe(0);
    expect(shape.classes).toBeGreaterThan(100);
    expect(shape.meaningfulClasses).toEqual([]);
    expect(shape.nativeButtons).toBe(0);
    expect(shape.posts).toHaveLength(5);
    for (const post of shape.posts) {
      expect(post.author).toMatch(/^\/@[\w.]+$/);
      expect(post.icons).toEqual(['More', 'Like', 'Reply', 'Repost', 'Share']);
      expect(post.text).toBeGreaterThan(50);
    }
    expect(shape.profileLink).toBe(true);
    expect(shape.editors).toBe(0); // "What's new?" opens the composer; it is not an editor
    expect(shape.column.width).toBe(620);
    expect(Math.abs(shape.column.centre - (76 + (1280 - 76) / 2))).toBeLessThan(2);
    expect(shape.body).toBe('rgb(250, 250, 250)');
    expect(shape.font).toMatch(/^-apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif$/);
    expect(shape.color).toBe('rgb(0, 0, 0)');

    // Routes change with pushState: the page is never reloaded and the server sees nothing.
    await page.evaluate(() => ((window as unknown as { loadMarker: number }).loadMarker = 1));
    const served = session.serverRequests.length;
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/search');
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    expect(await page.locator('[contenteditable]').count()).toBe(0);
    expect(await page.locator('[role="textbox"]').count()).toBe(0);
    await page.goBack();
    await expect.poll(() => page.locator('[data-pressable-container="true"]').count()).toBe(5);
    await page.getByRole('link', { name: 'Profile', exact: true }).click();
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/@wikimedia');
    await page.getByRole('link', { name: 'Notifications', exact: true }).click();
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/activity');
    await feedPostLinkRoundTrip(page);
    await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.navigate('/'));
    expect(await page.evaluate(() => location.pathname)).toBe('/');
    expect(await page.evaluate(() => (window as unknown as { loadMarker?: number }).loadMarker)).toBe(1);
    expect(session.serverRequests.length).toBe(served);
    await page.close();
  });

  it('has a dark theme (?theme=dark) and localised labels (?hl=fr), kept across navigation', async () => {
    const page = await session.openFixture(HOST, '/?theme=dark&hl=fr');
    const colours = () =>
      page.evaluate(() => ({
        page: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle([...document.querySelectorAll('[data-pressable-container] span[dir="auto"]')].at(-1)!).color,
      }));
    expect(await colours()).toEqual({ page: 'rgb(16, 16, 16)', text: 'rgb(243, 245, 247)' });
    expect(await page.locator('svg[aria-label="J’aime"]').count()).toBe(5);
    expect(await page.locator('svg[aria-label="Like"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Créer' }).click();
    const editor = page.locator(DIALOG).locator(EDITOR);
    await expect.poll(() => editor.count()).toBe(1);
    expect(await editor.getAttribute('aria-label')).toBe('Champ de texte vide. Saisissez du texte pour rédiger une nouvelle publication.');
    expect(await page.locator(DIALOG).getByRole('button', { name: 'Publier', exact: true }).count()).toBe(1);
    expect(await postButton(page).count()).toBe(0);
    await page.locator(DIALOG).getByRole('button', { name: 'Annuler' }).click();
    await page.getByRole('link', { name: 'Rechercher', exact: true }).click();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?hl=fr&theme=dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(16, 16, 16)');
    await page.close();
  });

  it('composes in a real Lexical editor whose model follows every keystroke exactly', async () => {
    const page = await session.openFixture(HOST);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.getByText('What’s new?').click();
    const dialog = page.locator(DIALOG);
    const editor = dialog.locator(EDITOR);
    await expect.poll(() => editor.count()).toBe(1);
    expect(await dialog.getByRole('heading').textContent()).toBe('New thread');
    expect(await editor.getAttribute('aria-label')).toBe('Empty text field. Type to compose a new post.');
    // The page behind the modal is hidden from assistive technology, as on Threads.
    expect(await page.locator('#barcelona-page-layout').getAttribute('aria-hidden')).toBe('true');

    // Real Lexical: the editor instance hangs off its root element, and the editable has focus.
    const lexical = await editor.evaluate((root) => {
      const instance = (root as unknown as { __lexicalEditor?: { getEditorState?: unknown } }).__lexicalEditor;
      return { instance: typeof instance?.getEditorState, focused: document.activeElement === root };
    });
    expect(lexical).toEqual({ instance: 'function', focused: true });
    expect(await caret(page)).toEqual({ start: 0, end: 0 });

    // The placeholder is a sibling of the editable, never inside it.
    const placeholder = () =>
      editor.evaluate((root) => ({ inside: root.textContent, sibling: root.nextElementSibling?.textContent ?? null }));
    expect(await placeholder()).toEqual({ inside: '', sibling: 'What’s new?' });

    const samples = [
      'Wikipedia turns 25 🎉🎂 thanks to every volunteer, @wikimedia!',
      '维基百科 是 自由的百科全书 👩🏽‍💻',
      'ويكيبيديا موسوعة حرة يكتبها المتطوعون',
      'Cafe\u0301 nai\u0308ve co\u0301digo — ñ',
      'Read https://en.wikipedia.org/wiki/Lexical_analysis then #OpenKnowledge and @lena.codes.',
      'First line\nSecond line\n\nafter an empty line',
      'Ends with a line break\n',
    ];
    for (const sample of samples) {
      await editor.pressSequentially(sample);
      expect(await focusedText(page)).toBe(sample);
      expect(await caret(page)).toEqual({ start: sample.length, end: sample.length });
      await clearEditor(page);
    }
    expect(await placeholder()).toEqual({ inside: '', sibling: 'What’s new?' });

    // Shift+Enter and Enter both make a LineBreakNode (plain-text mode), rendered as <br>.
    await page.keyboard.type('one');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('two');
    await page.keyboard.press('Enter');
    await page.keyboard.type('three');
    expect(await focusedText(page)).toBe('one\ntwo\nthree');
    const dom = await editor.evaluate((root) => ({
      paragraphs: root.querySelectorAll('p').length,
      lineBreaks: root.querySelectorAll('p > br:not([data-lexical-managed-linebreak])').length,
      spans: [...root.querySelectorAll('span[data-lexical-text="true"]')].map((span) => span.textContent),
    }));
    expect(dom).toEqual({ paragraphs: 1, lineBreaks: 2, spans: ['one', 'two', 'three'] });
    // A trailing line break gets a second <br> that Lexical manages (marked), so the caret has a line.
    await page.keyboard.press('Enter');
    const trailing = await editor.evaluate((root) => ({
      own: root.querySelectorAll('br:not([data-lexical-managed-linebreak])').length,
      managed: root.querySelectorAll('br[data-lexical-managed-linebreak="true"]').length,
    }));
    expect(trailing).toEqual({ own: 3, managed: 1 });
    expect(await focusedText(page)).toBe('one\ntwo\nthree\n');
    await clearEditor(page);

    // Mentions, tags and links become their own Lexical text nodes (extra spans), text unchanged.
    await page.keyboard.type('Hi @wikimedia, see https://wikipedia.org #wiki');
    const spans = await editor.evaluate((root) => [...root.querySelectorAll('span[data-lexical-text="true"]')].map((span) => span.textContent));
    expect(spans).toEqual(['Hi ', '@wikimedia', ', see ', 'https://wikipedia.org', ' ', '#wiki']);
    expect(await focusedText(page)).toBe('Hi @wikimedia, see https://wikipedia.org #wiki');
    for (let i = 0; i < 6; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('/wiki/Lexical');
    const grown = await editor.evaluate((root) => [...root.querySelectorAll('span[data-lexical-text="true"]')].map((span) => span.textContent));
    expect(grown).toEqual(['Hi ', '@wikimedia', ', see ', 'https://wikipedia.org/wiki/Lexical']);
    expect(await focusedText(page)).toBe('Hi @wikimedia, see https://wikipedia.org/wiki/Lexical');
    await clearEditor(page);

    // The caret follows arrow keys in UTF-16 offsets, a surrogate pair or a combining sequence at a
    // time. Chromium moves the caret natively and Lexical adopts it on "selectionchange", a moment later.
    await page.keyboard.type('ab🎉');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => caret(page)).toEqual({ start: 2, end: 2 });
    await page.keyboard.type('X');
    expect(await focusedText(page)).toBe('abX🎉');
    await page.keyboard.press('End');
    await page.keyboard.type(' e\u0301');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => caret(page)).toEqual({ start: 6, end: 6 });
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => caret(page)).toEqual({ start: 5, end: 6 });
    await clearEditor(page);

    // Undo and redo come from @lexical/history; an edit after a pause (> 300 ms) is a new undo step.
    // insertText makes each chunk one edit, so a slow machine cannot split it into several steps.
    await page.keyboard.insertText('Draft one');
    await page.waitForTimeout(500);
    await page.keyboard.insertText(' and two');
    await page.keyboard.press('ControlOrMeta+z');
    expect(await focusedText(page)).toBe('Draft one');
    await page.keyboard.press('ControlOrMeta+Shift+z');
    expect(await focusedText(page)).toBe('Draft one and two');

    // Lexical removes a node someone else puts into its editable, and keeps its model.
    await editor.evaluate((root) => {
      const foreign = document.createElement('span');
      foreign.className = 'foreign-node';
      foreign.textContent = ' FOREIGN';
      root.querySelector('p')!.append(foreign);
    });
    await page.waitForFunction(() => document.querySelector('.foreign-node') === null, null, { timeout: 5_000 });
    expect(await focusedText(page)).toBe('Draft one and two');
    expect(await editor.textContent()).toBe('Draft one and two');

    // Cancel closes the modal without posting.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.locator(DIALOG).count()).toBe(0);
    expect(await page.locator('#barcelona-page-layout').getAttribute('aria-hidden')).toBeNull();
    expect(await texts(page)).toEqual([]);
    expect(await caret(page)).toBeNull();
    expect(await posted(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('adds a second editor with “Add to thread”, each with its own model and history, and posts both', async () => {
    const page = await session.openFixture(HOST);
    await page.getByRole('button', { name: 'Create' }).click();
    const dialog = page.locator(DIALOG);
    const addToThread = dialog.getByRole('button', { name: 'Add to thread' });
    await expect.poll(() => dialog.locator(EDITOR).count()).toBe(1);
    // Greyed out until the last post has text.
    expect(await addToThread.getAttribute('aria-disabled')).toBe('true');
    expect(await postButton(page).getAttribute('aria-disabled')).toBe('true');

    await page.keyboard.type('First post of the thread 🧵');
    await addToThread.click();
    await expect.poll(() => dialog.locator(EDITOR).count()).toBe(2);
    const second = dialog.locator(EDITOR).nth(1);
    expect(await second.evaluate((root) => document.activeElement === root)).toBe(true);
    expect(await second.evaluate((root) => root.nextElementSibling?.textContent)).toBe('Add to thread');
    await page.keyboard.insertText('Second post, 维基百科'); // one edit, so one undo step
    expect(await texts(page)).toEqual(['First post of the thread 🧵', 'Second post, 维基百科']);
    expect(await focusedText(page)).toBe('Second post, 维基百科');

    // Separate Lexical instances: undo in the second leaves the first alone.
    const distinct = await dialog.locator(EDITOR).evaluateAll((roots) => {
      const [a, b] = roots.map((root) => (root as unknown as { __lexicalEditor: object }).__lexicalEditor);
      return a !== undefined && b !== undefined && a !== b;
    });
    expect(distinct).toBe(true);
    await page.keyboard.press('ControlOrMeta+z');
    expect(await texts(page)).toEqual(['First post of the thread 🧵', '']);
    await page.keyboard.type('Second post, again');

    // Focus moves to the first editor: getText and getCaret follow it.
    await dialog.locator(EDITOR).first().click();
    await page.keyboard.press('End');
    expect(await focusedText(page)).toBe('First post of the thread 🧵');
    await expect.poll(() => caret(page)).toEqual({ start: 27, end: 27 });

    await postButton(page).click();
    await expect.poll(() => page.locator(DIALOG).count()).toBe(0);
    expect(await posted(page)).toEqual(['First post of the thread 🧵', 'Second post, again']);

    // Reopened, the composer is empty; Ctrl/Cmd+Enter posts too.
    await page.getByText('What’s new?').click();
    await expect.poll(() => texts(page)).toEqual(['']);
    await page.keyboard.type('Posted from the keyboard');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect.poll(() => page.locator(DIALOG).count()).toBe(0);
    expect(await posted(page)).toEqual(['First post of the thread 🧵', 'Second post, again', 'Posted from the keyboard']);
    await page.close();
  });

  it('shows the post being replied to above the editor, and a quoted post as a card below it', async () => {
    const page = await session.openFixture(HOST);
    const celebrity = feedPost(page, 'marcusvale');
    const celebrityText = (await celebrity.locator('span[dir="auto"]').last().textContent()) ?? '';
    expect(celebrityText).toContain('Wikipedia page');

    await celebrity.locator('svg[aria-label="Reply"]').click();
    const dialog = page.locator(DIALOG);
    await expect.poll(() => dialog.locator(EDITOR).count()).toBe(1);
    expect(await dialog.getByRole('heading').textContent()).toBe('Reply');
    const editor = dialog.locator(EDITOR);
    expect(await editor.getAttribute('aria-placeholder')).toBe('Reply to marcusvale…');
    expect(await editor.evaluate((root) => root.nextElementSibling?.textContent)).toBe('Reply to marcusvale…');
    const replied = dialog.getByText(celebrityText);
    expect(await replied.count()).toBe(1);
    const [repliedBox, editorBox] = [await replied.boundingBox(), await editor.boundingBox()];
    expect(repliedBox!.y + repliedBox!.height).toBeLessThanOrEqual(editorBox!.y);
    expect(await dialog.locator('a[href="/@marcusvale"]').count()).toBe(1);
    await page.keyboard.type('We can help: see the article’s talk page.');
    expect(await focusedText(page)).toBe('We can help: see the article’s talk page.');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(DIALOG).count()).toBe(0);

    // Repost opens a menu with Repost and Quote; Quote embeds the post below the editor.
    const argument = feedPost(page, 'no.citation.needed');
    const argumentText = (await argument.locator('span[dir="auto"]').last().textContent()) ?? '';
    await argument.locator('svg[aria-label="Repost"]').click();
    const menu = page.getByRole('menu');
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual(['Repost', 'Quote']);
    await menu.getByRole('menuitem', { name: 'Quote' }).click();
    await expect.poll(() => dialog.locator(EDITOR).count()).toBe(1);
    expect(await page.getByRole('menu').count()).toBe(0);
    expect(await dialog.getByRole('heading').textContent()).toBe('New thread');
    const quoted = dialog.getByText(argumentText);
    expect(await quoted.count()).toBe(1);
    const [quotedBox, quoteEditorBox] = [await quoted.boundingBox(), await dialog.locator(EDITOR).boundingBox()];
    expect(quotedBox!.y).toBeGreaterThanOrEqual(quoteEditorBox!.y + quoteEditorBox!.height);
    // The quoted text is outside the editable and not part of the model.
    await page.keyboard.type('Citations exist for a reason.');
    expect(await texts(page)).toEqual(['Citations exist for a reason.']);
    await postButton(page).click();
    await expect.poll(() => page.locator(DIALOG).count()).toBe(0);
    expect(await posted(page)).toEqual(['Citations exist for a reason.']);

    // The helpers open the same dialogs.
    await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.openQuote(3));
    expect(await page.locator(DIALOG).getByText('维基百科', { exact: false }).count()).toBe(1);
    await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.closeComposer());
    await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.openReply(0));
    expect(await page.locator(DIALOG).locator(EDITOR).getAttribute('aria-placeholder')).toBe('Reply to marcusvale…');
    await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.closeComposer());
    expect(await page.locator(DIALOG).count()).toBe(0);
    await page.close();
  });

  it('attaches media by “Attach media”, paste and drop, per post; removes it; posting clears it', async () => {
    const page = await session.openFixture(HOST);
    const media = () => page.evaluate(() => (window as unknown as FixtureWindow).__fixture.getMedia());
    await page.getByRole('button', { name: 'Create' }).click();
    const dialog = page.locator(DIALOG);
    await expect.poll(() => dialog.locator(EDITOR).count()).toBe(1);
    expect(await media()).toEqual([]);

    // The icon button opens a hidden picker that takes several images and videos.
    const input = dialog.locator('input[type="file"][multiple]');
    expect(await input.isVisible()).toBe(false);
    expect(await input.getAttribute('accept')).toMatch(/image\/png.*video\/mp4/);
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Attach media' }).click();
    await (await chooser).setFiles([images[0]!, images[1]!]);
    await expect.poll(media).toEqual([{ name: 'one.png', alt: '' }, { name: 'two.png', alt: '' }]);
    // Media alone may be posted.
    expect(await postButton(page).getAttribute('aria-disabled')).toBeNull();

    await dialog.locator(EDITOR).click();
    await page.keyboard.type('Photos from the edit-a-thon');
    await pasteImage(page, images[2]!);
    expect(await media()).toEqual(['one.png', 'two.png', 'three.png'].map((name) => ({ name, alt: '' })));
    // The paste attached the file and left the text and caret alone.
    expect(await focusedText(page)).toBe('Photos from the edit-a-thon');
    expect(await caret(page)).toEqual({ start: 27, end: 27 });

    const tiles = dialog.locator(previewSelector);
    expect(await tiles.count()).toBe(3);
    const srcs = await tiles.locator('img').evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).src));
    expect(srcs.every((src) => src.startsWith('blob:https://www.threads.com/'))).toBe(true);
    expect(await tiles.nth(0).locator('[role="button"] svg[aria-label="Remove"]').count()).toBe(1);
    // Still no test ids, native buttons or meaningful class names.
    expect(await dialog.evaluate((root) => [root.querySelectorAll('[data-testid], button').length, [...root.querySelectorAll('[class]')].flatMap((e) => [...e.classList]).filter((c) => !/^x[0-9a-z]{4,8}$/.test(c))])).toEqual([0, []]);

    await removeAttachment(page, 1);
    expect(await media()).toEqual([{ name: 'one.png', alt: '' }, { name: 'three.png', alt: '' }]);
    expect(await tiles.locator('img').evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).src))).toEqual([srcs[0], srcs[2]]);
    await expect(addAltText(page, 0, 'A description')).rejects.toThrow(/no alt text control/);

    // A second post has its own media; a file dropped on it lands there; attachImage uses the first post.
    await dialog.getByRole('button', { name: 'Add to thread' }).click();
    await expect.poll(() => dialog.locator(EDITOR).count()).toBe(2);
    await page.keyboard.type('Second post');
    const payload = await filePayload(images[1]!);
    await dialog.locator(EDITOR).nth(1).evaluate((element, { base64, name, type }) => {
      const data = new DataTransfer();
      data.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name, { type }));
      for (const kind of ['dragenter', 'dragover', 'drop']) element.dispatchEvent(new DragEvent(kind, { dataTransfer: data, bubbles: true, cancelable: true }));
    }, payload);
    await expect.poll(media).toEqual([{ name: 'one.png', alt: '' }, { name: 'three.png', alt: '' }, { name: 'two.png', alt: '' }]);
    expect(await texts(page)).toEqual(['Photos from the edit-a-thon', 'Second post']);
    await attachImage(page, images[1]!);
    expect(await media()).toEqual([{ name: 'one.png', alt: '' }, { name: 'three.png', alt: '' }, { name: 'two.png', alt: '' }, { name: 'two.png', alt: '' }]);

    // Guidepost (loaded here) holds a post with media for its checklist; Post anyway sends the click on.
    await postButton(page).click();
    const postAnyway = page.locator('guidepost-checklist').getByRole('button', { name: 'Post anyway' });
    await expect.poll(async () => (await posted(page)).length > 0 || (await postAnyway.isVisible()), { timeout: 5000 }).toBe(true);
    if ((await posted(page)).length === 0) await postAnyway.click();
    await expect.poll(() => page.locator(DIALOG).count()).toBe(0);
    expect(await posted(page)).toEqual(['Photos from the edit-a-thon', 'Second post']);
    expect(await media()).toEqual([]);
    await page.close();
  });

  it('asks nothing of any host but www.threads.com', () => {
    expect(session.unexpectedRequests()).toEqual([]);
    const hosts = new Set(session.serverRequests.map((request) => request.host));
    expect([...hosts]).toEqual([HOST]);
    for (const request of session.serverRequests) expect(request.path).toMatch(/^\/(\?[\w=&]*|[\w.-]+\.(js|css|map))?$/);
  });
});

/** From the activity page, an author link on the home feed leads to that author's profile. */
async function feedPostLinkRoundTrip(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await feedPost(page, 'lena.codes').locator('a[href="/@lena.codes"]').last().click();
  await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/@lena.codes');
  expect(await page.locator('[data-pressable-container="true"]').count()).toBe(1);
}
