import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { BenchResult } from '../bench/analyze.bench.ts';

const repoRoot = join(import.meta.dirname, '../..');
const tsx = join(repoRoot, 'node_modules/.bin/tsx');

const cases = { 'post-280': 280, 'post-500': 500, 'keystroke-500': 501, 'thread-5000': 5000 } as const;
const libraries = ['Guidepost', 'harper.js', 'alex', 'write-good'] as const;

// Checks the shape of the report only: timings depend on the machine and its load, so none are asserted.
describe('npm run bench', () => {
  it('reports median, p95 and ratio for every case and library', { timeout: 60_000 }, async () => {
    const { stdout } = await promisify(execFile)(tsx, ['test/bench/analyze.bench.ts', '--quick', '--json'], {
      cwd: repoRoot,
      maxBuffer: 16 * 1024 * 1024,
    });
    const result = JSON.parse(stdout) as BenchResult;
    expect(result.quick).toBe(true);
    expect(result.cases.map((c) => c.id).sort()).toEqual(Object.keys(cases).sort());

    for (const c of result.cases) {
      expect(c.chars, c.id).toBe(cases[c.id]);
      expect(c.rows.filter((row) => row.baseline), `${c.id} has one baseline`).toHaveLength(1);
      for (const library of libraries) {
        const rows = c.rows.filter((row) => row.library === library);
        expect(rows.length, `${c.id} × ${library}`).toBeGreaterThan(0);
        for (const row of rows) {
          const where = `${c.id} × ${library} (${row.mode})`;
          for (const value of [row.medianMs, row.p95Ms, row.ratio]) {
            expect(Number.isFinite(value) && value > 0, `${where}: ${value}`).toBe(true);
          }
          expect(row.iterations, where).toBe(result.iterations);
        }
      }
    }

    // The labels' claims: cold Guidepost rows never hit the cache, keystroke rows mostly do.
    for (const c of result.cases) {
      for (const row of c.rows.filter((r) => r.library === 'Guidepost' && r.mode.startsWith('cold'))) {
        expect(row.stats?.segmentsFromCache, c.id).toBe(0);
      }
    }
    const keystroke = result.cases.find((c) => c.id === 'keystroke-500')!.rows.find((r) => r.baseline)!;
    expect(keystroke.library).toBe('Guidepost');
    expect(keystroke.stats!.segmentsFromCache).toBeGreaterThan(0);
    expect(result.heapUsedBytes).toBeGreaterThan(0);
  });
});
