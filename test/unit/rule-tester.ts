import { describe, expect, it } from 'vitest';
import type { AnyRule } from '../../src/core/define-rule.ts';
import { createAnalyzer } from '../../src/core/engine.ts';
import type { AnalyzeInput } from '../../src/core/types.ts';

export interface ExpectedHit {
  messageId: string;
  start: number;
  end: number;
  /** The flagged text, so the table reads well and a wrong offset is obvious. */
  span: string;
}

type Case = Omit<AnalyzeInput, 'text'> & { text: string; options?: unknown };
export interface RuleTable {
  valid: Array<string | Case>;
  invalid: Array<Case & { errors: ExpectedHit[] }>;
}

/** ESLint-style table runner: each case goes through the real engine with only this rule enabled. */
export function runRuleTable(rule: AnyRule, table: RuleTable): void {
  const analyzerFor = (options: unknown) =>
    createAnalyzer({ rules: [rule], settings: options === undefined ? {} : { [rule.meta.id]: { options } } });
  const messageIdOf = (message: string) =>
    Object.entries(rule.meta.messages).find(([, template]) => {
      const pattern = new RegExp(
        `^${template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\w+\\\}/g, '.+?')}$`,
        's',
      );
      return pattern.test(message);
    })?.[0];

  describe(`rule ${rule.meta.id}`, () => {
    it('has at least three valid and three invalid cases', () => {
      expect(table.valid.length).toBeGreaterThanOrEqual(3);
      expect(table.invalid.length).toBeGreaterThanOrEqual(3);
    });
    for (const entry of table.valid) {
      const c = typeof entry === 'string' ? { text: entry } : entry;
      it(`valid: ${JSON.stringify(c.text)}`, () => {
        const { options, ...input } = c;
        expect(analyzerFor(options).analyze(input)).toEqual([]);
      });
    }
    for (const c of table.invalid) {
      it(`invalid: ${JSON.stringify(c.text)}`, () => {
        const { options, errors, ...input } = c;
        const findings = analyzerFor(options).analyze(input);
        const got = findings.map((f) => ({
          messageId: messageIdOf(f.message) ?? f.message,
          start: f.start,
          end: f.end,
          span: c.text.slice(f.start, f.end),
        }));
        expect(got).toEqual(errors);
        for (const f of findings) {
          expect(f.category).toBe(rule.meta.category);
          expect(f.policy).toEqual(rule.meta.policy);
          expect(f.explanation).toBe(rule.meta.explanation);
        }
      });
    }
  });
}
