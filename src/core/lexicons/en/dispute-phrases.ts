import type { LexiconEntry } from '../types.ts';

export type DisputeKind =
  /** Says the other account is wrong ("that's not true", "you're wrong"). */
  | 'contradiction'
  /** Blames or shames the other account ("shame on you", "stop spreading lies"). */
  | 'accusation'
  /** Challenges or belittles the other account ("prove it", "did you even read", "do your research"). */
  | 'challenge';

export interface DisputePhrase extends LexiconEntry {
  kind: DisputeKind;
  /**
   * The phrase only argues when someone is addressed: the post is a reply, the sentence @mentions an account,
   * or it speaks to "you" outside the phrase itself. Alone, "that's not true" may just be myth-busting.
   */
  needsAddress?: boolean;
  /**
   * The phrase only counts as the first words of the sentence followed by punctuation: "Wrong!" or "Nope, …",
   * not "false information spreads" or "the wrong date".
   */
  atStart?: boolean;
  /**
   * The phrase only counts when it opens another retort ("Nope, that's false"); alone it may just answer a
   * question ("Nope, no ads on Wikipedia, ever").
   */
  prefixOnly?: boolean;
  /** A neutral rewording for the span; without one the suggestion removes it. */
  replacement?: string;
}

const COMMON = 'common English usage';
const GUIDELINE = 'https://meta.wikimedia.org/wiki/Social_media'; // "We do not engage in any dispute with other accounts."

const SOURCES_INSTEAD = 'here’s what reliable sources say';

const contradiction = (text: string, note: string, extra: Partial<DisputePhrase> = {}): DisputePhrase => ({
  text,
  kind: 'contradiction',
  note,
  source: COMMON,
  needsAddress: true,
  replacement: SOURCES_INSTEAD,
  ...extra,
});

