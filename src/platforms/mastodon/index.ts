import type { PlatformDefinition } from '../platform.ts';
import { composeFormSelectors, composeTextareaSelectors, replyIndicatorSelectors } from './selectors.ts';

export const mastodon: PlatformDefinition = {
  id: 'mastodon',
  findComposeBoxes(root) {
    const found = new Set<HTMLElement>();
    for (const selector of composeTextareaSelectors) {
      for (const element of root.querySelectorAll<HTMLElement>(selector)) found.add(element);
    }
    return [...found];
  },
  isReply(box) {
    const form = box.closest(composeFormSelectors.join(','));
    return replyIndicatorSelectors.some((selector) => form?.querySelector(selector));
  },
};
