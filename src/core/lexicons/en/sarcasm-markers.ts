import type { LexiconEntry } from '../types.ts';

export type SarcasmMarkerKind =
  /** Only counts at the end of a sentence ("Great, another outage /s"). */
  | 'trailing-tag'
  /** A hashtag anywhere, not followed by more letters (#not, but not #nothing). */
  | 'hashtag'
  /** An emoji anywhere. */
  | 'emoji'
  /** A set phrase that is sarcastic on its own ("what could possibly go wrong", "said no one ever"). */
  | 'phrase'
  /**
   * Praise that is only ironic when aimed at a bad situation ("love it when", "nothing like", "just what we
   * needed"): it counts when a `badSituations` word is in the same sentence, or in the sentence next to it
   * when the praise stands alone ("The site is down again. Just what we needed.").
   */
  | 'frame'
  /**
   * A praise word used as an exclamation of its own ("Great, another outage", "…, amazing"): it must start a
   * clause and be followed by punctuation or the end, not by a noun ("great question" is sincere). Then it
   * needs a bad situation, like a frame. "oh", "just", "how" … may stand in front of it.
   */
  | 'interjection';

export interface SarcasmMarker extends LexiconEntry {
  kind: SarcasmMarkerKind;
  /** Must begin a clause: the start of the sentence, or after a comma, colon, dash or an emoji. */
  clauseStart?: boolean;
  /** Regular-expression source the text right after the phrase must not match (sincere continuations). */
  notFollowedBy?: string;
  /** Regular-expression source the text right before the phrase must not match (ends at the phrase). */
  notPrecededBy?: string;
  /**
   * Must be a sentence of its own, said flatly: a clause start before it, and nothing but spaces, full stops,
   * ellipses and emoji after it ("Right on schedule." is deadpan; "Right on schedule: the results are out!" is not).
   */
  standalone?: boolean;
  /** A frame that is sarcastic on its own when scare quotes follow it ("Nothing says 'reliable source' like …"). */
  ironicBeforeQuote?: boolean;
}

const COMMON = 'common English usage';
const SARCASM = 'https://en.wikipedia.org/wiki/Sarcasm';
const IRONY = 'https://en.wikipedia.org/wiki/Irony#Verbal_irony';
// Sincere continuations of a praise frame that do not name a situation ("yeah, right here").
const A_WORD_FOLLOWS = String.raw`^\s+[\p{L}\p{N}]`;

const phrase = (text: string, note: string, extra: Partial<SarcasmMarker> = {}): SarcasmMarker => ({
  text,
  kind: 'phrase',
  note,
  source: COMMON,
  ...extra,
});
const frame = (text: string, note: string, extra: Partial<SarcasmMarker> = {}): SarcasmMarker => ({
  text,
  kind: 'frame',
  note,
  source: IRONY,
  ...extra,
});
const interjection = (text: string, note: string): SarcasmMarker => ({ text, kind: 'interjection', note, source: IRONY });