export const disputePhrases: readonly DisputePhrase[] = [
  // Flat contradictions: fine in a myth-busting post, an argument when aimed at someone.
  contradiction("that's not true", 'Flat contradiction of what the other account said.'),
  contradiction('that is not true', 'Flat contradiction, spelled out.'),
  contradiction("that isn't true", 'Flat contradiction.'),
  contradiction("that's simply not true", 'Contradiction with an intensifier.'),
  contradiction('that is simply not true', 'Contradiction with an intensifier.'),
  contradiction("that's just not true", 'Contradiction with an intensifier.'),
  contradiction("that's not true at all", 'Contradiction with an intensifier.'),
  contradiction("this is not true", 'Flat contradiction of the post being answered.'),
  contradiction("this isn't true", 'Flat contradiction of the post being answered.'),
  contradiction("that's untrue", 'Flat contradiction.'),
  contradiction("that's false", 'Flat contradiction.'),
  contradiction('that is false', 'Flat contradiction.'),
  contradiction('this is false', 'Flat contradiction.'),
  contradiction("that's completely false", 'Contradiction with an intensifier.'),
  contradiction("that's totally false", 'Contradiction with an intensifier.'),
  contradiction("that's incorrect", 'Flat contradiction.'),
  contradiction('that is incorrect', 'Flat contradiction.'),
  contradiction("that's wrong", 'Flat contradiction.'),
  contradiction('that is wrong', 'Flat contradiction.'),
  contradiction("that's just wrong", 'Contradiction with an intensifier.'),
  contradiction("that's not what happened", 'Contradicts the other account’s account of events.'),
  contradiction("that's misleading", 'Dismisses the other account’s claim as misleading.'),
  contradiction("that's misinformation", 'Labels the other account’s claim as misinformation.'),
  contradiction("that's nonsense", 'Dismisses the other account’s claim.'),
  contradiction("that's complete nonsense", 'Dismisses the other account’s claim.'),
  contradiction('simply not true', 'Intensified contradiction wherever it stands ("this is simply not true").'),
  contradiction('patently false', 'Intensified contradiction.'),
  contradiction('blatantly false', 'Intensified contradiction.'),
  contradiction('completely false', 'Intensified contradiction.'),
  contradiction('flat-out wrong', 'Intensified contradiction.'),
  contradiction('flat out wrong', 'Intensified contradiction.'),
  contradiction('dead wrong', 'Intensified contradiction.'),
  contradiction("you're mistaken", 'Tells the other account it is wrong, politely worded but still a contradiction.', {
    replacement: 'here’s what reliable sources say',
  }),
  contradiction('you are mistaken', 'Tells the other account it is wrong.'),
  contradiction("you're misinformed", 'Tells the other account it is wrong.'),
  contradiction("you're simply mistaken", 'Tells the other account it is wrong, with an intensifier.'),
  contradiction('simply mistaken', 'Tells someone they are wrong ("you are simply mistaken").'),
  contradiction('categorically untrue', 'Intensified contradiction.'),
  contradiction('categorically false', 'Intensified contradiction.'),
  contradiction('that is untrue', 'Flat contradiction.'),
  contradiction('got it wrong', 'Says someone got the facts wrong; "we got it wrong" is a concession and stays quiet.'),
  contradiction('got it completely wrong', 'Says someone got the facts wrong.'),
  contradiction('got it all wrong', 'Says someone got the facts wrong.'),
  // Sentence-initial one-word retorts ("Wrong!", "Nope, …", "Not true.").
  contradiction('not true', 'A retort opening the sentence.', { atStart: true, replacement: '' }),
  contradiction('not true at all', 'A retort opening the sentence.', { atStart: true, replacement: '' }),
  contradiction('false', 'A retort opening the sentence ("False! The bridge opened in 1932").', { atStart: true, replacement: '' }),
  contradiction('wrong', 'A retort opening the sentence.', { atStart: true, replacement: '' }),
  contradiction('incorrect', 'A retort opening the sentence.', { atStart: true, replacement: '' }),
  contradiction('untrue', 'A retort opening the sentence.', { atStart: true, replacement: '' }),
  contradiction('nope', 'A dismissive "no" opening a retort ("Nope, that’s false"); alone it may just answer a question.', {
    atStart: true,
    prefixOnly: true,
    replacement: '',
  }),
  contradiction('fake news', 'Dismisses the other account’s claim as fake.', { atStart: true, replacement: '' }),
  contradiction('nonsense', 'A dismissive retort opening the sentence ("Nonsense. That rumour…").', { atStart: true, replacement: '' }),
  contradiction('rubbish', 'A dismissive retort opening the sentence.', { atStart: true, replacement: '' }),
  contradiction('not even close', 'A dismissive retort ("Not even close.").', { atStart: true, replacement: '' }),
  contradiction('misleading', 'A one-word retort opening the sentence ("Misleading. The study says…").', { atStart: true, replacement: '' }),
  contradiction('debunked', 'A one-word retort opening the sentence.', { atStart: true, replacement: '' }),
  contradiction('fake', 'A one-word retort opening the sentence ("Fake. That screenshot…").', { atStart: true, replacement: '' }),
  contradiction('bogus', 'A one-word retort opening the sentence.', { atStart: true, replacement: '' }),
  contradiction('lies', 'A one-word retort opening the sentence ("Lies. Every word of it.").', { atStart: true, replacement: '' }),

  // Internet retorts that dismiss the other account in a word or two ("Cope.", "L take."), only as the opening of
  // a sentence followed by punctuation: "cope with" or "the bad take on…" are something else.
  ...['cope', 'cope harder', 'seethe', 'stay mad', 'cry more', 'skill issue', 'L take', 'bad take', 'terrible take', 'touch grass'].map(
    (text): DisputePhrase => ({
      text,
      kind: 'challenge',
      note: 'A one-word internet retort that dismisses the other account.',
      source: COMMON,
      needsAddress: true,
      atStart: true,
    }),
  ),
  // Accusations: argumentative wherever they stand.
  { text: "you're wrong", kind: 'accusation', note: 'Tells another account it is wrong.', source: GUIDELINE, replacement: SOURCES_INSTEAD },
  { text: 'you are wrong', kind: 'accusation', note: 'Tells another account it is wrong.', source: GUIDELINE, replacement: SOURCES_INSTEAD },
  { text: "you're simply wrong", kind: 'accusation', note: 'Intensified "you’re wrong".', source: COMMON, replacement: SOURCES_INSTEAD },
  { text: "you're just wrong", kind: 'accusation', note: 'Intensified "you’re wrong".', source: COMMON, replacement: SOURCES_INSTEAD },
  { text: "you're completely wrong", kind: 'accusation', note: 'Intensified "you’re wrong".', source: COMMON, replacement: SOURCES_INSTEAD },
  { text: "you're so wrong", kind: 'accusation', note: 'Intensified "you’re wrong".', source: COMMON, replacement: SOURCES_INSTEAD },
  { text: "you've got it wrong", kind: 'accusation', note: 'Tells another account it is wrong.', source: COMMON, replacement: SOURCES_INSTEAD },
  { text: "you've got it all wrong", kind: 'accusation', note: 'Tells another account it is wrong.', source: COMMON, replacement: SOURCES_INSTEAD },
  { text: 'you got it wrong', kind: 'accusation', note: 'Tells another account it is wrong.', source: COMMON, replacement: SOURCES_INSTEAD },
  { text: 'you got it all wrong', kind: 'accusation', note: 'Tells another account it is wrong.', source: COMMON, replacement: SOURCES_INSTEAD },
  { text: "you're lying", kind: 'accusation', note: 'Calls the other account a liar.', source: COMMON },
  { text: 'you are lying', kind: 'accusation', note: 'Calls the other account a liar.', source: COMMON },
  { text: 'stop lying', kind: 'accusation', note: 'Calls the other account a liar.', source: COMMON },
  { text: "that's a lie", kind: 'accusation', note: 'Calls the other account’s claim a lie.', source: COMMON },
  { text: 'that is a lie', kind: 'accusation', note: 'Calls the other account’s claim a lie.', source: COMMON },
  { text: 'and you know it', kind: 'accusation', note: 'Accuses the other account of saying something false on purpose.', source: COMMON },
  { text: "you're the one who", kind: 'accusation', note: 'Turns the accusation back on the other account ("you’re the one who got it wrong").', source: COMMON },
  { text: 'who do you think you are', kind: 'accusation', note: 'Indignant rebuke of the other account.', source: COMMON },
  { text: 'spare us the', kind: 'accusation', note: 'Dismisses the other account ("spare us the lecture").', source: COMMON },
  { text: 'spare me the', kind: 'accusation', note: 'Dismisses the other account ("spare me the lecture").', source: COMMON },
  { text: 'your so-called', kind: 'accusation', note: 'Scornful dismissal of the other account’s work.', source: COMMON },
  { text: 'misrepresents our', kind: 'accusation', note: 'Accuses the other account of distorting what was said ("your headline misrepresents our statement").', source: COMMON },
  { text: 'misrepresented our', kind: 'accusation', note: 'Accuses the other account of distorting what was said.', source: COMMON },
  { text: 'misrepresenting our', kind: 'accusation', note: 'Accuses the other account of distorting what was said.', source: COMMON },
  { text: 'you misrepresented', kind: 'accusation', note: 'Accuses the other account of distorting what was said.', source: COMMON },
  { text: 'we expect a correction', kind: 'accusation', note: 'Demands a correction from the other account: a public dispute.', source: COMMON },
  { text: 'we demand a correction', kind: 'accusation', note: 'Demands a correction from the other account.', source: COMMON },
  { text: 'we demand a retraction', kind: 'accusation', note: 'Demands a retraction from the other account.', source: COMMON },
  { text: 'bad-faith take', kind: 'accusation', note: 'Accuses the other account of arguing in bad faith.', source: COMMON },
  { text: 'bad faith take', kind: 'accusation', note: 'Accuses the other account of arguing in bad faith.', source: COMMON },
  { text: 'in bad faith', kind: 'accusation', note: 'Accuses someone of arguing in bad faith; needs an addressee.', source: COMMON, needsAddress: true },
  { text: 'check your facts', kind: 'challenge', note: 'Tells the other account its facts are wrong; a tip only when nobody is addressed.', source: COMMON, needsAddress: true },
  { text: 'you should be ashamed', kind: 'accusation', note: 'Shames the other account.', source: COMMON },
  { text: 'should be ashamed', kind: 'accusation', note: 'Shames the other account ("you should be ashamed of this headline").', source: COMMON, needsAddress: true },
  { text: 'shameful', kind: 'accusation', note: 'A one-word rebuke opening the sentence ("Shameful.").', source: COMMON, atStart: true },
  { text: 'rich coming from', kind: 'accusation', note: 'Turns an accusation back on the other account ("that’s rich coming from a site that…").', source: COMMON },
  { text: 'educate yourself', kind: 'challenge', note: 'Belittling retort; "educate yourself about copyright with our course" is an invitation, so only as a sentence of its own.', source: COMMON, atStart: true },
  { text: 'shame on you', kind: 'accusation', note: 'Shames the other account.', source: GUIDELINE },
  { text: 'how dare you', kind: 'accusation', note: 'Indignant rebuke of the other account.', source: GUIDELINE },
  { text: 'stop spreading', kind: 'accusation', note: 'Tells the other account to stop spreading falsehoods; a guide on media literacy may say it generally, so it needs an addressee.', source: GUIDELINE, needsAddress: true },
  { text: 'stop spreading misinformation', kind: 'accusation', note: 'Tells the other account to stop spreading falsehoods.', source: GUIDELINE, needsAddress: true },
  { text: 'stop spreading lies', kind: 'accusation', note: 'Tells the other account to stop spreading falsehoods.', source: COMMON, needsAddress: true },
  { text: 'stop spreading fake news', kind: 'accusation', note: 'Tells the other account to stop spreading falsehoods.', source: COMMON, needsAddress: true },
  { text: "don't spread misinformation", kind: 'accusation', note: 'Tells the other account it spreads falsehoods.', source: COMMON, needsAddress: true },
  { text: "don't spread lies", kind: 'accusation', note: 'Tells the other account it spreads falsehoods.', source: COMMON, needsAddress: true },
  { text: 'spreading misinformation', kind: 'accusation', note: 'Accusation when aimed at someone; a topic otherwise ("how bots are spreading misinformation").', source: COMMON, needsAddress: true },
  { text: 'spreading disinformation', kind: 'accusation', note: 'Accusation when aimed at someone.', source: COMMON, needsAddress: true },
  { text: 'spreading lies', kind: 'accusation', note: 'Accusation when aimed at someone.', source: COMMON, needsAddress: true },
  { text: 'spreading falsehoods', kind: 'accusation', note: 'Accusation when aimed at someone.', source: COMMON, needsAddress: true },
  { text: 'spreading fake news', kind: 'accusation', note: 'Accusation when aimed at someone.', source: COMMON, needsAddress: true },
  { text: 'stop twisting the facts', kind: 'accusation', note: 'Accuses the other account of distorting facts.', source: COMMON },
  { text: 'stop twisting our words', kind: 'accusation', note: 'Accuses the other account of distorting what was said.', source: COMMON },
  { text: 'stop twisting', kind: 'accusation', note: 'Accuses the other account of distorting facts or words.', source: COMMON },
  { text: 'twisting the facts', kind: 'accusation', note: 'Accuses the other account of distorting facts.', source: COMMON, needsAddress: true },
  { text: 'twisting our words', kind: 'accusation', note: 'Accuses the other account of distorting what was said.', source: COMMON },

  // Challenges and put-downs: belittle the other account's knowledge or effort.
  { text: 'prove it', kind: 'challenge', note: 'Demands proof, the classic move in an online argument; "think you know X? prove it" quizzes stay quiet.', source: GUIDELINE, needsAddress: true },
  { text: "where's your source", kind: 'challenge', note: 'Demands the other account’s source.', source: COMMON, needsAddress: true },
  { text: 'where is your source', kind: 'challenge', note: 'Demands the other account’s source.', source: COMMON, needsAddress: true },
  { text: "where's your proof", kind: 'challenge', note: 'Demands proof.', source: COMMON, needsAddress: true },
  { text: "where's your evidence", kind: 'challenge', note: 'Demands proof.', source: COMMON, needsAddress: true },
  { text: 'show us one example', kind: 'challenge', note: 'Demands proof from the other account.', source: COMMON, needsAddress: true },
  { text: 'show me one example', kind: 'challenge', note: 'Demands proof from the other account.', source: COMMON, needsAddress: true },
  { text: "we'll wait", kind: 'challenge', note: 'Taunt after a demand for proof ("Show us one example. We’ll wait.").', source: COMMON, needsAddress: true, atStart: true },
  { text: 'tell that to', kind: 'challenge', note: 'Dismissive retort ("Tell that to the volunteers who…").', source: COMMON, needsAddress: true, atStart: true },
  { text: 'learn to read', kind: 'challenge', note: 'Belittles the other account’s reading; "students learn to read sources" is a course.', source: COMMON, needsAddress: true },
  { text: 'would have shown you', kind: 'challenge', note: '"One look at the edit history would have shown you…": implies the other account did not check.', source: COMMON },
  { text: 'would have told you', kind: 'challenge', note: 'Implies the other account did not check.', source: COMMON },
  { text: "if you'd bothered", kind: 'challenge', note: 'Implies the other account was too lazy to check ("if you’d bothered to check").', source: GUIDELINE },
  { text: "if you'd even bothered", kind: 'challenge', note: 'Implies the other account was too lazy to check.', source: COMMON },
  { text: 'if you had bothered', kind: 'challenge', note: 'Implies the other account was too lazy to check.', source: COMMON },
  { text: 'if you bothered', kind: 'challenge', note: 'Implies the other account was too lazy to check.', source: COMMON },
  { text: "didn't even bother to", kind: 'challenge', note: 'Implies the other account was too lazy to check.', source: COMMON, needsAddress: true },
  { text: 'did you even read', kind: 'challenge', note: 'Implies the other account did not read before replying.', source: COMMON },
  { text: 'did you even look', kind: 'challenge', note: 'Implies the other account did not look before replying.', source: COMMON },
  { text: 'did you even check', kind: 'challenge', note: 'Implies the other account did not check before replying.', source: COMMON },
  { text: 'did you actually read', kind: 'challenge', note: 'Implies the other account did not read before replying.', source: COMMON },
  { text: 'have you even read', kind: 'challenge', note: 'Implies the other account did not read before replying.', source: COMMON },
  { text: 'do you even read', kind: 'challenge', note: 'Implies the other account does not read.', source: COMMON },
  { text: "you clearly don't understand", kind: 'challenge', note: 'Belittles the other account’s understanding.', source: COMMON },
  { text: "you obviously don't understand", kind: 'challenge', note: 'Belittles the other account’s understanding.', source: COMMON },
  { text: "you clearly didn't read", kind: 'challenge', note: 'Belittles the other account.', source: COMMON },
  { text: "you clearly haven't read", kind: 'challenge', note: 'Belittles the other account.', source: COMMON },
  { text: "you obviously haven't read", kind: 'challenge', note: 'Belittles the other account.', source: COMMON },
  { text: 'you clearly have no idea', kind: 'challenge', note: 'Belittles the other account’s understanding.', source: COMMON },
  { text: "you have no idea what you're talking about", kind: 'challenge', note: 'Belittles the other account’s understanding.', source: COMMON },
  { text: "you don't know what you're talking about", kind: 'challenge', note: 'Belittles the other account’s understanding.', source: COMMON },
  { text: "no idea what you're talking about", kind: 'challenge', note: 'Belittles the other account’s understanding.', source: COMMON },
  { text: 'you have no clue', kind: 'challenge', note: 'Belittles the other account’s understanding.', source: COMMON },
  { text: 'get your facts straight', kind: 'challenge', note: 'Tells the other account its facts are wrong.', source: COMMON },
  { text: 'get your facts right', kind: 'challenge', note: 'Tells the other account its facts are wrong.', source: COMMON },
  // "Do your research" also appears in sincere tips for new editors, so it needs an addressee.
  { text: 'do your research', kind: 'challenge', note: 'Dismissive retort; also a sincere tip for editors, so only when aimed at someone.', source: COMMON, needsAddress: true },
  { text: 'do your own research', kind: 'challenge', note: 'Dismissive retort.', source: COMMON, needsAddress: true },
  { text: 'do your homework', kind: 'challenge', note: 'Dismissive retort; also a sincere tip, so only when aimed at someone.', source: COMMON, needsAddress: true },
  { text: 'read the article before', kind: 'challenge', note: 'Implies the other account commented without reading.', source: COMMON, needsAddress: true },
  { text: 'before commenting', kind: 'challenge', note: '"Maybe read it before commenting": implies the other account did not read.', source: COMMON, needsAddress: true },
  { text: 'before you comment', kind: 'challenge', note: 'Implies the other account did not read.', source: COMMON, needsAddress: true },
];

