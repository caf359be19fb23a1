/** A sentence-sized slice of the post: `text` equals `post.slice(start, end)`. */
export interface Segment {
  start: number;
  end: number;
  text: string;
}

// Words that end in a full stop without ending the sentence ("Vote for Dr. Rao", "Prof. Lima").
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'pres', 'st', 'jr', 'sr', 'vs', 'etc', 'eg', 'ie', 'no',
  'sra', 'sr', 'dra', 'hr', 'fr', 'nr', 'ul', 'hon', 'smt', 'shri', 'gen', 'col', 'capt', 'lt', 'mt', 'ft',
]);

const TERMINATORS = /[.!?。！？…]|\n/g;

/**
 * No segment is longer than this. A real sentence never is; a huge paste without full stops (a log, a wall of
 * "!!!!", a base64 blob) is cut into pieces so that no rule ever works on more than this at once, whatever its
 * patterns cost per character.
 */
export const MAX_SEGMENT_LENGTH = 1000;
const CLOSERS = /[.!?。！？…"'”’)\]»」』]/;
const WIDE_STOPS = /[。！？]/;

/**
 * Splits a post into sentences (and lines), keeping trailing spaces with the sentence before them so the
 * segments tile the whole text. Cheap and deterministic: it runs on every keystroke.
 */
export function splitSentences(post: string): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  TERMINATORS.lastIndex = 0;
  for (let match = TERMINATORS.exec(post); match; match = TERMINATORS.exec(post)) {
    let end = match.index + 1;
    const mark = match[0];
    if (mark !== '\n') {
      while (end < post.length && CLOSERS.test(post[end]!)) end++;
      const next = post[end];
      const wide = WIDE_STOPS.test(mark);
      if (next !== undefined && !wide && !/\s/.test(next)) {
        TERMINATORS.lastIndex = end;
        continue; // "3.5", "wiki.org", "/s." inside a token
      }
      if (mark === '.' && isAbbreviation(post, match.index)) {
        TERMINATORS.lastIndex = end;
        continue;
      }
    }
    while (end < post.length && /[ \t\u00a0\u3000]/.test(post[end]!)) end++;
    pushBounded(segments, post, start, end);
    start = end;
    TERMINATORS.lastIndex = end;
  }
  if (start < post.length) pushBounded(segments, post, start, post.length);
  return segments;
}

/** Adds [start, end) as one segment, or as several of at most MAX_SEGMENT_LENGTH, cut after a space if possible. */
function pushBounded(segments: Segment[], post: string, start: number, end: number): void {
  while (end - start > MAX_SEGMENT_LENGTH) {
    let cut = start + MAX_SEGMENT_LENGTH;
    const space = post.lastIndexOf(' ', cut - 1);
    if (space > start + MAX_SEGMENT_LENGTH / 2) cut = space + 1;
    // Never split a surrogate pair: offsets must stay on code point boundaries.
    else if (/[\ud800-\udbff]/.test(post[cut - 1]!)) cut--;
    segments.push({ start, end: cut, text: post.slice(start, cut) });
    start = cut;
  }
  segments.push({ start, end, text: post.slice(start, end) });
}

function isAbbreviation(post: string, dotIndex: number): boolean {
  let wordStart = dotIndex;
  while (wordStart > 0 && /[\p{L}.]/u.test(post[wordStart - 1]!)) wordStart--;
  // "/s." or "#x." end a sentence: only a word standing on its own can be an abbreviation.
  if (wordStart > 0 && !/[\s(\[“"'‘]/u.test(post[wordStart - 1]!)) return false;
  const word = post.slice(wordStart, dotIndex).replace(/\./g, '').toLowerCase();
  if (word.length === 1) return true; // an initial: "J. Smith", "U.S."
  return ABBREVIATIONS.has(word);
}
