import { z } from '../zod.ts';
import { anyOf, defineRule, type RuleHit } from '../define-rule.ts';
import {
  absurdClaims,
  badSituations,
  deadpanIntensifiers,
  deadpanPraise,
  deadpanQualities,
  effortNouns,
  interjectionLeads,
  ironicPraise,
  labelNouns,
  mockedWork,
  repeatedMessages,
  repeatOrdinals,
  reportedVerdicts,
  sarcasmMarkers,
  sincereContext,
  type SarcasmMarker,
} from '../lexicons/en/sarcasm-markers.ts';
import { createPhraseMatcher, type PhraseMatch } from '../phrases.ts';
import { citations } from '../policy-citations.ts';
import type { Segment } from '../segment.ts';

/*
 * Two kinds of evidence. Explicit markers ("/s", "#not", 🙄) say outright that a sentence is sarcastic.
 * Inferred markers are ironic turns of phrase: set phrases ("what could possibly go wrong", "stop the presses"),
 * scare quotes or emphasis around praise, clapping between words, deadpan praise ("Very balanced.", "Brilliant
 * theory."), thanks for the umpteenth message, mocking questions ("you really thought that would stick?"), and
 * praise aimed at a bad situation.
 *
 * The principle for praise: praise + a bad situation = sarcasm ("Great, another outage", "love it when the
 * servers go down"); praise + good news = sincere ("Just what we needed: 500 new photos of Lagos!"), and so is
 * praise around a bad situation that is being fixed or got through ("the outage is over, thanks to our great
 * SRE team"). A praise word that modifies a noun is sincere ("Oh, great question!"), and words inside quotation
 * marks are titles, not the writer's voice ("the film “Oh Great”"). Praise said flatly, as a sentence of its own,
 * about reasoning or conduct is mock praise ("Brilliant theory."); sincere praise comes with "!", thanks, a named
 * person or a celebrating emoji.
 *
 * Everything here is judged sentence by sentence, so it is cached while the user types. Praise standing alone
 * ("The site is down again. Just what we needed.") needs the sentence next to it: tone-sarcasm-context reads
 * that, with the helpers exported below.
 */

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const ofKind = (kind: SarcasmMarker['kind']) => sarcasmMarkers.filter((m) => m.kind === kind);
const byLength = (a: string, b: string) => b.length - a.length;

const tags = ofKind('trailing-tag').map((m) => escape(m.text));
const hashtags = ofKind('hashtag').map((m) => escape(m.text));
const emoji = ofKind('emoji').map((m) => escape(m.text));