// Word classes for the rule's constructions. The rule joins them into patterns ("<your> <claim> is <false>",
// "you <keep> <twisting our words>"), so each list names a kind of word rather than a finished phrase.

const words = (note: string, source: string, texts: string[]): LexiconEntry[] => texts.map((text) => ({ text, note, source }));

/** What the other account said or published: "your claim is false", "the figures you're quoting are off". */
export const claimNouns: readonly LexiconEntry[] = words('Something the other account said or posted.', COMMON, [
  'claim', 'claims', 'complaint', 'argument', 'point', 'post', 'tweet', 'toot', 'take', 'headline', 'story', 'reporting',
  'theory', 'statement', 'number', 'numbers', 'figure', 'figures', 'stat', 'stats', 'statistic', 'statistics', 'source',
  'sources', 'facts', 'information', 'info', 'screenshot', 'chart', 'graph', 'thread', 'premise', 'accusation',
  'accusations', 'quote', 'quotes', 'video', 'piece', 'report', 'caption', 'allegation', 'allegations', 'narrative',
]);

/** What the other account published, as the subject of a distortion: "your thread leaves out…". */
export const workNouns: readonly LexiconEntry[] = words('A publication of the other account.', COMMON, [
  'post', 'tweet', 'toot', 'headline', 'story', 'reporting', 'thread', 'article', 'piece', 'video', 'report', 'coverage',
  'caption', 'chart', 'graphic', 'segment', 'column', 'op-ed', 'podcast', 'newsletter', 'documentary', 'screenshot',
  'summary', 'take', 'framing', 'clip', 'reel',
]);

