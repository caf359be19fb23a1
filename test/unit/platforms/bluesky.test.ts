// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://bsky.app/"}
// Bluesky's selectors against the fixture's committed scenes (capture-html.ts): which boxes, which context, which account.
import { describe, expect, it } from 'vitest';
import { bluesky } from '../../../src/platforms/bluesky/index.ts';
import { FEED } from '../../e2e/fixtures/bluesky/data.ts';
import { readSceneBothWays, type BoxReading, type SceneReading } from './scene.ts';
import { THREAD_TEXTS } from './scene-texts.ts';

// The scenes reply to the feed's first post and quote its second (capture-html.ts).
const REPLIED = FEED[0]!.text;
const QUOTED = FEED[1]!.text;
const ACCOUNT = '@wikimedia.bsky.social';

const editor = (text: string, context: BoxReading['context']): BoxReading => ({
  tag: 'div', editor: 'prosemirror', field: 'post', inDialog: true, text, context,
});

const SCENES: Record<string, { what: string; expected: SceneReading }> = {
  'bluesky-new': {
    what: 'a new post: one editor, no context (the feed behind the composer is not part of it)',
    expected: { account: ACCOUNT, boxes: [editor('', { reply: false })] },
  },
  'bluesky-reply': {
    what: 'a reply: the post shown above the editor is the one answered',
    expected: { account: ACCOUNT, boxes: [editor('', { reply: true, replyTo: REPLIED })] },
  },
  'bluesky-quote': {
    what: 'a quote: the embedded post under the editor is the one quoted',
    expected: { account: ACCOUNT, boxes: [editor('', { reply: false, quoted: QUOTED })] },
  },
  'bluesky-thread': {
    what: 'a two-post thread: one box per post, in order',
    expected: { account: ACCOUNT, boxes: [editor(THREAD_TEXTS[0], { reply: false }), editor(THREAD_TEXTS[1], { reply: false })] },
  },
  'bluesky-quote-thread': {
    what: 'a quote with a second post: the quote is published with the first post only',
    expected: { account: ACCOUNT, boxes: [editor(THREAD_TEXTS[0], { reply: false, quoted: QUOTED }), editor(THREAD_TEXTS[1], { reply: false })] },
  },
};

describe('Bluesky on the fixture’s scenes', () => {
  for (const [name, { what, expected }] of Object.entries(SCENES)) {
    it(`${name}: ${what}`, () => {
      const { withInnerText, withTextContent } = readSceneBothWays(bluesky, name);
      expect(withInnerText).toEqual(expected);
      expect(withTextContent).toEqual(expected);
    });
  }
});
