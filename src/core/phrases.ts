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

/** The body of one phrase's pattern: spaces match any run of whitespace, apostrophes either form. */
function phraseBody(phrase: string): string {
  return phrase
    .split(/\s+/)
    .map((word) => escapeRegExp(word).replace(/['’]/g, "['’]"))
    .join(String.raw`\s+`);
}

const startsWithWordChar = (phrase: string) => /^[\p{L}\p{N}_]/u.test(phrase);

/** The regular-expression source for one phrase, with word edges where the phrase has them. */
export function phraseSource(phrase: string): string {
  const trimmed = phrase.trim().normalize('NFC');
  // Only put a word boundary where the phrase itself starts or ends with a word character: "#ad" and "!!!"
  // carry their own edges.
  const before = startsWithWordChar(trimmed) ? WORD_BEFORE : '';
  const after = /[\p{L}\p{N}_]$/u.test(trimmed) ? WORD_AFTER : '';
  return `${before}${phraseBody(trimmed)}${after}`;
}

// Runs of word characters, split where a script written without spaces meets one written with them.
const TOKEN = new RegExp(String.raw`(?:${UNSPACED})+|(?:${WORD_CHAR})+`, 'gu');
const LEADING_WORD = new RegExp(String.raw`^(?:${WORD_CHAR})+`, 'u');
const HAS_UNSPACED = new RegExp(UNSPACED, 'u');
const normalizeKey = (word: string, caseSensitive: boolean) => {
  const key = word.replace(/’/g, "'");
  return caseSensitive ? key : key.toLowerCase();
};

interface IndexedPhrase {
  index: number;
  length: number;
  /** The pattern matching the whole phrase at one position. */
  source: string;
  /** That pattern compiled (sticky), the first time a text contains the phrase's first word. */
  at?: RegExp;
}

/**
 * One matcher for a list of literal phrases (the alex/retext-equality way: phrase rules are data). Matching is
 * case-insensitive unless asked otherwise, and respects word edges.
 *
 * Phrases are indexed by their first word, and the text is split into words once, so a sentence costs one
 * pass plus a lookup per word however long the list is. Phrases that start with punctuation or an emoji, or
 * are written in a script without spaces, go through one regular expression instead.
 *
 * Patterns are compiled when first needed, not when the matcher is built: an extension's worker builds every
 * list each time it wakes, and most phrases never meet their first word.
 */
export function createPhraseMatcher(phrases: readonly string[], options: PhraseMatcherOptions = {}): PhraseMatcher {
  const caseSensitive = options.caseSensitive ?? false;
  const flags = caseSensitive ? 'u' : 'iu';
  const usable = phrases
    .map((p, index) => ({ p: p.trim().normalize('NFC'), index }))
    .filter(({ p }) => p !== '');
  const tail = (p: string) => (/[\p{L}\p{N}_]$/u.test(p) ? WORD_AFTER : '');

  const byFirstWord = new Map<string, IndexedPhrase[]>();
  const rest: typeof usable = [];
  for (const entry of usable) {
    const first = LEADING_WORD.exec(entry.p)?.[0];
    if (!first || HAS_UNSPACED.test(first)) {
      rest.push(entry);
      continue;
    }
    const key = normalizeKey(first, caseSensitive);
    const list = byFirstWord.get(key) ?? [];
    list.push({ index: entry.index, length: entry.p.length, source: `${phraseBody(entry.p)}${tail(entry.p)}` });
    byFirstWord.set(key, list);
  }
  // Longest first so "best app ever" wins over "best app" at the same position.
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length);
  const restOrdered = [...rest].sort((a, b) => b.p.length - a.p.length);
  let restPattern: RegExp | undefined;
  const restMatcher = () =>
    (restPattern ??= new RegExp(restOrdered.map(({ p }) => `(${phraseSource(p)})`).join('|'), `${flags}g`));

  const matchAll = (text: string): PhraseMatch[] => {
    const found: PhraseMatch[] = [];
    if (byFirstWord.size > 0) {
      for (const token of text.matchAll(TOKEN)) {
        const candidates = byFirstWord.get(normalizeKey(token[0], caseSensitive));
        if (!candidates) continue;
        for (const candidate of candidates) {
          const at = (candidate.at ??= new RegExp(candidate.source, `${flags}y`));
          at.lastIndex = token.index;
          const m = at.exec(text);
          if (m) {
            found.push({ start: token.index, end: token.index + m[0].length, text: m[0], index: candidate.index });
            break;
          }
        }
      }
    }
    if (restOrdered.length > 0) {
      for (const m of text.matchAll(restMatcher())) {
        let group = 1;
        while (m[group] === undefined) group++;
        found.push({ start: m.index, end: m.index + m[0].length, text: m[0], index: restOrdered[group - 1]!.index });
      }
    }
    if (found.length < 2) return found;
    // Left to right, longest first at a position, no overlaps.
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: PhraseMatch[] = [];
    for (const m of found) if (!kept.length || m.start >= kept[kept.length - 1]!.end) kept.push(m);
    return kept;
  };

  return {
    size: usable.length,
    test: (text) => matchAll(text).length > 0,
    matchAll,
  };
}

/** How an ignored phrase and a flagged span are compared: case, spacing and Unicode form don't matter. */
export function normalizePhrase(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
