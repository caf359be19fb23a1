// Steps that attach and describe media in the X fixture's composer, as a person would: the toolbar's file
// input, a paste into the editor, the "Add description" link and the media editor, the remove button. Each
// acts on the composer in front (the compose modal when open, else the page's inline box) and resolves once
// the page shows the change.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** One attachment's preview tile (its image or video, remove button and description link). */
export const previewSelector = '[data-testid="attachments"] > div';

const TOOLBAR = '[data-testid="toolBar"]';
const EDITOR = '[data-testid^="tweetTextarea_"][contenteditable="true"], textarea[data-testid^="tweetTextarea_"]';

/** The composer in front: the modal's comes after the inline box in the DOM. */
const composer = (page: Page): Locator => page.locator(`div:has(> ${TOOLBAR})`).last();

const previews = (page: Page): Locator => composer(page).locator(previewSelector);

async function waitForPreviews(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    ({ toolbar, preview, count }) => {
      const toolbars = document.querySelectorAll(toolbar);
      const root = toolbars[toolbars.length - 1]?.parentElement;
      return root !== null && root !== undefined && root.querySelectorAll(preview).length === count;
    },
    { toolbar: TOOLBAR, preview: previewSelector, count },
  );
}

/** Attaches a file through the toolbar's hidden file input, as the media button's picker does. */
export async function attachImage(page: Page, filePath: string): Promise<void> {
  const before = await previews(page).count();
  await composer(page).locator(`${TOOLBAR} input[data-testid="fileInput"]`).setInputFiles(filePath);
  await waitForPreviews(page, before + 1);
}

const MIME: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.mp4': 'video/mp4',
};

/** Reads a file for a page-side DataTransfer: its bytes (base64), name and type. */
export async function filePayload(filePath: string): Promise<{ base64: string; name: string; type: string }> {
  const type = MIME[extname(filePath).toLowerCase()];
  if (!type) throw new Error(`no media type known for ${filePath}`);
  return { base64: (await readFile(filePath)).toString('base64'), name: basename(filePath), type };
}

/** Dispatches a paste event whose clipboard holds the file, on `editor` (focused first). */
export async function pasteFileInto(editor: Locator, filePath: string): Promise<void> {
  const payload = await filePayload(filePath);
  await editor.focus();
  await editor.evaluate((element, { base64, name, type }) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], name, { type }));
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, payload);
}

/** Pastes the file into the composer's focused editor (its first one when none has focus). */
export async function pasteImage(page: Page, filePath: string): Promise<void> {
  const before = await previews(page).count();
  const editors = composer(page).locator(EDITOR);
  const focused = editors.locator(':scope:focus');
  await pasteFileInto((await focused.count()) > 0 ? focused : editors.first(), filePath);
  await waitForPreviews(page, before + 1);
}

/** Opens the index-th attachment's "Add description", types `text` in the media editor and saves it. */
export async function addAltText(page: Page, index: number, text: string): Promise<void> {
  const tile = previews(page).nth(index);
  await tile.locator('[data-testid="altTextWrapper"]').click();
  const input = page.locator('[role="dialog"] textarea[data-testid="altTextInput"]');
  await input.fill(text);
  await page.locator('[role="dialog"] [data-testid="endEditingButton"]').click();
  await input.waitFor({ state: 'detached' });
  const expected = text.trim() === '' ? 'Add description' : 'Edit description';
  await tile.locator('[data-testid="altTextLabel"]', { hasText: expected }).waitFor();
}

/** Removes the index-th attachment with its remove button. */
export async function removeAttachment(page: Page, index: number): Promise<void> {
  const before = await previews(page).count();
  await previews(page).nth(index).locator('button[aria-label="Remove media"]').click();
  await waitForPreviews(page, before - 1);
}
