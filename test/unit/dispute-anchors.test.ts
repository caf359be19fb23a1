import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONSTRUCTIONS, possibleConstructions } from '../../src/core/rules/conduct-dispute.ts';
import { constructionAnchors } from '../../src/core/generated/dispute-anchors.ts';
import { ANCHORS_FILE, renderAnchorsFile } from '../tools/dispute-anchors.ts';
import { requiredLiterals } from '../tools/required-literals.ts';

const list = (r: RegExp) => {
  const found = requiredLiterals(r);
  return found ? [...found].sort() : null;
};

describe('requiredLiterals', () => {
  it('needs every part of a sequence and picks the rarest', () => {
    expect(list(/that(?:'s|\s+is)\s+wrong/iu)).toEqual(['^wrong']);
    expect(list(/you\s+lied/iu)).toEqual(['^lied']);
  });

  it('needs one branch of an alternation, and nothing when a branch promises nothing', () => {
    expect(list(/(?:false|untrue)!/u)).toEqual(['false', 'untrue']);
    expect(list(/false|\p{L}+ly/u)).toEqual(['false', 'ly']);
    expect(list(/false|\p{L}+/u)).toBeNull();
  });

  it('ignores optional parts, lookarounds and classes', () => {
    expect(list(/(?:very\s+)?false(?!\p{L})/u)).toEqual(['false']);
    expect(list(/(?<=totally\s)[\p{L}]+/u)).toBeNull();
    expect(list(/(?:nonsense)*/u)).toBeNull();
    expect(list(/(?:nonsense)+/u)).toEqual(['nonsense']);
  });

  it('breaks a word at a class: "isn[\'’]t" needs "isn"', () => {
    expect(list(/isn['’]t\s+true/iu)).toEqual(['^true']);
    expect(list(/isn['’]t/iu)).toEqual(['isn']);
  });

  it('marks a string that follows a space, a start, \\b or a lookbehind excluding letters as starting a word', () => {
    expect(list(/(?<![\p{L}])story/u)).toEqual(['^story']);
    expect(list(/(?<![\p{Script=Latin}\p{N}_])Story/iu)).toEqual(['^story']);
    expect(list(/\bstory/u)).toEqual(['^story']);
    expect(list(/^story/u)).toEqual(['^story']);
    // "re-?read" matches "reread": "read" need not start a word, and the optional hyphen breaks the run.
    expect(list(/re-?read/u)).toEqual(['read']);
    expect(list(/(?<!x)story/u)).toEqual(['story']);
    expect(list(/(?:very\s+)?story/u)).toEqual(['story']);
  });

  it('lower-cases and drops strings that contain another', () => {
    expect(list(/(?:Lie|Lies|Lying)/iu)).toEqual(['lie', 'lying']);
  });
});

describe('conduct-dispute construction anchors', () => {
  it('are current: npm run generate:anchors writes the same file', () => {
    expect(readFileSync(ANCHORS_FILE, 'utf8'), 'run `npm run generate:anchors`').toBe(renderAnchorsFile());
    expect(constructionAnchors).toHaveLength(CONSTRUCTIONS.length);
  });

  it('gate most constructions: an ordinary post compiles few of them', () => {
    const gated = constructionAnchors.filter((a) => a !== null).length;
    expect(gated).toBe(CONSTRUCTIONS.length);
    expect(possibleConstructions('Join us on Saturday for the Wiki Loves Monuments photo walk in Lagos! 📷')).toEqual([]);
    // Anchors that must start a word: "history" does not hold the anchor "story".
    expect(possibleConstructions('Tea has a long history in China and India.')).toEqual([]);
  });

  // Every corpus post and every sentence in it: a construction that matches must be let through.
  const corpus = ['dev', 'heldout'].flatMap((name) =>
    readFileSync(fileURLToPath(new URL(`../corpus/${name}.jsonl`, import.meta.url)), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .flatMap((line) => {
        const post = JSON.parse(line) as { text: string; quoted?: string };
        return [post.text, ...(post.quoted ? [post.quoted] : [])];
      }),
  );

  it('never hide a construction that matches (corpus posts, and the same posts upper-cased)', () => {
    let matched = 0;
    for (const text of corpus.flatMap((t) => [t, t.toUpperCase()])) {
      const allowed = new Set(possibleConstructions(text));
      for (const c of CONSTRUCTIONS) {
        if (!new RegExp(c.pattern.source, c.pattern.flags).test(text)) continue;
        matched++;
        expect(allowed.has(c), `construction /${c.pattern.source.slice(0, 60)}…/ matches ${JSON.stringify(text)} but its anchors hide it`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(50);
  });

  it('fold the long s as the patterns do: "ſtop" is "stop" to a case-insensitive Unicode pattern', () => {
    expect(/stop/iu.test('ſtop')).toBe(true);
    expect(possibleConstructions('@ana ſtop spreading lies').length).toBeGreaterThan(0);
  });
});
