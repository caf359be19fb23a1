import type { LexiconEntry } from '../types.ts';

/**
 * Capitalised words that follow "vote" or "vote for" in ordinary movement posts without naming a candidate
 * or party. A capitalised name starting with one of these (or containing "Wiki") is not flagged.
 */
export const notCandidates: readonly LexiconEntry[] = [
  { text: 'wiki', note: 'Wiki Loves Monuments / Earth / Africa and other photo contests ask people to vote for photos.', source: 'https://commons.wikimedia.org/wiki/Commons:Wiki_Loves' },
  { text: 'wikipedia', note: 'Polls about Wikipedia content (article of the day, featured pictures).', source: 'https://en.wikipedia.org/wiki/Wikipedia:Featured_picture_candidates' },
  { text: 'wikimedia', note: 'Movement-internal votes (Wikimedia awards, affiliate polls).', source: 'https://meta.wikimedia.org/wiki/Wikimedia_Foundation_elections' },
  { text: 'commons', note: 'Picture of the Year on Wikimedia Commons is voted on by the community.', source: 'https://commons.wikimedia.org/wiki/Commons:Picture_of_the_Year' },
  { text: 'picture', note: '"Vote for Picture of the Year" is a Commons contest.', source: 'https://commons.wikimedia.org/wiki/Commons:Picture_of_the_Year' },
  { text: 'photo', note: 'Photo contests.', source: 'https://commons.wikimedia.org/wiki/Commons:Photo_challenge' },
  { text: 'now', note: '"Vote Now" in title case is a call to take part, not an endorsement.', source: 'common English usage' },
  { text: 'today', note: '"Vote Today" in title case.', source: 'common English usage' },
  { text: 'early', note: '"Vote Early" in title case.', source: 'common English usage' },
  { text: 'here', note: '"Vote Here" in title case.', source: 'common English usage' },
  { text: 'online', note: '"Vote Online" in title case.', source: 'common English usage' },
  { text: 'yes', note: 'Referendum wording, not a candidate or party.', source: 'common English usage' },
  { text: 'no', note: 'Referendum wording, as above.', source: 'common English usage' },
  { text: 'your', note: '"Vote for Your Favourite ..." in title case.', source: 'common English usage' },
  { text: 'the', note: '"Vote for The Best Article" in title case; "the Greens" is caught by its lower-case "the".', source: 'common English usage' },
  { text: 'our', note: '"Vote for Our Next Featured Article" in title case.', source: 'common English usage' },
  { text: 'i', note: 'The pronoun ("vote as I do" is not a name).', source: 'common English usage' },
];
