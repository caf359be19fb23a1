/**
 * `npm run bench [-- --iterations N] [--warmup N] [--quick] [--json]`
 *
 * Times Guidepost's `analyze` on a 280-character post, a 500-character post, one keystroke in the
 * 500-character post and a 5,000-character thread, and times harper.js, alex and write-good on the same
 * texts as reference points. Prints median and p95 per row and each row's ratio to Guidepost's median for
 * that case; `--json` prints the same results as JSON instead.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { text as alexText } from 'alex';
import { LocalLinter, type Lint } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';
import writeGood from 'write-good';
import { createAnalyzer, type Analyzer, type AnalyzerStats } from '../../src/core/index.ts';
import { measure, median, percentile, type Timing } from './measure.ts';
import { assertSampleLengths, keystrokeText, POST_280, POST_500, THREAD_5000 } from './texts.ts';

// Types are exported for tooling that reads `--json`; importing this module runs the benchmark.
export type Library = 'Guidepost' | 'harper.js' | 'alex' | 'write-good';
export type CaseId = 'post-280' | 'post-500' | 'keystroke-500' | 'thread-5000';

export interface RowResult {
  library: Library;
  /** What state the library starts each timed call in, e.g. "cold: new analyzer, empty cache". */
  mode: string;
  /** The row the case's ratios are relative to (one Guidepost row per case). */
  baseline: boolean;
  medianMs: number;
  p95Ms: number;
  /** medianMs divided by the baseline row's medianMs. */
  ratio: number;
  iterations: number;
  /** Guidepost rows only: engine counters summed over the timed calls. */
  stats?: AnalyzerStats;
}

export interface CaseResult {
  id: CaseId;
  label: string;
  chars: number;
  rows: RowResult[];
}

export interface BenchResult {
  node: string;
  cpu: string;
  cores: number;
  loadAverage: number[];
  iterations: number;
  warmup: number;
  quick: boolean;
  harperSetupMs: number;
  harperFirstLintsMs: number;
  cases: CaseResult[];
  heapUsedBytes: number;
  rssBytes: number;
  totalSeconds: number;
  notes: string[];
}

