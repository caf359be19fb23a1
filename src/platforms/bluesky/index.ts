import { queryAll, queryFirst, visibleText, type ComposeBox, type PlatformDefinition } from '../platform.ts';
import {
  composeBoxSelectors,
  composerSelectors,
  profileLinkSelectors,
  quoteSelectors,
  quoteTextSelectors,
  replyToSelectors,
  replyToTextSelectors,
} from './selectors.ts';

export const bluesky: PlatformDefinition = {
  id: 'bluesky',
  findComposeBoxes(doc) {
    return queryAll(doc, composeBoxSelectors).map((element): ComposeBox => ({ element, editor: 'prosemirror', field: 'post' }));
  },
  postContext(box) {
    const composer = box.closest(composerSelectors.join(',')) ?? box.ownerDocument;
    const replyTo = queryFirst(composer, replyToSelectors);
    const quote = queryFirst(composer, quoteSelectors);
    return {
      reply: replyTo !== undefined,
      replyTo: replyTo ? visibleText(queryFirst(replyTo, replyToTextSelectors) ?? replyTo) : undefined,
      quoted: quote ? visibleText(queryFirst(quote, quoteTextSelectors) ?? quote) : undefined,
    };
  },
  accountHandle(doc) {
    const handle = queryFirst(doc, profileLinkSelectors)?.getAttribute('href')?.match(/^\/profile\/([^/?#]+)/)?.[1];
    return handle ? `@${decodeURIComponent(handle)}` : undefined;
  },
};
