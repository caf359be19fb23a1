import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/engine.ts';
import { evaluate, formatReport, readCorpus, textCategories } from '../corpus/evaluate.ts';

// The gates the policy-rules issue sets for the English corpus, applied to the development set.
const MIN_MACRO_F1 = 0.85;
const MIN_PRECISION = 0.85;
const MAX_CLEAN_FLAGGED = 0.03;
// The held-out set is never used to write rules, so its recall is the honest estimate on unseen posts and is
// reported rather than tuned to. Precision and quiet clean posts must hold there too; its macro-F1 floor guards
// against regressions (it measured 0.774 when the rules were written; README has the figures).
const HELDOUT_MIN_MACRO_F1 = 0.75;

const corpusDir = join(import.meta.dirname, '../corpus');
const sets = {
  dev: readCorpus(join(corpusDir, 'dev.jsonl')),
  heldout: readCorpus(join(corpusDir, 'heldout.jsonl')),
};

// Hundreds of posts through every rule: give it room on a busy CI machine.
describe('labelled corpus', { timeout: 60_000 }, () => {
  it('has at least 400 posts, at least 40% of them clean, with every category represented in each set', () => {
    const all = [...sets.dev, ...sets.heldout];
    expect(all.length).toBeGreaterThanOrEqual(400);
    expect(all.filter((p) => p.labels.length === 0).length / all.length).toBeGreaterThanOrEqual(0.4);
    for (const posts of Object.values(sets)) {
      for (const category of textCategories) {
        expect(posts.some((p) => p.labels.includes(category)), category).toBe(true);
      }
    }
  });

  const gates = {
    dev: { macroF1: MIN_MACRO_F1, precision: MIN_PRECISION, cleanFlagged: MAX_CLEAN_FLAGGED },
    heldout: { macroF1: HELDOUT_MIN_MACRO_F1, precision: MIN_PRECISION, cleanFlagged: MAX_CLEAN_FLAGGED },
  };
  for (const [name, posts] of Object.entries(sets)) {
    const gate = gates[name as keyof typeof gates];
    it(`${name} set passes its gate (macro-F1 ≥ ${gate.macroF1}, every precision ≥ ${gate.precision}, clean flagged ≤ ${gate.cleanFlagged * 100}%)`, () => {
      const report = evaluate(createAnalyzer(), posts);
      console.log(formatReport(name, report));
      // Which posts went wrong is printed for the development set only: the held-out set stays unread.
      if (name === 'dev' && report.mistakes.length) {
        console.log(`  mistakes: ${report.mistakes.map((m) => `${m.id} ${[...m.missed.map((c) => `-${c}`), ...m.extra.map((c) => `+${c}`)].join(' ')}`).join('; ')}`);
      }
      expect(report.macroF1).toBeGreaterThanOrEqual(gate.macroF1);
      for (const score of report.categories) {
        expect(score.precision, `${score.category} precision`).toBeGreaterThanOrEqual(gate.precision);
      }
      expect(report.cleanFlaggedShare).toBeLessThanOrEqual(gate.cleanFlagged);
    });
  }
});
