/**
 * bsky.app (bluesky-social/social-app, React Native for Web; the composer is TipTap on ProseMirror). Test ids
 * are the stable hooks. Sources: PLATFORMS.md and the app's composer source.
 */

/** The editable element of each post in the composer (a thread has several). */
export const composeBoxSelectors = [
  '[data-testid="composePostView"] .ProseMirror[contenteditable="true"]',
  'div.ProseMirror[contenteditable="true"][role="textbox"][aria-label="Rich-Text Editor"]',
] as const;

export const composerSelectors = ['[data-testid="composePostView"]', '[role="dialog"]'] as const;

/** The post being answered, shown at the top of the composer. */
export const replyToSelectors = ['[data-testid="composerReplyTo"]', '[data-testid="replyToPost"]'] as const;
export const replyToTextSelectors = ['[data-testid="replyToPostText"]', '[data-testid="postText"]'] as const;

/** The post being quoted, embedded under the text. */
export const quoteSelectors = ['[data-testid="quoteEmbed"]', '[data-testid="composerQuoteEmbed"]'] as const;
export const quoteTextSelectors = ['[data-testid="quoteEmbedText"]', '[data-testid="postText"]'] as const;

/** The profile tab links to /profile/<handle>. */
export const profileLinkSelectors = ['a[aria-label="Profile"][href^="/profile/"]', 'a[href^="/profile/"][aria-label="Profile"]'] as const;
