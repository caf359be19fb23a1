import type { LexiconEntry } from '../types.ts';

export interface PoliticalCallEntry extends LexiconEntry {
  /** Whether the phrase backs someone or campaigns against them. */
  side: 'support' | 'oppose';
}

/**
 * Fixed phrases that take a side in an election without naming the candidate or party in the same breath.
 * Calls built from a pattern ("vote him out", "give them another term", "remember that at the polls") are
 * constructions in the rule itself; this list keeps the slogans no pattern covers. They are flagged wherever
 * they appear.
 */
export const politicalCalls: readonly PoliticalCallEntry[] = [
  { text: 'vote blue', side: 'support', note: 'US: vote for the Democratic Party (its colour).', source: 'https://en.wikipedia.org/wiki/Red_states_and_blue_states' },
  { text: 'vote red', side: 'support', note: 'US: vote for the Republican Party (its colour).', source: 'https://en.wikipedia.org/wiki/Red_states_and_blue_states' },
  { text: 'vote accordingly', side: 'oppose', note: 'Said after criticising a party: tells people how to vote.', source: 'common English usage' },
  { text: 'earned your vote', side: 'support', note: 'Recommends a candidate.', source: 'common English usage' },
  { text: 'earned our vote', side: 'support', note: 'As above, in the organisation\'s voice.', source: 'common English usage' },
  { text: 'our choice is clear', side: 'support', note: 'Announces the organisation\'s pick before naming it.', source: 'common English usage' },
  { text: 'time for a change of government', side: 'oppose', note: 'Campaign line against the incumbent.', source: 'common English usage' },
  { text: 'chip in to the campaign', side: 'support', note: 'Campaign donation call.', source: 'common English usage' },
  { text: 'not my president', side: 'oppose', note: 'Protest slogan rejecting an elected president.', source: 'https://en.wikipedia.org/wiki/Not_My_President%27s_Day' },
  { text: 'not my prime minister', side: 'oppose', note: 'As above, for a prime minister.', source: 'common English usage' },
];
