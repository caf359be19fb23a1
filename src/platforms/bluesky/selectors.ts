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

/**
 * The post being answered, shown at the top of the composer. The app has no test id for it; its only hook is
 * the (English) label of the button that expands it.
 */
export const replyToSelectors = [
  '[aria-label="Expand or collapse the full post you are replying to"]',
  '[data-testid="composerReplyTo"]',
] as const;

/** The post being quoted, embedded under the text: a link titled "Post by <handle>". */
export const quoteSelectors = ['a[title^="Post by "]', '[data-testid="quoteEmbed"]'] as const;

/** Inside either, the post's text is the block the app renders with automatic direction. */
export const postTextSelectors = ['[dir="auto"]'] as const;

/** The profile tab links to /profile/<handle>. */
export const profileLinkSelectors = ['a[aria-label="Profile"][href^="/profile/"]', 'a[href^="/profile/"][aria-label="Profile"]'] as const;

/** Publish: "Post", "Reply" or "Post All"; the test id is the stable hook. */
export const publishSelectors = ['[data-testid="composerPublishBtn"]'] as const;

/** Images picked for the post are shown under the text, each with its alt-text button; videos get a preview. */
export const mediaSelectors = [
  '[data-testid="selectedPhotosView"] img',
  '[data-testid="composePostView"] [data-testid="altTextButton"]',
  '[data-testid="composePostView"] video',
] as const;