/**
 * What is said of a claim to call it false: "that's ___", "your claim is ___". Words that also describe a fair
 * editorial judgement ("outdated", "unreliable") are left out: pointing that out is a correction, not an argument.
 */
export const claimFaults: readonly LexiconEntry[] = words('Calls what the other account said false.', COMMON, [
  'wrong', 'false', 'untrue', 'not true', 'not correct', 'not accurate', 'not the case', 'not what happened',
  'invalid', 'baseless', 'groundless', 'nonsense', 'rubbish', 'garbage', 'misleading', 'inaccurate', 'incorrect',
  'made up', 'fabricated', 'fake', 'fake news', 'doctored', 'unfounded', 'debunked', 'disproven', 'bogus',
  // Nouns stand without an article: the intensifiers supply it ("a complete fabrication", "an outright lie").
  'lie', 'lies', 'misinformation', 'disinformation', 'propaganda', 'cherry-picked', 'cherry picked', 'cherry-picking',
  'cherry picking', 'taken out of context', 'out of context', 'distortion', 'fabrication', 'fiction', 'smear',
  'hit piece', 'slander', 'clickbait', 'fearmongering', 'fear-mongering', 'scaremongering', 'conspiracy theory',
  'bad faith', 'straw man', 'strawman', 'whataboutism', 'gaslighting', 'spin',
]);

