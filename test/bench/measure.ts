/** Timing loop and summary statistics for the benchmark. */

export interface Timing<Ctx, Result> {
  warmup: number;
  iterations: number;
  /** Untimed, before each call: builds what the call needs (a fresh analyzer or linter for cold runs). */
  setup?: (index: number) => Ctx | Promise<Ctx>;
  /** The timed call. `index` runs across warm-up and timed iterations, so samples can differ per call. */
  run: (ctx: Ctx, index: number) => Result | Promise<Result>;
  /** Untimed, after each call: frees what setup or run allocated. */
  teardown?: (ctx: Ctx, result: Result) => void | Promise<void>;
}

/** Runs warm-up calls, then timed calls, and returns the timed durations in milliseconds. */
export async function measure<Ctx, Result>(timing: Timing<Ctx, Result>): Promise<number[]> {
  const durations: number[] = [];
  const total = timing.warmup + timing.iterations;
  for (let index = 0; index < total; index++) {
    const ctx = (timing.setup ? await timing.setup(index) : undefined) as Ctx;
    const start = process.hrtime.bigint();
    let result = timing.run(ctx, index);
    // Only await real promises: awaiting a sync result would add a microtask hop to sub-millisecond timings.
    if (result instanceof Promise) result = await result;
    const end = process.hrtime.bigint();
    if (index >= timing.warmup) durations.push(Number(end - start) / 1e6);
    if (timing.teardown) await timing.teardown(ctx, result as Result);
  }
  return durations;
}

/** Nearest-rank percentile (p in 0..100) of unsorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

/** Median, averaging the two middle samples when the count is even. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
