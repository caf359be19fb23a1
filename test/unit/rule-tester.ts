import { describe, expect, it } from 'vitest';
import type { AnyRule } from '../../src/core/define-rule.ts';
import { createAnalyzer } from '../../src/core/engine.ts';
import type { AnalyzeInput } from '../../src/core/types.ts';
import type { VocabularyInput } from '../../src/core/vocabulary.ts';

export interface ExpectedHit {
  messageId: string;
  start: number;
  end: number;
  /** The flagged text, so the table reads well and a wrong offset is obvious. */
  span: string;
  /** The finding is in the quoted text (and `span` is taken from it). */
  quoted?: true;
}

type Case = Omit<AnalyzeInput, 'text'> & { text: string; options?: unknown; vocabulary?: VocabularyInput };
export interface RuleTable {
  valid: Array<string | Case>;
  invalid: Array<Case & { errors: ExpectedHit[] }>;
}

/** ESLint-style table runner: each case goes through the real engine with only this rule enabled. */
export function runRuleTable(rule: AnyRule, table: RuleTable): void {
  const analyzerFor = (options: unknown, vocabulary?: VocabularyInput) =>
    createAnalyzer({ rules: [rule], settings: options === undefined ? {} : { [rule.meta.id]: { options } }, vocabulary });
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
        const { options, vocabulary, ...input } = c;
        expect(analyzerFor(options, vocabulary).analyze(input)).toEqual([]);
      });
    }
    for (const c of table.invalid) {
      it(`invalid: ${JSON.stringify(c.text)}`, () => {
        const { options, errors, vocabulary, ...input } = c;
        const findings = analyzerFor(options, vocabulary).analyze(input);
        const got = findings.map((f) => ({
          messageId: messageIdOf(f.message) ?? f.message,
          start: f.start,
          end: f.end,
          span: (f.quoted ? (c.quoted ?? '') : c.text).slice(f.start, f.end),
          ...(f.quoted ? { quoted: true as const } : {}),
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
