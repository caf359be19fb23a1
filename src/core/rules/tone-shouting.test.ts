import { describe, expect, it } from 'vitest';
import { runRuleTable } from '../../../test/unit/rule-tester.ts';
import { createAnalyzer } from '../engine.ts';
import rule from './tone-shouting.ts';

runRuleTable(rule, {
  valid: [
    // Hard negatives named in the issue.
    'Great news! 1 million articles 🎉',
    'We’re SO excited to announce the winners…', // one word of emphasis
    'UNESCO and the WMF signed a memorandum on open knowledge.',
    'All photos are licensed CC BY-SA 4.0.',
    'Welcome!!', // two are fine; three or more count
    'Really?!',
    'Why???',
    // Acronyms and initialisms, alone or several in a row.
    'AI, HTML and NASA: the WLM 2025 jury met in the USA.',
    'NASA ESA JAXA and CERN images are on Commons.',
    'The UN AND EU statement is linked below.',
    'COVID-19 FAQ for AFC reviewers',
    'Day XIV of the GLAM tour',
    'Q&A WITH WMF',
    // Hashtags, handles, links, quoted titles.
    '#WLM2025 #ASKWIKIPEDIA #WIKILOVESMONUMENTS',
    'Thanks @WIKIMEDIA_ES @WMF_OFFICIAL @UNESCO_ORG for joining',
    'Details: https://example.org/WE-ARE-LIVE-NOW',
    'Read “THE END OF THE WORLD IS NIGH” on Wikisource.',
    'BREAKING: the archive is online',
    'THANK YOU to every volunteer!',
    'Wow!!10 years of Wikidata',
    'Join the edit-a-thon this Saturday 📚',
    // Other profiles and options.
    { text: 'THIS IS HUGE', profile: 'personal' },
    { text: 'THIS IS HUGE', options: { minWords: 4 } },
    { text: 'Welcome!!!', options: { exclamations: false } },
    { text: 'WE ARE LIVE', options: { caps: false } },
  ],
  invalid: [
    { text: 'THIS IS HUGE', errors: [{ messageId: 'caps', start: 0, end: 12, span: 'THIS IS HUGE' }] },
    { text: 'Welcome!!!', errors: [{ messageId: 'exclamations', start: 7, end: 10, span: '!!!' }] },
    { text: 'What?!?!', errors: [{ messageId: 'exclamations', start: 4, end: 8, span: '?!?!' }] },
    { text: 'WOW!!1', errors: [{ messageId: 'exclamations', start: 3, end: 6, span: '!!1' }] },
    {
      text: 'Deadline is TOMORROW!!! Submit your photos NOW!!! 📸📸',
      errors: [
        { messageId: 'exclamations', start: 20, end: 23, span: '!!!' },
        { messageId: 'exclamations', start: 46, end: 49, span: '!!!' },
      ],
    },
    {
      text: 'READ THE GUIDELINES BEFORE YOU UPLOAD. WE ARE NOT KIDDING.',
      errors: [
        { messageId: 'caps', start: 0, end: 37, span: 'READ THE GUIDELINES BEFORE YOU UPLOAD' },
        { messageId: 'caps', start: 39, end: 57, span: 'WE ARE NOT KIDDING' },
      ],
    },
    { text: 'I AM SO ANGRY', errors: [{ messageId: 'caps', start: 0, end: 13, span: 'I AM SO ANGRY' }] },
    {
      text: 'ONLY 24 HOURS LEFT!!!',
      errors: [
        { messageId: 'caps', start: 0, end: 18, span: 'ONLY 24 HOURS LEFT' },
        { messageId: 'exclamations', start: 18, end: 21, span: '!!!' },
      ],
    },
    {
      text: 'Join us THIS SATURDAY AT NOON for the edit-a-thon',
      errors: [{ messageId: 'caps', start: 8, end: 29, span: 'THIS SATURDAY AT NOON' }],
    },
    {
      text: 'HAPPY 25TH BIRTHDAY WIKIPEDIA 🎉',
      errors: [{ messageId: 'caps', start: 0, end: 29, span: 'HAPPY 25TH BIRTHDAY WIKIPEDIA' }],
    },
    {
      // CJK, RTL and emoji right next to the run: offsets are UTF-16 code units.
      text: '维基百科 WE DID IT 🎉',
      errors: [{ messageId: 'caps', start: 5, end: 14, span: 'WE DID IT' }],
    },
    { text: 'مرحبا THIS IS AMAZING', errors: [{ messageId: 'caps', start: 6, end: 21, span: 'THIS IS AMAZING' }] },
    { text: 'שלום!!! ויקיפדיה', errors: [{ messageId: 'exclamations', start: 4, end: 7, span: '!!!' }] },
    { text: '🎉🎉WE ARE LIVE NOW🎉', errors: [{ messageId: 'caps', start: 4, end: 19, span: 'WE ARE LIVE NOW' }] },
    { text: '太好了！！！', errors: [{ messageId: 'exclamations', start: 3, end: 6, span: '！！！' }] },
    { text: 'ВИКИПЕДИЯ ЭТО ЗДОРОВО', errors: [{ messageId: 'caps', start: 0, end: 21, span: 'ВИКИПЕДИЯ ЭТО ЗДОРОВО' }] },
    {
      text: 'Looking for a hobby? Edit Wikipedia.',
      quoted: 'SHUT UP ABOUT CRYPTO AND GO EDIT WIKIPEDIA 😂',
      errors: [{ messageId: 'caps', start: 0, end: 42, span: 'SHUT UP ABOUT CRYPTO AND GO EDIT WIKIPEDIA', quoted: true }],
    },
    { text: 'THANK YOU', options: { minWords: 2 }, errors: [{ messageId: 'caps', start: 0, end: 9, span: 'THANK YOU' }] },
  ],
});

describe('tone-shouting suggestions', () => {
  const analyzer = createAnalyzer({ rules: [rule] });
  const suggestionsFor = (text: string) => analyzer.analyze({ text }).map((f) => f.suggestions?.map((s) => s.replacement));

  it('puts a run into sentence case, keeping acronyms, names of days and the organisation’s names', () => {
    expect(suggestionsFor('WE LOVE WIKIMEDIA COMMONS AND THE WMF')).toEqual([['We love Wikimedia Commons and the WMF']]);
    expect(suggestionsFor('HAPPY 25TH BIRTHDAY WIKIPEDIA')).toEqual([['Happy 25th birthday Wikipedia']]);
    expect(suggestionsFor('Join us THIS SATURDAY AT NOON')).toEqual([['this Saturday at noon']]);
    expect(suggestionsFor('I’M SO PROUD OF US')).toEqual([['I’m so proud of us']]);
  });

  it('replaces stacked marks with one', () => {
    expect(suggestionsFor('Welcome!!!')).toEqual([['!']]);
    expect(suggestionsFor('What?!?!')).toEqual([['?']]);
    expect(suggestionsFor('太好了！！！')).toEqual([['！']]);
  });
});
