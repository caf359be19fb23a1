// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://x.com/home"}
// X's selectors against the fixture's committed scenes (capture-html.ts): which boxes, which context, which account.
import { describe, expect, it } from 'vitest';
import { x } from '../../../src/platforms/x/index.ts';
import { findPost } from '../../e2e/fixtures/x/posts.ts';
import { loadScene, readSceneBothWays, withoutInnerText, type BoxReading, type SceneReading } from './scene.ts';
import { THREAD_TEXTS } from './scene-texts.ts';

const textOf = (id: string): string => {
  const post = findPost(id);
  if (!post) throw new Error(`the X fixture has no post ${id}`);
  return post.text;
};
const DANA = textOf('1880000000000000002');
const MARCUS = textOf('1880000000000000003');
const LENA = textOf('1880000000000000004');

const draft = (testId: string, inDialog: boolean, text: string, context: BoxReading['context']): BoxReading => ({
  tag: 'div', editor: 'draft', field: 'post', testId, inDialog, text, context,
});
const inlineBox = draft('tweetTextarea_0', false, '', { reply: false });

const SCENES: Record<string, { what: string; expected: SceneReading }> = {
  'x-home': {
    what: 'the inline box on Home; the timeline below it is neither answered nor quoted',
    expected: { account: '@Wikimedia', boxes: [inlineBox] },
  },
  'x-compose-thread': {
    what: 'the compose modal with a two-post thread over Home: the inline box behind it stays, each thread post is its own box',
    expected: {
      account: '@Wikimedia',
      boxes: [
        inlineBox,
        draft('tweetTextarea_0', true, THREAD_TEXTS[0], { reply: false }),
        draft('tweetTextarea_1', true, THREAD_TEXTS[1], { reply: false }),
      ],
    },
  },
  'x-reply': {
    what: 'the reply modal: the post above the editor is the one answered; the box behind the modal answers nothing',
    expected: { account: '@Wikimedia', boxes: [inlineBox, draft('tweetTextarea_0', true, '', { reply: true, replyTo: DANA })] },
  },
  'x-quote': {
    what: 'the quote modal: the modal box quotes the post under it; the box behind the modal quotes nothing',
    expected: { account: '@Wikimedia', boxes: [inlineBox, draft('tweetTextarea_0', true, '', { reply: false, quoted: MARCUS })] },
  },
  'x-quote-thread': {
    what: 'a quote with a second thread post: the quote belongs to the first post, above which it is not',
    expected: {
      account: '@Wikimedia',
      boxes: [
        inlineBox,
        draft('tweetTextarea_0', true, THREAD_TEXTS[0], { reply: false, quoted: MARCUS }),
        draft('tweetTextarea_1', true, THREAD_TEXTS[1], { reply: false }),
      ],
    },
  },
  'x-status': {
    what: 'a status page whose post quotes another: the reply box answers the post’s own words, and quotes nothing',
    expected: { account: '@Wikimedia', boxes: [draft('tweetTextarea_0', false, '', { reply: true, replyTo: LENA })] },
  },
  'x-mobile': {
    what: 'mobile.x.com: a textarea carrying the test id',
    expected: {
      account: '@Wikimedia',
      boxes: [{ tag: 'textarea', editor: 'textarea', field: 'post', testId: 'tweetTextarea_0', inDialog: false, text: '', context: { reply: false } }],
    },
  },
};

describe('X on the fixture’s scenes', () => {
  for (const [name, { what, expected }] of Object.entries(SCENES)) {
    it(`${name}: ${what}`, () => {
      const { withInnerText, withTextContent } = readSceneBothWays(x, name);
      expect(withInnerText).toEqual(expected);
      expect(withTextContent).toEqual(expected);
    });
  }

  it('reads the handle from the profile link when the account switcher is missing', () => {
    readSceneBothWays(x, 'x-home');
    document.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]')!.remove();
    expect(x.accountHandle(document)).toBe('@Wikimedia');
  });
});

