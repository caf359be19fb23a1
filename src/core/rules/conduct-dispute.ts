import { z } from 'zod';
import { defineRule, type RuleHit } from '../define-rule.ts';
import {
  claimFaults,
  claimNouns,
  claimVirtues,
  disputePhrases,
  type DisputeKind,
  type DisputePhrase,
} from '../lexicons/en/dispute-phrases.ts';
import { citations } from '../policy-citations.ts';

// Phrase matching with the same reading as createPhraseMatcher (word edges, any case, any whitespace, either
// apostrophe, longest first) but one edge check around a single alternation: the shared matcher's per-phrase
// Unicode lookbehind cost about 6 ms per post for a list this long, this costs a few microseconds. Only Latin,
// Greek and Cyrillic letters count as word characters at the edges, so "维基百科That's not true" still matches.
const WORDY = String.raw`[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}\p{M}_]`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const body = (phrase: string) =>
  phrase
    .trim()
    .split(/\s+/)
    .map((w) => escape(w).replace(/['’]/g, "['’]"))
    .join(String.raw`\s+`);
const anyOf = (list: readonly { text: string }[]) =>
  `(?<!${WORDY})(?:${list
    .map((e) => e.text)
    .sort((a, b) => b.length - a.length)
    .map(body)
    .join('|')})(?!${WORDY})`;
const keyOf = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
const PHRASES = new RegExp(anyOf(disputePhrases), 'giu');
const entryByKey = new Map(disputePhrases.map((p) => [keyOf(p.text), p]));
// "your claim is false", "every claim in it is wrong", "that screenshot is doctored", "your complaint isn't valid".
const VERDICT_ON_CLAIM = new RegExp(
  String.raw`(?<!${WORDY})(?:your|every|each|this|that|these|those|all\s+(?:of\s+)?your)\s+(?:so-called\s+)?${anyOf(claimNouns)}` +
    String.raw`(?:\s+[\p{L}\p{N}'’-]+){0,3}?\s+` +
    String.raw`(?:(?:is|are|was|were|['’]s)\s+(?:simply\s+|just\s+|completely\s+|totally\s+|all\s+|clearly\s+|obviously\s+)?${anyOf(claimFaults)}` +
    String.raw`|(?:isn['’]t|aren['’]t|wasn['’]t|is\s+not|are\s+not|was\s+not)\s+(?:even\s+|remotely\s+)?${anyOf(claimVirtues)})`,
  'giu',
);
const CLAIM_VERDICT_ENTRY: DisputePhrase = {
  text: 'your claim is false',
  kind: 'contradiction',
  note: 'Built from claimNouns and claimFaults.',
  source: 'common English usage',
  needsAddress: true,
};

// Leading @mentions, emoji, quotes, dashes and spaces before a sentence-opening retort ("@ana Wrong!").
const LEADING = /^(?:[\s"'“‘«(\[*_\-–—:>]|\p{Extended_Pictographic}|\ufe0f|\u200d|@[\p{L}\p{N}_.-]+)*/u;
// What may follow a sentence-opening retort: punctuation (not "?", which makes it a quiz or a question) or nothing.
const RETORT_END = /^\s*(?:[.!,;:…—–-]|$)/u;
const QUESTION_NEXT = /^\s*\?(?!\s*!)/;
// A conditional or reported use: "if that's not true, tell us", "we're not saying you're wrong".
const HEDGED_BEFORE =
  /(?:\b(?:if|whether|unless|not\s+saying|never\s+said|didn['’]t\s+say|doesn['’]t\s+mean|don['’]t\s+think|worried|afraid|worry)\s+(?:\S+\s+)?)$/iu;
// Agreement or thanks in the same sentence turn a contradiction into a self-correction ("Good catch — that's not
// true, we've fixed it").
const CONCESSION =
  /\b(?:you['’]re\s+(?:absolutely\s+|quite\s+)?right|you\s+are\s+(?:absolutely\s+|quite\s+)?right|good\s+catch|thanks\s+for|thank\s+you\s+for|our\s+(?:mistake|bad|error)|we\s+were\s+wrong|we\s+got\s+(?:it|that|this)\s+wrong|fair\s+point)\b/iu;
const MENTION = /(?<![\p{L}\p{N}_@.])@[\p{L}\p{N}_]/u;
// "You" used generically ("did you know", "you can edit") does not address anyone in particular.
const GENERIC_YOU =
  /\b(?:thank\s+you|did\s+you\s+know|you\s+can|you\s+could|you\s+may|you\s+might|you['’]ll|you\s+will|if\s+you|when\s+you|do\s+you\s+know|have\s+you\s+ever)\b/giu;
const SECOND_PERSON = /\b(?:you|your|yours|yourself|yourselves|you['’](?:re|ve|d|ll)|u|ur)\b/iu;

type MessageId = DisputeKind;
// Punctuation closing a retort clause, and the space after it.
const CLAUSE_END = /^[.!,;:…—–-]+\s*(?=\S|$)|^\s*[—–-]+\s*|^\s*$/u;
const STRENGTH: Record<DisputeKind, number> = { contradiction: 0, challenge: 1, accusation: 2 };

export default defineRule({
  meta: {
    id: 'conduct-dispute',
    category: 'conduct/dispute',
    severity: 'warning',
    description: 'Arguing with another account: “you’re wrong”, “that’s not true”, “prove it”, “shame on you”.',
    messages: {
      contradiction: '“{phrase}” contradicts the other account head-on.',
      accusation: '“{phrase}” accuses the other account.',
      challenge: '“{phrase}” challenges or belittles the other account.',
    },
    explanation:
      'Official accounts don’t get into disputes with other accounts, even when the other side is wrong. Share what reliable sources say and link the article, kindly, or let it go.',
    policy: citations.disputes,
    options: z.object({
      contradictions: z
        .boolean()
        .default(true)
        .describe('Also flag plain contradictions (“that’s not true”, “wrong!”) in replies and posts addressed to someone.'),
    }),
    profiles: ['official'],
    trigger: new RegExp(`${PHRASES.source}|${VERDICT_ON_CLAIM.source}`, 'iu'),
  },
  *check({ text, input, options }) {
    const hits: Array<{ start: number; end: number; entry: DisputePhrase }> = [];
    let addressed: boolean | undefined;
    const conceded = CONCESSION.test(text);
    const leading = LEADING.exec(text)![0].length;

    for (const match of text.matchAll(PHRASES)) {
      const m = { start: match.index, end: match.index + match[0].length };
      const entry = entryByKey.get(keyOf(match[0]))!;
      if (entry.kind === 'contradiction' && !options.contradictions) continue;
      const after = text.slice(m.end);
      if (entry.atStart && (m.start !== leading || !RETORT_END.test(after))) continue;
      if (insideQuotes(text, m.start, m.end)) continue;
      if (HEDGED_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) continue;
      if (entry.needsAddress) {
        // "That's not true?" asks; a thank-you makes it a self-correction.
        if (QUESTION_NEXT.test(after) || conceded) continue;
        addressed ??= input.reply === true || MENTION.test(text);
        if (!addressed && !speaksToSomeone(text, m.start, m.end)) continue;
      }
      // "You're wrong if you think editing is hard!" teases the reader rather than arguing.
      if (entry.kind === 'accusation' && /^\s+if(?![\p{L}])/u.test(after)) continue;
      hits.push({ start: m.start, end: m.end, entry });
    }
    if (options.contradictions && !conceded) {
      for (const m of text.matchAll(VERDICT_ON_CLAIM)) {
        const start = m.index;
        const end = start + m[0].length;
        if (hits.some((h) => h.start < end && h.end > start) || insideQuotes(text, start, end)) continue;
        if (HEDGED_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
        addressed ??= input.reply === true || MENTION.test(text);
        if (!addressed && !speaksToSomeone(text, start, end)) continue;
        hits.push({ start, end, entry: CLAIM_VERDICT_ENTRY });
      }
      hits.sort((a, b) => a.start - b.start);
    }

    // "Nope, that's false": one finding for a run of phrases separated only by punctuation and spaces.
    for (let i = 0; i < hits.length; ) {
      let j = i;
      let strongest = hits[i]!.entry;
      while (j + 1 < hits.length && /^[\s,.;:!—–-]{0,3}$/u.test(text.slice(hits[j]!.end, hits[j + 1]!.start))) {
        j++;
        if (STRENGTH[hits[j]!.entry.kind] > STRENGTH[strongest.kind]) strongest = hits[j]!.entry;
      }
      if (i === j && hits[i]!.entry.prefixOnly) {
        i++;
        continue;
      }
      yield finding(text, hits[i]!.start, hits[j]!.end, strongest.kind, hits[j]!.entry.replacement, hits[i]!.start === leading);
      i = j + 1;
    }
  },
});

const REMOVE_LABEL: Record<DisputeKind, string> = {
  contradiction: 'Remove the retort',
  accusation: 'Remove the accusation',
  challenge: 'Remove the challenge',
};

function finding(
  text: string,
  start: number,
  end: number,
  kind: DisputeKind,
  replacement: string | undefined,
  opensSentence: boolean,
): RuleHit<MessageId> {
  const phrase = text.slice(start, end);
  if (replacement) {
    const fitted = /^\p{Lu}/u.test(phrase) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
    return { start, end, messageId: kind, data: { phrase }, suggestions: [{ replacement: fitted, label: 'Point to the sources instead of arguing' }] };
  }
  // A retort that opens the sentence as a clause of its own ("Wrong! …", "Shame on you.") can simply go, with
  // the punctuation and space after it; in mid-sentence, removing it would leave a broken sentence.
  const clause = opensSentence ? CLAUSE_END.exec(text.slice(end)) : null;
  if (!clause) return { start, end, messageId: kind, data: { phrase } };
  return {
    start,
    end: end + clause[0].length,
    messageId: kind,
    data: { phrase },
    suggestions: [{ replacement: '', label: REMOVE_LABEL[kind] }],
  };
}

/** Whether the sentence speaks to someone with "you" outside the matched phrase and outside generic uses. */
function speaksToSomeone(text: string, start: number, end: number): boolean {
  const rest = `${text.slice(0, start)} ${text.slice(end)}`.replace(GENERIC_YOU, ' ');
  return SECOND_PERSON.test(rest);
}

/** Whether [start, end) sits inside quotation marks: a title or someone else's words, not ours. */
function insideQuotes(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const curlyOpen = before.lastIndexOf('“');
  if (curlyOpen >= 0 && !before.slice(curlyOpen).includes('”') && after.includes('”')) return true;
  if ((before.match(/"/g)?.length ?? 0) % 2 === 1 && after.includes('"')) return true;
  // Single quotes double as apostrophes: an opening one follows a non-letter, a closing one precedes one.
  const singleOpen = /(?:^|[^\p{L}\p{N}])[‘'][^‘'’]*$/u.exec(before);
  if (singleOpen && /[’'](?![\p{L}\p{N}])/u.test(after)) return true;
  return false;
}