export const sarcasmMarkers: readonly SarcasmMarker[] = [
  {
    text: '/s',
    kind: 'trailing-tag',
    note: 'Tone tag appended to a sentence to say it was meant sarcastically.',
    source: 'https://en.wiktionary.org/wiki//s',
  },
  {
    text: '/sarc',
    kind: 'trailing-tag',
    note: 'Longer form of the /s tone tag.',
    source: 'https://en.wiktionary.org/wiki//s',
  },
  {
    text: '/sarcasm',
    kind: 'trailing-tag',
    note: 'Spelled-out form of the /s tone tag.',
    source: 'https://en.wiktionary.org/wiki//s',
  },
  {
    text: '#not',
    kind: 'hashtag',
    note: 'Hashtag added after a statement to reverse it ("Love Mondays #not").',
    source: 'https://en.wiktionary.org/wiki/not#Interjection',
  },
  {
    text: '#sarcasm',
    kind: 'hashtag',
    note: 'Labels the post itself as sarcastic.',
    source: 'https://en.wiktionary.org/wiki/sarcasm',
  },
  {
    text: '🙄',
    kind: 'emoji',
    note: 'Face with rolling eyes (U+1F644): disdain or exasperation.',
    source: 'https://www.unicode.org/emoji/charts/full-emoji-list.html#1f644',
  },
  {
    text: '🙃',
    kind: 'emoji',
    note: 'Upside-down face (U+1F643): commonly read as irony or passive-aggressive resignation.',
    source: 'https://www.unicode.org/emoji/charts/full-emoji-list.html#1f643',
  },

  // Set phrases: sarcastic whatever they are about.
  phrase('yeah right', 'Dismissive disbelief; "yeah, right here" is not it, so a word must not follow.', {
    notFollowedBy: A_WORD_FOLLOWS,
    source: SARCASM,
  }),
  phrase('yeah, right', 'Dismissive disbelief, with the comma.', { notFollowedBy: A_WORD_FOLLOWS, source: SARCASM }),
  phrase('thanks for nothing', 'Ironic thanks for no help.'),
  phrase('thanks a lot for nothing', 'Ironic thanks for no help.'),
  phrase('thank you for nothing', 'Ironic thanks for no help.'),
  phrase('what could possibly go wrong', 'Ironic understatement: everything will go wrong.'),
  phrase('what could go wrong', 'Ironic understatement, short form; only as its own clause at the end.', {
    clauseStart: true,
    notFollowedBy: A_WORD_FOLLOWS,
  }),
  phrase('said no one ever', 'Meme formula: nobody would say the preceding sentence sincerely.'),
  phrase('said nobody ever', 'Variant of "said no one ever".'),
  phrase('said no one, ever', 'Variant of "said no one ever".'),
  phrase('slow clap', 'Mock applause.', { source: 'https://en.wiktionary.org/wiki/slow_clap' }),
  phrase('because that always works', 'Ironic: the approach never works.'),
  phrase('because that always works out', 'Ironic: the approach never works.'),
  phrase('because that always ends well', 'Ironic: the approach never ends well.'),
  phrase('because that worked so well', 'Ironic reference to a past failure.'),
  phrase('because that went so well', 'Ironic reference to a past failure.'),
  phrase("because that's worked so well", 'Ironic reference to a past failure.'),
  phrase("because that's always worked", 'Ironic: the approach never works.'),
  phrase("because that's never happened before", 'Ironic: it happens all the time.'),
  phrase('who could have seen that coming', 'Ironic: the bad outcome was obvious.'),
  phrase('who could have seen this coming', 'Ironic: the bad outcome was obvious.'),
  phrase('who could have predicted that', 'Ironic: the bad outcome was obvious.'),
  phrase('color me shocked', 'Mock surprise.'),
  phrase('colour me shocked', 'Mock surprise.'),
  phrase('color me surprised', 'Mock surprise.'),
  phrase('colour me surprised', 'Mock surprise.'),
  phrase('shocked, I tell you', 'Mock surprise (after Casablanca).'),
  phrase('truly genius', 'Mock praise for a bad idea.'),
  phrase('real genius', 'Mock praise ("Real genius, whoever scheduled this"); "a real genius" about a person is sincere.', {
    notPrecededBy: String.raw`\b(?:a|was|is)\s+$`,
  }),
  phrase('sure, because', 'Sarcastic reason ("Sure, because that always works").', {
    clauseStart: true,
    // "Sure, because it's CC0, you can reuse it" is a sincere answer.
    notFollowedBy: String.raw`^\s+(?:it|this|that|the\s+\p{L}+)(?:['’]s|\s+is)\s+(?:CC|licen[cs]ed|free|in\s+the\s+public\s+domain|public\s+domain)`,
  }),
  phrase('oh sure, because', 'Sarcastic reason.'),
  phrase('because obviously', 'Sarcastic reason at the start of a sentence ("Because obviously everyone has four free hours").', {
    clauseStart: true,
  }),
  phrase('because clearly', 'As "because obviously".', { clauseStart: true }),
  phrase('oh sure', 'Mock agreement with a claim ("Oh sure, Wikipedia is run by the CIA"); not a friendly "Oh sure, you can".', {
    clauseStart: true,
    notFollowedBy: String.raw`^\s*[,!]?\s*(?:!|$|you\s+can|we\s+can|we['’]d|I['’]d|happy|glad|thanks|thank\s+you|no\s+problem|go\s+ahead|feel\s+free|of\s+course|here|it['’]s\s+(?:CC|free|licen))`,
  }),
  phrase("that'll go well", 'Ironic prediction.'),
  phrase('that will go well', 'Ironic prediction.'),
  phrase("that'll end well", 'Ironic prediction.'),
  phrase('that will end well', 'Ironic prediction.'),
  phrase("I'm sure that will go well", 'Ironic prediction.'),
  phrase('shocking, I know', 'Mock surprise.'),
  phrase('big surprise', 'Mock surprise ("Big surprise, the bot broke again").', { clauseStart: true }),
  phrase('yeah, because', 'Sarcastic reason ("Yeah, because that worked last time").', { clauseStart: true }),
  phrase('right, because', 'Sarcastic reason ("Right, because nobody reads the docs").', { clauseStart: true }),
  phrase('ah yes, because', 'Mock agreement with a sarcastic reason ("Ah yes, because a YouTube comment is a reliable source").'),
  phrase('oh yes, because', 'As "ah yes, because".'),
  phrase('oh yeah, because', 'As "ah yes, because".'),
  phrase('oh right, because', 'As "ah yes, because".'),
  phrase('thanks, I hate it', 'Meme: mock thanks for something unwelcome.'),
  phrase('thanks, we hate it', 'As "thanks, I hate it".'),
  phrase('cool story, bro', 'Dismisses what someone said as boring.'),
  phrase('cool story', 'As "cool story, bro"; "Cool story! Thanks for sharing" is sincere, so only said flatly.', { standalone: true }),
  phrase('because of course', 'Resigned sarcasm ("Because of course the projector died").', { clauseStart: true }),
  phrase('said no one', 'Meme formula without "ever"; "he said no one came" goes on with a word, so only at the end.', {
    notFollowedBy: A_WORD_FOLLOWS,
  }),
  phrase('said nobody', 'As "said no one".', { notFollowedBy: A_WORD_FOLLOWS }),
  phrase('said literally no one', 'As "said no one".'),
  // Mock alarm and mock surprise: treating something trivial or predictable as big news.
  phrase('stop the presses', 'Mock alarm over something trivial.', { source: 'https://en.wiktionary.org/wiki/stop_the_presses' }),
  phrase('hold the front page', 'Mock alarm over something trivial.', { source: 'https://en.wiktionary.org/wiki/hold_the_front_page' }),
  phrase('alert the media', 'Mock alarm over something trivial.'),
  phrase('call the newspapers', 'Mock alarm over something trivial.'),
  phrase('surprise, surprise', 'Mock surprise at something predictable.', { source: 'https://en.wiktionary.org/wiki/surprise_surprise' }),
  phrase('quelle surprise', 'Mock surprise at something predictable.', { source: 'https://en.wiktionary.org/wiki/quelle_surprise' }),
  phrase('right on schedule', 'Weary sarcasm at something predictable, as a sentence of its own.', { standalone: true }),
  phrase('right on cue', 'As "right on schedule".', { standalone: true }),
  phrase('like clockwork', 'As "right on schedule".', { standalone: true }),
  phrase('as if on cue', 'As "right on schedule".', { clauseStart: true }),
  phrase('of course it did', 'Resigned sarcasm ("The bot crashed again. Of course it did.").', { standalone: true }),
  phrase('of course they did', 'As "of course it did".', { standalone: true }),
  phrase('of course it does', 'As "of course it did".', { standalone: true }),
  phrase('of course it is', 'As "of course it did"; "Of course it is! Wikidata is CC0" is an eager yes, so only said flatly.', {
    standalone: true,
  }),
  // Deadpan endorsement of something absurd, as a sentence of its own.
  phrase('makes total sense', 'Deadpan agreement with something absurd.', { standalone: true }),
  phrase('makes perfect sense', 'As "makes total sense".', { standalone: true }),
  phrase('totally makes sense', 'As "makes total sense".', { standalone: true }),
  phrase('that makes total sense', 'As "makes total sense".', { standalone: true }),
  phrase('that makes perfect sense', 'As "makes total sense".', { standalone: true }),
  phrase('seems legit', 'Deadpan endorsement of something dubious.', { standalone: true }),
  phrase('sounds legit', 'As "seems legit".', { standalone: true }),
  phrase('totally legit', 'As "seems legit".', { standalone: true }),
  // Passive-aggressive asides.
  phrase('we heard you the first time', 'Exasperation at being told again.'),
  phrase('I heard you the first time', 'Exasperation at being told again.'),
  phrase("we'll just be over here", 'Passive-aggressive aside ("We\'ll just be over here serving 15 billion page views").'),
  phrase('we will just be over here', 'As "we\'ll just be over here".'),
  phrase("I'll just be over here", 'As "we\'ll just be over here".'),
  phrase("next you'll tell me", 'Mock prediction of an even sillier claim.'),
  phrase("next you'll tell us", 'Mock prediction of an even sillier claim.'),
  phrase("next you'll be telling", 'Mock prediction of an even sillier claim.'),
  phrase("next you'll say", 'Mock prediction of an even sillier claim.'),

  // Praise frames: ironic when aimed at a bad situation, sincere otherwise ("We love it when volunteers meet up").
  frame('love it when', '"Love it when the servers go down".'),
  frame('love how', '"Love how the site crashes every Monday".'),
  frame('love that', '"Love that the upload tool is broken again".'),
  frame('loving the', '"Loving the 503 errors today".'),
  frame('gotta love', '"Gotta love a Friday outage".'),
  frame('got to love', '"Got to love a Friday outage".'),
  frame('you have to love', '"You have to love a Friday outage".'),
  frame("don't you just love", '"Don\'t you just love spam bots".'),
  frame('nothing like', '"Nothing like a Monday outage"; "this is nothing like the 2012 outage" compares, so not after a verb.', {
    notPrecededBy: String.raw`(?:\b(?:is|was|are|were|be|been|looks?|looked|seems?|seemed|felt|feels?)|(?<!\bthere)['’]s)\s+$`,
  }),
  frame('nothing says', '"Nothing says Monday like an outage"; with scare quotes it mocks on its own ("Nothing says \'reliable source\' like a screenshot").', {
    ironicBeforeQuote: true,
  }),
  frame('nothing screams', 'As "nothing says".', { ironicBeforeQuote: true }),
  frame('nothing beats', '"Nothing beats a 3 a.m. outage".'),
  frame('just what we needed', '"Just what we needed, another outage"; "Just what we needed: 500 new photos" is sincere.'),
  frame('just what I needed', 'As "just what we needed".'),
  frame('just what everyone needed', 'As "just what we needed".'),
  frame('exactly what we needed', 'As "just what we needed".'),
  frame('just what the doctor ordered', 'As "just what we needed".'),
  ...['great', 'fantastic', 'brilliant', 'wonderful', 'amazing', 'excellent', 'lovely'].map((w) =>
    frame(`${w} timing`, `"${w[0]!.toUpperCase()}${w.slice(1)} timing" for an outage.`),
  ),
  frame('perfect timing', '"Perfect timing" for an outage.'),
  frame('impeccable timing', '"Impeccable timing" for an outage.'),
  frame('love the timing', '"Love the timing" of an outage.'),
  frame('what a great way to', '"What a great way to start the week: the site is down".'),
  frame('what a way to', '"What a way to start the week".'),
  frame('what a time', '"What a time for the servers to crash".'),
  frame('what a surprise', '"What a surprise, the site is down again".'),
  frame('so much fun', '"Spam cleanup is so much fun".'),
  frame('such fun', '"Such fun, another outage".'),
  frame('fun times', '"Fun times" during an outage.'),
  frame('good times', '"Good times" during an outage.'),
  frame('what fun', '"What fun" during an outage.'),
  frame('my favourite', '"My favourite: 500 errors on a Monday".'),
  frame('my favorite', 'As "my favourite".'),
  frame('best part', '"The best part? The site is down again".'),
  frame('thanks a lot', '"Thanks a lot, spammers"; "Thanks a lot for your help" is sincere.'),
  frame('thanks so much', '"Thanks so much for the downtime".'),
  frame('how lovely', '"How lovely, the site is down".'),
  frame('how nice', '"How nice, more spam".'),
  frame('how convenient', '"How convenient, the servers crashed during the deadline".'),
  frame('off to a great start', '"The week is off to a great start: the site is down".'),
  frame('off to a flying start', 'As "off to a great start".'),
  frame('living the dream', '"Living the dream: spam cleanup all weekend".'),
  frame('another day, another', '"Another day, another outage".'),
  frame('nice of', '"Nice of the heatwave to join our photowalk".'),
  frame('congrats on', '"Congrats on the most broken release ever".'),
  frame('congratulations on', 'As "congrats on".'),
  frame('well done', '"Well done, the bot crashed again"; "Well done fighting vandalism" is sincere (see sincereContext).'),
  frame('good job', '"Good job breaking the upload tool".'),
  frame('great job', '"Great job, another outage".'),
  frame('nice work', '"Nice work, the site is down".'),
  frame('bravo', '"Bravo, another outage".'),
  frame('truly a masterpiece', 'Mock praise for a bad edit or event.'),
  frame('a masterpiece', 'Mock praise for a bad edit or event.'),
  frame('truly inspiring', 'Mock praise ("Truly inspiring leadership" about a budget cut).'),
  frame('at its finest', '"Journalism at its finest" about a bad article.'),
  frame('at its best', 'As "at its finest".'),
  frame("can't wait", '"Can\'t wait for the next outage"; "Can\'t wait to see your photos" is sincere.'),
  frame('cannot wait', 'As "can\'t wait".'),
  frame('oh joy', 'Ironic exclamation.'),
  frame("couldn't ask for more", '"Power cut at the workshop. Couldn\'t ask for more."'),
  frame('could not ask for more', 'As "couldn\'t ask for more".'),
  frame("couldn't have planned it better", '"The site went down an hour before the deadline. Couldn\'t have planned it better."'),
  frame('oh goody', 'Ironic exclamation.'),
  frame('what a shock', '"What a shock: the vandal is back".'),
  frame('what a shocker', 'As "what a shock".'),
  // Delight at a bad situation ("We are thrilled that the upload tool died on deadline day"); delight at good news
  // or at a problem being fixed is sincere (see sincereContext).
  frame('thrilled that', '"Thrilled that the servers crashed".'),
  frame('delighted that', 'As "thrilled that".'),
  frame('so glad that', 'As "thrilled that".'),
  frame('so happy that', 'As "thrilled that".'),
  frame('excited that', 'As "thrilled that".'),
  frame('love to see', '"Love to see another outage"; "love to see volunteers fighting vandalism" is sincere.'),

  // Praise words as exclamations ("Great, another outage", "…, amazing"). "oh", "just", "how" may precede them.
  interjection('great', '"Great, another outage".'),
  interjection('wonderful', '"Oh wonderful, the servers are down".'),
  interjection('amazing', '"The site is down again, amazing".'),
  interjection('fantastic', '"Fantastic, more spam".'),
  interjection('brilliant', '"Brilliant, the upload tool is broken".'),
  interjection('perfect', '"Perfect, another bug".'),
  interjection('lovely', '"Lovely, another outage".'),
  interjection('awesome', '"Awesome, the bot crashed again".'),
  interjection('marvellous', '"Marvellous, another delay".'),
  interjection('marvelous', 'As "marvellous".'),
  interjection('superb', '"Superb, another outage".'),
  interjection('excellent', '"Excellent, more vandalism".'),
  interjection('terrific', '"Terrific, another delay".'),
  interjection('splendid', '"Splendid, the site is down".'),
  interjection('fabulous', '"Fabulous, more spam".'),
  interjection('nice', '"Nice, the site is down again".'),
  interjection('cool', '"Cool, cool, the servers crashed".'),
  interjection('yay', '"Yay, another outage".'),
  interjection('hooray', '"Hooray, more spam".'),
  interjection('woohoo', '"Woohoo, another outage".'),
  interjection('love it', '"Another outage. Love it."'),
  interjection('love this', '"Another outage. Love this."'),
  interjection('fun', '"Fun, the site is down".'),
  interjection('good', '"Oh good, the spam bots are back"; "Good, the site is back up" is sincere.'),
  interjection('neat', '"Neat, another outage".'),
  interjection('sweet', '"Sweet, the bot crashed again".'),
  interjection('peachy', '"Just peachy".'),
  interjection('delightful', '"Delightful, more spam".'),
  interjection('charming', '"Charming." about vandalism.'),
  interjection('outstanding', '"Outstanding, the servers are down".'),
];

