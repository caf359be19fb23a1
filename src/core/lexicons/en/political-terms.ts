import type { LexiconEntry } from '../types.ts';

const COMMON = 'common English usage';
// CIS-A2K best practices: "If you post political opinions on social media, please refrain from mentioning CIS-A2K
// or CIS-A2K projects."
const CIS_A2K = 'https://meta.wikimedia.org/wiki/CIS-A2K/Media_Strategy/Best_Practices';

const entries = (texts: readonly string[], note: string, source = COMMON): LexiconEntry[] =>
  texts.map((text) => ({ text, note, source }));

/**
 * Who a political opinion is about: offices, institutions and groups. Lower-case "party" only counts with a word
 * that makes it political ("his party", "the ruling party"): a launch party is not one.
 */
export const politicalTargets: readonly LexiconEntry[] = [
  ...entries(
    [
      'government', 'govt', 'administration', 'regime', 'cabinet', 'parliament', 'congress', 'senate', 'ministry',
      'minister', 'ministers', 'prime minister', 'PM', 'president', 'senator', 'senators', 'governor', 'mayor', 'MP',
      'MPs', 'MLA', 'MLAs', 'MEP', 'MEPs', 'chancellor', 'politician', 'politicians', 'lawmakers', 'legislature',
      'coalition', 'ruling coalition', 'ruling party', 'opposition', 'his party', 'her party', 'their party',
      'political party', 'political parties', 'the left', 'the right', 'right wing', 'right-wing', 'left wing',
      'left-wing', 'liberals', 'conservatives', 'Tories', 'Tory', 'Democrats', 'Republicans', 'GOP', 'BJP', 'Labour',
    ],
    'An office, institution, party or political camp.',
  ),
];

/**
 * Short party names that don't end in "Party" and are matched as written ("the Greens", "SPD"). A starting set
 * for the priority regions; users add their own through the vocabulary's `parties`.
 */
export const knownParties: readonly LexiconEntry[] = [
  ...entries(['Greens', 'Lib Dems', 'SNP', 'Plaid Cymru', 'Reform UK'], 'UK party.', 'https://en.wikipedia.org/wiki/List_of_political_parties_in_the_United_Kingdom'),
  ...entries(['Dems', 'MAGA'], 'US party or movement.', 'https://en.wikipedia.org/wiki/Political_parties_in_the_United_States'),
  ...entries(['AfD', 'CDU', 'CSU', 'SPD', 'FDP', 'Die Linke', 'Die Grünen', 'BSW'], 'German party.', 'https://en.wikipedia.org/wiki/List_of_political_parties_in_Germany'),
  ...entries(['INC', 'AAP', 'TMC', 'DMK', 'AIADMK', 'Shiv Sena'], 'Indian party.', 'https://en.wikipedia.org/wiki/List_of_political_parties_in_India'),
  ...entries(['ANC', 'EFF', 'MK Party'], 'South African party.', 'https://en.wikipedia.org/wiki/List_of_political_parties_in_South_Africa'),
  ...entries(['APC', 'PDP'], 'Nigerian party.', 'https://en.wikipedia.org/wiki/List_of_political_parties_in_Nigeria'),
  ...entries(['PDI-P', 'Gerindra', 'Golkar', 'PKS'], 'Indonesian party.', 'https://en.wikipedia.org/wiki/List_of_political_parties_in_Indonesia'),
  ...entries(['PSDB', 'PSOL', 'Morena', 'PRI', 'Kirchnerismo', 'Peronists', 'La Libertad Avanza'], 'Latin American party.', 'https://en.wikipedia.org/wiki/List_of_political_parties_in_Brazil'),
  ...entries(['PiS', 'Konfederacja'], 'Polish party.', 'https://en.wikipedia.org/wiki/List_of_political_parties_in_Poland'),
];

/**
 * Words that end a capitalised party name ("the Freedom Party", "Liberty Union", "Social Democrats"). Only used
 * after one or more capitalised words.
 */
export const partyNameEnds: readonly LexiconEntry[] = entries(
  ['Party', 'Union', 'Alliance', 'Front', 'Coalition', 'League', 'Movement', 'Democrats', 'Republicans', 'Congress', 'Bloc'],
  'Last word of a party name.',
  'https://en.wikipedia.org/wiki/List_of_political_parties_by_country',
);

/** Titles that make the capitalised name after them a politician ("President Halvorsen", "Senator Ellison"). */
export const politicalTitles: readonly LexiconEntry[] = entries(
  ['President', 'Senator', 'Governor', 'Mayor', 'Minister', 'Prime Minister', 'PM', 'Chancellor', 'Congressman', 'Congresswoman', 'MP', 'Rep.', 'Sen.', 'Gov.'],
  'Title of an elected official.',
);

/**
 * Judgements that make a political opinion when a political target is in the same sentence or the next one
 * ("Shame the people inside are still useless" after a sentence about parliament).
 */
