// Steps that attach and describe media in the Mastodon fixture's compose form the way a person does: the
// paperclip button's file input, a paste into the post's textarea, the thumbnail's "ALT" button and the
// "Add alt text" modal, the thumbnail's × button. Each resolves once the page shows the change (uploads
// included: the thumbnail appears after the upload's progress bar).
import type { Locator, Page } from 'playwright-core';
import { dispatchFilePaste } from './bluesky.ts';

const FORM = 'form.compose-form';

/** One uploaded attachment's thumbnail tile. */
export const previewSelector = '.compose-form__upload';

const previews = (page: Page): Locator => page.locator(`${FORM} ${previewSelector}`);

async function waitForPreviews(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    ({ selector, count }) => document.querySelectorAll(selector).length === count && document.querySelector('.upload-progress') === null,
    { selector: `${FORM} ${previewSelector}`, count },
  );
}

/** Picks the file in the chooser that the paperclip button opens (its hidden file input). */
export async function attachImage(page: Page, filePath: string): Promise<void> {
  const before = await previews(page).count();
  const chooser = page.waitForEvent('filechooser');
  await page.locator(`${FORM} .compose-form__upload-button button`).click();
  await (await chooser).setFiles(filePath);
  await waitForPreviews(page, before + 1);
}

/** Pastes the file into the post's textarea, which uploads it. */
export async function pasteImage(page: Page, filePath: string): Promise<void> {
  const before = await previews(page).count();
  await dispatchFilePaste(page.locator(`${FORM} textarea.autosuggest-textarea__textarea`), filePath);
  await waitForPreviews(page, before + 1);
}

/** Opens the index-th thumbnail's ALT button, types `text` in the modal's description and presses Done. */
export async function addAltText(page: Page, index: number, text: string): Promise<void> {
  const tile = previews(page).nth(index);
  await tile.locator('.compose-form__upload__warning button').click();
  const modal = page.locator('.modal-root .dialog-modal');
  await modal.locator('textarea#description').fill(text);
  await modal.locator('.dialog-modal__header button', { hasText: 'Done' }).click();
  await modal.waitFor({ state: 'detached' });
  // The ALT button stays highlighted while the description is empty.
  await tile.locator('.compose-form__upload__warning button.active').waitFor({ state: text.length > 0 ? 'detached' : 'attached' });
}

/** Removes the index-th attachment with its × button. */
export async function removeAttachment(page: Page, index: number): Promise<void> {
  const before = await previews(page).count();
  await previews(page).nth(index).locator('.compose-form__upload__delete').click();
  await waitForPreviews(page, before - 1);
}
