// The Mastodon fixture's media attachments (not Guidepost): the paperclip's hidden file input, a pasted file,
// the simulated upload with its progress bar, thumbnails with the "ALT" warning while there is no description,
// the "Add alt text" modal, removal, and getMedia() following React state. The extension tests rely on them.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MastodonFixtureApi } from './fixtures/fixture-api.ts';
import { setupE2E } from './harness.ts';
import { addAltText, attachImage, pasteImage, previewSelector, removeAttachment } from './media/mastodon.ts';

const session = setupE2E();

const FORM = 'form.compose-form';
const TEXTAREA = `${FORM} textarea.autosuggest-textarea__textarea`;
const SUBMIT = `${FORM} .compose-form__submit > button[type="submit"]`;

function solidPng(rgb: readonly [number, number, number]): Buffer {
  const png = new PNG({ width: 8, height: 6 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([...rgb, 255], i);
  return PNG.sync.write(png);
}

const fixture = (page: Page) =>
  page.evaluate(() => {
    const api = (window as unknown as { __fixture: MastodonFixtureApi }).__fixture;
    return { text: api.getText(), media: api.getMedia(), posted: [...api.posted] };
  });

/** Clicks Post; Guidepost holds a post with media for its checklist, so post anyway if it does. */
async function postThroughChecklist(page: Page): Promise<void> {
  const before = (await fixture(page)).posted.length;
  await page.locator(SUBMIT).click();
  const postAnyway = page.locator('guidepost-checklist').getByRole('button', { name: 'Post anyway' });
  await expect.poll(async () => (await fixture(page)).posted.length > before || (await postAnyway.isVisible().catch(() => false))).toBe(true);
  if ((await fixture(page)).posted.length === before) await postAnyway.click();
  await expect.poll(async () => (await fixture(page)).posted.length).toBe(before + 1);
}

const tiles = (page: Page) => page.locator(`${FORM} ${previewSelector}`);

/** Each thumbnail as the page shows it: its background image's URL scheme, and its ALT button. */
const thumbnails = (page: Page) =>
  tiles(page).evaluateAll((all) =>
    all.map((tile) => {
      const thumbnail = tile.querySelector<HTMLElement>('.compose-form__upload__thumbnail')!;
      const alt = thumbnail.querySelector('.compose-form__upload__warning button')!;
      return {
        background: /^url\("?(blob|https|data):/.exec(thumbnail.style.backgroundImage)?.[1],
        altText: alt.textContent,
        altWarning: alt.classList.contains('active') && alt.querySelector('svg') !== null,
      };
    }),
  );

describe('Mastodon fixture media', () => {
  let dir: string;
  let red = '';
  let green = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'guidepost-mastodon-media-'));
    red = join(dir, 'red.png');
    green = join(dir, 'green.png');
    await writeFile(red, solidPng([220, 30, 30]));
    await writeFile(green, solidPng([30, 200, 60]));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('has the upload button with its hidden, persistent file input; a pick uploads with a progress bar, then shows the thumbnail', async () => {
    const page = await session.openFixture('wikimedia.social');
    const input = page.locator(`${FORM} .compose-form__upload-button input[type="file"]`);
    expect(await input.evaluate((element) => [(element as HTMLInputElement).multiple, getComputedStyle(element).display])).toEqual([true, 'none']);
    expect(await page.locator(`${FORM} .compose-form__upload-button button`).getAttribute('title')).toBe('Add images, a video or an audio file');

    const chooser = page.waitForEvent('filechooser');
    await page.locator(`${FORM} .compose-form__upload-button button`).click();
    await (await chooser).setFiles(red);
    // The upload takes a moment, with Mastodon's progress bar.
    await page.locator(`${FORM} .upload-progress .upload-progress__tracker`).waitFor();
    expect(await page.locator(`${FORM} .upload-progress__message`).textContent()).toContain('Uploading…');
    expect(await page.locator(SUBMIT).isDisabled()).toBe(true);
    await expect.poll(() => tiles(page).count()).toBe(1);
    expect(await page.locator(`${FORM} .upload-progress`).count()).toBe(0);
    expect(await thumbnails(page)).toEqual([{ background: 'blob', altText: ' ALT', altWarning: true }]);
    expect((await fixture(page)).media).toEqual([{ name: 'red.png', alt: '' }]);
    // The input is still there, ready for the next pick.
    expect(await input.count()).toBe(1);

    // The thumbnail's URL is the file itself.
    const bytes = await tiles(page).first().evaluate(async (tile) => {
      const url = /url\("?([^")]+)"?\)/.exec((tile.querySelector('.compose-form__upload__thumbnail') as HTMLElement).style.backgroundImage)![1]!;
      return [...new Uint8Array(await (await fetch(url)).arrayBuffer())];
    });
    expect(Buffer.from(bytes).equals(solidPng([220, 30, 30]))).toBe(true);
    await page.close();
  });

  it('pastes a file as an upload, describes, removes, holds at four, and posting clears the media', async () => {
    const page = await session.openFixture('wikimedia.social');
    await page.locator(TEXTAREA).pressSequentially('Edit-a-thon photos');
    await attachImage(page, red);
    await pasteImage(page, green);
    expect(await fixture(page)).toEqual({
      text: 'Edit-a-thon photos',
      media: [
        { name: 'red.png', alt: '' },
        { name: 'green.png', alt: '' },
      ],
      posted: [],
    });
    expect(await page.locator(TEXTAREA).inputValue()).toBe('Edit-a-thon photos');

    await addAltText(page, 1, 'A green square');
    expect((await fixture(page)).media).toEqual([
      { name: 'red.png', alt: '' },
      { name: 'green.png', alt: 'A green square' },
    ]);
    expect((await thumbnails(page)).map((t) => t.altWarning)).toEqual([true, false]);

    // Edit opens the same modal with the description; Cancel and Escape keep what was saved.
    await tiles(page).nth(1).locator('.compose-form__upload__actions button', { hasText: 'Edit' }).click();
    const modal = page.locator('.modal-root [role="dialog"] .dialog-modal');
    expect(await modal.locator('.dialog-modal__header__title').textContent()).toBe('Add alt text');
    expect(await modal.locator('textarea#description').inputValue()).toBe('A green square');
    await modal.locator('textarea#description').fill('Something else');
    await page.keyboard.press('Escape');
    await modal.waitFor({ state: 'detached' });
    expect((await fixture(page)).media[1]).toEqual({ name: 'green.png', alt: 'A green square' });
    // Nothing in the modal posted the form.
    expect((await fixture(page)).posted).toEqual([]);

    await removeAttachment(page, 0);
    expect((await fixture(page)).media).toEqual([{ name: 'green.png', alt: 'A green square' }]);

    for (let i = 0; i < 3; i++) await attachImage(page, red);
    expect(await tiles(page).count()).toBe(4);
    expect(await page.locator(`${FORM} .compose-form__upload-button button`).isDisabled()).toBe(true);

    await postThroughChecklist(page);
    await expect.poll(() => fixture(page)).toEqual({ text: '', media: [], posted: ['Edit-a-thon photos'] });
    expect(await tiles(page).count()).toBe(0);
    await page.close();
  });

  it('posts media without text; a paste without a file uploads nothing', async () => {
    const page = await session.openFixture('mastodon.social');
    expect(await page.locator(SUBMIT).isDisabled()).toBe(true);
    await attachImage(page, red);
    expect(await page.locator(SUBMIT).isDisabled()).toBe(false);
    await page.locator(TEXTAREA).focus();
    await page.locator(TEXTAREA).evaluate((textarea) => {
      const clipboard = new DataTransfer();
      clipboard.setData('text/plain', 'pasted words');
      textarea.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
    });
    expect((await fixture(page)).media).toHaveLength(1);
    expect(await page.locator(`${FORM} .upload-progress`).count()).toBe(0);
    await postThroughChecklist(page);
    expect(await fixture(page)).toEqual({ text: '', media: [], posted: [''] });
    await page.close();
  });
});
