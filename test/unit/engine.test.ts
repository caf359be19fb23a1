import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineRule } from '../../src/core/define-rule.ts';
import { analyze, createAnalyzer, SettingsError } from '../../src/core/engine.ts';
import { registry } from '../../src/core/rules/index.ts';
import { categories } from '../../src/core/types.ts';

const sentence = (i: number) => `Sentence number ${i} talks about the history of the encyclopedia. `;
const longPost = Array.from({ length: 8 }, (_, i) => sentence(i)).join('') + 'Vote for Jane Smith!';

describe('analyze', () => {
  it('returns findings with the full contract', () => {
    const [finding, ...rest] = analyze({ text: 'Great timing /s' });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: 'tone-sarcasm', category: 'tone/sarcasm', start: 13, end: 15, severity: 'warning' });
    expect(categories).toContain(finding!.category);
    expect(finding!.message.length).toBeGreaterThan(10);
    expect(finding!.explanation).toMatch(/\./);
    expect(finding!.policy.source).toMatch(/^\d{3}_[0-9a-f]+\.txt$/);
    expect(finding!.policy.quote.length).toBeGreaterThan(10);
  });

  it('maps offsets of later sentences back into the whole text', () => {
    const findings = analyze({ text: longPost });
    expect(findings).toHaveLength(1);
    expect(longPost.slice(findings[0]!.start, findings[0]!.end)).toBe('Vote for Jane Smith');
  });

  it('sorts findings by position', () => {
    const text = 'Vote for Jane Smith 🙄. Also 🙃';
    const starts = analyze({ text }).map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts).toHaveLength(3);
  });

  it('rejects malformed input with a clear message', () => {
    expect(() => analyze({ text: 42 } as never)).toThrow(/text/);
    expect(() => analyze({ text: 'x', profile: 'boss' } as never)).toThrow(/profile/);
  });

  it('handles odd Unicode without throwing', () => {
    const odd = '\u202eVote for \u0301Jane\ud800 Smith\u0000 /s \ufeff';
    expect(() => analyze({ text: odd })).not.toThrow();
    for (const f of analyze({ text: odd })) expect(f.end).toBeLessThanOrEqual(odd.length);
  });
});

describe('keystroke-rate behaviour', () => {
  it('re-analyses only the sentence that changed', () => {
    const analyzer = createAnalyzer({ rules: registry.filter((r) => (r.meta.scope ?? 'sentence') === 'sentence') });
    analyzer.analyze({ text: longPost });
    const before = { ...analyzer.stats };
    const edited = longPost.replace('number 3', 'number 3x'); // one keystroke in the fourth sentence
    analyzer.analyze({ text: edited });
    expect(analyzer.stats.segmentsFromCache - before.segmentsFromCache).toBe(8);
    const rerun =
      analyzer.stats.segmentsAnalyzed - before.segmentsAnalyzed +
      (analyzer.stats.segmentsSkippedByTrigger - before.segmentsSkippedByTrigger);
    expect(rerun).toBe(1);
  });

  it('never runs compromise when the cheap prefilter says no rule can fire', () => {
    const text = 'Tea has a long history in China and India. There are thousands of varieties today.';
    const sentenceRules = createAnalyzer({ rules: registry.filter((r) => (r.meta.scope ?? 'sentence') === 'sentence') });
    sentenceRules.analyze({ text });
    expect(sentenceRules.stats.segmentsAnalyzed).toBe(0);
    const all = createAnalyzer();
    all.analyze({ text });
    expect(all.stats.nlpParses).toBe(0);
  });

  it('re-runs whole-post rules once per keystroke, on the whole post', () => {
    const textRules = registry.filter((r) => r.meta.scope === 'text');
    expect(textRules.length).toBeGreaterThan(0);
    const analyzer = createAnalyzer({ rules: textRules });
    analyzer.analyze({ text: longPost });
    const before = analyzer.stats.segmentsAnalyzed + analyzer.stats.segmentsSkippedByTrigger;
    analyzer.analyze({ text: longPost.replace('number 3', 'number 3x') });
    expect(analyzer.stats.segmentsAnalyzed + analyzer.stats.segmentsSkippedByTrigger - before).toBe(1);
    analyzer.analyze({ text: longPost.replace('number 3', 'number 3x') });
    expect(analyzer.stats.segmentsAnalyzed + analyzer.stats.segmentsSkippedByTrigger - before).toBe(1);
  });

  it('parses a segment with compromise at most once, however many rules ask', () => {
    const asks = (id: string) =>
      defineRule({
        meta: {
          id, category: 'tone/unfriendly', severity: 'info', description: 'd', messages: { m: 'm' }, explanation: 'e',
          policy: { source: 's', quote: 'q' }, options: z.object({}), profiles: ['official'], trigger: /word/,
        },
        *check({ nlp }) {
          if (nlp().has('word')) yield { start: 0, end: 4, messageId: 'm' as const };
        },
      });
    const analyzer = createAnalyzer({ rules: [asks('first-rule'), asks('second-rule')] });
    expect(analyzer.analyze({ text: 'word one' })).toHaveLength(2);
    expect(analyzer.stats.nlpParses).toBe(1);
  });

  it('keeps a different cache entry per profile and reply context', () => {
    const analyzer = createAnalyzer();
    expect(analyzer.analyze({ text: 'Vote for Jane Smith' })).toHaveLength(1);
    expect(analyzer.analyze({ text: 'Vote for Jane Smith', profile: 'personal' })).toHaveLength(0);
  });
});