/**
 * The faults that name a way of arguing rather than a wrong fact, so "it's ___" counts too ("That isn't
 * reporting, it's cherry-picking"); "it's wrong" alone is too often a plain answer.
 */
export const arguingFaults: readonly LexiconEntry[] = words('Names a dishonest way of arguing.', COMMON, [
  'lie', 'lies', 'misinformation', 'disinformation', 'propaganda', 'cherry-picking', 'cherry picking', 'smear',
  'hit piece', 'slander', 'clickbait', 'fearmongering', 'fear-mongering', 'scaremongering', 'fake news', 'nonsense',
  'rubbish', 'garbage', 'conspiracy theory', 'bad faith', 'straw man', 'strawman', 'whataboutism', 'gaslighting',
  'fabrication', 'distortion',
]);

/**
 * Faults said of the other account's work by name ("your argument is absurd", "your reporting is sloppy"). Not after
 * a bare "that's", where they are often just a reaction ("this is ridiculous 😂").
 */
export const workFaults: readonly LexiconEntry[] = words('Belittles the other account’s work.', COMMON, [
  'sloppy', 'lazy', 'irresponsible', 'dishonest', 'biased', 'one-sided', 'deceptive', 'absurd', 'ridiculous',
  'laughable', 'nonsensical', 'disingenuous', 'reckless', 'shameful', 'embarrassing', 'a joke', 'shoddy',
]);

