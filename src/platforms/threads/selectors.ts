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
