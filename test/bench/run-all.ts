/**
 * `npm run bench [-- --quick] [--json] [--iterations N] [--warmup N] [--trials N]`
 *
 * Runs the core benchmark (analyze.bench.ts: `--iterations`, `--warmup`), then the end-to-end benchmark
 * (e2e.bench.ts: `--trials`), one after the other so they do not compete for the CPU. `--quick` and `--json`
 * go to both; with `--json` the output is `{ "core": …, "e2e": … }`, each as its own script prints it.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { BenchResult } from './analyze.bench.ts';
import type { E2EBenchResult } from './e2e.bench.ts';

export interface AllBenchResult {
  core: BenchResult;
  e2e: E2EBenchResult;
}

const { values: args } = parseArgs({
  options: {
    iterations: { type: 'string' },
    warmup: { type: 'string' },
    trials: { type: 'string' },
    quick: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

const shared = [...(args.quick ? ['--quick'] : []), ...(args.json ? ['--json'] : [])];
const option = (name: string, value: string | undefined) => (value === undefined ? [] : [`--${name}`, value]);
const coreArgs = [...shared, ...option('iterations', args.iterations), ...option('warmup', args.warmup)];
const e2eArgs = [...shared, ...option('trials', args.trials)];

const benchDir = import.meta.dirname;
const tsx = join(benchDir, '../../node_modules/.bin/tsx');

/** Runs one bench script; its stderr (progress, build output) is passed through, its stdout returned or passed through. */
function runScript(script: string, scriptArgs: string[], captureStdout: boolean): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(tsx, [join(benchDir, script), ...scriptArgs], { stdio: ['ignore', captureStdout ? 'pipe' : 'inherit', 'inherit'] });
    let stdout = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', fail);
    child.on('exit', (code, signal) => (code === 0 ? done(stdout) : fail(new Error(`${script} failed (${signal ?? `exit code ${code}`})`))));
  });
}

try {
  if (args.json) {
    const core = JSON.parse(await runScript('analyze.bench.ts', coreArgs, true)) as BenchResult;
    const e2e = JSON.parse(await runScript('e2e.bench.ts', e2eArgs, true)) as E2EBenchResult;
    process.stdout.write(`${JSON.stringify({ core, e2e } satisfies AllBenchResult, null, 2)}\n`);
  } else {
    await runScript('analyze.bench.ts', coreArgs, false);
    process.stdout.write('\n');
    await runScript('e2e.bench.ts', e2eArgs, false);
  }
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
