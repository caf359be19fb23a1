// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.threads.com/"}
// Threads' selectors against the fixture's committed scenes (capture-html.ts): which boxes, which context, which
// account. Threads has no test ids and hashed class names, so these scenes are the only check that the shapes
// the adapter looks for (roles, Lexical's attributes, author links) still single out the right text.
import { describe, expect, it } from 'vitest';
import { threads } from '../../../src/platforms/threads/index.ts';
import { POSTS } from '../../e2e/fixtures/threads/feed-data.ts';
import { readSceneBothWays, type BoxReading, type SceneReading } from './scene.ts';
import { THREAD_TEXTS } from './scene-texts.ts';

// The scenes reply to the feed's first post and quote its second (capture-html.ts).
const REPLIED = POSTS[0]!.text;
const QUOTED = POSTS[1]!.text;
const ACCOUNT = '@wikimedia';

const editor = (text: string, context: BoxReading['context']): BoxReading => ({
  tag: 'div', editor: 'lexical', field: 'post', inDialog: true, text, context,
});

const SCENES: Record<string, { what: string; expected: SceneReading }> = {
  'threads-new': {
    what: 'a new thread: one editor, no context',
    expected: { account: ACCOUNT, boxes: [editor('', { reply: false })] },
  },
  'threads-reply': {
    what: 'a reply: the text of the post above the editor, without its author, avatar or time',
    expected: { account: ACCOUNT, boxes: [editor('', { reply: true, replyTo: REPLIED })] },
  },
  'threads-quote': {
    what: 'a quote: the text of the card under the editor, without its author, avatar or time',
    expected: { account: ACCOUNT, boxes: [editor('', { reply: false, quoted: QUOTED })] },
  },
  'threads-thread': {
    what: 'two posts after “Add to thread”: one box per post, in order',
    expected: { account: ACCOUNT, boxes: [editor(THREAD_TEXTS[0], { reply: false }), editor(THREAD_TEXTS[1], { reply: false })] },
  },
  'threads-quote-thread': {
    what: 'a quote with a second post: the card sits under the first post, which alone quotes it',
    expected: { account: ACCOUNT, boxes: [editor(THREAD_TEXTS[0], { reply: false, quoted: QUOTED }), editor(THREAD_TEXTS[1], { reply: false })] },
  },
};

describe('Threads on the fixture’s scenes', () => {
  for (const [name, { what, expected }] of Object.entries(SCENES)) {
    it(`${name}: ${what}`, () => {
      const { withInnerText, withTextContent } = readSceneBothWays(threads, name);
      expect(withInnerText).toEqual(expected);
      expect(withTextContent).toEqual(expected);
    });
  }
});
