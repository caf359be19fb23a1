import { composerSuite } from './composer-suite.ts';
import { setupE2E } from './harness.ts';

const session = setupE2E({ fixtureSites: { 'threads.plain.test': 'threads' } });
const EDITOR = 'css:light=div[role="dialog"] div[contenteditable="true"][data-lexical-editor="true"]';

composerSuite(session, {
  platform: 'threads',
  host: 'www.threads.com',
  plainHost: 'threads.plain.test',
  async openComposer(page) {
    // The "What's new?" row opens the composer; it is not an editor itself.
    await page.locator('css:light=div[role="button"]', { hasText: 'What’s new?' }).first().click();
    const editable = page.locator(EDITOR).first();
    await editable.click();
    return editable;
  },
});
