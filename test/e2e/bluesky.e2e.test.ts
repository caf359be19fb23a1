import { composerSuite } from './composer-suite.ts';
import { setupE2E } from './harness.ts';

const session = setupE2E({ fixtureSites: { 'bsky.plain.test': 'bluesky' } });
export const EDITOR = '[data-testid="composePostView"] .ProseMirror[contenteditable="true"]';

composerSuite(session, {
  platform: 'bluesky',
  host: 'bsky.app',
  plainHost: 'bsky.plain.test',
  async openComposer(page) {
    await page.getByRole('button', { name: 'Compose new post' }).first().click();
    const editable = page.locator(EDITOR).first();
    await editable.click();
    return editable;
  },
});