describe('settings', () => {
  it('disables a rule and overrides severity', () => {
    const off = createAnalyzer({ settings: { 'tone-sarcasm': { enabled: false } } });
    expect(off.analyze({ text: 'Nice /s' })).toEqual([]);
    const info = createAnalyzer({ settings: { 'tone-sarcasm': { severity: 'info' } } });
    expect(info.analyze({ text: 'Nice /s' })[0]!.severity).toBe('info');
  });

  it('names the rule and field when options are malformed', () => {
    expect(() => createAnalyzer({ settings: { 'tone-sarcasm': { options: { emoji: 'yes' } } } })).toThrow(
      /tone-sarcasm.*emoji/,
    );
    expect(() => createAnalyzer({ settings: { 'no-such-rule': {} } })).toThrow(SettingsError);
  });
});

describe('quoted and reposted text', () => {
  it('reports findings in the quoted text, marked and with offsets into it', () => {
    const quoted = 'Best outage ever /s';
    const findings = analyze({ text: 'Worth a read.', quoted });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'tone-sarcasm', quoted: true, start: 17, end: 19 });
    expect(quoted.slice(findings[0]!.start, findings[0]!.end)).toBe('/s');
  });

  it('lists the post’s own findings before the quoted ones', () => {
    const findings = analyze({ text: 'Vote for Jane Smith', quoted: 'Nice /s' });
    expect(findings.map((f) => f.quoted ?? false)).toEqual([false, true]);
  });

  it('skips rules that opt out of checking quotes', () => {
    const ownVoice = defineRule({
      meta: {
        id: 'own-voice', category: 'voice/official', severity: 'warning', description: 'd', messages: { m: 'm' },
        explanation: 'e', policy: { source: 's', quote: 'q' }, options: z.object({}), profiles: ['personal'],
        trigger: /we/, checksQuoted: false,
      },
      *check({ text }) {
        const at = text.indexOf('we');
        if (at >= 0) yield { start: at, end: at + 2, messageId: 'm' as const };
      },
    });
    const analyzer = createAnalyzer({ rules: [ownVoice] });
    expect(analyzer.analyze({ text: 'no', quoted: 'we decided', profile: 'personal' })).toEqual([]);
    expect(analyzer.analyze({ text: 'we decided', quoted: 'we decided', profile: 'personal' })).toHaveLength(1);
  });
});

describe('vocabulary', () => {
  it('drops findings whose flagged text the user chose to always ignore, whatever its case and spacing', () => {
    const analyzer = createAnalyzer({ vocabulary: { ignore: ['VOTE FOR  jane smith'] } });
    expect(analyzer.analyze({ text: 'Vote for Jane Smith. Vote for Ana Lima.' }).map((f) => f.start)).toEqual([21]);
  });

  it('builds triggers from the word lists once per analyser', () => {
    const brandRule = defineRule({
      meta: {
        id: 'brand-probe', category: 'endorsement/product', severity: 'info', description: 'd', messages: { m: '{b}' },
        explanation: 'e', policy: { source: 's', quote: 'q' }, options: z.object({}), profiles: ['official'],
        trigger: (vocabulary) => vocabulary.brands,
      },
      *check({ text, vocabulary }) {
        for (const m of vocabulary.brands.matchAll(text)) yield { start: m.start, end: m.end, messageId: 'm' as const, data: { b: m.text } };
      },
    });
    const plain = createAnalyzer({ rules: [brandRule] });
    expect(plain.analyze({ text: 'Acme Phones are here' })).toEqual([]);
    expect(plain.stats.segmentsSkippedByTrigger).toBe(1);
    const withBrand = createAnalyzer({ rules: [brandRule], vocabulary: { brands: ['Acme Phones'] } });
    expect(withBrand.analyze({ text: 'acme  phones are here' }).map((f) => f.message)).toEqual(['acme  phones']);
  });

  it('rejects a malformed word list with the field named, before any post is checked', () => {
    expect(() => createAnalyzer({ vocabulary: { brands: ['ok', ''] } })).toThrow(/vocabulary\.brands\.1: a brand name must not be empty/);
    expect(() => createAnalyzer({ vocabulary: { parties: 'Labour' as never } })).toThrow(SettingsError);
  });

  it('defaults to the Wikimedia Foundation and its projects, and lets another organisation replace them', () => {
    expect(createAnalyzer().vocabulary.ownNames.test('I edit Wikidata')).toBe(true);
    const a2k = createAnalyzer({ vocabulary: { organisations: ['CIS-A2K', 'A2K'], projects: ['Wikipedia'] } }).vocabulary;
    expect(a2k.organisationName).toBe('CIS-A2K');
    expect(a2k.ownNames.test('At CIS-A2K we decided')).toBe(true);
    expect(a2k.ownNames.test('the Wikimedia Foundation')).toBe(false);
  });
});

describe('huge pastes', () => {
  it('checks whole-post rules window by window, with offsets into the whole text', () => {
    const filler = 'Volunteers added sources to the article about tea. '.repeat(200); // about 10,000 characters
    const text = `${filler}The upload tool is broken again. Just what we needed. ${filler}`;
    const findings = createAnalyzer().analyze({ text });
    const irony = findings.find((f) => f.rule === 'tone-sarcasm-context');
    expect(irony && text.slice(irony.start, irony.end)).toBe('Just what we needed');
  });

  it('handles 100,000 characters of odd input without throwing, every span inside the text', () => {
    const inputs = ['!'.repeat(100_000), '🙄👏🤡'.repeat(16_000), 'A'.repeat(100_000), 'Stop. '.repeat(16_000), '"great" '.repeat(12_000)];
    for (const text of inputs) {
      for (const profile of ['official', 'personal'] as const) {
        for (const f of createAnalyzer().analyze({ text, profile })) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
        }
      }
    }
  });
});
