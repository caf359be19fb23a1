import type { LexiconEntry } from '../types.ts';

const COMMON = 'common English usage';
// CIS-A2K best practices: "If you post political opinions on social media, please refrain from mentioning CIS-A2K
// or CIS-A2K projects."
const CIS_A2K = 'https://meta.wikimedia.org/wiki/CIS-A2K/Media_Strategy/Best_Practices';

const entries = (texts: readonly string[], note: string, source = COMMON): LexiconEntry[] =>
  texts.map((text) => ({ text, note, source }));

/**
 * Who a political opinion is about: offices, institutions and groups. Lower-case "party" only counts with a word
 * that makes it political ("his party", "the ruling party"): a launch party is not one. Party names come from the
 * shared list (political-parties.ts) and `knownParties` below; politicians from politicians.ts.
 */
export const politicalTargets: readonly LexiconEntry[] = [
  ...entries(
    [
      'government', 'govt', 'administration', 'regime', 'cabinet', 'parliament', 'congress', 'senate', 'ministry',
      'minister', 'ministers', 'prime minister', 'PM', 'president', 'senator', 'senators', 'governor', 'mayor', 'MP',
      'MPs', 'MLA', 'MLAs', 'MEP', 'MEPs', 'chancellor', 'politician', 'politicians', 'lawmakers', 'legislature',
      'coalition', 'ruling coalition', 'ruling party', 'opposition', 'his party', 'her party', 'their party',
      'political party', 'political parties', 'the left', 'the right', 'right wing', 'right-wing', 'left wing',
      'left-wing', 'liberals', 'conservatives',
    ],
    'An office, institution, party or political camp.',
  ),
];

/**
 * Parties, movements and their supporters that the shared party list leaves out, matched as written. Supporters'
 * names ("a lifelong Democrat", "Obidient to the core") are how people declare a side. "EFF" is not here: in
 * Wikimedia posts it is usually the Electronic Frontier Foundation (see `ambiguousParties`).
 */
export const knownParties: readonly LexiconEntry[] = [
  ...entries(['MAGA'], 'US political movement.', 'https://en.wikipedia.org/wiki/Make_America_Great_Again'),
  ...entries(['MK Party'], 'South African party.', 'https://en.wikipedia.org/wiki/List_of_political_parties_in_South_Africa'),
  ...entries(['Kirchnerismo', 'Kirchnerists'], 'Argentine political movement.', 'https://en.wikipedia.org/wiki/Kirchnerism'),
  ...entries(
    ['Democrat', 'Republican', 'Peronist', 'Obidient', 'Labourite', 'Tory voter', 'Green voter'],
    'A supporter of a party, in the singular.',
    'https://en.wikipedia.org/wiki/List_of_political_parties_by_country',
  ),
];

/**
 * Words that end a capitalised party name ("the Freedom Party", "Liberty Union", "Social Democrats"). Only used
 * after one or more capitalised words. `unambiguous` ends make a party on their own; the others also end names of
 * unions, alliances and movements that are not parties ("European Union", "Open Knowledge Alliance"), so they
 * only count where the sentence is already about voting or judging.
 */
export const partyNameEnds: ReadonlyArray<LexiconEntry & { unambiguous?: boolean }> = [
  ...['Party', 'Democrats', 'Republicans'].map((text) => ({
    text,
    unambiguous: true,
    note: 'Last word of a party name.',
    source: 'https://en.wikipedia.org/wiki/List_of_political_parties_by_country',
  })),
  ...entries(
    ['Union', 'Alliance', 'Front', 'Coalition', 'League', 'Movement', 'Congress', 'Bloc'],
    'Last word of a party name, or of another organisation’s.',
    'https://en.wikipedia.org/wiki/List_of_political_parties_by_country',
  ),
];

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
    'deserves better', 'deserve better', 'out of touch', 'criminals', 'crooks', 'traitors', 'contempt for',
    'nothing but contempt',
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
    // Dismissing a party or its promises: "PDP or APC, same recycled crowd", "the manifesto doesn't survive …".
    'same old', 'recycled', 'all the same', 'same crowd', 'same faces', 'no difference', "doesn't survive",
    'does not survive', "doesn't hold up", 'does not hold up', 'falls apart', 'full of holes', 'pure fiction',
    // Lying and emptiness of ideas: "the government lied", "not a single coherent idea in the Congress manifesto".
    'lied', 'lied to us', 'single coherent idea', 'not one coherent idea', 'no coherent idea', 'no coherent ideas',
    'out of ideas', 'devoid of ideas', 'bankrupt of ideas',
  ],
  'A judgement that is political when said of a government, party or politician.',
  CIS_A2K,
);

