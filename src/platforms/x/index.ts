import { closestMatching, precedes, queryAll, queryFirst, visibleText, type AttachmentView, type ComposeBox, type PlatformDefinition } from '../platform.ts';
import {
  accountSwitcherSelectors,
  altTextControlSelectors,
  altTextLabelSelectors,
  attachmentStripSelectors,
  composeBoxSelectors,
  dialogSelectors,
  missingAltLabels,
  ownMediaSelectors,
  pickedGifSelectors,
  presentAltLabels,
  postSelectors,
  postTextSelectors,
  profileLinkSelectors,
  publishSelectors,
  quotedCardSelectors,
  quotedPostSelectors,
} from './selectors.ts';

/** A post's own text, leaving out any post it quotes. */
function ownText(post: Element): string | undefined {
  return visibleText(queryAll(post, postTextSelectors).find((text) => !text.closest(quotedPostSelectors.join(','))));
}

/** True when `media` belongs to a quoted post's card inside the strip, not to the user's attachments. */
function inQuotedCard(media: Element, strip: Element): boolean {
  for (let node = media.parentElement; node && node !== strip; node = node.parentElement) {
    if (queryAll(node, quotedCardSelectors).length > 0) return true;
  }
  return false;
}

/** The attachment's tile: the outermost element under the strip that holds no other attachment. */
function tileAround(media: HTMLElement, strip: Element, all: readonly HTMLElement[]): HTMLElement {
  let tile = media;
  for (let node = media.parentElement; node && node !== strip; node = node.parentElement) {
    if (all.some((other) => other !== media && node.contains(other))) break;
    tile = node;
  }
  return tile;
}

/** What an "Add description" control says: missing or present, or unknown for a label it doesn't know. */
function altFromControl(control: HTMLElement | undefined): AttachmentView['alt'] {
  if (!control) return 'unknown';
  const label = visibleText(queryFirst(control, altTextLabelSelectors)) ?? control.getAttribute('aria-label') ?? visibleText(control);
  if (label === undefined) return 'unknown';
  if (missingAltLabels.has(label)) return 'missing';
  return presentAltLabels.has(label) ? 'present' : 'unknown';
}

function attachmentsIn(scope: Element): AttachmentView[] {
  return queryAll(scope, attachmentStripSelectors).flatMap((strip) => {
    const own = queryAll(strip, ownMediaSelectors).map((media) => (media.tagName === 'SOURCE' ? (media.parentElement as HTMLElement) : media));
    const gifs = queryAll(strip, pickedGifSelectors).filter((media) => !inQuotedCard(media, strip));
    const media = [...new Set([...own, ...gifs])].sort((a, b) => (precedes(a, b) ? -1 : 1));
    const tiles = media.map((element) => tileAround(element, strip, media));
    // With several images X may show one "Add descriptions" link under them all, in no tile.
    const shared = queryAll(strip, altTextControlSelectors).filter((control) => !tiles.some((tile) => tile.contains(control)));
    const sharedAlt = shared.length === 1 ? altFromControl(shared[0]) : 'unknown';
    return media.map((element, index): AttachmentView => {
      const tile = tiles[index]!;
      const src = element.getAttribute('src') ?? element.querySelector('source')?.getAttribute('src') ?? undefined;
      let alt = altFromControl(queryFirst(tile, altTextControlSelectors));
      // A shared link speaks for every image when it says none has a description, or when there is one image.
      if (alt === 'unknown' && (media.length === 1 || sharedAlt === 'missing')) alt = sharedAlt;
      return {
        element: tile,
        key: src ?? `x-attachment-${index}`,
        ...(src?.startsWith('blob:') ? { src } : {}),
        kind: element.tagName === 'IMG' ? 'image' : element.tagName === 'VIDEO' ? 'video' : 'other',
        alt,
      };
    });
  });
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
  hasMedia: (scope) => attachmentsIn(scope).length > 0,
  mediaAttachments: attachmentsIn,
};
