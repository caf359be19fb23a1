import type { LexiconEntry } from '../types.ts';

export type ArticleSubjectKind =
  /** What a person's article is called: "your ___", "her ___", "Taylor Swift's ___". */
  | 'page-noun'
  /** A verb that changes an article, after "we"/"our editors" ("we'll fix", "we've reverted"). */
  | 'edit-verb'
  /** A verb that hands the complaint on to the editors ("we'll pass it on to the editors"). */
  | 'relay-verb'
  /** Wikipedia's editors: handing a complaint to them is about an article even when none is named. */
  | 'editors'
  /** Other people a complaint may be handed to ("the team"): only about an article when one is named. */
  | 'helpers'
  /** A fact about a person that their article states ("your date of birth"). */
  | 'detail'
  /** Calling the complaint itself valid or not ("that's a fair complaint", "your complaint isn't valid"). */
  | 'complaint-verdict'
  /** A promise that stands on its own in a reply ("we're on it"). */
  | 'promise'
  /** An apology. */
  | 'apology'
  /** Agreeing with or dismissing the complaint ("you're right", "that's unfair", "nothing to fix"). */
  | 'ruling'
  /** A verdict on the article ("your page is biased", "the article about you is accurate"). */
  | 'verdict'
  /** A quality denied of the article ("that description isn't flattering"). */
  | 'virtue';

export interface ArticleSubjectPhrase extends LexiconEntry {
  kind: ArticleSubjectKind;
}

const COMMON = 'common English usage';
const CIS_A2K = 'https://meta.wikimedia.org/wiki/CIS-A2K/Media_Strategy/Best_Practices';
const STRATEGY = 'https://meta.wikimedia.org/wiki/Social_media';
const FAQ = 'https://en.wikipedia.org/wiki/Wikipedia:FAQ/Article_subjects';

const entries = (kind: ArticleSubjectKind, note: string, source: string, texts: string[]): ArticleSubjectPhrase[] =>
  texts.map((text) => ({ text, kind, note, source }));

