import { describe, expect, it } from 'vitest';
import { runRuleTable } from '../../../test/unit/rule-tester.ts';
import { createAnalyzer } from '../engine.ts';
import rule, { mayContainProfanity, profanityMatcher } from './tone-unfriendly.ts';

runRuleTable(rule, {
  valid: [
    // Hard negatives named in the issue.
    'Great news! 1 million articles 🎉',
    'We’re SO excited to announce the winners of Wiki Loves Monuments…',
    'UNESCO and the WMF signed a memorandum on open knowledge.',
    'Read the article about the Dumbarton Oaks conference',
    // A nickname that names a thing, not a person (listed as an exception).
    'The idiot box (a nickname for television) has its own article.',
    // Titles: in quotes, or in Title Case.
    'Tonight’s featured film: “Shut Up and Dance”.',
    'Shut Up and Dance (film) is today’s featured article.',
    '“Nobody Cares” is a 2004 song; read its article.',
    'The killer whale is the largest member of the dolphin family.',
    '“Damn Yankees” opened on Broadway in 1955.',
    'Damn Yankees opened on Broadway in 1955.',
    'Read The Idiot by Dostoevsky on Wikisource.',
    'Never Mind the Bollocks turned 45 this year.',
    // Scunthorpe problems: the package's whitelist and ours.
    'Scunthorpe, Essex and Middlesex photos for the assessment of the cocktail exhibit.',
    'Dick Cheney served as the 46th vice president of the United States.',
    'The breeder registered the bitch and her litter of six puppies.',
    'Photos of Fukushima by Fu Ying are now on Commons.',
    'Pissarro’s paintings are in the public domain.',
    'Flame retardant chemistry is today’s featured article.',
    'Summa cum laude graduates joined our edit-a-thon.',
    'The great tit and the blue-footed booby are this week’s birds.',
    'Sex education articles were improved by 40 volunteers.',
    'A chink in the armour: how medieval plate was made.',
    // Constructions that only count as a retort or a command.
    'Kids learn to read with Wikipedia in their own language.',
    'Learn to read maps with our Wikivoyage guide.',
    'Read a book this summer: here are 10 classics on Wikisource.',
    'Children who grow up with Wikipedia ask great questions.',
    'Get lost in Wikipedia’s rabbit holes this weekend!',
    'We’ll wait for the jury before announcing the winners.',
    'Nobody wants to lose their work, so every edit is saved.',
    'Imagine a world in which every single human being can freely share in the sum of all knowledge.',
    'There are no stupid questions at our editing workshop!',
    'The word idiot comes from the Greek idiōtēs.',
    '@clueless_cat thanks for the photo!',
    'The story is at https://en.wikipedia.org/wiki/Idiot_box today.',
    'Thanks for the correction, you’re right, we fixed the caption.',
    'Join 300 volunteers at Wikimania in Nairobi 🌍',
    // Other profiles and options.
    { text: 'This is so damn good', profile: 'personal' },
    { text: 'Shut up, @troll.', options: { contempt: false } },
    { text: 'What a load of shit', options: { profanity: false } },
    { text: 'cry more 🤡', options: { contempt: false, emoji: false } },
  ],
  invalid: [
    { text: 'What an idiot.', errors: [{ messageId: 'insult', start: 8, end: 13, span: 'idiot' }] },
    { text: 'Nobody cares.', errors: [{ messageId: 'contempt', start: 0, end: 12, span: 'Nobody cares' }] },
    { text: 'Shut up, @troll.', errors: [{ messageId: 'contempt', start: 0, end: 7, span: 'Shut up' }] },
    {
      text: 'LOL imagine not knowing how citations work',
      errors: [{ messageId: 'mocking', start: 0, end: 23, span: 'LOL imagine not knowing' }],
    },
    {
      text: 'cry more 🤡',
      errors: [
        { messageId: 'mocking', start: 0, end: 8, span: 'cry more' },
        { messageId: 'emoji', start: 9, end: 11, span: '🤡' },
      ],
    },
    { text: 'ok boomer', errors: [{ messageId: 'mocking', start: 0, end: 9, span: 'ok boomer' }] },
    {
      text: 'this is f*cking stupid',
      errors: [
        { messageId: 'profanity', start: 8, end: 15, span: 'f*cking' },
        { messageId: 'insult', start: 16, end: 22, span: 'stupid' },
      ],
    },
    { text: 'what a load of sh1t', errors: [{ messageId: 'profanity', start: 15, end: 19, span: 'sh1t' }] },
    { text: 'You absolute a$$hole', errors: [{ messageId: 'profanity', start: 13, end: 20, span: 'a$$hole' }] },
    {
      text: 'Learn to read before you comment.',
      reply: true,
      errors: [{ messageId: 'contempt', start: 0, end: 13, span: 'Learn to read' }],
    },
    {
      text: 'Learn to read, mate. It is in the first sentence.',
      reply: true,
      errors: [{ messageId: 'contempt', start: 0, end: 13, span: 'Learn to read' }],
    },
    {
      // CJK and emoji right next to the match: offsets are UTF-16 code units.
      text: '维基百科idiots🤡',
      errors: [
        { messageId: 'insult', start: 4, end: 10, span: 'idiots' },
        { messageId: 'emoji', start: 10, end: 12, span: '🤡' },
      ],
    },
    { text: 'ウィキペディアshit', errors: [{ messageId: 'profanity', start: 7, end: 11, span: 'shit' }] },
    { text: 'مرحبا، shut up يا', errors: [{ messageId: 'contempt', start: 7, end: 14, span: 'shut up' }] },
    { text: 'ויקיפדיה nobody cares 😂', errors: [{ messageId: 'contempt', start: 9, end: 21, span: 'nobody cares' }] },
    {
      text: "Tell me you didn't read the article without telling me you didn't read the article.",
      errors: [{ messageId: 'mocking', start: 0, end: 54, span: "Tell me you didn't read the article without telling me" }],
    },
    {
      text: 'Damn, that’s a crap photo. Try again with the lens cap off.',
      reply: true,
      errors: [
        { messageId: 'profanity', start: 0, end: 4, span: 'Damn' },
        { messageId: 'profanity', start: 15, end: 19, span: 'crap' },
      ],
    },
    {
      text: 'The digital minister is clueless. Absolutely clueless.',
      errors: [
        { messageId: 'insult', start: 24, end: 32, span: 'clueless' },
        { messageId: 'insult', start: 45, end: 53, span: 'clueless' },
      ],
    },
    { text: 'Pathetic attempt at vandalism.', errors: [{ messageId: 'insult', start: 0, end: 8, span: 'Pathetic' }] },
    { text: 'Honestly the dumbest question we’ve had all week.', errors: [{ messageId: 'insult', start: 13, end: 20, span: 'dumbest' }] },
    { text: 'MOTHERFUCKER', errors: [{ messageId: 'profanity', start: 0, end: 12, span: 'MOTHERFUCKER' }] },
    { text: 'ｆｕｃｋ this', errors: [{ messageId: 'profanity', start: 0, end: 4, span: 'ｆｕｃｋ' }] },
    { text: 'Stop being a retard', errors: [{ messageId: 'slur', start: 13, end: 19, span: 'retard' }] },
    {
      text: 'Our editors come from 190 countries.',
      quoted: 'Wikipedia editors are a bunch of basement-dwelling losers',
      errors: [{ messageId: 'insult', start: 24, end: 57, span: 'bunch of basement-dwelling losers', quoted: true }],
    },
    {
      text: 'Looking for a hobby? Edit Wikipedia.',
      quoted: 'SHUT UP ABOUT CRYPTO AND GO EDIT WIKIPEDIA 😂',
      errors: [{ messageId: 'contempt', start: 0, end: 7, span: 'SHUT UP', quoted: true }],
    },
    { text: 'Grow up, @bob.', reply: true, errors: [{ messageId: 'contempt', start: 0, end: 7, span: 'Grow up' }] },
    { text: 'Get lost.', errors: [{ messageId: 'contempt', start: 0, end: 8, span: 'Get lost' }] },
    {
      text: 'Fine, the article has been changed. Happy now?',
      errors: [{ messageId: 'contempt', start: 36, end: 45, span: 'Happy now' }],
    },
    {
      text: 'Please stop uploading cat photos. Nobody wants them.',
      errors: [{ messageId: 'contempt', start: 34, end: 51, span: 'Nobody wants them' }],
    },
    { text: '🖕🏽 to the vandals', errors: [{ messageId: 'emoji', start: 0, end: 4, span: '🖕🏽' }] },
    {
      text: 'Imagine being this clueless about how an encyclopedia works.',
      errors: [{ messageId: 'mocking', start: 0, end: 27, span: 'Imagine being this clueless' }],
    },
    {
      text: 'WRONG. AGAIN. How many times do we have to correct you?',
      errors: [{ messageId: 'contempt', start: 14, end: 50, span: 'How many times do we have to correct' }],
    },
    {
      text: 'Senator Ellison is a disgrace and an embarrassment to this country.',
      errors: [
        { messageId: 'contempt', start: 16, end: 29, span: 'is a disgrace' },
        { messageId: 'contempt', start: 34, end: 53, span: 'an embarrassment to' },
      ],
    },
    { text: 'What the hell is this edit?', errors: [{ messageId: 'profanity', start: 0, end: 13, span: 'What the hell' }] },
  ],
});

