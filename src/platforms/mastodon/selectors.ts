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

export const replyIndicatorSelectors = [
  // The quoted post shown above the field while replying.
  '.reply-indicator',
  // 4.3+ shows the reply context in an edit indicator-like block.
  '.compose-form__reply',
] as const;

export const composeFormSelectors = ['form.compose-form', '.compose-form'] as const;