/** Words that may stand in front of an interjection and belong to it ("Oh great", "just perfect"). */
export const interjectionLeads: readonly LexiconEntry[] = [
  { text: 'oh', note: '"Oh great" is the classic ironic exclamation.', source: IRONY },
  { text: 'ah', note: '"Ah, wonderful".', source: COMMON },
  { text: 'just', note: '"Just great", "just perfect".', source: COMMON },
  { text: 'how', note: '"How wonderful".', source: COMMON },
  { text: 'simply', note: '"Simply wonderful".', source: COMMON },
  { text: 'absolutely', note: '"Absolutely fantastic".', source: COMMON },
  { text: 'really', note: '"Really great".', source: COMMON },
  { text: 'well', note: '"Well, great".', source: COMMON },
  { text: 'so', note: '"So great".', source: COMMON },
];

/**
 * Bad situations that turn praise into irony (the principle: praise + a bad situation = sarcasm; praise + good
 * news = sincere). "down" only counts after a verb ("is down", "went down"): "break down barriers" is not one.
 */
export const badSituations: readonly LexiconEntry[] = [
  // Not "offline": reading Wikipedia offline (Kiwix) is good news.
  ...['outage', 'outages', 'downtime', 'unavailable', 'shutdown'].map((text) => ({
    text,
    note: 'A service not working.',
    source: COMMON,
  })),
  ...[
    'is down', 'are down', 'was down', 'were down', 'went down', 'goes down', 'go down', 'going down', 'been down',
    'be down', "'s down", 'down again', 'not loading', "won't load", "doesn't load", 'not working',
    "doesn't work", "isn't working", 'stopped working', 'timed out', 'is slow', 'so slow',
  ].map((text) => ({ text, note: 'A site, tool or server not working.', source: COMMON })),
  // Not "broke": "we broke the record" is good news ("broken" is guarded by "record" below).
  ...['crash', 'crashes', 'crashed', 'crashing', 'broken', 'failure', 'failures', 'failed', 'fails'].map(
    (text) => ({ text, note: 'Something broke.', source: COMMON }),
  ),
  ...['bug', 'bugs', 'buggy', 'error', 'errors', 'glitch', 'glitches', 'timeout', 'timeouts', 'lag', 'laggy'].map(
    (text) => ({ text, note: 'A software fault or error page.', source: COMMON }),
  ),
  // Not "dead": the Dead Sea, the Day of the Dead.
  ...['stop working', 'stops working', 'dying', 'died', 'froze', 'frozen'].map((text) => ({
    text,
    note: 'A device or tool giving up ("the projector died").',
    source: COMMON,
  })),
  ...[
    'no power', 'no electricity', 'no internet', 'no Wi-Fi', 'no wifi', 'no signal', 'no sound', 'no audio',
    'blackout', 'blackouts', 'lost power', 'power out', 'power is out', 'power was out', 'power went out',
    'lights went out',
  ].map((text) => ({ text, note: 'Power, network or sound gone at an event.', source: COMMON })),
  ...['heatwave', 'heat wave', 'power cut', 'power cuts', 'downpour', 'raining', 'rained', 'traffic jam'].map((text) => ({
    text,
    note: 'Bad weather or a disruption spoiling an event.',
    source: COMMON,
  })),
  ...[
    'idiotic', 'stupid', 'dumbest', 'worst', 'ridiculous', 'absurd', 'nonsense', 'disaster', 'fiasco', 'mess',
    'made up', 'unreliable',
  ].map((text) => ({ text, note: 'A harsh judgement or a loss next to praise: the praise is ironic.', source: COMMON })),
  ...['delay', 'delays', 'delayed', 'postponed', 'cancelled', 'canceled'].map((text) => ({
    text,
    note: 'Something late or called off.',
    source: COMMON,
  })),
  ...[
    'vandalism', 'vandalised', 'vandalized', 'vandal', 'vandals', 'spam', 'spammers', 'spambot', 'spambots', 'spam bots',
    'trolls', 'trolling', 'harassment', 'edit war', 'edit wars', 'DDoS', 'hacked', 'data breach',
  ].map((text) => ({ text, note: 'Abuse of the wikis or the accounts.', source: COMMON })),
];

