import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Analyzer } from '../../src/core/engine.ts';
import { analyzeInputSchema, categories, type Category } from '../../src/core/types.ts';

/** The text categories the corpus labels (media findings need attachments, not text). */
export const textCategories = categories.filter((c) => !c.startsWith('media/'));

const labelledPostSchema = z.object({
  id: z.string().min(1),
  labels: z.array(z.enum(textCategories as [Category, ...Category[]])),
  note: z.string().optional(),
});

export type LabelledPost = z.infer<typeof analyzeInputSchema> & { id: string; labels: Category[] };

/** Reads a corpus file, failing loudly on a malformed line rather than silently measuring less. */
export function readCorpus(path: string): LabelledPost[] {
  const posts: LabelledPost[] = [];
  const ids = new Set<string>();
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      const where = `${path}:${index + 1}`;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (error) {
        throw new Error(`${where}: not JSON (${(error as Error).message})`);
      }
      const meta = labelledPostSchema.safeParse(raw);
      const input = analyzeInputSchema.safeParse(raw);
      if (!meta.success) throw new Error(`${where}: ${meta.error.issues[0]?.path.join('.')}: ${meta.error.issues[0]?.message}`);
      if (!input.success) throw new Error(`${where}: ${input.error.issues[0]?.path.join('.')}: ${input.error.issues[0]?.message}`);
      if (ids.has(meta.data.id)) throw new Error(`${where}: duplicate id ${meta.data.id}`);
      ids.add(meta.data.id);
      posts.push({ ...input.data, id: meta.data.id, labels: [...new Set(meta.data.labels)] });
    });
  return posts;
}

export interface CategoryScore {
  category: Category;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface CorpusReport {
  posts: number;
  cleanPosts: number;
  cleanFlagged: number;
  cleanFlaggedShare: number;
  macroF1: number;
  categories: CategoryScore[];
  /** Posts whose predicted categories differ from their labels, for reading what went wrong. */
  mistakes: Array<{ id: string; missed: Category[]; extra: Category[] }>;
}

/** Post-level scores: a post counts for a category when any finding (in its text or quote) has it. */
export function evaluate(analyzer: Analyzer, posts: readonly LabelledPost[]): CorpusReport {
  const counts = new Map(textCategories.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const mistakes: CorpusReport['mistakes'] = [];
  let cleanPosts = 0;
  let cleanFlagged = 0;
  for (const { id, labels, ...input } of posts) {
    const predicted = new Set(analyzer.analyze(input).map((f) => f.category));
    const expected = new Set(labels);
    if (expected.size === 0) {
      cleanPosts++;
      if (predicted.size > 0) cleanFlagged++;
    }
    for (const category of textCategories) {
      const count = counts.get(category)!;
      if (predicted.has(category) && expected.has(category)) count.tp++;
      else if (predicted.has(category)) count.fp++;
      else if (expected.has(category)) count.fn++;
    }
    const missed = labels.filter((c) => !predicted.has(c));
    const extra = [...predicted].filter((c) => !expected.has(c));
    if (missed.length || extra.length) mistakes.push({ id, missed, extra });
  }
  const scores = textCategories.map((category): CategoryScore => {
    const { tp, fp, fn } = counts.get(category)!;
    // A category with nothing predicted and nothing expected is vacuously perfect.
    const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { category, truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
  });
  return {
    posts: posts.length,
    cleanPosts,
    cleanFlagged,
    cleanFlaggedShare: cleanPosts === 0 ? 0 : cleanFlagged / cleanPosts,
    macroF1: scores.reduce((sum, s) => sum + s.f1, 0) / scores.length,
    categories: scores,
    mistakes,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

/** A table for the test log and the README. */
export function formatReport(name: string, report: CorpusReport): string {
  const rows = report.categories.map(
    (s) =>
      `  ${s.category.padEnd(28)} ${pct(s.precision)} ${pct(s.recall)} ${s.f1.toFixed(3).padStart(6)}   ` +
      `${String(s.truePositives).padStart(3)} ${String(s.falsePositives).padStart(3)} ${String(s.falseNegatives).padStart(3)}`,
  );
  return [
    `${name}: ${report.posts} posts, ${report.cleanPosts} clean; macro-F1 ${report.macroF1.toFixed(3)}; ` +
      `clean posts flagged ${report.cleanFlagged}/${report.cleanPosts} (${pct(report.cleanFlaggedShare).trim()})`,
    `  ${'category'.padEnd(28)} ${'prec.'.padStart(6)} ${'recall'.padStart(6)} ${'F1'.padStart(6)}    TP  FP  FN`,
    ...rows,
  ].join('\n');
}
