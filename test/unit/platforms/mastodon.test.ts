// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://wikimedia.social/"}
// Mastodon's selectors against the fixture's committed compose column (capture-html.ts). The fixture has no reply
// mode, so only the plain column is covered here.
import { describe, expect, it } from 'vitest';
import { mastodon } from '../../../src/platforms/mastodon/index.ts';
import { loadScene, readSceneBothWays, type SceneReading } from './scene.ts';
import { REDACTED_TOKEN } from './scene-texts.ts';

const ACCOUNT = '@guidepost_test@wikimedia.social';

describe('Mastodon on the fixture’s compose column', () => {
  it('mastodon-plain: the post textarea, then the (hidden) content-warning field; no context; the account from the column', () => {
    const expected: SceneReading = {
      account: ACCOUNT,
      boxes: [
        { tag: 'textarea', editor: 'textarea', field: 'post', inDialog: false, text: '', context: { reply: false } },
        { tag: 'input', editor: 'textarea', field: 'content-warning', inDialog: false, text: '', context: { reply: false } },
      ],
    };
    const { withInnerText, withTextContent } = readSceneBothWays(mastodon, 'mastodon-plain');
    expect(withInnerText).toEqual(expected);
    expect(withTextContent).toEqual(expected);
  });

  it('adds the instance to a local "@name", from the page’s own host', () => {
    loadScene('mastodon-plain');
    document.querySelector('.navigation-bar__profile-account')!.textContent = '@guidepost_test';
    expect(mastodon.accountHandle(document)).toBe(ACCOUNT);
  });

  it('the committed page keeps the server-rendered state but not its access token', () => {
    loadScene('mastodon-plain');
    const state = JSON.parse(document.getElementById('initial-state')!.textContent!) as { meta: Record<string, string> };
    expect(state.meta).toEqual({ me: '109', domain: 'wikimedia.social', access_token: REDACTED_TOKEN });
  });
});