/**
 * Words that show the bad situation is being fixed, fought or got through, or that the "bad" word is not one
 * here, so the praise around it is sincere ("the server outage is over, thanks to our great SRE team", "Great
 * work fighting vandalism", "we've broken the record").
 */
export const sincereContext: readonly LexiconEntry[] = [
  ...[
    'fixed', 'fix', 'fixes', 'fixing', 'resolved', 'resolve', 'solved', 'restored', 'back up', 'back online',
    'back to normal', 'is over', 'are over', "'s over", 'now over', 'ended', 'recovered', 'survived', 'up and running',
  ].map((text) => ({ text, note: 'The problem has been solved.', source: COMMON })),
  ...[
    'fight', 'fights', 'fighting', 'fought', 'combat', 'combating', 'combatting', 'tackle', 'tackling', 'tackled',
    'prevent', 'prevents', 'prevented', 'preventing', 'stop', 'stopped', 'stopping', 'remove', 'removed', 'removing',
    'revert', 'reverted', 'reverting', 'clean up', 'cleaned up', 'cleanup', 'clean-up', 'patrol', 'patrolling',
    'patrollers', 'caught', 'catch', 'catching', 'squash', 'squashed', 'squashing', 'triage', 'triaged', 'debug',
    'debugging', 'protect', 'protects', 'protecting', 'protected', 'block', 'blocked', 'blocking', 'find', 'finds',
    'finding', 'detect', 'detects', 'detecting', 'spot', 'spots', 'spotting', 'catches', 'repair', 'repairs',
    'repaired', 'repairing', 'archived', 'monitor', 'monitors', 'monitoring', 'alert', 'alerts',
  ].map((text) => ({ text, note: 'People working against the problem.', source: COMMON })),
  ...[
    'report', 'reports', 'reported', 'reporting', 'flag', 'flagged', 'flagging', 'letting us know', 'heads-up',
    'heads up', 'thanks to', 'thank you for your patience', 'thanks for your patience', 'your patience',
  ].map((text) => ({ text, note: 'Thanks for help with the problem.', source: COMMON })),
  ...[
    'no more', 'zero', 'without', 'fewer', 'less', 'reduce', 'reduced', 'free of', 'despite', 'even with',
    'no downtime', 'no outages', 'no errors', 'no bugs', 'no spam', 'no vandalism', 'bug-free', 'error-free',
    'spam-free', 'down to', 'down by', 'dropped', 'fell', 'fallen', 'falling', 'decreased', 'declined', 'halved',
    'lower', 'shrank', 'shrunk',
  ].map((text) => ({ text, note: 'The problem is absent or smaller ("the backlog is down to 200").', source: COMMON })),
  ...['record', 'records', 'crash course', 'bug bounty', 'bug hunt', 'down in history', 'broken ground', 'broken new ground'].map(
    (text) => ({ text, note: 'The "bad" word is part of good news here ("broken the record").', source: COMMON }),
  ),
];

