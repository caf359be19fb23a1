import { closestMatching, precedes, queryAll, queryFirst, visibleText, type AttachmentView, type ComposeBox, type PlatformDefinition } from '../platform.ts';
import {
  accountLinkSelectors,
  authorLinkSelectors,
  buttonSelectors,
  composeBoxSelectors,
  composerSelectors,
  mediaSelectors,
  postTextSelectors,
  previewControlSelectors,
  publishLabels,
} from './selectors.ts';

/** The composer's Post button: labelled "Post" (localised) and in a dialog that holds an editor. */
function isPublishButton(button: HTMLElement): boolean {
  const label = visibleText(button);
  if (!label || !publishLabels.has(label)) return false;
  const composer = button.closest(composerSelectors.join(','));
  return composer !== null && queryAll(composer, composeBoxSelectors).length > 0;
}

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

/**
 * The post's text: the card's outermost automatic-direction blocks outside links (the author's name is a link;
 * the avatar and the time are not such blocks), or else what the card says besides the author's name.
 */
function postText(card: Element, link: Element): string | undefined {
  const inLink = (block: Element) => {
    const around = block.closest('a');
    return around !== null && card.contains(around);
  };
  const blocks = queryAll(card, postTextSelectors).filter((block) => !inLink(block));
  const outermost = blocks.filter((block) => !blocks.some((other) => other !== block && other.contains(block)));
  const texts = outermost.map((block) => visibleText(block)).filter((text) => text !== undefined);
  if (texts.length > 0) return texts.join('\n');
  const text = visibleText(card);
  const author = visibleText(link);
  if (!text) return undefined;
  return author && text.startsWith(author) ? text.slice(author.length).trim() || undefined : text;
}

/** The preview tile: the nearest element around the media that holds its remove control, and no editor or other media. */
function tileAround(media: HTMLElement, all: readonly HTMLElement[]): HTMLElement {
  for (let node = media.parentElement; node; node = node.parentElement) {
    if (queryAll(node, composeBoxSelectors).length > 0 || all.some((other) => other !== media && node.contains(other))) break;
    if (queryAll(node, previewControlSelectors).length > 0) return node;
  }
  return media.parentElement ?? media;
}

function attachmentsIn(scope: Element): AttachmentView[] {
  const media = [...new Set(queryAll(scope, mediaSelectors).map((element) => (element.tagName === 'SOURCE' ? (element.parentElement as HTMLElement) : element)))];
  return media.map((element): AttachmentView => {
    const src = element.getAttribute('src') ?? element.querySelector('source')?.getAttribute('src') ?? '';
    return {
      element: tileAround(element, media),
      key: src,
      src,
      kind: element.tagName === 'IMG' ? 'image' : 'video',
      // Threads' web composer shows no alt text state that public code documents.
      alt: 'unknown',
    };
  });
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
    const next = editors[editors.indexOf(box) + 1];
    let replyTo: string | undefined;
    let quoted: string | undefined;
    for (const link of queryAll(composer, authorLinkSelectors)) {
      const card = postAround(link, composer);
      if (!card) continue;
      // Above the first editor: the post being answered. Under this box, before the next post's editor: the post
      // it quotes (a quote card belongs to the post above it, not to the whole thread).
      if (replyTo === undefined && precedes(card, first) && !card.contains(first)) replyTo = postText(card, link);
      else if (quoted === undefined && precedes(box, card) && (next === undefined || precedes(card, next))) quoted = postText(card, link);
    }
    return { reply: replyTo !== undefined, replyTo, quoted };
  },
  accountHandle(doc) {
    const path = queryFirst(doc, accountLinkSelectors)?.getAttribute('href')?.match(/^\/@([\w.]+)/)?.[1];
    return path ? `@${path}` : undefined;
  },  publishControl(target) {
    const button = closestMatching(target, buttonSelectors);
    return button && isPublishButton(button) ? button : undefined;
  },
  publishControls: (doc) => queryAll(doc, composerSelectors).flatMap((composer) => queryAll(composer, buttonSelectors).filter(isPublishButton)),
  hasMedia: (scope) => attachmentsIn(scope).length > 0,
  mediaAttachments: attachmentsIn,
};