export const articleSubjectPhrases: readonly ArticleSubjectPhrase[] = [
  ...entries('page-noun', 'How people name the Wikipedia article about someone.', FAQ, [
    'article', 'page', 'biography', 'bio', 'entry', 'profile', 'wiki', 'wikipedia',
    'wikipedia article', 'wikipedia page', 'wikipedia entry', 'wikipedia bio', 'wikipedia biography',
    'wikipedia profile', 'wiki page', 'wiki article', 'wiki entry', 'article page', 'biography page',
  ]),
  ...entries(
    'edit-verb',
    'Changing the article: the subject’s request that the account must not try to resolve.',
    CIS_A2K,
    [
      'fix', 'fixed', 'fixing', 'remove', 'removed', 'removing', 'revert', 'reverted', 'reverting',
      'delete', 'deleted', 'deleting', 'update', 'updated', 'updating', 'correct', 'corrected', 'correcting',
      'change', 'changed', 'changing', 'edit', 'edited', 'editing', 'amend', 'amended', 'rewrite', 'rewritten',
      'rewrote', 'undo', 'undone', 'undid', 'restore', 'restored', 'replace', 'replaced', 'protect', 'protected',
      'lock', 'locked', 'take down', 'taken down', 'took down', 'take it down', 'take that down', 'take this down',
      'clean up', 'cleaned up', 'get rid of', 'got rid of', 'look into', 'looking into', 'looked into',
      'take care of', 'taken care of', 'sort', 'sorted', 'sort out', 'sorted out', 'sort it out', 'sort that out', 'deal with',
      'look at', 'swap', 'swapped', 'make sure', 'trim', 'trimmed', 'trim down', 'tone down', 'toned down', 'shorten',
      'shortened', 'rephrase', 'rephrased', 'reword', 'reworded', 'tweak', 'tweaked',
      'add', 'added', 'adding', 'put back', 'add back', 'added back', 'reinstate', 'reinstated',
    ],
  ),
  ...entries('relay-verb', 'Handing the complaint to the editors is still trying to resolve it.', CIS_A2K, [
    'pass', 'passed', 'passing', 'forward', 'forwarded', 'flag', 'flagged', 'raise', 'raised', 'escalate',
    'escalated', 'report', 'reported', 'send', 'sent', 'tell', 'let', 'ask',
    'asked', 'talk to', 'contact', 'contacted', 'notify', 'notified', 'alert', 'alerted', 'loop in', 'looped in',
    'ping', 'pinged', 'check with', 'checking with', 'reach out to', 'reached out to', 'get in touch with',
    'got in touch with', 'pass along', 'passed along', 'hand over', 'handed over', 'relay', 'relayed',
  ]),
  ...entries('editors', 'Wikipedia’s editors: only articles get handed to them.', 'https://en.wikipedia.org/wiki/Wikipedia:Wikipedians', [
    'editor', 'editors', 'Wikipedians', 'oversight team', 'oversighters', 'Wikipedia editors', 'Wikipedia admins',
    'Wikipedia administrators',
  ]),
  // "The admins" may run a Mastodon server and "the team" an app: only about an article when one is named.
  ...entries('helpers', 'Other people a complaint may be handed to.', COMMON, [
    'admin', 'admins', 'administrator', 'administrators', 'moderators', 'community', 'volunteers', 'team', 'people',
  ]),
  ...entries('detail', 'A fact about a person that their article states; "your date of birth" in a reply about fixing it.', FAQ, [
    'date of birth', 'birth date', 'birthdate', 'birth year', 'year of birth', 'birthplace', 'place of birth',
    'hometown', 'nationality', 'discography', 'filmography', 'bibliography', 'middle name', 'real name', 'net worth',
    'early life section', 'career section', 'personal life section', 'controversies section',
  ]),
  ...entries('complaint-verdict', 'Calling a complaint valid or invalid evaluates it.', CIS_A2K, [
    'fair complaint', 'valid complaint', 'legitimate complaint', 'reasonable complaint',
    'your complaint is valid', 'your complaint is fair', 'your complaint is justified', 'complaint is legitimate',
    "complaint isn't valid", 'complaint is not valid', "complaint isn't fair", 'complaint is unfounded',
    'complaint is baseless', 'no grounds for complaint',
  ]),
  ...entries('promise', 'A promise to act that needs no object in a reply about someone’s article.', COMMON, [
    "we're on it", 'we are on it', 'leave it with us', 'leave it to us', 'consider it done', "we're working on it",
    'we are working on it', "we'll take care of it", "we'll handle it", "we'll handle this",
    'will be sorted', 'should be back to normal', 'back to normal now', "we'll see what we can do",
    'we will see what we can do',
  ]),
  ...entries('apology', 'Apologising for an article’s content takes responsibility for what editors wrote.', STRATEGY, [
    'sorry', 'apologise', 'apologize', 'apologised', 'apologized', 'apologising', 'apologizing', 'apologies',
    'we regret', 'our bad', 'my bad',
  ]),
  ...entries('ruling', 'Agreeing with the complaint, or waving it away, evaluates it.', STRATEGY, [
    "you're right", 'you are right', "you're absolutely right", "you're totally right", 'we agree', 'we totally agree',
    "that's unfair", 'that is unfair', "that's not fair", "that's so unfair", "that's terrible", "that's awful",
    "that's outrageous", "that's unacceptable", "that's not okay", "that's not right", 'how unfair',
    'you deserve better', 'totally unfair', 'so unfair', 'nothing to fix', 'nothing to correct', 'nothing wrong with it',
    "there's nothing wrong with", 'nothing wrong with your', 'you have a point', "you've got a point", 'you make a good point',
    'you make a fair point', 'fair point', 'good point', 'point taken', "you're not wrong", 'you are not wrong',
    'we see your point', 'we take your point', 'totally agree', 'completely agree', "couldn't agree more",
  ]),
  ...entries('verdict', 'Calling the article unfair or wrong evaluates the complaint.', STRATEGY, [
    'unfair', 'biased', 'wrong', 'inaccurate', 'incorrect', 'misleading', 'outdated', 'out of date', 'one-sided',
    'harsh', 'defamatory', 'libellous', 'libelous', 'untrue', 'false', 'terrible', 'awful', 'a mess',
    'full of errors', 'full of mistakes', 'full of lies', 'unacceptable', 'outrageous', 'not accurate', 'not fair',
    'not right', 'vandalised', 'vandalized', 'a disgrace', 'offensive', 'hurtful', 'slanted', 'uncalled for', 'unkind',
    'cruel', 'nasty', 'insulting', 'disrespectful', 'out of line', 'not okay', 'not ok', 'injustice', 'travesty',
    // Before the article: "a mistake with your date of birth", "the errors on your page".
    'mistake', 'mistakes', 'error', 'errors', 'inaccuracy', 'inaccuracies',
    // Defending the article judges the complaint just as much as agreeing with it.
    'accurate', 'correct', 'fair', 'balanced', 'neutral', 'fine', 'fine as it is', 'well sourced', 'well-sourced',
  ]),
  ...entries('virtue', 'Denying the article a quality ("isn’t flattering") evaluates it.', STRATEGY, [
    'flattering', 'fair', 'accurate', 'right', 'okay', 'ok', 'nice', 'kind', 'balanced', 'neutral', 'correct',
    'true', 'great', 'good',
  ]),
];