export const strongJudgements: readonly LexiconEntry[] = entries(
  [
    'shameful', 'shame on', 'disgrace', 'disgraceful', 'corrupt', 'incompetent', 'useless', 'clowns', 'liars',
    'authoritarian', 'fascist', 'fascists', 'dictator', 'dictatorship', 'should be ashamed', 'ought to be ashamed',
    'deserves better', 'deserve better', 'out of touch', 'criminals', 'crooks', 'traitors',
    // A demand with a pronoun for the politicians named in the sentence before ("Yet another reason they have to go").
    ...['they', 'he', 'she'].flatMap((who) => {
      const singular = who !== 'they';
      return [`${who} must go`, `${who} ${singular ? 'has' : 'have'} to go`, `${who} ${singular ? 'needs' : 'need'} to go`];
    }),
  ],
  'A harsh judgement of people in power.',
  CIS_A2K,
);

/** Judgements that only make a political opinion when the target is in the same sentence. */
export const nearJudgements: readonly LexiconEntry[] = entries(
  [
    'worst', 'disaster', 'disastrous', 'nonsense', 'unacceptable', 'a joke', 'embarrassing', 'pathetic', 'terrible',
    'awful', 'garbage', 'hostile', 'destroying', 'ruining', 'gut', 'guts', 'gutting', 'betrayed', 'failed us',
    'better than', 'worse than', "can't stand", 'cannot stand', 'sick of', 'tired of', 'lying', 'lies', 'cruel',
    'dangerous', 'war on', 'attack on', 'attacking', 'has to go', 'have to go', 'must go', 'needs to go',
  ],
  'A judgement that is political when said of a government, party or politician.',
  CIS_A2K,
);

/** Stances in the first person about a political target in the same sentence ("we oppose the Freedom Party's plan"). */
export const firstPersonStances: readonly LexiconEntry[] = entries(
  ['oppose', 'opposes', 'opposed', 'support', 'supports', 'back', 'backing', 'stand with', 'stand against', 'endorse', 'condemn', 'love'],
  'A stance for or against when "I" or "we" say it about a government, party or politician.',
  CIS_A2K,
);

/** Phrases that are political opinions on their own: voting intentions and campaigning. */
export const politicalPhrases: readonly LexiconEntry[] = entries(
  [
    'want our votes', 'want our vote', 'wants our votes', "won't get my vote", 'will never get my vote',
    'never get my vote', 'has my vote', 'have my vote', 'gets my vote', 'got my vote', 'earned my vote',
    'deserves my vote', 'my vote goes to', 'vote them out', 'vote him out', 'vote her out', 'be voted out',
    'vote out', 'vote these clowns out', 'vote blue', 'vote red', 'phone banking', 'phonebanking', 'door knocking',
    'door-knocking', 'needs to lose', 'need to lose', 'deserves to lose', 'deserve to lose', 'must resign',
    'should resign', 'needs to resign', 'must step down', 'should step down', 'be impeached',
  ],
  'A voting intention, a call to remove someone from office, or campaigning.',
  CIS_A2K,
);

/**
 * Capitalised words after "vote (for)" that are not a candidate or party ("Vote Now", "vote for Picture of the
 * Year"). Movement votes and photo contests are checked against the vocabulary's project names as well.
 */
export const notPoliticalNames: readonly LexiconEntry[] = [
  ...entries(
    ['Now', 'Today', 'Early', 'Here', 'Online', 'Your', 'Our', 'The', 'This', 'I', 'Picture', 'Photo', 'Best', 'Wiki', 'Commons', 'Please', 'Tomorrow', 'Tonight'],
    'A call to take part, not a name.',
  ),
  ...entries(
    [
      'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
      'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
    ],
    'When to vote, not whom.',
  ),
];

/** Cheers that back the capitalised name after them in a post about a rally or an election ("¡Vamos Martín!"). */
export const cheers: readonly LexiconEntry[] = entries(['vamos', 'viva', 'forza', 'allez', 'ayo'], 'A cheer for someone.');

/** Words that put a post in an election or campaign context (for cheers and "X needs her"). */
export const campaignContext: readonly LexiconEntry[] = entries(
  ['rally', 'campaign', 'campaigning', 'election', 'elections', 'polls', 'ballot', 'vote', 'voting', 'voted', 'candidate', 'canvassing'],
  'Election or campaign context.',
);

/** Hashtag stems for elections (the year may follow): #Election2024, #Pemilu2024, #GE2024. */
export const electionHashtagStems: readonly LexiconEntry[] = entries(
  ['Election', 'Elections', 'GE', 'Pemilu', 'Elecciones', 'Eleicoes', 'Eleições', 'Wahl', 'Bundestagswahl', 'Wybory', 'Vote'],
  'An election hashtag: political context, not an opinion by itself.',
);

/**
 * Words that name the movement's own activities without a project name ("Me at the edit-a-thon: strict neutral
 * point of view"): a mention of the organisation's work for this rule, when its projects are Wikimedia's.
 */
export const movementTerms: ReadonlyArray<LexiconEntry & { caseSensitive?: boolean }> = [
  ...entries(['edit-a-thon', 'edit-a-thons', 'editathon', 'editathons', 'edit-athon', 'neutral point of view', 'WikiProject'], 'A Wikimedia activity or policy.', 'https://meta.wikimedia.org/wiki/Edit-a-thon'),
  { text: 'NPOV', caseSensitive: true, note: 'Wikipedia’s neutral point of view policy.', source: 'https://en.wikipedia.org/wiki/Wikipedia:Neutral_point_of_view' },
];
