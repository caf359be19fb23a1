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

/**
 * Each picked image's tile: the gallery's children (Gallery.tsx GalleryItem, a plain View with no test id),
 * holding the ALT button, the edit and remove buttons and the image.
 */
export const photoTileSelectors = ['[data-testid="selectedPhotosView"] > *'] as const;

/**
 * The picked image in a tile: expo-image's <img>. On the web its src is the file itself read as a data: URL
 * (expo-image-picker's web picker and the composer's paste and drop handlers both read files that way).
 */
export const photoImageSelectors = [
  // expo-image on the web: the test id on its wrapper, the <img> inside.
  '[data-testid="selectedPhotoImage"] img',
  // The test id on the <img> itself.
  'img[data-testid="selectedPhotoImage"]',
  // Any image in the tile, should the test id go.
  'img',
] as const;

/**
 * The ALT button's icon once the image has alt text: Font Awesome's "check" (its label stays "Add alt text" and
 * its text "ALT" either way, so the icon is all the page says). Matched by the start of the icon's path.
 */
export const altPresentIconSelectors = [
  // Font Awesome 6 solid "check".
  '[data-testid="altTextButton"] path[d^="M438.6 105.4"]',
  // Font Awesome 5 solid "check".
  '[data-testid="altTextButton"] path[d^="M173.898 439.404"]',
] as const;

/** The ALT button's icon while the image has no alt text: Font Awesome's "plus". */
export const altMissingIconSelectors = [
  // Font Awesome 6 solid "plus".
  '[data-testid="altTextButton"] path[d^="M256 80c"]',
  // Font Awesome 5 solid "plus".
  '[data-testid="altTextButton"] path[d^="M416 208H272V64"]',
] as const;

/** A video picked for the post, previewed in the composer (VideoPreview.web.tsx). */
export const videoPreviewSelectors = ['[data-testid="composePostView"] video'] as const;
