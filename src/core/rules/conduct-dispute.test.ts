import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine.ts';
import { runRuleTable } from '../../../test/unit/rule-tester.ts';
import rule from './conduct-dispute.ts';

runRuleTable(rule, {
  valid: [
    // Thanks and polite corrections.
    { text: "You're right, thanks for the correction!", reply: true },
    { text: "Thanks for flagging this — you're right, we've fixed it", reply: true },
    { text: "Good catch! We've updated the post", reply: true },
    { text: 'Good catch — that’s not true any more, we’ve updated the post. Thanks!', reply: true },
    { text: 'Small correction: Wikipedia launched on 15 January 2001, not 2000. Easy one to mix up!', reply: true },
    // A courteous, sourced correction without a retort or an accusation stays quiet: it is what the
    // guideline asks for instead of a dispute.
    { text: "That's not quite what the study says; here is the source: https://doi.org/10.1000/182", reply: true },
    // Quizzes, questions, reported claims and myth-busting that address nobody.
    'Not true? Check the article to learn more',
    { text: 'Is it true that octopuses have three hearts? 🐙', reply: true },
    { text: 'The claim that the bridge was built in 1900 is not true, says the article.', reply: true },
    'Myth: Wikipedia is written by bots. Fact: over 100,000 volunteers edit it every month.',
    "Myth: you can't cite Wikipedia. That's false: you can, as a starting point.",
    "Some say Wikipedia is written by AI. That's simply not true.",
    'Think you know Wikipedia? Prove it! Take our quiz 🧠',
    "You're wrong if you think editing is hard! Our tutorial takes five minutes.",
    // Topics and tips, not retorts.
    'Do your research with Wikipedia, then follow the citations to the sources!',
    'Students: learn to read sources critically with our new course.',
    "Bots are spreading misinformation faster than ever. Here's how editors fight back.",
    'Read about Greta Thunberg’s “How dare you” speech at the UN.',
    'Happy 25th birthday, Wikipedia! 🎉 Thank you to every volunteer.',
    // Answers and conditionals.
    { text: "Nope, no ads on Wikipedia, ever. It's funded by readers like you 💙", reply: true },
    { text: "If that's not true, let us know and we'll fix our post.", reply: true },
    { text: 'Wrong date in our last post, sorry! The edit-a-thon is on Saturday.', reply: true },
    // Options and profiles.
    { text: "That's not true.", reply: true, options: { contradictions: false } },
    { text: 'Shame on you for posting this.', profile: 'personal' },
  ],
  invalid: [
    {
      text: "You're wrong. Wikipedia has never run ads.",
      reply: true,
      errors: [
        { messageId: 'accusation', start: 0, end: 12, span: "You're wrong" },
      ],
    },
    {
      text: "That's simply not true.",
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 0, end: 22, span: "That's simply not true" },
      ],
    },
    {
      text: "Nope, that's false. Wikipedia has never sold user data.",
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 0, end: 18, span: "Nope, that's false" },
      ],
    },
    {
      text: 'Stop spreading misinformation about our editors, @newsdesk.',
      errors: [
        { messageId: 'accusation', start: 0, end: 29, span: 'Stop spreading misinformation' },
      ],
    },
    {
      text: 'Prove it.',
      reply: true,
      errors: [
        { messageId: 'challenge', start: 0, end: 9, span: 'Prove it.' },
      ],
    },
    {
      text: 'Shame on you for posting this.',
      errors: [
        { messageId: 'accusation', start: 0, end: 12, span: 'Shame on you' },
      ],
    },
    {
      text: 'How dare you accuse our volunteers of bias?',
      errors: [
        { messageId: 'accusation', start: 0, end: 12, span: 'How dare you' },
      ],
    },
    {
      text: "If you'd bothered to check the edit history, you'd know it was reverted in a minute.",
      errors: [
        { messageId: 'challenge', start: 0, end: 17, span: "If you'd bothered" },
      ],
    },
    {
      text: 'Did you even read the article?',
      errors: [
        { messageId: 'challenge', start: 0, end: 17, span: 'Did you even read' },
      ],
    },
    {
      text: "You clearly don't understand how citations work.",
      errors: [
        { messageId: 'challenge', start: 0, end: 28, span: "You clearly don't understand" },
      ],
    },
    {
      text: 'Do your homework before posting.',
      reply: true,
      errors: [
        { messageId: 'challenge', start: 0, end: 16, span: 'Do your homework' },
      ],
    },
    {
      text: 'Get your facts straight, @QuickTakesNews. Wikipedia has more than 300 language editions.',
      errors: [
        { messageId: 'challenge', start: 0, end: 25, span: 'Get your facts straight, ' },
      ],
    },
    {
      text: "You have no idea what you're talking about.",
      errors: [
        { messageId: 'challenge', start: 0, end: 43, span: "You have no idea what you're talking about." },
      ],
    },
    {
      text: 'Stop twisting the facts. Our financial statements are audited every year.',
      errors: [
        { messageId: 'accusation', start: 0, end: 25, span: 'Stop twisting the facts. ' },
      ],
    },
    {
      text: 'Wrong! The Eiffel Tower is 330 m tall.',
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 0, end: 7, span: 'Wrong! ' },
      ],
    },
    {
      text: 'Your claim is baseless, and every number in that thread is made up.',
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 0, end: 24, span: 'Your claim is baseless, ' },
        { messageId: 'contradiction', start: 44, end: 66, span: 'that thread is made up' },
      ],
    },
    {
      text: "That's not what happened and you know it.",
      reply: true,
      errors: [
        { messageId: 'accusation', start: 0, end: 41, span: "That's not what happened and you know it." },
      ],
    },
    {
      text: "Actually, you're the one who got it wrong here.",
      reply: true,
      errors: [
        { messageId: 'accusation', start: 10, end: 41, span: "you're the one who got it wrong" },
      ],
    },
    {
      text: '🤔 That’s not true 👎',
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 3, end: 18, span: 'That’s not true' },
      ],
    },
    {
      text: '维基百科That’s not true。',
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 4, end: 19, span: 'That’s not true' },
      ],
    },
    {
      text: 'ウィキペディアyou’re wrong、残念',
      reply: true,
      errors: [
        { messageId: 'accusation', start: 7, end: 19, span: 'you’re wrong' },
      ],
    },
    {
      text: 'ويكيبيديا you are lying',
      reply: true,
      errors: [
        { messageId: 'accusation', start: 10, end: 23, span: 'you are lying' },
      ],
    },
    {
      text: 'שלום! That’s a lie.',
      reply: true,
      errors: [
        { messageId: 'accusation', start: 6, end: 19, span: 'That’s a lie.' },
      ],
    },
    {
      text: 'Worth a read.',
      quoted: '@journo nope. That’s false and you know it.',
      errors: [
        { messageId: 'accusation', start: 14, end: 43, span: 'That’s false and you know it.', quoted: true },
      ],
    },
    {
      text: 'Incorrect. The Foundation does not edit articles.',
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 0, end: 11, span: 'Incorrect. ' },
      ],
    },

  ],
});

describe('conduct-dispute suggestions', () => {
  const analyzer = createAnalyzer({ rules: [rule] });

  it('offers to point to the sources instead of a contradiction', () => {
    const [finding] = analyzer.analyze({ text: "That's simply not true.", reply: true });
    expect(finding?.suggestions).toEqual([
      { replacement: 'Here’s what reliable sources say', label: 'Point to the sources instead of arguing' },
    ]);
  });

  it('offers to drop a retort that opens the sentence, with its punctuation', () => {
    const text = 'Wrong! The Eiffel Tower is 330 m tall.';
    const [finding] = analyzer.analyze({ text, reply: true });
    const fixed = text.slice(0, finding!.start) + finding!.suggestions![0]!.replacement + text.slice(finding!.end);
    expect(fixed).toBe('The Eiffel Tower is 330 m tall.');
  });

  it('offers nothing where removing the words would break the sentence', () => {
    const [finding] = analyzer.analyze({ text: 'Shame on you for posting this.' });
    expect(finding?.suggestions).toBeUndefined();
  });
});
