// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://x.com/home"}
// X's selectors against the fixture's committed scenes (capture-html.ts): which boxes, which context, which account.
import { describe, expect, it } from 'vitest';
import { x } from '../../../src/platforms/x/index.ts';
import { findPost } from '../../e2e/fixtures/x/posts.ts';
import { readSceneBothWays, type BoxReading, type SceneReading } from './scene.ts';
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
