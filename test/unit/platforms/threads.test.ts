// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.threads.com/"}
// Threads' selectors against the fixture's committed scenes (capture-html.ts): which boxes, which context, which
// account. Threads has no test ids and hashed class names, so these scenes are the only check that the shapes
// the adapter looks for (roles, Lexical's attributes, author links) still single out the right text.
import { describe, expect, it } from 'vitest';
import { threads } from '../../../src/platforms/threads/index.ts';
import { POSTS } from '../../e2e/fixtures/threads/feed-data.ts';
import { loadScene, readSceneBothWays, type BoxReading, type SceneReading } from './scene.ts';
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

describe('Threads attachments on the fixture’s scenes', () => {
  /** What the adapter reports, with the tile named by what it holds: its image and its remove button. */
  const read = (scope: Element) =>
    threads.mediaAttachments(scope).map(({ element, key, src, kind, alt }) => ({
      tile: element.querySelector(':scope > img')?.getAttribute('src') === src && element.querySelector(':scope > [role="button"] svg[aria-label="Remove"]') !== null,
      keyIsSrc: key === src && /^blob:https:\/\/www\.threads\.com\//.test(key),
      kind,
      alt,
    }));
  const image = { tile: true, keyIsSrc: true, kind: 'image', alt: 'unknown' };

  it('threads-media: two images in a new thread, each its own tile; alt text is unknown (Threads shows none)', () => {
    loadScene('threads-media');
    const dialog = document.querySelector('[role="dialog"]')!;
    expect(read(dialog)).toEqual([image, image]);
    expect(threads.hasMedia(dialog)).toBe(true);
  });

  it('threads-media-thread: one image under each post of the thread, in document order', () => {
    loadScene('threads-media-thread');
    const dialog = document.querySelector('[role="dialog"]')!;
    const attachments = threads.mediaAttachments(dialog);
    expect(read(dialog)).toEqual([image, image]);
    const editors = threads.findComposeBoxes(document).map((box) => box.element);
    // The first image sits between the two posts' editors, the second after the second editor.
    expect(editors[0]!.compareDocumentPosition(attachments[0]!.element) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(attachments[0]!.element.compareDocumentPosition(editors[1]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(editors[1]!.compareDocumentPosition(attachments[1]!.element) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('has no attachments in a composer without media, nor for a quoted post', () => {
    for (const name of ['threads-new', 'threads-quote', 'threads-thread']) {
      loadScene(name);
      expect(threads.mediaAttachments(document.body)).toEqual([]);
      expect(threads.hasMedia(document.body)).toBe(false);
    }
  });
});