/**
 * Praise words that turn ironic inside scare quotes ('the "helpful" edit') or with emphasis marks ("*brilliant*
 * idea"). Sincere emphasis mostly uses other words ("*huge* thanks", "*so* proud"), which are not listed.
 */
export const ironicPraise: readonly LexiconEntry[] = [
  'helpful', 'brilliant', 'genius', 'smart', 'clever', 'great', 'amazing', 'wonderful', 'fantastic', 'excellent',
  'expert', 'experts', 'improvement', 'improvements', 'upgrade', 'neutral', 'reliable', 'accurate', 'useful',
  'friendly', 'constructive', 'innovative', 'perfect', 'lovely', 'wise', 'fix', 'help', 'quality', 'professional',
  'groundbreaking', 'revolutionary', 'insightful', 'balanced', 'unbiased', 'objective', 'well-researched',
  'perfectly', 'brilliantly', 'wonderfully', 'beautifully', 'smoothly', 'flawless', 'flawlessly', 'masterpiece',
].map((text) => ({ text, note: 'Praise that scare quotes or emphasis can turn into its opposite.', source: 'https://en.wikipedia.org/wiki/Scare_quotes' }));

/**
 * Someone's work in scare quotes after "your", "their", "this" … ('your "investigation"', 'their "research"').
 * Only after those determiners: tutorials quote the same words as terms ('what counts as a "source"?').
 */