// Longest first, so "/sarcasm" wins over "/s". A tag must stand alone and end the sentence, apart from
// closing punctuation, spaces and emoji ("Great idea /s 😂").
const TRAILING_TAG = new RegExp(
  `(?<![\\p{L}\\p{N}_/])(${tags.sort(byLength).join('|')})(?=[\\s.!?,)\\]\\p{Extended_Pictographic}\\u200d\\ufe0f]*$)`,
  'giu',
);
const HASHTAG = new RegExp(`(?<![\\p{L}\\p{N}_])(${hashtags.sort(byLength).join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
const EMOJI = new RegExp(`(${emoji.join('|')})\\ufe0f?`, 'gu');

// Set phrases and praise frames share one matcher: one pass over the post finds both.
const LEXICON_ENTRIES = sarcasmMarkers.filter((m) => m.kind === 'phrase' || m.kind === 'frame');
const LEXICON = createPhraseMatcher(LEXICON_ENTRIES.map((e) => e.text));
const NOT_FOLLOWED_BY = LEXICON_ENTRIES.map((e) => (e.notFollowedBy ? new RegExp(e.notFollowedBy, 'iu') : undefined));
const NOT_PRECEDED_BY = LEXICON_ENTRIES.map((e) => (e.notPrecededBy ? new RegExp(e.notPrecededBy, 'iu') : undefined));

const WORD_EDGE_BEFORE = String.raw`(?<![\p{L}\p{N}_'’#@-])`;
const WORD_EDGE_AFTER = String.raw`(?![\p{L}\p{N}_'’-])`;
const leads = interjectionLeads.map((e) => escape(e.text)).join('|');
const interjectionWords = ofKind('interjection')
  .map((e) => e.text)
  .sort(byLength)
  .map((w) => w.split(' ').map(escape).join(String.raw`\s+`))
  .join('|');
// "Great", "Oh great", "just perfect", "Oh, wonderful": where it stands and what follows is checked in code.
const INTERJECTION = new RegExp(
  `${WORD_EDGE_BEFORE}((?:(?:${leads}),?\\s+)?(?:${interjectionWords}))${WORD_EDGE_AFTER}`,
  'giu',
);
// An exclamation ends its clause: punctuation, a dash, an emoji or the end, or "another"/"again"/"more".
const ENDS_CLAUSE = /^(?:\s*(?:[,.!?…;:—–)]|-\s|$|\p{Extended_Pictographic})|\s+(?:another|again|more)\b)/iu;
// Start of a sentence or clause, optionally after "oh", "well", "yeah", "and", "but".
const CLAUSE_BEFORE =
  /(?:^|[,;:—–(\-…!?."“”'‘’«]|\p{Extended_Pictographic}|\ufe0f|\u200d)\s*(?:(?:oh|ah|well|yeah|and|but),?\s+)?$/iu;

const ANOTHER_AFTER = /^\s*[,—–-]?\s*(?:yet\s+)?another\b/iu;
// "Apparently we 'hate cats' now": a claim about us reported as news, closed by a dry "now".
const APPARENTLY_NOW = /(?<![\p{L}\p{N}_])apparently,?\s+(?:we|I|Wikipedia|Wikimedia|editors|volunteers)\b[^.!?\n]{1,80}?\bnow(?=\s*(?:[.!?…,;:]|$|\p{Extended_Pictographic})|\s+(?:because|since|for|after)\b)/giu;
const BAD = createPhraseMatcher(badSituations.map((e) => e.text));
// "Spam is down 40%", "errors down to 3": a problem going down by a number is good news.
const DOWN_BY = /(?<![\p{L}\p{N}_])down\s+(?:by\s+|to\s+)?(?:about\s+|almost\s+|nearly\s+|over\s+)?\d/iu;
// "The building's electricity: out since 9am", "the Wi-Fi went out": power or network gone, however it is put.
const SUPPLY_OUT =
  /(?<![\p{L}\p{N}_])(?:power|electricity|internet|wi-?fi|network|aircon|air\s+con|air\s+conditioning|lights|mains)(?:\s*[:–—]\s*|\s+(?:is|was|went|has\s+been|had\s+been|keeps\s+going|goes|cut)\s+)(?:out|off|gone)(?![\p{L}\p{N}_])/iu;
// "Funny how your 'investigation' never once asked us": a wry "funny how" about the reader's habits.
const FUNNY_HOW =
  /(?<![\p{L}\p{N}_])(?:funny|interesting|strange|curious|odd)\s+how\s+(?:you|your)(?![\p{L}\p{N}_])(?=[^.!?]*?\b(?:never|always|conveniently|somehow|suddenly|forgot|forgets|left\s+out|leaves\s+out)\b)/giu;
// "'Let's add six more mandatory fields,' said no volunteer, ever": the meme with any nobody.
const SAID_NO_ONE =
  /(?<![\p{L}\p{N}_])said\s+(?:literally\s+)?(?:no|not\s+one|not\s+a\s+single)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+,?\s+ever(?![\p{L}\p{N}_])(?!\s+[\p{L}\p{N}])/giu;
const SINCERE = createPhraseMatcher(sincereContext.map((e) => e.text));

const praise = ironicPraise.map((e) => escape(e.text)).join('|');
const DETERMINER = '(?:the|this|that|these|those|their|your|my|his|her|its|our|such|a|an|another|some|so-called)';
// 'the "helpful" edit', 'this “brilliant” idea': one praise word in matching quotes after a determiner.
const SCARE_QUOTES = new RegExp(
  `(?<![\\p{L}\\p{N}_])${DETERMINER}\\s+(“(${praise})”|"(${praise})"|‘(${praise})’|'(${praise})')`,
  'giu',
);
// 'your "investigation"', 'their ‘research’': someone's work in quotes after a possessive or demonstrative.
const work = mockedWork.map((e) => escape(e.text)).join('|');
const MOCKED_WORK = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:your|their|his|her|this|that|these|those|so-called)\\s+(“(${work})”|"(${work})"|‘(${work})’|'(${work})')(?![\\p{L}\\p{N}_])`,
  'giu',
);
const LABEL_AFTER = new RegExp(`^\\s+(?:${labelNouns.map((e) => escape(e.text)).join('|')})(?![\\p{L}\\p{N}_])`, 'iu');
// "*brilliant* idea", "_great_ job": single emphasis marks (not **bold** or __bold__) around praise.
const EMPHASIS = new RegExp(
  `(?<![\\p{L}\\p{N}_*])\\*(${praise})\\*(?![\\p{L}\\p{N}_*])|(?<![\\p{L}\\p{N}_])_(${praise})_(?![\\p{L}\\p{N}_])`,
  'giu',
);
// "great 👏 job 👏": at least two words in a row each followed by a clapping hand (any skin tone).
const CLAP = /(?:(?<![\p{L}\p{N}_'’])[\p{L}\p{N}'’]+\s*\u{1F44F}[\u{1F3FB}-\u{1F3FF}]?\s*){2,}/gu;
const SINCERE_CLAP = /^(?:thank|congrat|well\s*\u{1F44F}?\s*done|bravo)/iu;
const CLAP_ONE = /\s*\u{1F44F}[\u{1F3FB}-\u{1F3FF}]?\s*/gu;

// Quotation marks that enclose a title or someone else's words (straight quotes pair up in order).
const QUOTED = /“[^”]*”|«[^»]*»|「[^」]*」|『[^』]*』|"[^"\n]*"/g;
// Any quotation, single quotes included when they open at a word start (so "it's" is no quote).
const ANY_QUOTE = /(?<![\p{L}\p{N}])['‘]([^'’\n]{1,80}?)['’](?![\p{L}\p{N}])|“([^”\n]{1,80})”|"([^"\n]{1,80})"|«([^»\n]{1,80})»/gu;
const QUOTE_AFTER = /^\s+(?:(?<![\p{L}\p{N}])['‘][^'’\n]{1,60}?['’](?![\p{L}\p{N}])|“[^”\n]{1,60}”|"[^"\n]{1,60}"|«[^»\n]{1,60}»)/u;

// Nothing after a standalone phrase but spaces, full stops, ellipses and emoji: it is said flatly.
const FLAT_END = /^[\s.…\p{Extended_Pictographic}\u200d\ufe0f\u{1F3FB}-\u{1F3FF}]*$/u;

// "Very balanced." / "Brilliant theory." / "Excellent planning by someone, somewhere 👏👏": a whole sentence of
// praise said flatly. Only emoji that keep a straight face may follow (👍 👏 🙂 🙃 😐 🤔 …), not 🎉 or 💙.
const alternation = (entries: ReadonlyArray<{ text: string }>) =>
  entries
    .map((e) => e.text)
    .sort(byLength)
    .map((t) => t.split(/\s+/).map(escape).join(String.raw`\s+`))
    .join('|');
const INTENS = alternation(deadpanIntensifiers);
const PRAISE = alternation(deadpanPraise);
const DEADPAN_EMOJI = String.raw`[\u{1F44D}\u{1F44F}\u{1F642}\u{1F643}\u{1F610}\u{1F611}\u{1F914}\u{1FAE0}\u{1F612}\u{1F926}\u{1F971}\u{1F480}\u{1F62C}\u{1F644}][\u{1F3FB}-\u{1F3FF}]?(?:\u200d[\u2640\u2642]\ufe0f?)?\ufe0f?`;
const VAGUE_AGENT = String.raw`(?:by|from)\s+(?:(?:someone|somebody)(?:,?\s+somewhere)?|whoever\s+(?:decided|planned|scheduled|thought|approved|chose|came\s+up\s+with|designed|organi[sz]ed|booked|picked|put|wrote|signed\s+off)(?:\s+[\p{L}\p{N}'’-]+){0,6})`;
const DEADPAN = new RegExp(
  String.raw`^(?:[^\p{L}\p{N}@]*@[\p{L}\p{N}_.@-]+)*[^\p{L}\p{N}]*?` +
    String.raw`((?:(?:oh|ah|wow|well|yeah|yes|so|and|but|hmm|right|okay|ok|gee|gosh)[,!]?\s+)?` +
    String.raw`(?:(?:${INTENS})\s+(?:${alternation(deadpanQualities)})` +
    String.raw`|(?:(?:${INTENS})\s+)?(?:(?:a|an|some|what\s+an?|such\s+an?)\s+)?(?:${PRAISE})(?:[\s-]+(?:${PRAISE}))?\s+` +
    String.raw`(?:(?:[\p{Ll}-]+\s+)?(?:${alternation(effortNouns)})(?:\s+${VAGUE_AGENT})?|(?:[\p{L}-]+\s+){0,2}?${VAGUE_AGENT}))` +
    String.raw`(?:,\s*(?:really|truly|honestly|seriously|as\s+always|again))?)` +
    String.raw`(?=[\s.…]*(?:${DEADPAN_EMOJI}[\s.…]*)*$)`,
  'iu',
);

// "Thanks for the 47th message about this", "Thank you for yet another email": thanks for the umpteenth of
// something unwanted. Not for messages "of support", and not for the 1st of anything.
const THANKS_AGAIN = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:thanks|thank\s+you)(?:\s+(?:so\s+much|a\s+lot|again))?\s+for\s+` +
    String.raw`(?:(?:the|your|this)\s+(\d[\d,]*(?:st|nd|rd|th)|${alternation(repeatOrdinals)})|yet\s+another)\s+` +
    String.raw`(?:[\p{L}-]+\s+)?(?:${alternation(repeatedMessages)})(?![\p{L}\p{N}_])(?!\s+of\s+(?:support|thanks|love|encouragement|congratulations|solidarity))`,
  'giu',
);
// "You really thought that edit was going to stick?": repeating someone's belief back as a question.
const YOU_REALLY =
  /(?<![\p{L}\p{N}_])you\s+(?:really|actually|honestly|seriously|genuinely|truly)\s+(?:thought|think|believed|believe|expected|expect|imagined|imagine|figured|assumed|reckoned|supposed)(?![\p{L}\p{N}_])/giu;
// "And I suppose the 40,000 citations are all made up too?": an outlandish claim repeated in mockery.
const I_SUPPOSE = /(?<![\p{L}\p{N}_])(?:I\s+suppose|I\s+guess|let\s+me\s+guess|so\s+I\s+take\s+it)(?![\p{L}\p{N}_])/giu;
const ABSURD = createPhraseMatcher(absurdClaims.map((e) => e.text));
// A question from a clause start: the sentence start, or after a comma, colon, dash, emoji or a lead word.
const QUESTION_LEAD =
  /(?:^|[,;:—–(…]|\p{Extended_Pictographic}|\ufe0f)\s*(?:(?:so|and|oh|wait|wow|lol|lmao|haha|ah|but|then|right|yeah|sure|hang\s+on|hold\s+on)[,!]?\s+)*$/iu;
const ENDS_IN_QUESTION = /^[^.!?]*\?/u;
// "Apparently a photo of a statue is 'too controversial'": someone else's verdict quoted in mockery.
const VERDICTS = new Set(reportedVerdicts.map((e) => e.text.toLowerCase()));
const VERDICT_LEADS = new Set(['too', 'not', 'so']);

// Cheap tests first: the marks the checks need, the key words, then the phrase list and the deadpan shape.
const interjectionKeys = ofKind('interjection').map((m) => escape(m.text.split(' ')[0]!));
const MARKS = /\/s|#(?:not|sarcasm)|[\u{1F644}\u{1F643}\u{1F44F}*_“«]|(?:^|[\s(])['‘"]\p{L}/u;
const KEYWORDS = new RegExp(
  String.raw`\b(?:${[...new Set(interjectionKeys)].join('|')}|apparently|suppose|guess|thanks?|really|actually|honestly|seriously|genuinely|said|funny|interesting|strange|curious|odd)\b`,
  'iu',
);
// "Who needs sleep when the upload queue is 40,000 files deep?": going without rest is what the writer complains
// of. Only with "when" or "anyway" after it: "Who needs a break? The wellness room is open" is a real question.
const WHO_NEEDS =
  /(?<![\p{L}\p{N}_])who\s+needs\s+(?:sleep|rest|weekends?|holidays?|vacations?|breaks|lunch|dinner|breakfast|sanity|free\s+time|days\s+off|a\s+(?:holiday|vacation|break|weekend|day\s+off|lunch\s+break|social\s+life|life))(?=\s+(?:when|anyway|anyways)(?![\p{L}\p{N}_]))/giu;
// Flat sentences of their own. "Never change." signs off a complaint ("Some things never change" is a statement;
// a heart makes it fond). "What a scoop." and "Riveting stuff." mock news or a story as stale or dull; with "!"
// they are sincere.
const NEVER_CHANGE =
  /^[^\p{L}\p{N}]{0,8}((?:oh\s+|please\s+)?never\s+change)(?:,\s{0,2}@?[\p{Lu}@][\p{L}\p{N}_.-]{0,30})?(?=[\s.…]{0,6}(?:[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\ufe0f\u200d]\s{0,2}){0,8}$)/iu;
const HEART = /[\u2764\u{1F499}\u{1F49A}\u{1F49B}\u{1F49C}\u{1F9E1}\u{1F90D}\u{1F5A4}\u{1F970}\u{1F60D}\u{1FAF6}\u{1F917}]/u;
const FLAT_VERDICT = new RegExp(
  String.raw`^[^\p{L}\p{N}]{0,8}((?:(?:oh|ah|wow|well)[,!]?\s+)?(?:what\s+an?\s+(?:scoop|revelation|bombshell|exclusive|shocker)|(?:(?:truly|really|how|so|such|absolutely|utterly)\s+)?(?:riveting|scintillating)(?:\s+(?:stuff|content|reading|read|material))?))` +
    String.raw`(?=[\s.…]{0,8}(?:${DEADPAN_EMOJI}[\s.…]{0,4}){0,4}$)`,
  'iu',
);
const FLAT_KEYS = /who\s+needs|never\s+change|what\s+an?\s|riveting|scintillating/iu;

const trigger = () => anyOf(MARKS, KEYWORDS, LEXICON, DEADPAN, FLAT_KEYS);

type MessageId =
  | 'tag'
  | 'hashtag'
  | 'emoji'
  | 'phrase'
  | 'irony'
  | 'another'
  | 'scareQuotes'
  | 'emphasis'
  | 'clap'
  | 'deadpan'
  | 'thanks'
  | 'question'
  | 'reported'
  | 'mockQuotes';
type Hit = RuleHit<MessageId>;

export const messages = {
  tag: '“{marker}” marks this sentence as sarcastic.',
  hashtag: '“{marker}” signals that the post means the opposite of what it says.',
  emoji: 'The {marker} emoji reads as sarcasm or exasperation.',
  phrase: '“{marker}” is a sarcastic turn of phrase.',
  irony: '“{marker}” next to “{situation}” reads as sarcasm: praise for a bad situation.',
  another: '“{marker}, another …” is a sarcastic exclamation.',
  scareQuotes: 'Quotation marks around “{marker}” turn the praise into sarcasm.',
  emphasis: 'Stressing “{marker}” like this reads as mock praise.',
  clap: 'Clapping between words (“{marker}”) reads as mocking.',
  deadpan: '“{marker}”, said flatly on its own, reads as mock praise.',
  thanks: '“{marker}” thanks someone for something unwanted: it reads as sarcasm.',
  question: '“{marker} …?” repeats the other person’s view back to mock it.',
  reported: '“Apparently … {marker}”: quoting someone’s verdict like this mocks it.',
  mockQuotes: 'Quotation marks around “{marker}” mock the other person’s work.',
} as const satisfies Record<MessageId, string>;

export const explanation =
  'Sarcasm is easily misread by a global audience and official accounts don’t post it. Say what you mean plainly and kindly instead.';

const options = z.object({
  emoji: z.boolean().default(true).describe('Also flag eye-roll and upside-down-face emoji.'),
  irony: z
    .boolean()
    .default(true)
    .describe('Also flag praise aimed at a bad situation (“Great, another outage”, “love it when the site goes down”).'),
});
type Options = z.output<typeof options>;
const DEFAULTS: Options = options.parse({});

export default defineRule({
  meta: {
    id: 'tone-sarcasm',
    category: 'tone/sarcasm',
    severity: 'warning',
    description: 'Sarcasm: “/s”, “#not”, eye-roll emoji, “oh great”, “yeah right”, scare quotes, mock praise and praise for a bad situation.',
    messages,
    explanation,
    policy: citations.sarcasm,
    options,
    profiles: ['official'],
    trigger,
  },
  *check({ text, options }) {
    yield* sarcasmInSentence(text, options);
  },
});

/** Every finding in one sentence, offsets relative to it. */
export function sarcasmInSentence(s: string, options: Options = DEFAULTS): Hit[] {
  if (s.trim() === '') return [];
  const explicit = [...explicitMarkers(s, options.emoji)];
  // An explicit marker already says it all; ironic wording in the same sentence would only repeat it.
  return explicit.length > 0 ? explicit : inferredMarkers(s, options.irony);
}

function* explicitMarkers(s: string, withEmoji: boolean): Generator<Hit> {
  if (s.includes('/')) for (const m of s.matchAll(TRAILING_TAG)) yield hit(m, 'tag');
  if (s.includes('#')) for (const m of s.matchAll(HASHTAG)) yield hit(m, 'hashtag');
  if (withEmoji) {
    for (const m of s.matchAll(EMOJI)) yield { ...hit(m, 'emoji'), suggestions: [{ replacement: '', label: `Remove ${m[1]}` }] };
  }
}

function inferredMarkers(s: string, irony: boolean): Hit[] {
  const quoted = quotedRanges(s);
  const inQuotes = (start: number, end: number) => quoted.some(([a, b]) => start >= a && end <= b);
  const hits: Hit[] = [];
  const free = (start: number, end: number) => !hits.some((h) => start < h.end && end > h.start);
  const usable = LEXICON.matchAll(s).filter((m) => !inQuotes(m.start, m.end) && passes(m, s));

  for (const m of usable) {
    const entry = LEXICON_ENTRIES[m.index]!;
    if (entry.kind === 'phrase') hits.push({ start: m.start, end: m.end, messageId: 'phrase', data: { marker: m.text } });
    else if (entry.ironicBeforeQuote) {
      // "Nothing says 'reliable source' like a screenshot": the quotes mock what they quote.
      const quote = QUOTE_AFTER.exec(s.slice(m.end));
      if (quote) {
        const end = m.end + quote[0].length;
        hits.push({ start: m.start, end, messageId: 'phrase', data: { marker: s.slice(m.start, end) } });
      }
    }
  }

  const deadpan = DEADPAN.exec(s);
  if (deadpan && !inQuotes(deadpan.index, s.length)) {
    const start = deadpan.index + deadpan[0].length - deadpan[1]!.length;
    const end = start + deadpan[1]!.length;
    if (free(start, end)) hits.push({ start, end, messageId: 'deadpan', data: { marker: deadpan[1]! } });
  }

  if (FLAT_KEYS.test(s)) {
    for (const m of s.matchAll(WHO_NEEDS)) {
      const end = m.index + m[0].length;
      if (!inQuotes(m.index, end) && free(m.index, end)) hits.push({ start: m.index, end, messageId: 'phrase', data: { marker: m[0] } });
    }
    for (const re of [NEVER_CHANGE, FLAT_VERDICT]) {
      const m = re.exec(s);
      if (!m || (re === NEVER_CHANGE && HEART.test(s))) continue;
      const start = m.index + m[0].indexOf(m[1]!);
      const end = start + m[1]!.length;
      if (!inQuotes(start, end) && free(start, end)) hits.push({ start, end, messageId: 'deadpan', data: { marker: m[1]! } });
    }
  }

  // The regular expressions below only run when the characters or words they need are there.
  const clap = s.includes('\u{1F44F}');
  const quotes = quoted.length > 0 || s.includes("'") || s.includes('‘');
  const emphasis = s.includes('*') || s.includes('_');
  const lower = s.toLowerCase();

  for (const m of clap ? s.matchAll(CLAP) : []) {
    const start = m.index;
    const run = m[0].trimEnd();
    // "Thank 👏 you 👏 volunteers 👏" and "Congrats 👏 to 👏 …" are applause, not mockery.
    if (SINCERE_CLAP.test(run) || !free(start, start + run.length)) continue;
    const plain = run.replace(CLAP_ONE, ' ').trim();
    hits.push({
      start,
      end: start + run.length,
      messageId: 'clap',
      data: { marker: run },
      suggestions: [{ replacement: plain, label: `Write “${plain}” without the claps` }],
    });
  }

  for (const m of quotes ? s.matchAll(SCARE_QUOTES) : []) {
    const word = m[2] ?? m[3] ?? m[4] ?? m[5]!;
    const start = m.index + m[0].length - m[1]!.length;
    const end = m.index + m[0].length;
    // Lower case only: 'the film “Great”' is a title; and 'the "helpful" button' names a label.
    if (!/^\p{Ll}/u.test(word) || LABEL_AFTER.test(s.slice(end)) || !free(start, end)) continue;
    hits.push({ start, end, messageId: 'scareQuotes', data: { marker: word } });
  }

  for (const m of quotes ? s.matchAll(MOCKED_WORK) : []) {
    const word = m[2] ?? m[3] ?? m[4] ?? m[5]!;
    const start = m.index + m[0].length - m[1]!.length;
    const end = m.index + m[0].length;
    if (!/^\p{Ll}/u.test(word) || LABEL_AFTER.test(s.slice(end)) || !free(start, end)) continue;
    hits.push({ start, end, messageId: 'mockQuotes', data: { marker: word } });
  }

  // "Funny how you always find the best photos!" is a compliment: only the flat or questioning "funny how".
  for (const m of lower.includes('how') && !/!\s*$/.test(s) ? s.matchAll(FUNNY_HOW) : []) {
    const start = m.index;
    const end = start + m[0].length;
    if (inQuotes(start, end) || !free(start, end)) continue;
    hits.push({ start, end, messageId: 'phrase', data: { marker: m[0] } });
  }

  for (const m of lower.includes('said') ? s.matchAll(SAID_NO_ONE) : []) {
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    hits.push({ start, end, messageId: 'phrase', data: { marker: m[0] } });
  }

  for (const m of emphasis ? s.matchAll(EMPHASIS) : []) {
    const start = m.index;
    const end = start + m[0].length;
    if (inQuotes(start, end) || !free(start, end)) continue;
    hits.push({ start, end, messageId: 'emphasis', data: { marker: m[1] ?? m[2]! } });
  }

  if (lower.includes('apparently')) {
    for (const h of apparentlyHits(s, inQuotes)) if (free(h.start, h.end)) hits.push(h);
  }

  if (lower.includes('thank')) {
    for (const m of s.matchAll(THANKS_AGAIN)) {
      const start = m.index;
      const end = start + m[0].length;
      // "the 1st message" is no repeat.
      if (m[1] && /^\d/.test(m[1]) && Number.parseInt(m[1].replace(/,/g, ''), 10) < 2) continue;
      if (inQuotes(start, end) || !free(start, end)) continue;
      hits.push({ start, end, messageId: 'thanks', data: { marker: m[0] } });
    }
  }

  if (s.includes('?')) {
    for (const m of lower.includes('you') ? s.matchAll(YOU_REALLY) : []) {
      const start = m.index;
      const end = start + m[0].length;
      // "Do you really think …?" asks; "You really thought …?" mocks. So only from a clause start.
      if (!QUESTION_LEAD.test(s.slice(0, start)) || !ENDS_IN_QUESTION.test(s.slice(end))) continue;
      if (inQuotes(start, end) || !free(start, end)) continue;
      hits.push({ start, end, messageId: 'question', data: { marker: m[0] } });
    }
    for (const m of /suppose|guess/i.test(s) ? s.matchAll(I_SUPPOSE) : []) {
      const start = m.index;
      const end = start + m[0].length;
      const question = ENDS_IN_QUESTION.exec(s.slice(end));
      if (!question || !QUESTION_LEAD.test(s.slice(0, start)) || !ABSURD.test(question[0])) continue;
      if (inQuotes(start, end) || !free(start, end)) continue;
      hits.push({ start, end, messageId: 'question', data: { marker: m[0] } });
    }
  }

  if (irony) {
    for (const h of ironicPraiseHits(s, usable, quoted, inQuotes)) if (free(h.start, h.end)) hits.push(h);
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** "Apparently we 'hate cats' now", "Apparently a statue is 'too controversial'". */
function* apparentlyHits(s: string, inQuotes: (start: number, end: number) => boolean): Generator<Hit> {
  for (const m of s.matchAll(APPARENTLY_NOW)) {
    if (inQuotes(m.index, m.index + m[0].length)) continue;
    yield { start: m.index, end: m.index + m[0].length, messageId: 'phrase', data: { marker: 'apparently … now' } };
  }
  for (const a of s.matchAll(/(?<![\p{L}\p{N}_])apparently(?![\p{L}\p{N}_])/giu)) {
    if (inQuotes(a.index, a.index + a[0].length)) continue;
    for (const q of s.slice(a.index).matchAll(ANY_QUOTE)) {
      const words = (q[1] ?? q[2] ?? q[3] ?? q[4]!).toLowerCase().split(/[^\p{L}'’-]+/u).filter(Boolean);
      const verdict = VERDICT_LEADS.has(words[0] ?? '') || words.some((w) => VERDICTS.has(w) && !VERDICT_LEADS.has(w));
      if (!verdict) continue;
      // Underline the quoted verdict: that is what the sentence mocks.
      const start = a.index + q.index;
      yield { start, end: start + q[0].length, messageId: 'reported', data: { marker: q[0] } };
      break;
    }
  }
}

/** A praise frame or exclamation in the sentence, with offsets into it. */
interface Praise {
  start: number;
  end: number;
  text: string;
}

function praiseIn(s: string, frames: readonly PhraseMatch[], inQuotes: (start: number, end: number) => boolean): Praise[] {
  const spans: Praise[] = [...frames];
  for (const m of s.matchAll(INTERJECTION)) {
    const start = m.index;
    const end = start + m[0].length;
    if (inQuotes(start, end) || !CLAUSE_BEFORE.test(s.slice(0, start)) || !ENDS_CLAUSE.test(s.slice(end))) continue;
    if (spans.some((p) => start < p.end && end > p.start)) continue;
    spans.push({ start, end, text: m[0] });
  }
  return spans.sort((a, b) => a.start - b.start);
}

const standsAlone = (s: string, p: Praise) => !/[\p{L}\p{N}]/u.test(s.slice(0, p.start) + s.slice(p.end));

/** Praise frames and exclamations aimed at a bad situation in the same sentence. */
function ironicPraiseHits(
  s: string,
  usable: readonly PhraseMatch[],
  quoted: ReadonlyArray<readonly [number, number]>,
  inQuotes: (start: number, end: number) => boolean,
): Hit[] {
  const frames = usable.filter((m) => LEXICON_ENTRIES[m.index]!.kind === 'frame');
  const praise = praiseIn(s, frames, inQuotes);
  if (praise.length === 0) return [];
  const situation = badSituationIn(s, quoted, praise);
  for (const p of praise) {
    // "Oh brilliant, another genius who…": greeting yet another of something with "oh" needs no bad word.
    if (/^(?:oh|ah)\b/i.test(p.text) && ANOTHER_AFTER.test(s.slice(p.end))) {
      return [{ start: p.start, end: p.end, messageId: 'another', data: { marker: p.text } }];
    }
    // Praise standing alone is read with the sentences around it, by tone-sarcasm-context.
    if (situation === undefined || standsAlone(s, p)) continue;
    // One underline per sentence is enough ("Great, just great, another outage").
    return [{ start: p.start, end: p.end, messageId: 'irony', data: { marker: p.text, situation } }];
  }
  return [];
}

/** The praise in a sentence made of nothing else ("Just what we needed.", "Cool, cool, cool."), if there is one. */
export function standalonePraise(s: string): Praise | undefined {
  const quoted = quotedRanges(s);
  const inQuotes = (start: number, end: number) => quoted.some(([a, b]) => start >= a && end <= b);
  const frames = LEXICON.matchAll(s).filter(
    (m) => LEXICON_ENTRIES[m.index]!.kind === 'frame' && !inQuotes(m.start, m.end) && passes(m, s),
  );
  const praise = praiseIn(s, frames, inQuotes);
  if (praise.length === 0) return undefined;
  let rest = s;
  for (const p of praise) rest = rest.slice(0, p.start) + ' '.repeat(p.end - p.start) + rest.slice(p.end);
  // "Thanks to our SRE team." is no praise of a problem.
  if (/[\p{L}\p{N}]/u.test(rest) || SINCERE.test(s)) return undefined;
  const start = praise[0]!.start;
  const end = praise[praise.length - 1]!.end;
  return { start, end, text: s.slice(start, end) };
}

// A sentence that is nothing but praise ("Just what we needed.", "Oh, great 🙂"): the post-wide pattern is
// tone-sarcasm-context's trigger, the anchored one picks the sentences worth a closer look.
const praiseWords = alternation([...ofKind('frame'), ...ofKind('interjection')]).replace(/'/g, "['’]");
const ONE_PRAISE = String.raw`(?:(?:oh|ah|well|yeah|and|but),?\s+)?(?:(?:${leads}),?\s+)?(?:${praiseWords})`;
// "Cool, cool, cool.", "Great. Just great." may repeat the exclamation.
// Runs of punctuation and emoji around the praise are bounded: unbounded, a wall of "!!!!" makes the whole-post
// trigger try every position against the rest of the text (seconds for a 100,000-character paste).
const PRAISE_ONLY = String.raw`[^\p{L}\p{N}]{0,24}${ONE_PRAISE}(?:[^\p{L}\p{N}]{1,24}${ONE_PRAISE})*[^\p{L}\p{N}]{0,24}`;
export const STANDALONE_PRAISE = new RegExp(String.raw`(?:^|[.!?…。！？\n])${PRAISE_ONLY}(?:$|[.!?…。！？\n])`, 'iu');
export const PRAISE_SENTENCE = new RegExp(String.raw`^${PRAISE_ONLY}$`, 'iu');

export function badSituationIn(
  s: string,
  quoted: ReadonlyArray<readonly [number, number]>,
  exclude: ReadonlyArray<{ start: number; end: number }>,
): string | undefined {
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && a.end > b.start;
  const found: Array<{ start: number; end: number; text: string }> = BAD.matchAll(s);
  const supply = SUPPLY_OUT.exec(s);
  if (supply) found.push({ start: supply.index, end: supply.index + supply[0].length, text: supply[0] });
  const sincere = SINCERE.matchAll(s);
  const bad = found.filter(
    (b) =>
      !quoted.some(([a, e]) => b.start >= a && b.end <= e) &&
      !exclude.some((x) => overlaps(b, x)) &&
      // "bug bounty", "crash course": the bad word is part of a good thing.
      !sincere.some((g) => g.start <= b.start && g.end >= b.end && g.end - g.start > b.end - b.start),
  );
  // "Spam is down 40% this year": a problem going down is good news.
  if (bad.length === 0 || DOWN_BY.test(s)) return undefined;
  // "stop" inside "stop working" is the problem itself, not someone stopping it.
  if (sincere.some((g) => !bad.some((b) => overlaps(b, g)))) return undefined;
  return bad[0]!.text;
}

/** The bad situation a neighbouring sentence describes, if any. */
export function neighbourSituation(segment: Segment | undefined): string | undefined {
  return segment ? badSituationIn(segment.text, quotedRanges(segment.text), []) : undefined;
}

function quotedRanges(s: string): Array<readonly [number, number]> {
  if (!/[“«「『"]/u.test(s)) return [];
  return [...s.matchAll(QUOTED)].map((m) => [m.index, m.index + m[0].length] as const);
}

function passes(m: PhraseMatch, s: string): boolean {
  const entry = LEXICON_ENTRIES[m.index]!;
  if ((entry.clauseStart || entry.standalone) && !CLAUSE_BEFORE.test(s.slice(0, m.start))) return false;
  if (entry.standalone && !FLAT_END.test(s.slice(m.end))) return false;
  if (NOT_FOLLOWED_BY[m.index]?.test(s.slice(m.end))) return false;
  if (NOT_PRECEDED_BY[m.index]?.test(s.slice(0, m.start))) return false;
  return true;
}

function hit(m: RegExpMatchArray, messageId: 'tag' | 'hashtag' | 'emoji'): Hit {
  const start = m.index!;
  return { start, end: start + m[0].length, messageId, data: { marker: m[1] ?? m[0] } };
}
