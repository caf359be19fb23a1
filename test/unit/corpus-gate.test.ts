import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/engine.ts';
import { evaluate, formatReport, readCorpus, textCategories } from '../corpus/evaluate.ts';

// The gates the policy-rules issue sets for the English corpus.
const MIN_MACRO_F1 = 0.85;
const MIN_PRECISION = 0.85;
const MAX_CLEAN_FLAGGED = 0.03;

const corpusDir = join(import.meta.dirname, '../corpus');
const sets = {
  dev: readCorpus(join(corpusDir, 'dev.jsonl')),
  heldout: readCorpus(join(corpusDir, 'heldout.jsonl')),
};

describe('labelled corpus', () => {
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

  for (const [name, posts] of Object.entries(sets)) {
    it(`${name} set passes the gate (macro-F1 ≥ ${MIN_MACRO_F1}, precision ≥ ${MIN_PRECISION}, clean flagged ≤ ${MAX_CLEAN_FLAGGED * 100}%)`, () => {
      const report = evaluate(createAnalyzer(), posts);
      console.log(formatReport(name, report));
      if (report.mistakes.length) {
        console.log(`  mistakes: ${report.mistakes.map((m) => `${m.id} ${[...m.missed.map((c) => `-${c}`), ...m.extra.map((c) => `+${c}`)].join(' ')}`).join('; ')}`);
      }
      expect(report.macroF1).toBeGreaterThanOrEqual(MIN_MACRO_F1);
      for (const score of report.categories) {
        expect(score.precision, `${score.category} precision`).toBeGreaterThanOrEqual(MIN_PRECISION);
      }
      expect(report.cleanFlaggedShare).toBeLessThanOrEqual(MAX_CLEAN_FLAGGED);
    });
  }
});
