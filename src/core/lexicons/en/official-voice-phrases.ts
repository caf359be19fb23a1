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
  { text: 'in my official capacity', note: 'Speaks in the writer’s role at the organisation.', source: CIS_A2K },
];

/**
 * Roles that carry the organisation's authority: "Speaking as programme lead: …", "speaking as a board member".
 * Not "employee" or "staff member": saying you work there is a disclosure, not the organisation's voice.
 */
export const officialRoles: readonly LexiconEntry[] = entries(
  [
    'lead', 'programme lead', 'program lead', 'project lead', 'team lead', 'director', 'executive director', 'head',
    'manager', 'chair', 'chairperson', 'president', 'vice president', 'ED', 'CEO', 'CTO', 'COO', 'coordinator',
    'officer', 'board member', 'trustee', 'spokesperson', 'representative', 'treasurer', 'secretary', 'organiser',
    'organizer',
  ],
  '"Speaking as <role>": the writer speaks with the organisation’s authority.',
  CIS_A2K,
);

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
    'closed', 'suspended', 'withdrawn', 'cancelled', 'canceled', 'committed', 'resolved', 'picked', 'selected',
    'settled on', 'opted', 'voted', 'postponed', 'delayed', 'scrapped', 'halted', 'frozen', 'shelved', 'terminated',
  ],
  '"<Org> has decided …": an organisational decision stated as fact.',
);
export const decisionPresent: readonly LexiconEntry[] = entries(
  [
    'dropping', 'ending', 'launching', 'pausing', 'closing', 'moving', 'introducing', 'retiring', 'sunsetting',
    'stopping', 'suspending', 'cancelling', 'canceling', 'withdrawing', 'leaving', 'shutting', 'changing',
    'partnering', 'cutting', 'postponing', 'delaying', 'scrapping', 'halting', 'freezing', 'shelving', 'pulling',
    'picking', 'choosing',
  ],
  '"<Org> is dropping X": an organisational change announced as fact. Not "is hiring": sharing a job post is fine.',
);

/**
 * The organisation taking a stand as the subject of the sentence, in the present tense: "The Foundation stands
 * behind the volunteers", "WMF won't comply". Stated by staff as fact, it is the organisation's voice.
 */
export const orgStances: readonly LexiconEntry[] = entries(
  [
    'stands behind', 'stands with', 'stands by', 'stands firmly behind', 'stands firmly with', 'stands fully behind',
    'condemns', 'opposes', 'rejects', 'refuses', "won't", 'does not accept', "doesn't accept", 'remains committed',
    'is committed', 'is not going to', "isn't going to", 'has no plans', 'is formally asking', 'is officially asking',
  ],
  '"<Org> stands behind …": the organisation’s stance stated for it.',
  CIS_A2K,
);

/**
 * What "we" commit to in a sentence that names the organisation ("…, and we will defend them in court"): a
 * commitment only the organisation can make. Used after "we will / we'll / we won't / we're going to".
 */
export const commitmentVerbs: readonly LexiconEntry[] = entries(
  [
    'defend', 'fight', 'protect', 'stand', 'support', 'oppose', 'challenge', 'appeal', 'comply', 'resist', 'cooperate',
    'sue', 'contest', 'back', 'hand over', 'give up', 'back down', 'take legal action', 'go to court', 'litigate',
  ],
  'A commitment made for the organisation.',
  CIS_A2K,
);

/**
 * Press-statement verbs after "we" in a sentence that names the organisation: "WMF here: we urge lawmakers to …",
 * "we are deeply concerned by the ruling".
 */
export const weStatements: readonly LexiconEntry[] = entries(
  [
    'urge', 'call on', 'call upon', 'condemn', 'reject', 'oppose', 'are concerned',
    'are deeply concerned', 'are disappointed', 'are deeply disappointed', 'are alarmed', 'are troubled',
    'are reviewing', 'are studying', 'remain committed', 'stand with', 'stand behind', 'stand by',
    'will continue to', 'strongly oppose', 'strongly condemn', 'strongly urge', 'firmly oppose',
  ],
  'Press-statement wording in the first person plural.',
  CIS_A2K,
);

/**
 * What the organisation refuses when it is the subject of a negation: "The Foundation does not, and will not,
 * comply", "Wikimedia South Africa won't be inviting the EFF". Only after "does not / will not / won't / cannot".
 */
export const refusalVerbs: readonly LexiconEntry[] = entries(
  [
    'accept', 'tolerate', 'negotiate', 'be inviting', 'invite', 'take part', 'participate', 'sign', 'endorse',
    'work with', 'be working with', 'be taking part', 'be signing', 'be accepting', 'be complying',
  ],
  'A refusal made for the organisation.',
  CIS_A2K,
);

/**
 * Insider news ahead of the organisation's own channel: "Official post coming soon". Only someone speaking for the
 * organisation can promise its official post.
 */
export const officialComing: readonly LexiconEntry[] = ['post', 'announcement', 'statement', 'blog post', 'news', 'word']
  .flatMap((noun) => [`official ${noun} coming`, `official ${noun} is coming`, `official ${noun} to follow`, `before the official ${noun}`, `ahead of the official ${noun}`])
  .map((text) => ({ text, note: 'Pre-announces the organisation’s news from a personal account.', source: CIS_A2K }));

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

/** Decisions "we" announce with the organisation named, besides the past participles: "we've officially greenlit". */
export const weDecisionVerbs: readonly LexiconEntry[] = entries(
  ['greenlit', 'green-lit', 'greenlighted', 'signed off on', 'launched', 'signed', 'finalised', 'finalized', 'confirmed'],
  '"We’ve officially greenlit X at WMNG": an organisational decision in the first person plural.',
  CIS_A2K,
);