describe('tone-unfriendly suggestions', () => {
  const analyzer = createAnalyzer({ rules: [rule] });
  const suggestionsFor = (text: string) => analyzer.analyze({ text }).map((f) => f.suggestions?.map((s) => s.replacement));

  it('offers neutral words where they exist', () => {
    expect(suggestionsFor('The minister is clueless.')).toEqual([['unaware']]);
    expect(suggestionsFor('Pathetic effort.')).toEqual([['Disappointing']]);
    expect(suggestionsFor('What the hell happened?')).toEqual([['What']]);
  });

  it('offers to remove intensifiers and emoji, and nothing for plain name-calling', () => {
    expect(suggestionsFor('This is f*cking great')).toEqual([['']]);
    expect(suggestionsFor('Nice edit 🤡')).toEqual([['']]);
    expect(suggestionsFor('You idiot')).toEqual([undefined]);
  });
});

describe('profanity screen', () => {
  // The cheap screen must never hide a match the obscenity package would find.
  const leet: Record<string, string> = { a: '@4', e: '3', i: '1!|', o: '0', s: '$5', t: '7' };
  const words = ['fuck', 'shit', 'cunt', 'bitch', 'asshole', 'bastard', 'twat', 'wanker', 'piss', 'slut', 'whore', 'retard', 'faggot'];
  it('passes every obfuscated form the package matches', () => {
    let checked = 0;
    for (const word of words) {
      const forms = new Set([word, word.toUpperCase(), word.replace(/^(.)/, '$1$1$1$1')]);
      for (let i = 0; i < word.length; i++) {
        for (const c of leet[word[i]!] ?? '') forms.add(word.slice(0, i) + c + word.slice(i + 1));
      }
      for (const form of forms) {
        for (const text of [form, `oh ${form}!`, `维基${form}😂`]) {
          if (profanityMatcher.getAllMatches(text).length === 0) continue;
          checked++;
          expect(mayContainProfanity(text), text).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('stays closed on ordinary posts', () => {
    expect(mayContainProfanity('Wiki Loves Monuments 2025: the winners are here 🎉')).toBe(false);
  });
});
