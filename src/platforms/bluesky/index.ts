import { closestMatching, holdsAny, precedes, queryAll, queryFirst, visibleText, type ComposeBox, type PlatformDefinition } from '../platform.ts';
import {
  composeBoxSelectors,
  composerSelectors,
  mediaSelectors,
  publishSelectors,
  profileLinkSelectors,
  postTextSelectors,
  quoteSelectors,
  replyToSelectors,
} from './selectors.ts';

/** A shown post's own text: its last automatic-direction block (the name and handle come first). */
function shownPostText(post: Element): string | undefined {
  return visibleText(queryAll(post, postTextSelectors).at(-1) ?? post);
}

export const bluesky: PlatformDefinition = {
  id: 'bluesky',
  findComposeBoxes(doc) {
    return queryAll(doc, composeBoxSelectors).map((element): ComposeBox => ({ element, editor: 'prosemirror', field: 'post' }));
  },
  postContext(box) {
    const composer = box.closest(composerSelectors.join(',')) ?? box.ownerDocument;
    const replyTo = queryFirst(composer, replyToSelectors);
    // Each post of a thread carries its own embed, under its editor: this box's quote lies before the next editor.
    const editors = queryAll(composer, composeBoxSelectors);
    const next = editors[editors.indexOf(box) + 1];
    const quote = queryAll(composer, quoteSelectors).find((q) => precedes(box, q) && (next === undefined || precedes(q, next)));
    return {
      reply: replyTo !== undefined,
      replyTo: replyTo ? shownPostText(replyTo) : undefined,
      quoted: quote ? shownPostText(quote) : undefined,
    };
  },
  accountHandle(doc) {
    const handle = queryFirst(doc, profileLinkSelectors)?.getAttribute('href')?.match(/^\/profile\/([^/?#]+)/)?.[1];
    return handle ? `@${decodeURIComponent(handle)}` : undefined;
  },  publishControl: (target) => closestMatching(target, publishSelectors),
  publishControls: (doc) => queryAll(doc, publishSelectors),
  hasMedia: (scope) => holdsAny(scope, mediaSelectors),
  // Filled in by the media issue's platform work.
  mediaAttachments: () => [],
};
