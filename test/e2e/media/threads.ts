// Steps that attach media in the Threads fixture's composer, as a person would: the hidden picker behind
// "Attach media", a paste into the Lexical editor, the X on a preview. They act on the first post of the open
// composer dialog and resolve once the page shows the change. Threads' web composer shows no alt text control
// that public code documents, so the fixture has none and addAltText refuses.
import type { Locator, Page } from 'playwright-core';
import { pasteFileInto } from './x.ts';

/** One attachment's preview tile: the image or video with its remove button (no test ids or stable classes). */
export const previewSelector = 'div:has(> img[src^="blob:"], > video[src^="blob:"])';

// `css:light` keeps Playwright out of shadow roots: Guidepost's own checklist is a dialog too.
const DIALOG = 'css:light=div[role="dialog"]';
const EDITOR = 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';

const dialog = (page: Page): Locator => page.locator(DIALOG);
const previews = (page: Page): Locator => dialog(page).locator(previewSelector);

async function waitForPreviews(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    ({ preview, count }) => document.querySelector('div[role="dialog"]')?.querySelectorAll(preview).length === count,
    { preview: previewSelector, count },
  );
}

/** Attaches a file through the first post's hidden file input, as "Attach media" does. */
export async function attachImage(page: Page, filePath: string): Promise<void> {
  const before = await previews(page).count();
  await dialog(page).locator('input[type="file"]').first().setInputFiles(filePath);
  await waitForPreviews(page, before + 1);
}

/** Pastes the file into the first post's editor. */
export async function pasteImage(page: Page, filePath: string): Promise<void> {
  const before = await previews(page).count();
  await pasteFileInto(dialog(page).locator(EDITOR).first(), filePath);
  await waitForPreviews(page, before + 1);
}

/** Threads' composer has no alt text control in the fixture (none is documented for the web app). */
export async function addAltText(_page: Page, _index: number, _text: string): Promise<void> {
  throw new Error('the Threads fixture has no alt text control: Threads’ web composer shows none that is documented');
}

/** Removes the index-th attachment with the X on its preview. */
export async function removeAttachment(page: Page, index: number): Promise<void> {
  const before = await previews(page).count();
  await previews(page).nth(index).locator(':scope > [role="button"]').click();
  await waitForPreviews(page, before - 1);
}
