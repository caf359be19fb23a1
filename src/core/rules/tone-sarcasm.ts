import { z } from 'zod';
import { defineRule, type RuleHit } from '../define-rule.ts';
import {
  badSituations,
  interjectionLeads,
  ironicPraise,
  labelNouns,
  sarcasmMarkers,
  sincereContext,
  type SarcasmMarker,
} from '../lexicons/en/sarcasm-markers.ts';
import { createPhraseMatcher, type PhraseMatch } from '../phrases.ts';
import { citations } from '../policy-citations.ts';
import { splitSentences, type Segment } from '../segment.ts';

/*
 * Two kinds of evidence. Explicit markers ("/s", "#not", 🙄) say outright that a sentence is sarcastic.
 * Inferred markers are ironic turns of phrase: set phrases ("what could possibly go wrong"), scare quotes or
 * emphasis around praise, clapping between words, and praise aimed at a bad situation.
 *
 * The principle for praise: praise + a bad situation = sarcasm ("Great, another outage", "love it when the
 * servers go down"); praise + good news = sincere ("Just what we needed: 500 new photos of Lagos!"), and so is
 * praise around a bad situation that is being fixed or got through ("the outage is over, thanks to our great
 * SRE team"). A praise word that modifies a noun is sincere ("Oh, great question!"), and words inside quotation
 * marks are titles, not the writer's voice ("the film “Oh Great”").
 *
 * The rule sees the whole post so that a praise sentence standing alone can be read with the sentence next to
 * it ("The site is down again. Just what we needed."); everything else is judged sentence by sentence.
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
const SINCERE = createPhraseMatcher(sincereContext.map((e) => e.text));

const praise = ironicPraise.map((e) => escape(e.text)).join('|');
const DETERMINER = '(?:the|this|that|these|those|their|your|my|his|her|its|our|such|a|an|another|some|so-called)';
// 'the "helpful" edit', 'this “brilliant” idea': one praise word in matching quotes after a determiner.
const SCARE_QUOTES = new RegExp(
  `(?<![\\p{L}\\p{N}_])${DETERMINER}\\s+(“(${praise})”|"(${praise})"|‘(${praise})’|'(${praise})')`,
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

// Cheap on purpose (no look-behinds): the first words of every phrase, frame and exclamation, and the marks
// the other checks need. Sarcasm can hide in most posts, so this mostly skips posts made only of data.
const firstWords = [
  ...new Set(
    sarcasmMarkers
      .filter((m) => m.kind === 'phrase' || m.kind === 'frame' || m.kind === 'interjection')
      .concat(interjectionLeads.map((e) => ({ ...e, kind: 'interjection' as const })))
      .map((m) => escape(m.text.split(/[\s,]+/)[0]!.toLowerCase()).replace(/['’]/g, "['’]")),
  ),
];
const trigger = new RegExp(
  String.raw`\/s|#(?:not|sarcasm)|[\u{1F644}\u{1F643}\u{1F44F}"“‘'*_]|\b(?:${firstWords.join('|')}|apparently)\b`,
  'iu',
);

type MessageId = 'tag' | 'hashtag' | 'emoji' | 'phrase' | 'irony' | 'another' | 'scareQuotes' | 'emphasis' | 'clap';
type Hit = RuleHit<MessageId>;

export default defineRule({
  meta: {
    id: 'tone-sarcasm',
    category: 'tone/sarcasm',
    severity: 'warning',
    description: 'Sarcasm: “/s”, “#not”, eye-roll emoji, “oh great”, “yeah right”, scare quotes and praise for a bad situation.',
    messages: {
      tag: '“{marker}” marks this sentence as sarcastic.',
      hashtag: '“{marker}” signals that the post means the opposite of what it says.',
      emoji: 'The {marker} emoji reads as sarcasm or exasperation.',
      phrase: '“{marker}” is a sarcastic turn of phrase.',
      irony: '“{marker}” next to “{situation}” reads as sarcasm: praise for a bad situation.',
      another: '“{marker}, another …” is a sarcastic exclamation.',
      scareQuotes: 'Quotation marks around “{marker}” turn the praise into sarcasm.',
      emphasis: 'Stressing “{marker}” like this reads as mock praise.',
      clap: 'Clapping between words (“{marker}”) reads as mocking.',
    },
    explanation:
      'Sarcasm is easily misread by a global audience and official accounts don’t post it. Say what you mean plainly and kindly instead.',
    policy: citations.sarcasm,
    options: z.object({
      emoji: z.boolean().default(true).describe('Also flag eye-roll and upside-down-face emoji.'),
      irony: z
        .boolean()
        .default(true)
        .describe('Also flag praise aimed at a bad situation (“Great, another outage”, “love it when the site goes down”).'),
    }),
    profiles: ['official'],
    scope: 'text',
    trigger,
  },
  *check({ text, options }) {
    const sentences = splitSentences(text).filter((s) => s.text.trim() !== '');
    const lexicon = LEXICON.matchAll(text);
    for (let i = 0; i < sentences.length; i++) {
      const sentence = sentences[i]!;
      const explicit = [...explicitMarkers(sentence.text, options.emoji)];
      // An explicit marker already says it all; ironic wording in the same sentence would only repeat it.
      const found = explicit.length > 0 ? explicit : inferredMarkers(sentences, i, lexiconIn(lexicon, sentence), options.irony);
      for (const h of found) yield { ...h, start: h.start + sentence.start, end: h.end + sentence.start };
    }
  },
});

/** The lexicon matches inside one sentence, with offsets relative to it. */
function lexiconIn(matches: readonly PhraseMatch[], sentence: Segment): PhraseMatch[] {
  return matches
    .filter((m) => m.start >= sentence.start && m.end <= sentence.end)
    .map((m) => ({ ...m, start: m.start - sentence.start, end: m.end - sentence.start }));
}