export const mockedWork: readonly LexiconEntry[] = [
  'investigation', 'investigations', 'journalism', 'research', 'reporting', 'analysis', 'study', 'studies',
  'evidence', 'facts', 'source', 'sources', 'fact-check', 'fact-checking', 'feedback', 'critique', 'review',
  'reviews', 'article', 'news', 'concern', 'concerns', 'journalist', 'journalists', 'reporter', 'scientist',
  'historian', 'documentary', 'science', 'logic', 'reasoning', 'proof', 'argument', 'arguments', 'debate',
  'scandal', 'exposé', 'expose', 'bombshell', 'exclusive', 'update', 'apology', 'fix', 'solution',
].map((text) => ({ text, note: 'Someone\'s work, mocked by scare quotes after a possessive.', source: 'https://en.wikipedia.org/wiki/Scare_quotes' }));

/**
 * Nouns after a quoted word that show the quotes name an interface label, a badge or a title, not irony
 * ('click the "helpful" button', 'the "Great" award').
 */
export const labelNouns: readonly LexiconEntry[] = [
  'button', 'buttons', 'tab', 'link', 'label', 'labels', 'badge', 'tag', 'tags', 'page', 'category', 'option',
  'setting', 'field', 'menu', 'icon', 'template', 'filter', 'flag', 'column', 'section', 'rating', 'award', 'prize',
  'barnstar', 'vote', 'votes', 'reaction', 'emoji', 'feature', 'mode', 'box', 'checkbox', 'desk', 'center', 'centre',
  'pages', 'forum',
].map((text) => ({ text, note: 'An interface label or a named thing: the quotes mark a name.', source: COMMON }));

