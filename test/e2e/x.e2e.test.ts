import { describe, expect, it } from 'vitest';
import { composerSuite, overlayFindings, readModel, waitForFindings } from './composer-suite.ts';
import { setupE2E } from './harness.ts';

const session = setupE2E({ fixtureSites: { 'x.plain.test': 'x' } });
const INLINE = '[data-testid="tweetTextarea_0"][contenteditable="true"]';

composerSuite(session, {
  platform: 'x',
  host: 'x.com',
  plainHost: 'x.plain.test',
  async openComposer(page) {
    const editable = page.locator(INLINE).first();
    await editable.click();
    return editable;
  },
});
