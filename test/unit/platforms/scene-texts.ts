// What the capture script types or substitutes in the fixture scenes, shared with the tests that read them.

/** Typed into the posts of the thread scenes, so the tests can tell the posts apart. */
export const THREAD_TEXTS = ['First post of the thread.', 'Second post of the thread.'] as const;

/** Stands in for Mastodon's access token in the committed HTML. */
export const REDACTED_TOKEN = 'REDACTED';
