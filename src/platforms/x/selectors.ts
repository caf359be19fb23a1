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

/**
 * Each post's attachments strip. On x.com a quoted post is previewed inside it too (a public probe of the quote
 * composer, 2026), so only what the user attached counts, never what a quoted post shows.
 * [nickytonline/a11y-twitter src/contentScript.ts; PLATFORMS.md]
 */
export const attachmentStripSelectors = ['[data-testid="attachments"]'] as const;

/** The user's own files: previews made from the file itself, with URL.createObjectURL. */
export const ownMediaSelectors = ['img[src^="blob:"]', 'video[src^="blob:"]', 'video > source[src^="blob:"]'] as const;

/** A GIF picked from X's GIF search plays from X's CDN in a video player (not a blob: URL). */
export const pickedGifSelectors = ['[data-testid="videoPlayer"] video'] as const;

/** Inside the strip, these mark a quoted post's card (its media belong to that post, not to the user). */
export const quotedCardSelectors = ['[data-testid="User-Name"]', '[data-testid="tweetText"]', '[data-testid="quoteTweet"]', 'time'] as const;

/**
 * The control that opens the media editor's description tab, per attachment: a link to /compose/post/media whose
 * label (`altTextLabel`) says "Add description" ("Add descriptions" for several images).
 * [nickytonline/a11y-twitter src/contentScript.ts]
 */
export const altTextControlSelectors = [
  '[data-testid="altTextWrapper"]',
  // Without the test id: the link itself.
  'a[href$="/compose/post/media"]',
] as const;
export const altTextLabelSelectors = ['[data-testid="altTextLabel"]'] as const;

/** Labels that mean no description yet (X's, from nickytonline/a11y-twitter src/contentScript.ts). */
export const missingAltLabels: ReadonlySet<string> = new Set(['Add description', 'Add descriptions']);
/**
 * Labels that mean a description exists. X's wording here is not in public code: "Edit description" is the
 * fixture's stand-in; any other label reads as "unknown", never as present.
 */
export const presentAltLabels: ReadonlySet<string> = new Set(['Edit description', 'Edit descriptions']);
