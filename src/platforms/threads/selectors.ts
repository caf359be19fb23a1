/**
 * www.threads.com (Meta; the composer is Lexical). Class names are hashed per deploy and there are no test
 * ids, so only roles, Lexical's own attributes and link shapes are used. Sources: PLATFORMS.md.
 */

/** Each post of the composer is its own Lexical editor ("Add to thread" adds more). */
export const composeBoxSelectors = ['div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]'] as const;

export const composerSelectors = ['[role="dialog"]'] as const;

/** A post shown in the composer (the one answered above the editor, or a quoted one below it) links its author. */
export const authorLinkSelectors = ['a[href^="/@"]'] as const;

/** In a post card, the post's text is in automatic-direction blocks; the author's name, also one, is inside a link. */
export const postTextSelectors = ['[dir="auto"]'] as const;

/** The signed-in account: the profile link in the navigation rail. */
export const accountLinkSelectors = ['nav a[href^="/@"]', '[role="navigation"] a[href^="/@"]'] as const;

/**
 * Publish: a `div[role="button"]` in the composer dialog whose only text is the localised "Post". With hashed
 * class names and no test ids, its label is the one hook; these are the labels of the priority languages.
 */
export const publishLabels: ReadonlySet<string> = new Set([
  'Post', // English
  'Publicar', // Spanish, Portuguese
  'Posten', // German
  'Opublikuj', // Polish
  'Posting', 'Kirim', // Indonesian
  'पोस्ट करें', 'पोस्ट', // Hindi
  '发布', '發佈', // Chinese
  'Опубликовать', // Russian
]);
export const buttonSelectors = ['[role="button"]'] as const;

/** Media picked for a post are previewed from blob: URLs inside the composer (a quoted post's media are https). */
export const mediaSelectors = [
  'img[src^="blob:"]',
  'video[src^="blob:"]',
  // A video whose file is given as a <source> child.
  'video > source[src^="blob:"]',
] as const;

/** A preview's own control: the X that removes it. Its tile is the nearest element holding one. */
export const previewControlSelectors = ['[role="button"]', 'button'] as const;
