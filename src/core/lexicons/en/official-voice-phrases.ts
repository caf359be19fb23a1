import type { LexiconEntry } from '../types.ts';

const COMMON = 'common English usage';
// CIS-A2K best practices: "statements such as "At CIS-A2K, we..." need to be cleared with the communications team".
const CIS_A2K = 'https://meta.wikimedia.org/wiki/CIS-A2K/Media_Strategy/Best_Practices';

const entries = (texts: readonly string[], note: string, source = COMMON): LexiconEntry[] =>
  texts.map((text) => ({ text, note, source }));

export interface OfficialPhrase extends LexiconEntry {
  /** A personal rewording of the phrase, if one keeps the sentence grammatical. */
  replacement?: string;
}

/** Phrases that claim the organisation's voice whatever organisation follows: "our official position". */
export const officialPhrases: readonly OfficialPhrase[] = [
  ...['position', 'stance', 'view', 'line', 'statement', 'response', 'policy', 'answer'].map((noun) => ({
    text: `our official ${noun}`,
    note: '"Our official …" on a personal account can only mean the employer’s.',
    source: CIS_A2K,
    replacement: noun === 'statement' || noun === 'response' || noun === 'answer' ? `my personal ${noun}` : 'my personal view',
  })),
  { text: "that's our position", note: 'Closes a post with the organisation’s position.', source: CIS_A2K, replacement: "that's my view" },
  { text: 'that is our position', note: 'As above.', source: CIS_A2K, replacement: 'that is my view' },
  { text: "that's the official line", note: 'Passes on the organisation’s line.', source: CIS_A2K, replacement: "that's my view" },
  { text: 'that is the official line', note: 'As above.', source: CIS_A2K, replacement: 'that is my view' },
  { text: 'the official line is', note: 'Passes on the organisation’s line.', source: CIS_A2K },
  { text: 'our official decision', note: 'Announces the organisation’s decision.', source: CIS_A2K },
];

/** Nouns for a stated position: "the Foundation's position is", "Wikimedia Polska's official view on …:". */
export const positionNouns: readonly LexiconEntry[] = entries(
  ['position', 'stance', 'view', 'line', 'answer', 'response', 'decision', 'message', 'statement', 'verdict'],
  '"<Org>’s <noun> is …" or "<Org>’s <noun>: …" states the organisation’s position for it.',
  CIS_A2K,
);

/**
 * What an organisation does in an announcement when it is the subject ("<Org> has decided", "<Org> is dropping
 * X"). "announced" is left out on purpose: "Wikimedia announced today that …" is sharing news.
 */
export const decisionParticiples: readonly LexiconEntry[] = entries(
  [
    'decided', 'agreed', 'chosen', 'rejected', 'approved', 'declined', 'refused', 'dropped', 'ended', 'paused',
    'closed', 'suspended', 'withdrawn', 'cancelled', 'canceled', 'committed', 'resolved',
  ],
  '"<Org> has decided …": an organisational decision stated as fact.',
);
export const decisionPresent: readonly LexiconEntry[] = entries(
  [
    'dropping', 'ending', 'launching', 'pausing', 'closing', 'moving', 'introducing', 'retiring', 'sunsetting',
    'stopping', 'suspending', 'cancelling', 'canceling', 'withdrawing', 'leaving', 'shutting', 'changing',
    'partnering', 'cutting',
  ],
  '"<Org> is dropping X": an organisational change announced as fact. Not "is hiring": sharing a job post is fine.',
);

/** First-person plural decisions that speak for the organisation named in the same sentence. */
export const weDecided: readonly LexiconEntry[] = entries(
  [
    'we decided', 'we have decided', "we've decided", 'we agreed', 'we have agreed', "we've agreed", 'we have chosen',
    "we've chosen", 'we chose', 'we resolved', "we've resolved", 'we will no longer', "we'll no longer",
    'we no longer', 'we are dropping', "we're dropping",
  ],
  '"we’ve decided" with the organisation named: an organisational decision.',
  CIS_A2K,
);
export const weAnnounce: readonly LexiconEntry[] = ['thrilled', 'pleased', 'proud', 'happy', 'excited', 'delighted', 'honoured', 'honored', 'glad']
  .flatMap((adjective) => [`we're ${adjective} to announce`, `we are ${adjective} to announce`, `we're ${adjective} to officially announce`])
  .map((text) => ({ text, note: 'Press-release wording in the first person plural.', source: COMMON }));

/**
 * Framing that makes a sentence the writer's own opinion, so "we at Wikimedia could do better" after it is a
 * personal view and cannot be mistaken for official messaging ("I think we at Wikimedia could do better").
 */
export const personalHedges: readonly LexiconEntry[] = entries(
  [
    'I think', 'I believe', 'I feel', 'I hope', 'I wish', 'I guess', 'I suspect', 'I reckon', 'I heard', 'I hear',
    'I understand', 'I suppose', 'in my view', 'in my opinion', 'personally', 'IMO', 'IMHO', 'my own view',
    'my personal view', 'my two cents', 'I would argue', "I'd argue", 'I wonder', 'maybe', 'perhaps',
  ],
  'The writer frames the sentence as their own opinion.',
);

/** Reported speech: the writer passes on the organisation's news instead of announcing it. */
export const reportedSpeech: readonly LexiconEntry[] = entries(
  [
    'announced', 'announces', 'said', 'says', 'according to', 'reports', 'reported', 'reportedly', 'apparently',
    'press release', 'blog post', 'read more', 'details here', 'statement here', 'link', 'http', 'https',
    'w.wiki', '.org/',
  ],
  'Sharing or quoting the organisation’s own announcement.',
);
