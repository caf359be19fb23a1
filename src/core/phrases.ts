/** A span of text found by a matcher; offsets are UTF-16 code units into the searched text. */
export interface PhraseMatch {
  start: number;
  end: number;
  text: string;
  /** Index into the phrase list the matcher was built from. */
  index: number;
}

export interface PhraseMatcher {
  /** True when any phrase occurs in the text. */
  test(text: string): boolean;
  /** Every non-overlapping occurrence, left to right, longest phrase first at each position. */
  matchAll(text: string): PhraseMatch[];
  /** The source of a regular expression that matches any phrase (for building triggers); '' when empty. */
  readonly source: string;
  readonly size: number;
}

export interface PhraseMatcherOptions {
  caseSensitive?: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// A phrase must not run into letters or digits on either side ("ad" must not match inside "admin"), except
// letters of scripts written without spaces: "Coca-Cola" inside Chinese text is still a word of its own.
const UNSPACED = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]`;
const WORD_CHAR = String.raw`(?!${UNSPACED})[\p{L}\p{N}\p{M}_]`;
const WORD_BEFORE = String.raw`(?<!${WORD_CHAR})`;
const WORD_AFTER = String.raw`(?!${WORD_CHAR})`;

/** The regular-expression source for one phrase: spaces match any run of whitespace, apostrophes either form. */
export function phraseSource(phrase: string): string {
  const trimmed = phrase.trim().normalize('NFC');
  const body = trimmed
    .split(/\s+/)
    .map((word) => escapeRegExp(word).replace(/['’]/g, "['’]"))
    .join(String.raw`\s+`);
  // Only put a word boundary where the phrase itself starts or ends with a word character: "#ad" and "!!!"
  // carry their own edges.
  const before = /^[\p{L}\p{N}_]/u.test(trimmed) ? WORD_BEFORE : '';
  const after = /[\p{L}\p{N}_]$/u.test(trimmed) ? WORD_AFTER : '';
  return `${before}${body}${after}`;
}

/**
 * One matcher for a list of literal phrases (the alex/retext-equality way: phrase rules are data). Matching is
 * case-insensitive unless asked otherwise, and respects word edges.
 */
export function createPhraseMatcher(phrases: readonly string[], options: PhraseMatcherOptions = {}): PhraseMatcher {
  const flags = options.caseSensitive ? 'gu' : 'giu';
  const usable = phrases.map((p, index) => ({ p: p.trim(), index })).filter(({ p }) => p !== '');
  // Longest first so "best app ever" wins over "best app" at the same position.
  const ordered = [...usable].sort((a, b) => b.p.length - a.p.length);
  const source = ordered.length ? ordered.map(({ p }) => `(${phraseSource(p)})`).join('|') : '';
  const pattern = source ? new RegExp(source, flags) : undefined;
  const tester = source ? new RegExp(source, flags.replace('g', '')) : undefined;

  return {
    source,
    size: usable.length,
    test: (text) => tester?.test(text) ?? false,
    matchAll(text) {
      if (!pattern) return [];
      const found: PhraseMatch[] = [];
      for (const m of text.matchAll(pattern)) {
        const group = m.findIndex((g, i) => i > 0 && g !== undefined);
        found.push({ start: m.index, end: m.index + m[0].length, text: m[0], index: ordered[group - 1]!.index });
      }
      return found;
    },
  };
}

/** How an ignored phrase and a flagged span are compared: case, spacing and Unicode form don't matter. */
export function normalizePhrase(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
