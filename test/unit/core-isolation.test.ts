import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const tsc = join(root, 'node_modules/typescript/bin/tsc');

function typecheckCoreWith(source: string): string {
  const probe = join(root, 'src/core/__isolation_probe__.ts');
  writeFileSync(probe, source);
  try {
    execFileSync(process.execPath, [tsc, '--noEmit', '-p', join(root, 'src/core/tsconfig.json')], { encoding: 'utf8' });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  } finally {
    rmSync(probe, { force: true });
  }
}

// The core must run in the worker, the CLI and plain Node: its own tsconfig has no DOM, browser or Node types.
describe('src/core is pure TypeScript', () => {
  it('fails to type-check when a core file touches document, window, browser or chrome', () => {
    const output = typecheckCoreWith(
      'export const a = document.title;\nexport const b = window.location;\nexport const c = browser.runtime;\nexport const d = chrome.runtime;\n',
    );
    for (const name of ['document', 'window', 'browser', 'chrome']) expect(output).toContain(`Cannot find name '${name}'`);
  }, 60_000);

  it('type-checks cleanly without the probe', () => {
    expect(typecheckCoreWith('export const ok: number = 1;\n')).toBe('');
  }, 60_000);
});
