import { closestMatching, holdsAny, precedes, queryAll, queryFirst, visibleText, type ComposeBox, type PlatformDefinition } from '../platform.ts';
import {
  accountSwitcherSelectors,
  composeBoxSelectors,
  dialogSelectors,
  mediaSelectors,
  postSelectors,
  postTextSelectors,
  profileLinkSelectors,
  publishSelectors,
  quotedPostSelectors,
} from './selectors.ts';

/** A post's own text, leaving out any post it quotes. */
function ownText(post: Element): string | undefined {
  return visibleText(queryAll(post, postTextSelectors).find((text) => !text.closest(quotedPostSelectors.join(','))));
}

export const x: PlatformDefinition = {
  id: 'x',
  findComposeBoxes(doc) {
    return queryAll(doc, composeBoxSelectors).map(
      (element): ComposeBox => ({ element, editor: element.tagName === 'TEXTAREA' ? 'textarea' : 'draft', field: 'post' }),
    );
  },
  postContext(box) {
    // In a modal, only what the modal shows counts; behind it, what a modal shows (it is later in the DOM) does not.
    const dialog = box.closest(dialogSelectors.join(','));
    const inScope = (element: Element) => element.closest(dialogSelectors.join(',')) === dialog;
    const scope: ParentNode = dialog ?? box.ownerDocument;
    const answered = queryAll(scope, postSelectors).filter((post) => inScope(post) && precedes(post, box) && !post.contains(box)).at(-1);
    const quote = queryAll(scope, quotedPostSelectors).find((q) => inScope(q) && precedes(box, q) && !q.closest(postSelectors.join(',')));
    return {
      reply: answered !== undefined,
      replyTo: answered ? ownText(answered) : undefined,
      quoted: quote ? visibleText(queryFirst(quote, postTextSelectors) ?? quote) : undefined,
    };
  },
  accountHandle(doc) {
    const switcher = visibleText(queryFirst(doc, accountSwitcherSelectors));
    const fromSwitcher = switcher?.match(/@\w{1,15}/)?.[0];
    if (fromSwitcher) return fromSwitcher;
    const path = queryFirst(doc, profileLinkSelectors)?.getAttribute('href')?.match(/^\/(\w{1,15})$/)?.[1];
    return path ? `@${path}` : undefined;
  },  publishControl: (target) => closestMatching(target, publishSelectors),
  publishControls: (doc) => queryAll(doc, publishSelectors),
  hasMedia: (scope) => holdsAny(scope, mediaSelectors),
  // Filled in by the media issue's platform work.
  mediaAttachments: () => [],
};