const { values: args } = parseArgs({
  options: {
    iterations: { type: 'string' },
    warmup: { type: 'string' },
    quick: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, got "${raw}"`);
  return n;
}

// 50 timed calls keep the medians steady while harper.js on the thread (a quarter of a second a call, plus
// a new linter each time) still fits the whole run into under a minute on two busy cores.
const quick = args.quick ?? false;
const iterations = positiveInt('iterations', args.iterations, quick ? 3 : 50);
const warmup = positiveInt('warmup', args.warmup, quick ? 1 : 8);
const progress = (line: string) => {
  if (!args.json && process.stderr.isTTY) process.stderr.write(`${line}\n`);
};

assertSampleLengths();
const runStart = process.hrtime.bigint();

// Plain text, as in a post composer: harper.js otherwise parses its input as Markdown.
const HARPER_OPTIONS = { language: 'plaintext' } as const;
// Linted by each new linter before its timed call, so any lazy per-linter set-up is not counted as linting.
const PRIMER = 'Thousands of people read the encyclopedia every day.';

async function freshHarper(): Promise<LocalLinter> {
  const linter = new LocalLinter({ binary: binaryInlined });
  await linter.setup();
  freeLints(await linter.lint(PRIMER, HARPER_OPTIONS));
  return linter;
}

// Lints hold WebAssembly memory that is otherwise released only when the GC finalises them.
function freeLints(lints: Lint[]): void {
  for (const lint of lints) lint.free();
}

const msSince = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

// Decoding and compiling the inlined WebAssembly binary is paid once per page or process by any harper.js
// user; it is reported separately, not folded into any row.
let start = process.hrtime.bigint();
await freshHarper().then((l) => l.dispose());
const harperSetupMs = msSince(start);

// harper.js's first lints of the samples take seconds (one-off initialisation inside the module and V8
// compiling its code, as far as we can tell). A long-lived linter pays that once, so it is reported, not timed in rows.
start = process.hrtime.bigint();
{
  const linter = await freshHarper();
  for (const text of [POST_280, POST_500, THREAD_5000]) freeLints(await linter.lint(text, HARPER_OPTIONS));
  await linter.dispose();
}
const harperFirstLintsMs = msSince(start);

interface RowSpec<Ctx, Result> extends Omit<Timing<Ctx, Result>, 'warmup' | 'iterations'> {
  library: Library;
  mode: string;
  baseline?: boolean;
  /** Guidepost rows: the analyzer whose counters the row reports, read after each timed call. */
  analyzerOf?: (ctx: Ctx) => Analyzer;
}

function row<Ctx, Result>(spec: RowSpec<Ctx, Result>): RowSpec<unknown, unknown> {
  return spec as unknown as RowSpec<unknown, unknown>;
}

async function runCase(id: CaseId, label: string, chars: number, specs: RowSpec<unknown, unknown>[]): Promise<CaseResult> {
  const measured: Array<Omit<RowResult, 'ratio'>> = [];
  for (const spec of specs) {
    progress(`  ${label}: ${spec.library} (${spec.mode})`);
    let stats: AnalyzerStats | undefined;
    let calls = 0;
    const durations = await measure({
      warmup,
      iterations,
      setup: spec.setup,
      run: spec.run,
      teardown: async (ctx, result) => {
        const analyzer = spec.analyzerOf?.(ctx);
        if (analyzer) {
          // Counters from timed calls only: warm-up calls come first, so skip that many.
          if (calls++ >= warmup) stats = addStats(stats, analyzer.stats, lastStats.get(analyzer));
          lastStats.set(analyzer, { ...analyzer.stats });
        }
        await spec.teardown?.(ctx, result);
      },
    });
    measured.push({
      library: spec.library,
      mode: spec.mode,
      baseline: spec.baseline ?? false,
      medianMs: median(durations),
      p95Ms: percentile(durations, 95),
      iterations: durations.length,
      ...(stats ? { stats } : {}),
    });
  }
  const base = measured.find((r) => r.baseline);
  if (!base) throw new Error(`case ${id} has no baseline row`);
  return { id, label, chars, rows: measured.map((r) => ({ ...r, ratio: r.medianMs / base.medianMs })) };
}

// Counter snapshots per analyzer, so a long-lived analyzer contributes only what each call added.
const lastStats = new WeakMap<Analyzer, AnalyzerStats>();
const zeroStats = (): AnalyzerStats => ({ segmentsAnalyzed: 0, segmentsFromCache: 0, segmentsSkippedByTrigger: 0, nlpParses: 0 });

function addStats(sum: AnalyzerStats | undefined, now: AnalyzerStats, before: AnalyzerStats | undefined): AnalyzerStats {
  const acc = sum ?? zeroStats();
  const prev = before ?? zeroStats();
  return {
    segmentsAnalyzed: acc.segmentsAnalyzed + now.segmentsAnalyzed - prev.segmentsAnalyzed,
    segmentsFromCache: acc.segmentsFromCache + now.segmentsFromCache - prev.segmentsFromCache,
    segmentsSkippedByTrigger: acc.segmentsSkippedByTrigger + now.segmentsSkippedByTrigger - prev.segmentsSkippedByTrigger,
    nlpParses: acc.nlpParses + now.nlpParses - prev.nlpParses,
  };
}

/** Rows for a text seen for the first time: every library starts with nothing cached. */
function coldRows(text: string): RowSpec<unknown, unknown>[] {
  return [
    row({
      library: 'Guidepost',
      mode: 'cold: new analyzer, empty cache',
      baseline: true,
      setup: () => createAnalyzer(),
      run: (analyzer) => analyzer.analyze({ text }),
      analyzerOf: (analyzer) => analyzer,
    }),
    row({
      library: 'harper.js',
      mode: 'cold: new linter, empty cache',
      setup: freshHarper,
      run: (linter) => linter.lint(text, HARPER_OPTIONS),
      teardown: async (linter, lints) => {
        freeLints(lints);
        await linter.dispose();
      },
    }),
    row({ library: 'alex', mode: 'whole text (no cache)', run: () => alexText(text) }),
    row({ library: 'write-good', mode: 'whole text (no cache)', run: () => writeGood(text) }),
  ];
}

/** Rows for one keystroke in the 500-character post, each call on a text one letter longer than the primed post. */
function keystrokeRows(warmHarper: LocalLinter): RowSpec<unknown, unknown>[] {
  const warm = createAnalyzer();
  warm.analyze({ text: POST_500 });
  const typed = (i: number) => keystrokeText(POST_500, i);
  return [
    row({
      library: 'Guidepost',
      mode: 'warm: re-runs the changed sentence',
      baseline: true,
      setup: typed,
      run: (text) => warm.analyze({ text }),
      analyzerOf: () => warm,
    }),
    row({
      library: 'Guidepost',
      mode: 'no cache: new analyzer, whole text',
      setup: (i) => ({ analyzer: createAnalyzer(), text: typed(i) }),
      run: ({ analyzer, text }) => analyzer.analyze({ text }),
      analyzerOf: ({ analyzer }) => analyzer,
    }),
    row({
      library: 'harper.js',
      mode: 'warm: whole text, own chunk cache',
      setup: typed,
      run: (text) => warmHarper.lint(text, HARPER_OPTIONS),
      teardown: (_text, lints) => freeLints(lints),
    }),
    row({ library: 'alex', mode: 'whole text (no incremental mode)', setup: typed, run: (text) => alexText(text) }),
    row({ library: 'write-good', mode: 'whole text (no incremental mode)', setup: typed, run: (text) => writeGood(text) }),
  ];
}

progress(`Measuring: ${warmup} warm-up + ${iterations} timed calls per row`);
const cases: CaseResult[] = [];
cases.push(await runCase('post-280', '280-char post', POST_280.length, coldRows(POST_280)));
cases.push(await runCase('post-500', '500-char post', POST_500.length, coldRows(POST_500)));
{
  // Long-lived, like the linter an editor integration keeps: it has already linted the post being edited.
  const warmHarper = await freshHarper();
  freeLints(await warmHarper.lint(POST_500, HARPER_OPTIONS));
  cases.push(await runCase('keystroke-500', 'keystroke in 500', POST_500.length + 1, keystrokeRows(warmHarper)));
  await warmHarper.dispose();
}
cases.push(await runCase('thread-5000', '5,000-char thread', THREAD_5000.length, coldRows(THREAD_5000)));

const memory = process.memoryUsage();
const result: BenchResult = {
  node: process.version,
  cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
  cores: os.cpus().length,
  loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  iterations,
  warmup,
  quick,
  harperSetupMs,
  harperFirstLintsMs,
  cases,
  heapUsedBytes: memory.heapUsed,
  rssBytes: memory.rss,
  totalSeconds: msSince(runStart) / 1000,
  notes: [
    'Cold rows: each timed call gets a new Guidepost analyzer or harper.js linter (built untimed), so nothing is cached; alex and write-good keep no state between calls.',
    'Keystroke rows: each call types one new letter inside a word of the 500-character post (501 characters), at a different place each time, after the post itself was analysed.',
    'Guidepost re-analyses only the sentence that changed and takes the rest from its cache. alex and write-good have no incremental mode and re-lint the whole text on every keystroke. harper.js also re-lints the whole text, but reuses its own cached results for unchanged chunks in some of its rules.',
    'The libraries check different things (Guidepost: guideline rules; harper.js: grammar and spelling; alex: insensitive wording; write-good: style), so the ratios compare cost per call, not features.',
    'harper.js runs in WebAssembly; its memory is outside the JS heap (it shows in RSS, not heap used).',
  ],
};

if (args.json) {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} else {
  process.stdout.write(formatReport(result));
}

function formatReport(r: BenchResult): string {
  const lines: string[] = [];
  lines.push(`Guidepost benchmark: Node ${r.node}, ${r.cpu} (${r.cores} cores, load average ${r.loadAverage.join(' ')})`);
  lines.push(`${r.warmup} warm-up + ${r.iterations} timed calls per row${r.quick ? ' (--quick: smoke run, numbers are rough)' : ''}`);
  lines.push(
    `harper.js one-off costs, not in the table: load and compile ${fmtMs(r.harperSetupMs)} ms, first lints of the samples ${fmtMs(r.harperFirstLintsMs)} ms`,
  );
  lines.push('');
  const header = ['case', 'library', 'mode', 'median ms', 'p95 ms', 'vs Guidepost'];
  const body = r.cases.flatMap((c) =>
    c.rows.map((row) => [
      `${c.label} (${c.chars})`,
      row.library,
      row.mode,
      fmtMs(row.medianMs),
      fmtMs(row.p95Ms),
      row.baseline ? 'baseline' : `${fmtRatio(row.ratio)} Guidepost`,
    ]),
  );
  const numeric = new Set([3, 4]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i]!.length)));
  const render = (cells: string[]) =>
    cells.map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  lines.push(render(header));
  lines.push(widths.map((w) => '-'.repeat(w)).join('  '));
  let previous = '';
  for (const cells of body) {
    if (previous && cells[0] !== previous) lines.push('');
    previous = cells[0]!;
    lines.push(render(cells));
  }
  lines.push('');
  const keystroke = r.cases.find((c) => c.id === 'keystroke-500');
  const warmRow = keystroke?.rows.find((row) => row.baseline);
  if (warmRow?.stats) {
    const s = warmRow.stats;
    const per = (n: number) => (n / warmRow.iterations).toFixed(2);
    lines.push(
      `Guidepost engine, keystroke case (${warmRow.iterations} keystrokes): ${s.segmentsFromCache} sentences from cache ` +
        `(${per(s.segmentsFromCache)}/keystroke), ${s.segmentsAnalyzed} analysed (${per(s.segmentsAnalyzed)}), ` +
        `${s.segmentsSkippedByTrigger} skipped by trigger (${per(s.segmentsSkippedByTrigger)}), ` +
        `compromise parses: ${s.nlpParses} (${per(s.nlpParses)})`,
    );
  }
  for (const c of r.cases) {
    const cold = c.rows.find((row) => row.library === 'Guidepost' && row.mode.startsWith('cold'));
    if (!cold?.stats) continue;
    const s = cold.stats;
    const per = (n: number) => String(Math.round((n / cold.iterations) * 100) / 100);
    lines.push(
      `Guidepost engine, ${c.label} cold, per call: ${per(s.segmentsAnalyzed)} sentences analysed, ` +
        `${per(s.segmentsSkippedByTrigger)} skipped by trigger, ${per(s.segmentsFromCache)} from cache, compromise parses: ${per(s.nlpParses)}`,
    );
  }
  lines.push(`Heap used after the run: ${(r.heapUsedBytes / 2 ** 20).toFixed(1)} MiB (RSS ${(r.rssBytes / 2 ** 20).toFixed(0)} MiB); run took ${r.totalSeconds.toFixed(1)} s`);
  lines.push('');
  for (const note of r.notes) lines.push(`- ${note}`);
  return `${lines.join('\n')}\n`;
}

function fmtMs(ms: number): string {
  if (ms < 1) return ms.toFixed(3);
  if (ms < 100) return ms.toFixed(2);
  return ms.toFixed(0);
}

function fmtRatio(ratio: number): string {
  if (ratio < 1) return `${ratio.toFixed(2)}×`;
  if (ratio < 100) return `${ratio.toFixed(1)}×`;
  return `${ratio.toFixed(0)}×`;
}