/** Faults for published figures only: "the numbers you're quoting are off". */
export const figureFaults: readonly LexiconEntry[] = words('Says the other account’s figures are wrong.', COMMON, ['off', 'way off']);

/** Virtues denied of a claim: "your complaint isn't valid", "that isn't reporting". */
export const claimVirtues: readonly LexiconEntry[] = words('Denied of what the other account said ("isn’t valid").', COMMON, [
  'valid', 'true', 'accurate', 'correct', 'fair', 'serious', 'what happened', 'the case', 'reporting', 'journalism',
  'research', 'fact-checking', 'a fact', 'evidence', 'proof', 'how any of this works', 'what we said', 'what we wrote',
]);

/** Intensifiers between "that's" and a fault, or before a retort: "that's *absolutely* false", "*Utterly* wrong." */
export const intensifiers: readonly LexiconEntry[] = words('Intensifies a contradiction.', COMMON, [
  'simply', 'just', 'completely', 'totally', 'absolutely', 'utterly', 'patently', 'blatantly', 'categorically',
  'flat out', 'flat-out', 'plainly', 'clearly', 'obviously', 'demonstrably', 'entirely', 'wholly', 'factually',
  'objectively', 'provably', 'also', 'still', 'all', 'pure', 'complete', 'total', 'utter', 'absolute', 'blatant',
  'outright', 'classic', 'textbook', 'nothing but', 'more', 'yet another', 'another', 'a', 'an', '100%', 'dead',
]);

