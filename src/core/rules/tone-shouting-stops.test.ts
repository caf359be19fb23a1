import { expect, it } from 'vitest';
import { runRuleTable } from '../../../test/unit/rule-tester.ts';
import { createAnalyzer } from '../engine.ts';
import rule from './tone-shouting-stops.ts';

runRuleTable(rule, {
  valid: [
    // Slogans and cheers in the same rhythm carry no small words, or don't start with a command; initials and
    // abbreviations are not one-word sentences; capitals are tone-shouting's.
    'Learn. Edit. Share.',
    'Discover. Learn. Edit. Share.',
    'We. Did. It. 🎉',
    'One. Million. Articles.',
    "J. R. R. Tolkien's letters are on Wikisource.",
    'STOP. TAGGING. US.',
    'Wikimania. Nairobi. August. Be there.',
    'Photos. Maps. Data. All free.',
    "Edit. Cite. Repeat. That's the whole secret.",
    "Read. Write. Edit. Share. It's free.",
    'Yes. No. Maybe. It depends on the licence.',
    { text: 'Stop. Tagging. Us. In. Your. Crypto. Scams.', profile: 'personal' },
    'Dr. Rao and Prof. Lima join us today.',
    'We fixed it. Thanks. Really.',
  ],
  invalid: [
    {
      text: 'Stop. Tagging. Us. In. Your. Crypto. Scams. 🚫',
      errors: [{ messageId: 'stops', start: 0, end: 43, span: 'Stop. Tagging. Us. In. Your. Crypto. Scams.' }],
    },
    {
      text: 'Read. The. Article.',
      errors: [{ messageId: 'stops', start: 0, end: 19, span: 'Read. The. Article.' }],
    },
    {
      text: 'This. Is. Not. A. Forum.',
      errors: [{ messageId: 'stops', start: 0, end: 24, span: 'This. Is. Not. A. Forum.' }],
    },
    {
      text: 'Do. Not. Upload. Your. Holiday. Selfies.',
      errors: [{ messageId: 'stops', start: 0, end: 40, span: 'Do. Not. Upload. Your. Holiday. Selfies.' }],
    },
    {
      text: 'Please. Stop. Spamming.',
      errors: [{ messageId: 'stops', start: 0, end: 23, span: 'Please. Stop. Spamming.' }],
    },
    {
      text: 'We have said this before. Read. The. Guidelines. Before. Uploading.',
      errors: [{ messageId: 'stops', start: 26, end: 67, span: 'Read. The. Guidelines. Before. Uploading.' }],
    },
    {
      text: '维基百科 Read. The. Article. 📖',
      errors: [{ messageId: 'stops', start: 5, end: 24, span: 'Read. The. Article.' }],
    },
    {
      text: 'Stop. Tagging. Us. شكرا',
      errors: [{ messageId: 'stops', start: 0, end: 18, span: 'Stop. Tagging. Us.' }],
    },
    {
      text: 'Not. Your. Personal. Blog.',
      errors: [{ messageId: 'stops', start: 0, end: 26, span: 'Not. Your. Personal. Blog.' }],
    },
    {
      text: 'It. Is. Not. Vandalism. To. Fix. A. Typo.',
      errors: [{ messageId: 'stops', start: 0, end: 41, span: 'It. Is. Not. Vandalism. To. Fix. A. Typo.' }],
    },
  ],
});

it('suggests the words as one sentence, keeping the organisation’s names', () => {
  const analyzer = createAnalyzer({ rules: [rule] });
  const [stops] = analyzer.analyze({ text: 'Stop. Tagging. Us. In. Your. Crypto. Scams. 🚫' });
  expect(stops?.suggestions).toEqual([{ replacement: 'Stop tagging us in your crypto scams.', label: 'Write “Stop tagging us in your crypto scams.”' }]);
  const [named] = analyzer.analyze({ text: 'Do. Not. Edit. Wikipedia. For. Money.' });
  expect(named?.suggestions?.[0]?.replacement).toBe('Do not edit Wikipedia for money.');
});
