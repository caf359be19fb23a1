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
  { text: 'shame on you', kind: 'accusation', note: 'Shames the other account.', source: GUIDELINE },
  { text: 'how dare you', kind: 'accusation', note: 'Indignant rebuke of the other account.', source: GUIDELINE },
  { text: "you're spreading", kind: 'accusation', note: 'Accuses the other account of spreading falsehoods.', source: COMMON },
  { text: 'you are spreading', kind: 'accusation', note: 'Accuses the other account of spreading falsehoods.', source: COMMON },
  { text: 'you keep spreading', kind: 'accusation', note: 'Accuses the other account of spreading falsehoods.', source: COMMON },
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

/**
 * "Your claim is false", "every claim in it is wrong", "your complaint isn't valid": a verdict on what the other
 * account said. The rule joins a determiner, one of these nouns, a verb "to be" and a fault below.
 */
export const claimNouns: readonly LexiconEntry[] = [
  'claim', 'claims', 'complaint', 'argument', 'point', 'post', 'tweet', 'take', 'headline', 'story', 'reporting',
  'theory', 'statement', 'numbers', 'figures', 'source', 'sources', 'facts', 'information', 'info', 'screenshot',
  'chart', 'thread', 'premise', 'accusation', 'accusations',
].map((text) => ({ text, note: 'Something the other account said or posted.', source: COMMON }));

/** Faults that follow "is"/"are"/"was": "your claim is false". */
export const claimFaults: readonly LexiconEntry[] = [
  'wrong', 'false', 'untrue', 'invalid', 'baseless', 'nonsense', 'misleading', 'inaccurate', 'incorrect', 'made up',
  'fabricated', 'fake', 'doctored', 'unfounded', 'debunked', 'a lie', 'lies',
].map((text) => ({ text, note: 'Calls what the other account said false.', source: COMMON }));

/** Virtues that follow "isn't"/"is not": "your complaint isn't valid". */
export const claimVirtues: readonly LexiconEntry[] = ['valid', 'true', 'accurate', 'correct', 'right', 'fair', 'serious'].map(
  (text) => ({ text, note: 'Denied of what the other account said ("isn’t valid").', source: COMMON }),
);
