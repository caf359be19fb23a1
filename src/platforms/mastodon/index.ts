import { closestMatching, holdsAny, queryAll, queryFirst, visibleText, type ComposeBox, type PlatformDefinition } from '../platform.ts';
import {
  accountSelectors,
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
} from './selectors.ts';

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
  hasMedia: (scope) => holdsAny(scope, mediaSelectors),
  // Filled in by the media issue's platform work.
  mediaAttachments: () => [],
  menuOpen(box) {
    const field = box.closest('.autosuggest-textarea') ?? box.parentElement;
    return field ? holdsAny(field, openSuggestionSelectors) : false;
  },
  remainingCharacters(scope) {
    const shown = visibleText(queryFirst(scope, characterCounterSelectors))?.replace(/[\u2212\u2013]/, '-');
    return shown && /^-?\d+$/.test(shown) ? Number(shown) : undefined;
  },
};
