/**
 * x.com's web app (React Native for Web; test ids are the only stable hooks). Each list is tried as a whole or
 * in order; comments say which variant an entry covers. Sources: PLATFORMS.md.
 */

/** Compose boxes: the Draft.js editable, or on mobile web a textarea, numbered _0, _1… for thread posts. */
export const composeBoxSelectors = [
  // Desktop: the test id sits on the Draft.js contenteditable itself.
  'div[data-testid^="tweetTextarea_"][contenteditable="true"]',
  // Desktop variant with the test id on a wrapper.
  '[data-testid^="tweetTextarea_"]:not([contenteditable]) [contenteditable="true"]',
  // Mobile web: a plain textarea carrying (or inside) the test id.
  'textarea[data-testid^="tweetTextarea_"]',
  '[data-testid^="tweetTextarea_"] textarea',
] as const;

/** A modal (compose, reply, quote) lives in #layers as an aria-modal dialog. */
export const dialogSelectors = ['[role="dialog"][aria-modal="true"]', '[role="dialog"]'] as const;

/** Posts on the page; the one right before a composer is the one it answers. */
export const postSelectors = ['article[data-testid="tweet"]'] as const;
export const postTextSelectors = ['[data-testid="tweetText"]'] as const;
/** A quoted post: nested in an article (part of that post), or under the composer (the post being quoted). */
export const quotedPostSelectors = ['[data-testid="quoteTweet"]'] as const;

/** The account switcher shows "Name @handle"; the profile tab links to /handle. */
export const accountSwitcherSelectors = ['[data-testid="SideNav_AccountSwitcher_Button"]'] as const;
export const profileLinkSelectors = ['a[data-testid="AppTabBar_Profile_Link"]'] as const;

/** Publish: "Post" in the modal and on /compose/post, and the inline box's "Post"/"Reply" on the home and status pages. */
export const publishSelectors = ['[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]'] as const;

/** Attached images and videos are previewed in the composer's attachments strip. */
export const mediaSelectors = ['[data-testid="attachments"] img', '[data-testid="attachments"] video', '[data-testid="attachments"] [data-testid="videoPlayer"]'] as const;
