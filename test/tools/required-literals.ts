import { RegExpParser, type AST } from '@eslint-community/regexpp';

/**
 * Strings of which every match of `pattern` contains at least one (lower-cased), or null when no such set can
 * be read off the pattern. A string starting with "^" must also start a word: in every match it follows the
 * start of the text or a character that is not an ASCII letter, digit or underscore (the pattern puts it after
 * whitespace, `^`, `\b` or a lookbehind that excludes letters).
 *
 * Used to prove that a rule's cheap prefilter lets through everything its full pattern could match: a
 * sequence needs each of its parts, an alternation one of its branches, a quantifier with a minimum of at
 * least one its body; classes and optional parts promise nothing. Of the parts a sequence needs, the one
 * least likely to occur in ordinary text wins.
 */
export function requiredLiterals(pattern: RegExp): Set<string> | null {
  const ast = new RegExpParser({ ecmaVersion: 2025 }).parseLiteral(pattern.toString());
  return alternation(ast.pattern.alternatives, false);
}

function alternation(alternatives: readonly AST.Alternative[], atWordStart: boolean): Set<string> | null {
  const union = new Set<string>();
  for (const alternative of alternatives) {
    const found = sequence(alternative.elements, atWordStart);
    if (!found) return null;
    for (const s of found) union.add(s);
  }
  return minimal(union);
}

function sequence(elements: readonly AST.Element[], atWordStart: boolean): Set<string> | null {
  let best: Set<string> | null = null;
  const consider = (candidate: Set<string> | null) => {
    if (candidate && candidate.size > 0 && (!best || likelihood(candidate) < likelihood(best))) best = candidate;
  };
  // Whether the next character a match consumes starts a word (see requiredLiterals).
  let boundary = atWordStart;
  let run = '';
  let runAtWordStart = false;
  const flush = () => {
    if (run) consider(new Set([(runAtWordStart ? '^' : '') + run]));
    run = '';
  };
  for (const element of elements) {
    const char = literalChar(element);
    if (char !== undefined) {
      if (!run) runAtWordStart = boundary;
      run += char;
      boundary = !/[a-z0-9_]/.test(char);
      continue;
    }
    flush();
    if (element.type === 'Group' || element.type === 'CapturingGroup') {
      consider(alternation(element.alternatives, boundary));
      boundary = false;
    } else if (element.type === 'Quantifier') {
      if (element.min >= 1) consider(single(element.element, boundary));
      // "\s+" leaves the next character at a word start; "\s*" only keeps what was there.
      boundary = isSpace(element.element) ? element.min >= 1 || boundary : false;
    } else if (element.type === 'Assertion') {
      if (element.kind === 'start' || (element.kind === 'word' && !element.negate) || excludesLettersBefore(element)) boundary = true;
      else if (element.kind === 'lookbehind' || element.kind === 'lookahead' || element.kind === 'end') {
        // Zero-width: the next character is the same one as before the assertion.
      } else boundary = false;
    } else {
      boundary = isSpace(element);
    }
  }
  flush();
  return best;
}

function single(element: AST.QuantifiableElement, atWordStart: boolean): Set<string> | null {
  const char = literalChar(element);
  if (char !== undefined) return new Set([(atWordStart ? '^' : '') + char]);
  if (element.type === 'Group' || element.type === 'CapturingGroup') return alternation(element.alternatives, atWordStart);
  return null;
}

function literalChar(element: AST.Element): string | undefined {
  if (element.type === 'Character') return String.fromCodePoint(element.value).toLowerCase();
  if (element.type === 'CharacterClass' && !element.negate && element.elements.length === 1 && element.elements[0]!.type === 'Character') {
    return String.fromCodePoint(element.elements[0]!.value).toLowerCase();
  }
  return undefined;
}

function isSpace(element: AST.Element): boolean {
  return element.type === 'CharacterSet' && element.kind === 'space' && !element.negate;
}

/** `(?<![\p{L}…])` or `(?<![\p{Script=Latin}…])`: no Latin letter right before. */
function excludesLettersBefore(element: AST.Assertion): boolean {
  if (element.kind !== 'lookbehind' || !element.negate || element.alternatives.length !== 1) return false;
  const [only] = element.alternatives[0]!.elements;
  if (!only || only.type !== 'CharacterClass' || only.negate) return false;
  return only.elements.some(
    (e) =>
      e.type === 'CharacterSet' &&
      e.kind === 'property' &&
      !e.negate &&
      ((e.key === 'Script' && e.value === 'Latin') || ((e.key === 'General_Category' || e.key === 'gc') && (e.value === 'L' || e.value === 'Letter')) || e.key === 'L' || e.key === 'Letter'),
  );
}

// Words in almost every post: a prefilter on them would let nearly everything through.
const COMMON = new Set(
  'a an and are as at be but by do for from had has have i if in is it its me my no not of on or our so that the their them they this to us was we were what when which who will with you your'.split(' '),
);

/** A rough chance that ordinary text contains one of the strings: common words count fully, others by length. */
function likelihood(set: Set<string>): number {
  let sum = 0;
  for (const entry of set) {
    const s = entry.replace(/^\^/, '');
    const p = COMMON.has(s) || s.length <= 2 ? 1 : 0.5 ** s.length;
    sum += entry.startsWith('^') ? p / 2 : p;
  }
  return sum;
}

/** Drops strings that contain another string of the set: finding the shorter one already lets the text through. */
function minimal(set: Set<string>): Set<string> {
  const all = [...set].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  const covers = (k: string, s: string) => (k.startsWith('^') ? s.startsWith(k) : s.replace(/^\^/, '').includes(k));
  for (const s of all) if (!kept.some((k) => covers(k, s))) kept.push(s);
  return new Set(kept);
}
