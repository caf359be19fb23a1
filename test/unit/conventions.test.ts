import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mediaRules } from '../../src/core/media/media-rules.ts';
import { builtInMediaPolicies } from '../../src/core/media/media-policy.ts';
import { registry } from '../../src/core/rules/index.ts';
import { categories } from '../../src/core/types.ts';

const rulesDir = join(import.meta.dirname, '../../src/core/rules');
const ruleFiles = readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts');

describe('rule conventions', () => {
  it('registers every rule file, and every registered rule has a file named by its id', () => {
    expect(ruleFiles.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(registry.map((r) => r.meta.id).sort());
  });

  for (const file of ruleFiles) {
    const id = file.replace(/\.ts$/, '');
    it(`${id} has a test table beside it that runs it`, () => {
      const tablePath = join(rulesDir, `${id}.test.ts`);
      expect(existsSync(tablePath), `missing ${tablePath}`).toBe(true);
      const table = readFileSync(tablePath, 'utf8');
      expect(table).toContain(`from './${id}.ts'`);
      expect(table).toMatch(/runRuleTable\(/);
      expect(table).toMatch(/valid:/);
      expect(table).toMatch(/invalid:/);
    });

    it(`${id}'s table tries emoji, CJK and right-to-left text near its matches`, () => {
      const table = readFileSync(join(rulesDir, `${id}.test.ts`), 'utf8');
      expect(table, 'an emoji').toMatch(/\p{Extended_Pictographic}/u);
      expect(table, 'Chinese or Japanese').toMatch(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u);
      expect(table, 'Arabic or Hebrew').toMatch(/[\p{Script=Arabic}\p{Script=Hebrew}]/u);
    });
  }

  for (const rule of registry) {
    it(`${rule.meta.id} documents itself`, () => {
      const { meta } = rule;
      expect(categories).toContain(meta.category);
      expect(meta.description.length, 'a one-line description for the options page').toBeGreaterThan(10);
      expect(meta.description).not.toContain('\n');
      expect(meta.explanation.split(/(?<=\.)\s/).length, 'one or two sentences').toBeLessThanOrEqual(2);
      expect(meta.policy.source).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
      expect(meta.profiles.length).toBeGreaterThan(0);
    });
  }

  // The media rules are not text rules (they look at attachments), but document themselves the same way.
  for (const meta of mediaRules) {
    it(`${meta.id} documents itself`, () => {
      expect(categories).toContain(meta.category);
      expect(meta.description.length).toBeGreaterThan(10);
      expect(meta.description).not.toContain('\n');
      expect(meta.explanation.split(/(?<=\.)\s/).length, 'one or two sentences').toBeLessThanOrEqual(2);
      expect(meta.policy.source).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
    });
  }

  it('quotes each cited guideline verbatim from the seed file it names', () => {
    const seeds = join(import.meta.dirname, '../../../shared/seeds');
    if (!existsSync(seeds)) return; // the seeds live beside the repository in this workplace and in CI
    const media = [...mediaRules, ...Object.values(builtInMediaPolicies)].map(({ policy }) => ({ meta: { id: 'media', policy } }));
    for (const { meta } of [...registry, ...media]) {
      const seed = readFileSync(join(seeds, meta.policy.source), 'utf8').replace(/\s+/g, ' ');
      expect(seed, `${meta.id} quotes ${meta.policy.source}`).toContain(meta.policy.quote.replace(/\s+/g, ' '));
    }
  });
});

describe('zod in extension contexts', () => {
  const srcRoot = join(import.meta.dirname, '../../src');
  const sources = (readdirSync(srcRoot, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(srcRoot, f));

  // Without jitless mode zod probes `new Function`, which extension CSP reports as a violation.
  it('every module using zod at run time sets jitless mode first (src/core/zod-config.ts)', () => {
    const offenders = sources.filter((file) => {
      if (/core[\\/]zod(-config)?\.ts$/.test(file)) return false;
      const text = readFileSync(file, 'utf8');
      const runtimeZod = /^import\s+(?!type\b)[^;]*from\s+'zod(?:\/mini)?';/m.test(text);
      const configured = /^import\s+'[./]*(?:core\/)?zod-config\.ts';/m.test(text);
      return runtimeZod && !configured;
    });
    expect(offenders, 'import zod through src/core/zod.ts, or import src/core/zod-config.ts before zod/mini').toEqual([]);
  });
});