/**
 * Deadpan praise: a short sentence of its own that only praises, said flatly (a full stop, not "!"). "Very
 * balanced." and "Brilliant theory." after a description of something silly are mock praise; sincere praise
 * comes with "!", thanks, a named person, or a celebrating emoji ("Brilliant research by the Kano team 🎉").
 *
 * `deadpanQualities` are the judgements of reasoning and conduct that, with an intensifier and nothing else
 * ("Very balanced.", "How original.", "Much insight."), read as mock praise. Words people use sincerely on
 * their own ("Very proud.", "So exciting.", "Very helpful.") are left out.
 */
export const deadpanIntensifiers: readonly LexiconEntry[] = [
  'very', 'so', 'truly', 'really', 'real', 'such', 'much', 'how', 'quite', 'extremely', 'incredibly', 'super',
  'totally', 'wonderfully', 'beautifully', 'refreshingly', 'deeply', 'highly',
].map((text) => ({ text, note: 'Intensifier in a deadpan sentence ("Very balanced.", "How original.").', source: COMMON }));

export const deadpanQualities: readonly LexiconEntry[] = [
  'balanced', 'consistent', 'insightful', 'insight', 'mature', 'professional', 'original', 'subtle', 'convincing',
  'scientific', 'reliable', 'neutral', 'objective', 'logical', 'sensible', 'classy', 'nuanced', 'nuance', 'rigorous',
  'credible', 'persuasive', 'reasonable', 'accurate', 'clever', 'smart', 'tasteful', 'grown-up', 'believable',
  'plausible', 'responsible', 'wisdom', 'logic', 'expertise', 'journalism', 'integrity', 'scholarship', 'thorough',
  'well-researched', 'well researched', 'well thought out', 'well-thought-out', 'unbiased', 'fair and balanced',
  // Doge speak ("Such research. Much wow."): nobody writes these sincerely.
  'wow', 'research', 'science', 'knowledge',
  'trustworthy', 'coherent',
].map((text) => ({ text, note: 'A judgement of reasoning or conduct: "Very balanced." on its own is mock praise.', source: IRONY }));

