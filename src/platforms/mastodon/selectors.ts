/**
 * Mastodon's web compose form (app/javascript/mastodon/features/compose/ in mastodon/mastodon). Each list is
 * tried in order; the first entries are the current markup, later ones older or alternative versions.
 */
export const composeTextareaSelectors = [
  // The status text field, a React-controlled textarea inside the autosuggest wrapper (4.x).
  'form.compose-form textarea.autosuggest-textarea__textarea',
  // Same field outside a form element (detailed/advanced layouts wrap it differently).
  '.compose-form textarea.autosuggest-textarea__textarea',
] as const;

/** The content warning, published with the post and counted towards its length: it is checked too. */
export const contentWarningSelectors = [
  'form.compose-form input#cw-spoiler-input',
  '.compose-form input.spoiler-input__input',
] as const;

export const replyIndicatorSelectors = [
  // The post being answered, shown above the field while replying.
  '.reply-indicator',
  // 4.3+ shows the reply context in an edit indicator-like block.
  '.compose-form__reply',
] as const;

/** The answered post's text inside the reply indicator. */
export const replyTextSelectors = ['.reply-indicator__content', '.status__content'] as const;

/** A post being quoted (Mastodon 4.5 quote posts), shown in the compose form. */
export const quotedPostSelectors = ['.compose-form .quoted-status .status__content', '.compose-form__quote .status__content'] as const;

export const composeFormSelectors = ['form.compose-form', '.compose-form'] as const;

/** The signed-in account as the compose column shows it ("@name"). */
export const accountSelectors = [
  '.navigation-bar__profile-account',
  '.compose-panel .navigation-bar .display-name__account',
] as const;

/** Publish: the form's submit button ("Post", "Reply", "Update"). */
export const publishSelectors = ['form.compose-form .compose-form__submit button[type="submit"]', 'form.compose-form button[type="submit"]'] as const;

/** Uploaded media are listed as thumbnails in the form. */
export const mediaSelectors = ['.compose-form__upload', '.compose-form__upload-thumbnail'] as const;

/** The counter shows the characters left under the instance's own limit (negative when over). */
export const characterCounterSelectors = ['.compose-form .character-counter'] as const;

/** The @mention, #hashtag and :emoji: suggestions while shown: Enter picks one, it does not post. */
export const openSuggestionSelectors = ['.autosuggest-textarea__suggestions--visible', '.autosuggest-textarea__suggestions [role="option"]'] as const;

/**
 * Each attachment's tile in the form (upload.tsx). While one is dragged to reorder, dnd-kit draws a copy in its
 * drag overlay (class "overlay"), which is not another attachment.
 */
export const uploadTileSelectors = [
  // 4.3+: sortable tiles, the drag overlay's copy left out.
  '.compose-form .compose-form__upload:not(.overlay)',
] as const;

/** The tile's thumbnail; its background image is the preview (the server's preview_url). */
export const uploadThumbnailSelectors = [
  // 4.x.
  '.compose-form__upload__thumbnail',
  // 3.x.
  '.compose-form__upload-thumbnail',
] as const;

/** The "ALT" button under a thumbnail is highlighted, with a warning icon, while the attachment has no description. */
export const descriptionMissingSelectors = ['.compose-form__upload__warning .icon-button.active'] as const;

/** The same button, not highlighted: the attachment has a description. */
export const descriptionPresentSelectors = ['.compose-form__upload__warning .icon-button:not(.active)'] as const;

/** An audio file without a poster is drawn as a visualiser instead of a thumbnail. */
export const audioPreviewSelectors = ['.compose-form__upload__visualizer'] as const;
