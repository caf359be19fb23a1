import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { E2EBenchResult } from '../bench/e2e.bench.ts';

const repoRoot = join(import.meta.dirname, '../..');
const tsx = join(repoRoot, 'node_modules/.bin/tsx');

const platforms = { x: 'x.com', bluesky: 'bsky.app', threads: 'www.threads.com', mastodon: 'wikimedia.social' } as const;
const conditions = ['awake', 'asleep'] as const;
const QUICK_TRIALS = 5;

const isPositive = (value: number) => Number.isFinite(value) && value > 0;

// Lives with the e2e tests because it needs Chromium and the built extension, which `npm run test:e2e` builds
// first. Checks the report's shape only: timings depend on the machine and its load, so none are asserted.
describe('npm run bench:e2e', () => {
  it('reports keystroke-to-attribute times for every platform, worker awake and asleep', { timeout: 300_000 }, async () => {
    // GUIDEPOST_OUT_DIR passes through, so the bench uses the build this test run made.
    const { stdout } = await promisify(execFile)(tsx, ['test/bench/e2e.bench.ts', '--quick', '--json'], {
      cwd: repoRoot,
      maxBuffer: 16 * 1024 * 1024,
    });
    const result = JSON.parse(stdout) as E2EBenchResult;
    expect(result.quick).toBe(true);
    expect(result.trials).toBe(QUICK_TRIALS);
    expect(result.cores).toBeGreaterThan(0);
    expect(result.loadAverage).toHaveLength(3);
    expect(result.chromium).toMatch(/^(Headless)?Chrome\/\d+/);
    expect(result.build.extensionDir).toMatch(/chrome-mv3$/);

    const rows = result.rows.map((row) => `${row.platform}/${row.condition}`).sort();
    const expected = Object.keys(platforms).flatMap((p) => conditions.map((c) => `${p}/${c}`)).sort();
    expect(rows).toEqual(expected);

    for (const row of result.rows) {
      const where = `${row.platform} × ${row.condition}`;
      expect(row.host, where).toBe(platforms[row.platform]);
      expect(row.trials, where).toBeGreaterThanOrEqual(QUICK_TRIALS);
      expect(row.samplesMs, where).toHaveLength(row.trials);
      const summaries = [row, row.drawn, ...(row.workerStart ? [row.workerStart] : [])];
      for (const s of summaries) {
        for (const value of [s.medianMs, s.p95Ms, s.minMs, s.maxMs]) expect(isPositive(value), `${where}: ${value}`).toBe(true);
        expect(s.minMs, where).toBeLessThanOrEqual(s.medianMs);
        expect(s.medianMs, where).toBeLessThanOrEqual(s.p95Ms);
        expect(s.p95Ms, where).toBeLessThanOrEqual(s.maxMs);
      }
      for (const sample of row.samplesMs) expect(isPositive(sample), `${where}: ${sample}`).toBe(true);
      // The underline is drawn after the attribute is set, never before.
      expect(row.drawn.minMs, where).toBeGreaterThanOrEqual(row.minMs);
      // Only a stopped worker has a start to report.
      expect(row.workerStart !== undefined, where).toBe(row.condition === 'asleep');
      expect(row.targetP95Ms, where).toBe(row.condition === 'awake' ? 50 : 300);
      expect(row.met, where).toBe(row.p95Ms < row.targetP95Ms);
      expect(Object.values(row.categories).reduce((a, b) => a + b, 0), where).toBe(row.trials);
    }
  });
});