/** Stances in the first person about a political target in the same sentence ("we oppose the Freedom Party's plan"). */
export const firstPersonStances: readonly LexiconEntry[] = entries(
  [
    'oppose', 'opposes', 'opposed', 'support', 'supports', 'back', 'backing', 'stand with', 'stand against', 'endorse',
    'condemn', 'love', 'trust', 'forgive', 'vote for', 'hate', "can't stand", 'cannot stand',
  ],
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
    'should resign', 'needs to resign', 'must step down', 'should step down', 'be impeached', 'lost my vote',
    'lose my vote', 'losing my vote', 'lost our vote', 'deserves another term', 'deserve another term',
    'deserves a second term', 'deserves re-election', 'deserves to be re-elected', 'four more years',
    'five more years',
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

/**
 * Praise that is an endorsement when its subject is a named party or politician ("Sheinbaum is the best thing to
 * happen to Mexican science", "the Greens are the only ones who get it"). Never used with offices alone: "the best
 * president of the chapter" is not politics.
 */
export const namedPraise: readonly LexiconEntry[] = entries(
  [
    'best', 'greatest', 'great', 'hero', 'heroes', 'legend', 'brilliant', 'amazing', 'fantastic', 'incredible',
    'inspiring', 'genius', 'only hope', 'only one', 'only ones', 'only party', 'exactly what', 'what this country needs',
    'breath of fresh air', 'gets it', 'get it', 'deserves to win', 'deserve to win', 'deserves another term',
    'deserves a second term', 'the future', 'right side of history', 'doing a great job', 'nailed it',
  ],
  'Praise for a named party or politician.',
  CIS_A2K,
);

/**
 * A reaction to news about a party or politician ("The AfD at 20%. Unbelievable and terrifying."): political next
 * to a named party or politician (same sentence or the next), or in the same sentence as an office.
 */
export const politicalReactions: readonly LexiconEntry[] = entries(
  [
    'terrifying', 'horrifying', 'scary', 'frightening', 'chilling', 'devastating', 'heartbreaking', 'depressing',
    'sickening', 'nightmare', 'a dark day', 'a sad day', 'dark times', 'appalling', 'appalled', 'disgusted',
    'disgusting', 'what a relief', 'thank god', 'thank goodness', 'good riddance', 'cannot believe people voted',
    "can't believe people voted",
    // Rejections and slogans: "Ele não. Never again 🇧🇷".
    'never again', 'not him', 'not her', 'ele não', 'ele nao', 'nunca mais', 'no pasarán', 'over my dead body',
    'enough is enough',
    // Anger at them: "being furious at Kenya Kwanza's finance bill".
    'furious', 'livid', 'fuming', 'outraged', 'enraged',
  ],
  'An emotional reaction that is a political opinion when it is about a party, a politician or an office.',
  CIS_A2K,
);

/**
 * Taking part in a party's or candidate's campaign ("stuffing envelopes for the Greens", "volunteering with the
 * SNP"), used right before a named party or candidate.
 */
export const campaignWork: readonly LexiconEntry[] = entries(
  [
    'volunteering for', 'volunteering with', 'volunteer for', 'volunteer with', 'volunteered for', 'volunteered with',
    'canvassing for', 'canvassed for', 'leafleting for', 'leafletting for', 'leafleted for', 'campaigning for',
    'campaigning with', 'campaigned for', 'knocking doors for', 'knocking on doors for', 'knocked on doors for',
    'phone banking for', 'phonebanking for', 'stuffing envelopes for', 'handing out leaflets for',
    'handing out flyers for', 'fundraising for', 'donated to', 'donating to', 'joined', 'just joined', 'signed up with',
    'signed up for', 'member of', 'marching with', 'rallying for', 'organising for', 'organizing for',
  ],
  'Working for a party or candidate.',
);

/**
 * Campaign roles and things after a named party or candidate, said of oneself: "Labour Party volunteer by night",
 * "my SNP membership card". Not "supporters" or "members" (usually other people), nor "rally" or "campaign" (a
 * photographer at a rally is not taking a side).
 */
export const campaignRoles: readonly LexiconEntry[] = entries(
  [
    'volunteer', 'volunteers', 'canvasser', 'canvassers', 'activist', 'member', 'membership', 'membership card',
    'leaflets', 'flyers', 'merch', 't-shirt', 'badge', 'campaign office', 'HQ', 'phone bank', 'fundraiser',
  ],
  'A campaign role or item that ties the writer to a party or candidate.',
);

/** Words before a supporter's name that declare a side: "a lifelong Democrat", "proud Labour member". */
export const sideDeclarations: readonly LexiconEntry[] = entries(
  ['proud', 'lifelong', 'life-long', 'card-carrying', 'card carrying', 'die-hard', 'diehard', 'loyal', 'paid-up', 'true-blue', 'staunch'],
  'Declares loyalty to the party or movement named next.',
);

/**
 * Party acronyms that more often mean something else in Wikimedia posts ("EFF" is usually the Electronic Frontier
 * Foundation): a party only when the post also says "party".
 */
export const ambiguousParties: readonly LexiconEntry[] = [
  ...entries(['EFF', 'DA'], 'South African party (Economic Freedom Fighters, Democratic Alliance).', 'https://en.wikipedia.org/wiki/List_of_political_parties_in_South_Africa'),
  ...entries(['PO', 'KO'], 'Polish party (Civic Platform, Civic Coalition).', 'https://en.wikipedia.org/wiki/List_of_political_parties_in_Poland'),
];

/**
 * Hoping for a political outcome: "praying Tusk's coalition holds", "fingers crossed the Greens win". Used before a
 * named party or politician and an outcome.
 */
export const politicalHopes: readonly LexiconEntry[] = entries(
  [
    'praying', 'pray', 'hoping', 'hope', 'here’s hoping', 'let’s hope', 'fingers crossed', 'rooting for',
    "can't wait for", 'cannot wait for', 'counting the days until', 'counting down until',
  ],
  'Hoping for an election or government outcome.',
);

/** Outcomes of elections and governments, after a named party or politician: "… holds until 2027", "… loses". */
export const politicalOutcomes: readonly LexiconEntry[] = entries(
  [
    'holds', 'hold', 'survives', 'survive', 'wins', 'win', 'loses', 'lose', 'falls', 'fall', 'goes', 'go', 'is gone',
    'gets re-elected', 'is re-elected', 'gets voted out', 'is voted out', 'steps down', 'resigns', 'stays', 'comes back',
    'takes power', 'is out', 'out', 'gone',
  ],
  'An election or government outcome.',
);

/**
 * What an opponent is said to want, after a party, a politician or "the man": "would happily ban half of it",
 * "wants to defund every university". Stating someone's intent this way is a political attack.
 */
export const hostileIntents: readonly LexiconEntry[] = entries(
  ['ban', 'censor', 'block', 'defund', 'gut', 'destroy', 'kill', 'shut down', 'silence', 'muzzle', 'jail', 'abolish', 'erase', 'rewrite history'],
  'A harmful aim attributed to a political opponent.',
);

/** Interjections that close an exasperated fragment about a target: "This government, honestly." */
export const exasperation: readonly LexiconEntry[] = entries(
  ['honestly', 'again', 'smh', 'ugh', 'seriously', 'I swear', 'lol', 'man', 'yet again', 'as usual', 'of course', 'unreal', 'unbelievable', 'sigh', 'typical', 'every time', 'I give up'],
  'Exasperation at a government, party or politician named just before.',
);

/** Wikis outside the movement, written like its one-word event names ("WikiLeaks" is not "WikiCon"). */
export const otherWikis: readonly LexiconEntry[] = entries(
  ['WikiLeaks', 'WikiHow', 'WikiTree', 'WikiFeet', 'WikiMapia', 'WikiArt', 'WikiTribune', 'WikiPathways', 'WikiNodes', 'WikiAnswers', 'WikiSpaces', 'WikiDot'],
  'Not a Wikimedia project or event.',
);
