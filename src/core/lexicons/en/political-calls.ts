import type { LexiconEntry } from '../types.ts';

export interface PoliticalCallEntry extends LexiconEntry {
  /** Whether the phrase backs someone or campaigns against them. */
  side: 'support' | 'oppose';
}

/**
 * Phrases that take a side in an election without naming the candidate or party in the same breath ("vote for
 * her", "vote them out"). They are flagged wherever they appear, except in sentences about movement contests
 * and awards ("vote for her photo in Wiki Loves Earth"), which the rule checks separately.
 */
export const politicalCalls: readonly PoliticalCallEntry[] = [
  { text: 'vote for her', side: 'support', note: 'A call to vote for a person named earlier.', source: 'common English usage' },
  { text: 'vote for him', side: 'support', note: 'As above.', source: 'common English usage' },
  { text: 'voting for her', side: 'support', note: '"We will be voting for her".', source: 'common English usage' },
  { text: 'voting for him', side: 'support', note: 'As above.', source: 'common English usage' },
  { text: 'vote against her', side: 'oppose', note: 'A call to vote against a person named earlier.', source: 'common English usage' },
  { text: 'vote against him', side: 'oppose', note: 'As above.', source: 'common English usage' },
  { text: 'vote against them', side: 'oppose', note: 'As above, for a party.', source: 'common English usage' },
  { text: 'vote them out', side: 'oppose', note: 'Campaign slogan against incumbents.', source: 'https://en.wiktionary.org/wiki/vote_out' },
  { text: 'vote him out', side: 'oppose', note: 'As above.', source: 'https://en.wiktionary.org/wiki/vote_out' },
  { text: 'vote her out', side: 'oppose', note: 'As above.', source: 'https://en.wiktionary.org/wiki/vote_out' },
  { text: 'vote blue', side: 'support', note: 'US: vote for the Democratic Party (its colour).', source: 'https://en.wikipedia.org/wiki/Red_states_and_blue_states' },
  { text: 'vote red', side: 'support', note: 'US: vote for the Republican Party (its colour).', source: 'https://en.wikipedia.org/wiki/Red_states_and_blue_states' },
  { text: 'vote accordingly', side: 'oppose', note: 'Said after criticising a party: tells people how to vote.', source: 'common English usage' },
  { text: 'deserves your vote', side: 'support', note: 'Recommends a candidate.', source: 'common English usage' },
  { text: 'deserve your vote', side: 'support', note: 'As above.', source: 'common English usage' },
  { text: 'earned your vote', side: 'support', note: 'As above.', source: 'common English usage' },
  { text: 'earned our vote', side: 'support', note: 'As above, in the organisation\'s voice.', source: 'common English usage' },
  { text: 'has our vote', side: 'support', note: 'Announces the organisation\'s vote.', source: 'common English usage' },
  { text: 'have our vote', side: 'support', note: 'As above.', source: 'common English usage' },
  { text: 'give them your vote', side: 'oppose', note: 'Usually "don\'t give them your vote".', source: 'common English usage' },
  { text: 'give him your vote', side: 'support', note: 'Recommends a candidate.', source: 'common English usage' },
  { text: 'give her your vote', side: 'support', note: 'Recommends a candidate.', source: 'common English usage' },
  { text: 're-elect them', side: 'support', note: 'Also "don\'t re-elect them", which opposes; either way it takes a side.', source: 'common English usage' },
  { text: 're-elect him', side: 'support', note: 'As above.', source: 'common English usage' },
  { text: 're-elect her', side: 'support', note: 'As above.', source: 'common English usage' },
  { text: 're-elect these clowns', side: 'oppose', note: 'Contempt for incumbents.', source: 'common English usage' },
  { text: 'remember that at the ballot box', side: 'oppose', note: 'Said after criticising a party.', source: 'common English usage' },
  { text: 'remember this at the ballot box', side: 'oppose', note: 'As above.', source: 'common English usage' },
  { text: 'remember that at the polls', side: 'oppose', note: 'As above.', source: 'common English usage' },
  { text: 'remember this at the polls', side: 'oppose', note: 'As above.', source: 'common English usage' },
  { text: 'remember that in November', side: 'oppose', note: 'US elections are in November.', source: 'common English usage' },
  { text: 'our choice is clear', side: 'support', note: 'Announces the organisation\'s pick before naming it.', source: 'common English usage' },
  { text: 'time for a change of government', side: 'oppose', note: 'Campaign line against the incumbent.', source: 'common English usage' },
  { text: 'chip in to the campaign', side: 'support', note: 'Campaign donation call.', source: 'common English usage' },
];