/**
 * Verbs that accuse whoever does them of distorting the truth, in every form the rule needs: "you *twisted*",
 * "your thread *leaves out*", "you keep *moving the goalposts*".
 */
export const distortVerbs: readonly LexiconEntry[] = words('Accuses the doer of distorting the truth.', GUIDELINE, [
  'misrepresent', 'misrepresents', 'misrepresented', 'misrepresenting', 'distort', 'distorts', 'distorted', 'distorting',
  'misquote', 'misquotes', 'misquoted', 'misquoting', 'misstate', 'misstates', 'misstated', 'misstating',
  'misconstrue', 'misconstrues', 'misconstrued', 'misconstruing', 'cherry-pick', 'cherry-picks', 'cherry-picked',
  'cherry-picking', 'cherry pick', 'cherry picked', 'cherry picking', 'fabricate', 'fabricates', 'fabricated',
  'fabricating', 'mislead', 'misleads', 'misleading', 'misled', 'smear', 'smears', 'smeared', 'smearing', 'slander',
  'slandered', 'slandering', 'lied', 'lying', 'ignore', 'ignores', 'ignored', 'ignoring', 'omit', 'omits', 'omitted',
  'omitting', 'leave out', 'leaves out', 'left out', 'leaving out', 'dodge', 'dodges', 'dodged', 'dodging', 'deflect',
  'deflects', 'deflected', 'deflecting', 'exaggerate', 'exaggerates', 'exaggerated', 'exaggerating', 'conflate',
  'conflates', 'conflated', 'conflating', 'crop out the context', 'cropped out the context', 'cropping out the context', 'crops out the context',
  'strip out the context', 'stripped out the context', 'stripping out the context', 'strip the context', 'stripped the context',
  'move the goalposts', 'moved the goalposts', 'moving the goalposts',
  'moves the goalposts', 'shift the goalposts', 'shifting the goalposts', 'shifted the goalposts',
  'twist our words', 'twisted our words', 'twisting our words', 'twists our words', 'twist the facts', 'twisted the facts',
  'twisting the facts', 'twists the facts', 'twist what we said', 'twisted what we said', 'twisting what we said',
  'get it wrong', 'got it wrong', 'gets it wrong',
  'getting it wrong', 'get it all wrong', 'got it all wrong', 'got it completely wrong', 'get the facts wrong',
  'got the facts wrong', 'gets the facts wrong', 'got the numbers wrong', 'gets the numbers wrong', 'got the story wrong',
  'make it up', 'made it up', 'making it up', 'made this up', 'making this up', 'made that up', 'making that up',
  'make things up', 'making things up', 'made things up', 'makes things up', 'make stuff up', 'making stuff up',
  'fail to mention', 'fails to mention', 'failed to mention', 'failing to mention', 'forgot to mention',
  'forgets to mention', 'neglected to mention', 'neglects to mention',
]);

