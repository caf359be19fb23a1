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

describe('Mastodon attachments on the fixture’s compose column', () => {
  const form = () => document.querySelector('form.compose-form')!;
  const tiles = () => [...document.querySelectorAll<HTMLElement>('.compose-form__upload')];
  const thumbnailUrl = (tile: HTMLElement) => /url\("?([^")]+)"?\)/.exec(tile.querySelector<HTMLElement>('.compose-form__upload__thumbnail')!.style.backgroundImage)![1];

  it('mastodon-media: one upload without a description: the tile, its preview URL as key and src, the ALT warning', () => {
    loadScene('mastodon-media');
    const url = thumbnailUrl(tiles()[0]!);
    expect(url).toMatch(/^blob:https:\/\/wikimedia\.social\//);
    expect(mastodon.mediaAttachments(form())).toEqual([{ element: tiles()[0], key: url, src: url, kind: 'image', alt: 'missing' }]);
    expect(mastodon.hasMedia(form())).toBe(true);
  });

  it('mastodon-media-alt: two uploads in order, the first described (ALT not highlighted), the second not', () => {
    loadScene('mastodon-media-alt');
    const urls = tiles().map(thumbnailUrl);
    expect(new Set(urls).size).toBe(2);
    expect(mastodon.mediaAttachments(form())).toEqual([
      { element: tiles()[0], key: urls[0], src: urls[0], kind: 'image', alt: 'present' },
      { element: tiles()[1], key: urls[1], src: urls[1], kind: 'image', alt: 'missing' },
    ]);
  });

  it('a server preview (https) is the key but not a src; the drag overlay’s copy is no attachment; no ALT button says "unknown"', () => {
    loadScene('mastodon-media-alt');
    const [first, second] = tiles();
    first!.querySelector<HTMLElement>('.compose-form__upload__thumbnail')!.style.backgroundImage = 'url("https://wikimedia.social/system/media_attachments/files/113/small/a.png")';
    second!.querySelector('.compose-form__upload__warning')!.remove();
    const overlay = second!.cloneNode(true) as HTMLElement;
    overlay.classList.add('overlay');
    second!.parentElement!.append(overlay);
    expect(mastodon.mediaAttachments(form()).map(({ key, src, alt }) => ({ key, src, alt }))).toEqual([
      { key: 'https://wikimedia.social/system/media_attachments/files/113/small/a.png', src: undefined, alt: 'present' },
      { key: thumbnailUrl(second!), src: thumbnailUrl(second!), alt: 'unknown' },
    ]);
  });

  it('finds no attachment, and no media, in the plain column', () => {
    loadScene('mastodon-plain');
    expect(mastodon.mediaAttachments(form())).toEqual([]);
    expect(mastodon.hasMedia(form())).toBe(false);
  });
});
