// Steps that attach and describe images in the Bluesky fixture's composer the way a person does: the media
// button's picker, a paste into the post's editor, the tile's "ALT" button and its dialog, the tile's remove
// button. The composer must be open. Each step resolves once the page shows the change.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Locator, Page } from 'playwright-core';

const COMPOSER = '[data-testid="composePostView"]';
const EDITOR = `${COMPOSER} .ProseMirror[contenteditable="true"]`;

/** One picked image's preview tile (its image, ALT button, edit and remove buttons). */
export const previewSelector = '[data-testid="selectedPhotosView"] > div';

/** The start of Font Awesome's "check" path, which the ALT button shows once the image has alt text. */
const CHECK_ICON = 'path[d^="M438.6 105.4"]';

const previews = (page: Page): Locator => page.locator(`${COMPOSER} ${previewSelector}`);

/** Resolves once the composer shows `count` previews. */
export async function waitForPreviews(page: Page, count: number, selector = `${COMPOSER} ${previewSelector}`): Promise<void> {
  await page.waitForFunction(({ selector, count }) => document.querySelectorAll(selector).length === count, { selector, count });
}

const MEDIA_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.mp4': 'video/mp4',
};

/** The file as a page can rebuild it: bytes in base64, name and media type (from the extension). */
export async function fileForPage(filePath: string): Promise<{ base64: string; name: string; type: string }> {
  const type = MEDIA_TYPES[extname(filePath).toLowerCase()];
  if (!type) throw new Error(`no media type known for ${filePath}`);
  return { base64: (await readFile(filePath)).toString('base64'), name: basename(filePath), type };
}

/** Dispatches a paste whose clipboard holds the file, on `target`, focused first (as Ctrl+V after a copy). */
export async function dispatchFilePaste(target: Locator, filePath: string): Promise<void> {
  const file = await fileForPage(filePath);
  await target.focus();
  await target.evaluate((element, { base64, name, type }) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const clipboard = new DataTransfer();
    clipboard.items.add(new File([bytes], name, { type }));
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
  }, file);
}

/** Picks the file in the chooser that the media button opens; it goes to the post being edited. */
export async function attachImage(page: Page, filePath: string): Promise<void> {
  const before = await previews(page).count();
  const chooser = page.waitForEvent('filechooser');
  await page.locator(`${COMPOSER} [data-testid="openMediaBtn"]`).click();
  await (await chooser).setFiles(filePath);
  await waitForPreviews(page, before + 1);
}

/** Pastes the file into the focused post's editor (the first post's when none has focus). */
export async function pasteImage(page: Page, filePath: string): Promise<void> {
  const before = await previews(page).count();
  const focused = page.locator(`${EDITOR}:focus`);
  await dispatchFilePaste((await focused.count()) > 0 ? focused : page.locator(EDITOR).first(), filePath);
  await waitForPreviews(page, before + 1);
}

/** Opens the index-th preview's ALT dialog (document order, all posts), types `text` and saves it. */
export async function addAltText(page: Page, index: number, text: string): Promise<void> {
  const tile = previews(page).nth(index);
  await tile.locator('[data-testid="altTextButton"]').click();
  const dialog = page.locator('[role="dialog"][aria-label="Add alt text"]');
  await dialog.locator('textarea[aria-label="Alt text"]').fill(text);
  const save = dialog.locator('[aria-label="Save"]');
  // Save is disabled when nothing changed; closing the dialog keeps the text either way.
  if (await save.isEnabled()) await save.click();
  else await dialog.locator('[aria-label="Close active dialog"]').click();
  await dialog.waitFor({ state: 'detached' });
  await tile.locator(`[data-testid="altTextButton"] ${CHECK_ICON}`).waitFor({ state: text.length > 0 ? 'attached' : 'detached' });
}

/** Removes the index-th preview with its remove (×) button. */
export async function removeAttachment(page: Page, index: number): Promise<void> {
  const before = await previews(page).count();
  await previews(page).nth(index).locator('[data-testid="removePhotoButton"]').click();
  await waitForPreviews(page, before - 1);
}
