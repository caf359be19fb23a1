import {
  closestMatching,
  holdsAny,
  queryAll,
  queryFirst,
  visibleText,
  type AttachmentView,
  type ComposeBox,
  type PlatformDefinition,
} from '../platform.ts';
import {
  accountSelectors,
  audioPreviewSelectors,
  descriptionMissingSelectors,
  descriptionPresentSelectors,
  characterCounterSelectors,
  mediaSelectors,
  openSuggestionSelectors,
  publishSelectors,
  composeFormSelectors,
  composeTextareaSelectors,
  contentWarningSelectors,
  quotedPostSelectors,
  replyIndicatorSelectors,
  replyTextSelectors,
  uploadThumbnailSelectors,
  uploadTileSelectors,
} from './selectors.ts';

/** The URL in a `background-image: url(...)`, as the element's own style holds it. */
function backgroundUrl(element: HTMLElement | undefined): string | undefined {
  const match = element?.style.backgroundImage.match(/url\(\s*(["']?)(.*?)\1\s*\)/);
  return match?.[2] || undefined;
}

function mediaAttachments(scope: Element): AttachmentView[] {
  return queryAll(scope, uploadTileSelectors).map((tile, index): AttachmentView => {
    const url = backgroundUrl(queryFirst(tile, uploadThumbnailSelectors));
    const alt = holdsAny(tile, descriptionMissingSelectors) ? 'missing' : holdsAny(tile, descriptionPresentSelectors) ? 'present' : 'unknown';
    return {
      element: tile,
      // The preview URL is the server's (one per attachment); only an audio file without a poster has none.
      key: url ?? `mastodon-upload:${index}`,
      ...(url?.startsWith('blob:') ? { src: url } : {}),
      // The thumbnail of a video is a still image: the page does not say which it is, so a picture counts as an image.
      kind: url === undefined && holdsAny(tile, audioPreviewSelectors) ? 'other' : 'image',
      alt,
    };
  });
}

export const mastodon: PlatformDefinition = {
  id: 'mastodon',
  findComposeBoxes(doc) {
    const boxes: ComposeBox[] = [];
    // The post first, then its content warning: each gets its own overlay, in that order.
    for (const element of queryAll(doc, composeTextareaSelectors)) boxes.push({ element, editor: 'textarea', field: 'post' });
    for (const element of queryAll(doc, contentWarningSelectors)) {
      boxes.push({ element, editor: 'textarea', field: 'content-warning' });
    }
    return boxes;
  },
  postContext(box) {
    const form = box.closest(composeFormSelectors.join(','));
    const indicator = form ? queryFirst(form, replyIndicatorSelectors) : undefined;
    const quote = form?.parentElement ? queryFirst(form.parentElement, quotedPostSelectors) : undefined;
    return {
      reply: indicator !== undefined,
      replyTo: indicator ? visibleText(queryFirst(indicator, replyTextSelectors) ?? indicator) : undefined,
      quoted: visibleText(quote),
    };
  },
  accountHandle(doc) {
    const text = visibleText(queryFirst(doc, accountSelectors));
    const handle = text?.match(/@[\w.-]+(?:@[\w.-]+)?/)?.[0];
    if (!handle) return undefined;
    // The column shows "@name" for local accounts; the full handle adds the instance.
    return handle.includes('@', 1) ? handle : `${handle}@${doc.location.hostname}`;
  },  publishControl: (target) => closestMatching(target, publishSelectors),
  publishControls: (doc) => queryAll(doc, publishSelectors),
  hasMedia: (scope) => mediaAttachments(scope).length > 0 || holdsAny(scope, mediaSelectors),
  mediaAttachments,
  menuOpen(box) {
    const field = box.closest('.autosuggest-textarea') ?? box.parentElement;
    return field ? holdsAny(field, openSuggestionSelectors) : false;
  },
  remainingCharacters(scope) {
    const shown = visibleText(queryFirst(scope, characterCounterSelectors))?.replace(/[\u2212\u2013]/, '-');
    return shown && /^-?\d+$/.test(shown) ? Number(shown) : undefined;
  },
};