/** Praise adjectives that, before a word for reasoning or effort ("Brilliant theory."), make deadpan praise. */
export const deadpanPraise: readonly LexiconEntry[] = [
  'great', 'brilliant', 'excellent', 'fantastic', 'amazing', 'wonderful', 'superb', 'stellar', 'top-notch',
  'top notch', 'flawless', 'impeccable', 'airtight', 'solid', 'impressive', 'masterful', 'genius', 'outstanding',
  'first-class', 'world-class', 'fine', 'nice', 'lovely', 'remarkable', 'exceptional', 'incredible', 'terrific',
  'splendid', 'marvellous', 'marvelous', 'exemplary', 'groundbreaking', 'award-winning', 'Pulitzer-worthy',
  'Pulitzer-winning', 'Nobel-worthy', 'quality', 'good', 'real', 'expert', 'ace', 'A+',
].map((text) => ({ text, note: 'Praise that turns to mock praise before a word for reasoning said flatly.', source: IRONY }));

/**
 * Reasoning, investigation and organising: what mock praise targets ("Brilliant theory.", "Great detective
 * work.", "Excellent planning."). Left out: the nouns of sincere replies ("Great question.", "Good catch.", "Great
 * idea.", "Great work.", "Fair point.") and of sincere quote posts ("Great reporting.", "Excellent research.",
 * "Great leadership."). Any noun counts when a vague someone did it ("Great job by whoever scheduled this.").
 */
export const effortNouns: readonly LexiconEntry[] = [
  'theory', 'theories', 'logic', 'reasoning', 'detective work', 'sleuthing', 'fact-checking', 'fact checking',
  'argument', 'arguments', 'deduction', 'science', 'math', 'maths', 'sourcing', 'foresight', 'thinking',
  'priorities', 'decision-making', 'decision making', 'customer service', 'attention to detail', 'quality control',
  'proofreading', 'due diligence', 'judgement', 'judgment', 'risk assessment', 'interpretation', 'critical thinking',
  'common sense', 'fact-check', 'planning', 'scheduling', 'timekeeping',
].map((text) => ({ text, note: 'Reasoning or organising, the usual target of mock praise.', source: IRONY }));

/**
 * "Thanks for the 47th message about this": thanks for the umpteenth of something unwanted. The ordinals
 * (2nd and up) and the nouns for messages; "Thanks for the 10th anniversary wishes" and "Thanks for the second
 * question" (an AMA) stay quiet.
 */
export const repeatOrdinals: readonly LexiconEntry[] = [
  'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'hundredth', 'thousandth', 'millionth', 'billionth',
  'umpteenth', 'nth', 'zillionth', 'gazillionth', 'bazillionth', 'hundred and first', 'forty-seventh',
].map((text) => ({ text, note: 'How many times something came; "the umpteenth message" is a complaint.', source: COMMON }));

export const repeatedMessages: readonly LexiconEntry[] = [
  'message', 'messages', 'email', 'emails', 'e-mail', 'DM', 'DMs', 'reply', 'replies', 'comment', 'comments',
  'mention', 'mentions', 'tag', 'ping', 'pings', 'reminder', 'reminders', 'complaint', 'complaints', 'tweet',
  'tweets', 'post', 'toot', 'notification', 'notifications', 'voicemail', 'phone call', 'call', 'thread', 'link',
  'explanation', 'lecture', 'rant',
].map((text) => ({ text, note: 'A message that arrives again and again.', source: COMMON }));

/**
 * Claims so silly that "I suppose … too?" only repeats them in mockery ("And I suppose the 40,000 citations are
 * all made up too?"). "I guess you'll be at Wikimania too?" is a friendly question and stays quiet.
 */
export const absurdClaims: readonly LexiconEntry[] = [
  'made up', 'fake', 'faked', 'a lie', 'lies', 'lying', 'invented', 'fabricated', 'a hoax', 'hoaxes', 'a conspiracy',
  'bogus', 'propaganda', 'staged', 'written by AI', 'written by bots', 'run by', 'in on it', 'paid off', 'fiction',
  'imaginary', 'flat',
].map((text) => ({ text, note: 'An outlandish claim, the kind repeated in mockery.', source: COMMON }));

/**
 * Judgements that, in scare quotes after "apparently", report someone else's verdict in mockery ("Apparently a
 * photo of a statue is 'too controversial'"). "Apparently the word 'wiki' means 'quick'" quotes a word, not a
 * verdict, and stays quiet.
 */
export const reportedVerdicts: readonly LexiconEntry[] = [
  'too', 'not', 'so', 'controversial', 'offensive', 'inappropriate', 'biased', 'dangerous', 'fake', 'propaganda',
  'woke', 'political', 'radical', 'extreme', 'obscene', 'indecent', 'immoral', 'harmful', 'sensitive', 'problematic',
  'divisive', 'misleading', 'unacceptable', 'unsuitable', 'unreliable', 'unpatriotic', 'vulgar', 'scandalous',
  'disrespectful', 'provocative', 'subversive', 'racy', 'risqué', 'censorship', 'agenda', 'vandalism', 'bias',
].map((text) => ({ text, note: 'A verdict quoted after "apparently" to mock it.', source: 'https://en.wikipedia.org/wiki/Scare_quotes' }));
