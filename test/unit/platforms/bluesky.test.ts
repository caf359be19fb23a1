// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://bsky.app/"}
// Bluesky's selectors against the fixture's committed scenes (capture-html.ts): which boxes, which context, which account.
import { describe, expect, it } from 'vitest';
import { bluesky } from '../../../src/platforms/bluesky/index.ts';
import { FEED } from '../../e2e/fixtures/bluesky/data.ts';
import { PNG } from 'pngjs';
import { loadScene, readSceneBothWays, type BoxReading, type SceneReading } from './scene.ts';
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

/** The capture's images (capture-html.ts): 8×6 PNGs of one colour. */
function solidPng(rgb: readonly [number, number, number]): Buffer {
  const png = new PNG({ width: 8, height: 6 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([...rgb, 255], i);
  return PNG.sync.write(png);
}
const RED = `data:image/png;base64,${solidPng([220, 30, 30]).toString('base64')}`;
const GREEN = `data:image/png;base64,${solidPng([30, 200, 60]).toString('base64')}`;

const composer = () => document.querySelector('[role="dialog"]')!;
const tiles = () => [...document.querySelectorAll<HTMLElement>('[data-testid="selectedPhotosView"] > div')];

describe('Bluesky attachments on the fixture’s scenes', () => {
  it('bluesky-media: one picked image, no alt text: its tile, its data: URL (the file itself) and a missing description', () => {
    loadScene('bluesky-media');
    const views = bluesky.mediaAttachments(composer());
    expect(views).toEqual([{ element: tiles()[0], key: expect.stringMatching(/^data:image\/png;base64,\d+:/), src: RED, kind: 'image', alt: 'missing' }]);
    // The key is short, not the whole file.
    expect(views[0]!.key.length).toBeLessThan(200);
    expect(bluesky.hasMedia(composer())).toBe(true);
  });

  it('bluesky-media-alt: a picked and a pasted image, in order; the first described (check icon), the second not (plus)', () => {
    loadScene('bluesky-media-alt');
    const views = bluesky.mediaAttachments(composer());
    expect(views.map(({ element, src, kind, alt }) => ({ element, src, kind, alt }))).toEqual([
      { element: tiles()[0], src: RED, kind: 'image', alt: 'present' },
      { element: tiles()[1], src: GREEN, kind: 'image', alt: 'missing' },
    ]);
    expect(new Set(views.map((view) => view.key)).size).toBe(2);
  });

  it('keys stay while an image stays: removing one, or describing it, leaves the others’ keys alone', () => {
    loadScene('bluesky-media-alt');
    const [first, second] = bluesky.mediaAttachments(composer()).map((view) => view.key);
    // Describing the second: the app swaps its plus for a check.
    tiles()[1]!.querySelector('[data-testid="altTextButton"] path')!.setAttribute('d', tiles()[0]!.querySelector('[data-testid="altTextButton"] path')!.getAttribute('d')!);
    expect(bluesky.mediaAttachments(composer()).map(({ key, alt }) => ({ key, alt }))).toEqual([
      { key: first, alt: 'present' },
      { key: second, alt: 'present' },
    ]);
    tiles()[0]!.remove();
    expect(bluesky.mediaAttachments(composer()).map((view) => view.key)).toEqual([second]);
  });

  it('the same file attached twice gets two keys; an icon it does not know gives "unknown"', () => {
    loadScene('bluesky-media-alt');
    tiles()[1]!.querySelector('img')!.setAttribute('src', RED);
    tiles()[1]!.querySelector('[data-testid="altTextButton"] path')!.setAttribute('d', 'M0 0h10v10z');
    const views = bluesky.mediaAttachments(composer());
    expect(views[1]!.key).toBe(`${views[0]!.key}#2`);
    expect(views.map((view) => view.alt)).toEqual(['present', 'unknown']);
  });

  it('finds no attachment, and no media, in a composer without images', () => {
    loadScene('bluesky-new');
    expect(bluesky.mediaAttachments(composer())).toEqual([]);
    expect(bluesky.hasMedia(composer())).toBe(false);
  });
});