/**
 * Verbs that are only an accusation with something false as their object ("you keep *spreading* this myth";
 * "you're spreading the word" is praise). The rule pairs them with `falsehoods`.
 */
export const spreadVerbs: readonly LexiconEntry[] = words('Passing something on; an accusation when what is passed on is false.', COMMON, [
  'spread', 'spreads', 'spreading', 'push', 'pushes', 'pushed', 'pushing', 'peddle', 'peddles', 'peddled', 'peddling',
  'repeat', 'repeats', 'repeated', 'repeating', 'post', 'posts', 'posted', 'posting', 'share', 'shares', 'shared',
  'sharing', 'amplify', 'amplifies', 'amplified', 'amplifying', 'circulate', 'circulated', 'circulating', 'recycle',
  'recycling', 'recycled',
]);

/** Something false that is passed on: "spreading *lies*", "posting *this nonsense*". */
export const falsehoods: readonly LexiconEntry[] = words('Something false passed on.', COMMON, [
  'lies', 'misinformation', 'disinformation', 'falsehoods', 'fake news', 'rumours', 'rumors', 'conspiracy theories',
  'conspiracies', 'nonsense', 'myths', 'propaganda', 'false claims', 'false information', 'debunked claims',
  'this lie', 'that lie', 'this myth', 'that myth', 'this nonsense', 'that nonsense', 'this rumour', 'this rumor',
  'that rumour', 'that rumor', 'this claim', 'that claim', 'this conspiracy theory', 'the same lie', 'the same lies',
  'the same myth', 'the same claim', 'the same nonsense', 'the same debunked', 'this garbage', 'this rubbish',
  'this junk', 'that junk', 'this stuff', 'half-truths', 'half truths',
]);

/**
 * Verbs of checking or mentioning that the other account is said to have skipped: "you never *mention*…", "you
 * didn't bother to *check*".
 */
export const diligenceVerbs: readonly LexiconEntry[] = words('Something the other account is accused of not doing.', COMMON, [
  'mention', 'mentioned', 'cite', 'cited', 'check', 'checked', 'contact', 'contacted', 'read', 'include', 'included',
  'acknowledge', 'acknowledged', 'credit', 'credited', 'correct', 'corrected', 'verify', 'verified', 'reach out',
  'reached out', 'answer', 'answered', 'fact-check', 'fact-checked', 'look', 'looked', 'google', 'googled', 'research',
  'researched', 'ask us', 'asked us',
]);
