// axe-core, run inside a page. It is evaluated through the DevTools protocol rather than added as a script tag:
// extension pages forbid inline scripts, and this way every page is checked the same way.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let source: Promise<string> | undefined;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * The WCAG 2.1 A/AA and best-practice violations axe finds in `page`, limited to `include` (CSS selectors; a
 * nested array reaches into an open shadow root) when given.
 */
export async function axeViolations(page: Page, include?: string[][]): Promise<AxeViolation[]> {
  source ??= readFile(axePath, 'utf8');
  const code = await source;
  await page.evaluate(code);
  return page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(context ? { include: context } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, include ?? null);
}