function* explicitMarkers(s: string, withEmoji: boolean): Generator<Hit> {
  if (s.includes('/')) for (const m of s.matchAll(TRAILING_TAG)) yield hit(m, 'tag');
  if (s.includes('#')) for (const m of s.matchAll(HASHTAG)) yield hit(m, 'hashtag');
  if (withEmoji) {
    for (const m of s.matchAll(EMOJI)) yield { ...hit(m, 'emoji'), suggestions: [{ replacement: '', label: `Remove ${m[1]}` }] };
  }
}

function inferredMarkers(sentences: readonly Segment[], index: number, lexicon: readonly PhraseMatch[], irony: boolean): Hit[] {
  const s = sentences[index]!.text;
  const quoted = quotedRanges(s);
  const inQuotes = (start: number, end: number) => quoted.some(([a, b]) => start >= a && end <= b);
  const hits: Hit[] = [];
  const free = (start: number, end: number) => !hits.some((h) => start < h.end && end > h.start);
  const usable = lexicon.filter((m) => !inQuotes(m.start, m.end) && passes(m, s));

  for (const m of usable) {
    if (LEXICON_ENTRIES[m.index]!.kind === 'phrase') hits.push({ start: m.start, end: m.end, messageId: 'phrase', data: { marker: m.text } });
  }

  // The regular expressions below only run when the characters they need are there.
  const clap = s.includes('\u{1F44F}');
  const quotes = quoted.length > 0 || s.includes("'") || s.includes('‘');
  const emphasis = s.includes('*') || s.includes('_');
  const apparently = /apparently/iu.test(s);

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

  for (const m of emphasis ? s.matchAll(EMPHASIS) : []) {
    const start = m.index;
    const end = start + m[0].length;
    if (inQuotes(start, end) || !free(start, end)) continue;
    hits.push({ start, end, messageId: 'emphasis', data: { marker: m[1] ?? m[2]! } });
  }

  for (const m of apparently ? s.matchAll(APPARENTLY_NOW) : []) {
    const start = m.index;
    const end = start + m[0].length;
    if (inQuotes(start, end) || !free(start, end)) continue;
    hits.push({ start, end, messageId: 'phrase', data: { marker: 'apparently … now' } });
  }

  if (irony) {
    const frames = usable.filter((m) => LEXICON_ENTRIES[m.index]!.kind === 'frame');
    for (const h of ironicPraiseHits(sentences, index, frames, quoted, inQuotes)) if (free(h.start, h.end)) hits.push(h);
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Praise frames and exclamations aimed at a bad situation in this sentence, or next to it when they stand alone. */
function ironicPraiseHits(
  sentences: readonly Segment[],
  index: number,
  frames: readonly PhraseMatch[],
  quoted: ReadonlyArray<readonly [number, number]>,
  inQuotes: (start: number, end: number) => boolean,
): Hit[] {
  const s = sentences[index]!.text;
  const praiseSpans: Array<{ start: number; end: number; text: string }> = [...frames];
  for (const m of s.matchAll(INTERJECTION)) {
    const start = m.index;
    const end = start + m[0].length;
    if (inQuotes(start, end) || !CLAUSE_BEFORE.test(s.slice(0, start)) || !ENDS_CLAUSE.test(s.slice(end))) continue;
    if (praiseSpans.some((p) => start < p.end && end > p.start)) continue;
    praiseSpans.push({ start, end, text: m[0] });
  }
  if (praiseSpans.length === 0) return [];

  const situationHere = badSituationIn(s, quoted, praiseSpans);
  for (const p of praiseSpans.sort((a, b) => a.start - b.start)) {
    // "Oh brilliant, another genius who…": greeting yet another of something with "oh" needs no bad word.
    if (/^(?:oh|ah)\b/i.test(p.text) && ANOTHER_AFTER.test(s.slice(p.end))) {
      return [{ start: p.start, end: p.end, messageId: 'another', data: { marker: p.text } }];
    }
    let situation = situationHere;
    // Praise standing alone ("Just what we needed." / "Great.") is read with the sentence before or after it.
    if (situation === undefined && !/[\p{L}\p{N}]/u.test(s.slice(0, p.start) + s.slice(p.end))) {
      if (SINCERE.test(s)) continue;
      situation = neighbourSituation(sentences[index - 1]) ?? neighbourSituation(sentences[index + 1]);
    }
    if (situation === undefined) continue;
    // One underline per sentence is enough ("Great, just great, another outage").
    return [{ start: p.start, end: p.end, messageId: 'irony', data: { marker: p.text, situation } }];
  }
  return [];
}

function badSituationIn(
  s: string,
  quoted: ReadonlyArray<readonly [number, number]>,
  exclude: ReadonlyArray<{ start: number; end: number }>,
): string | undefined {
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && a.end > b.start;
  const bad = BAD.matchAll(s).filter(
    (b) => !quoted.some(([a, e]) => b.start >= a && b.end <= e) && !exclude.some((x) => overlaps(b, x)),
  );
  if (bad.length === 0) return undefined;
  // "stop" inside "stop working" is the problem itself, not someone stopping it.
  if (SINCERE.matchAll(s).some((g) => !bad.some((b) => overlaps(b, g)))) return undefined;
  return bad[0]!.text;
}

function neighbourSituation(segment: Segment | undefined): string | undefined {
  return segment ? badSituationIn(segment.text, quotedRanges(segment.text), []) : undefined;
}

function quotedRanges(s: string): Array<readonly [number, number]> {
  if (!/[“«「『"]/u.test(s)) return [];
  return [...s.matchAll(QUOTED)].map((m) => [m.index, m.index + m[0].length] as const);
}

function passes(m: PhraseMatch, s: string): boolean {
  const entry = LEXICON_ENTRIES[m.index]!;
  if (entry.clauseStart && !CLAUSE_BEFORE.test(s.slice(0, m.start))) return false;
  if (NOT_FOLLOWED_BY[m.index]?.test(s.slice(m.end))) return false;
  if (NOT_PRECEDED_BY[m.index]?.test(s.slice(0, m.start))) return false;
  return true;
}

function hit(m: RegExpMatchArray, messageId: 'tag' | 'hashtag' | 'emoji'): Hit {
  const start = m.index!;
  return { start, end: start + m[0].length, messageId, data: { marker: m[1] ?? m[0] } };
}
