import { precedes, queryAll, queryFirst, visibleText, type ComposeBox, type PlatformDefinition } from '../platform.ts';
import { accountLinkSelectors, authorLinkSelectors, composeBoxSelectors, composerSelectors } from './selectors.ts';

/**
 * The post card around an author link inside the composer: the largest ancestor that holds no editor. Threads
 * has no test ids, so a post is recognised by its shape: an author link with text beside it.
 */
function postAround(link: Element, composer: Element): Element | undefined {
  let card: Element | undefined;
  for (let node = link.parentElement; node && node !== composer; node = node.parentElement) {
    if (queryAll(node, composeBoxSelectors).length > 0) break;
    card = node;
  }
  return card;
}

/** The post's text: what the card says besides the author's name. */
function postText(card: Element, link: Element): string | undefined {
  const text = visibleText(card);
  const author = visibleText(link);
  if (!text) return undefined;
  return author && text.startsWith(author) ? text.slice(author.length).trim() || undefined : text;
}

export const threads: PlatformDefinition = {
  id: 'threads',
  findComposeBoxes(doc) {
    return queryAll(doc, composeBoxSelectors).map((element): ComposeBox => ({ element, editor: 'lexical', field: 'post' }));
  },
  postContext(box) {
    const composer = box.closest(composerSelectors.join(','));
    if (!composer) return { reply: false };
    const editors = queryAll(composer, composeBoxSelectors);
    const first = editors[0] ?? box;
    const last = editors.at(-1) ?? box;
    let replyTo: string | undefined;
    let quoted: string | undefined;
    for (const link of queryAll(composer, authorLinkSelectors)) {
      const card = postAround(link, composer);
      if (!card) continue;
      // Above the first editor: the post being answered. Below the last: the post being quoted.
      if (replyTo === undefined && precedes(card, first) && !card.contains(first)) replyTo = postText(card, link);
      else if (quoted === undefined && precedes(last, card)) quoted = postText(card, link);
    }
    return { reply: replyTo !== undefined, replyTo, quoted };
  },
  accountHandle(doc) {
    const path = queryFirst(doc, accountLinkSelectors)?.getAttribute('href')?.match(/^\/@([\w.]+)/)?.[1];
    return path ? `@${path}` : undefined;
  },
};