/** What the adapter reports for each attachment, with the tile named by what it holds. */
const readAttachments = (scope: Element) =>
  x.mediaAttachments(scope).map(({ element, key, src, kind, alt }) => ({
    tile: element.matches('[data-testid="attachments"] > div'),
    keyIsSrc: key === src && /^blob:https:\/\/x\.com\//.test(key),
    ownsImage: element.querySelector('img')?.getAttribute('src') === src,
    kind,
    alt,
  }));
const tile = (alt: 'present' | 'missing' | 'unknown') => ({ tile: true, keyIsSrc: true, ownsImage: true, kind: 'image', alt });

describe('X attachments on the fixture’s scenes', () => {
  it('x-media: two images in the inline box, the first described ("Edit description"), the second not ("Add description")', () => {
    loadScene('x-media');
    expect(readAttachments(document.body)).toEqual([tile('present'), tile('missing')]);
    expect(withoutInnerText(() => readAttachments(document.body))).toEqual([tile('present'), tile('missing')]);
    expect(x.hasMedia(document.body)).toBe(true);
    // Keys stay put while the attachments do: read twice, the same.
    expect(x.mediaAttachments(document.body).map((a) => a.key)).toEqual(x.mediaAttachments(document.body).map((a) => a.key));
  });

  it('x-media-thread: each post of the modal thread has its own image; the inline box behind it has none', () => {
    loadScene('x-media-thread');
    const modal = document.querySelector('#layers [role="dialog"]')!;
    expect(readAttachments(modal)).toEqual([tile('present'), tile('missing')]);
    const inline = document.querySelector('main [data-testid="toolBar"]')!.parentElement!;
    expect(x.mediaAttachments(inline)).toEqual([]);
    expect(x.hasMedia(inline)).toBe(false);
    expect(x.hasMedia(modal)).toBe(true);
  });

  it('has no attachments where nothing is attached, nor in a quoted post', () => {
    for (const name of ['x-home', 'x-quote', 'x-status']) {
      loadScene(name);
      expect(x.mediaAttachments(document.body)).toEqual([]);
      expect(x.hasMedia(document.body)).toBe(false);
    }
  });

  it('reads an unknown label as "unknown", and one shared "Add descriptions" link as missing for every image', () => {
    loadScene('x-media');
    const [first, second] = [...document.querySelectorAll('[data-testid="altTextLabel"]')];
    first!.textContent = 'Beschreibung bearbeiten';
    expect(x.mediaAttachments(document.body).map((a) => a.alt)).toEqual(['unknown', 'missing']);

    for (const link of document.querySelectorAll('[data-testid="altTextWrapper"]')) link.remove();
    expect(x.mediaAttachments(document.body).map((a) => a.alt)).toEqual(['unknown', 'unknown']);
    const shared = second!.closest('a') ?? document.createElement('a');
    shared.setAttribute('data-testid', 'altTextWrapper');
    shared.replaceChildren(Object.assign(document.createElement('span'), { textContent: 'Add descriptions' }));
    shared.firstElementChild!.setAttribute('data-testid', 'altTextLabel');
    document.querySelector('[data-testid="attachments"]')!.append(shared);
    expect(x.mediaAttachments(document.body).map((a) => a.alt)).toEqual(['missing', 'missing']);
  });

  it('counts a GIF from X’s picker (no blob: URL), but not a quoted post’s video in the same strip', () => {
    loadScene('x-home');
    const composer = document.querySelector('main [data-testid="toolBar"]')!.parentElement!;
    const strip = document.createElement('div');
    strip.setAttribute('data-testid', 'attachments');
    strip.innerHTML =
      '<div><div data-testid="videoPlayer"><video src="https://video.twimg.com/tweet_video/gif.mp4"></video></div></div>' +
      '<div><div data-testid="User-Name">Quoted</div><div data-testid="videoPlayer"><video src="https://video.twimg.com/quoted.mp4"></video></div></div>';
    composer.querySelector('.composer-post__body')!.append(strip);
    const [gif, ...rest] = x.mediaAttachments(composer);
    expect(rest).toEqual([]);
    expect(gif).toMatchObject({ key: 'https://video.twimg.com/tweet_video/gif.mp4', kind: 'video', alt: 'unknown' });
    expect(gif!.src).toBeUndefined();
    expect(gif!.element).toBe(strip.firstElementChild);
  });
});
