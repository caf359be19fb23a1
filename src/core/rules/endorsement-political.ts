import { z } from 'zod';
import { anyOf, defineRule, type RuleHit } from '../define-rule.ts';
import { notCandidates } from '../lexicons/en/not-candidates.ts';
import { politicalCalls } from '../lexicons/en/political-calls.ts';
import { politicalParties } from '../lexicons/en/political-parties.ts';
import { politicians } from '../lexicons/en/politicians.ts';
import { matchSpans, type View } from '../nlp.ts';
import { createPhraseMatcher, type PhraseMatch } from '../phrases.ts';
import { citations } from '../policy-citations.ts';
import type { Vocabulary } from '../vocabulary.ts';

// Latin letters only around the verb, so "请Vote for ..." (CJK right before) still matches.
const CALL =
  /(?<![\p{Script=Latin}\p{N}_-])(?:(don['’]t|do\s+not|never|never\s+ever)\s+)?(vote\s+for|vote\s+against|re-?elect|elect|vote)\s+(?:(the)\s+)?/giu;
const NAME_WORD = String.raw`\p{Lu}[\p{Script=Latin}\p{M}'’-]*`;
const PARTICLE = String.raw`(?:de|da|do|dos|das|van|von|der|den|del|la|le|bin|binti|al|el)`;
const TITLE = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Prof|Sen|Gov|Rep|Shri|Smt)\.?\s+)`;
// Sticky and case-sensitive: a name is a run of up to four capitalised words.
const NAME = new RegExp(`${TITLE}?${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){0,3}`, 'uy');
const excluded = new Set(notCandidates.map((e) => e.text));
const NOT_A_NAME = new Set([
  ...excluded,
  'a', 'an', 'this', 'that', 'these', 'those', 'my', 'his', 'her', 'their', 'its', 'me', 'us', 'them', 'him', 'it',
  'what', 'who', 'whom', 'which', 'whoever', 'whatever', 'change', 'free', 'every', 'each', 'all', 'any', 'one',
  'two', 'three', 'more', 'less', 'new', 'best', 'first', 'next', 'last', 'and', 'or', 'in', 'on', 'at', 'by',
]);

const OFFICE = String.raw`(?:president|vice[- ]president|prime\s+minister|PM|mayor|governor|senator|senate|congress|parliament|chancellor|MP|MLA|MEP|city\s+council|council|chief\s+minister|CM|lok\s+sabha|assembly|office|re-?election)`;
// "<Name> for Mayor", "<Name> for the Lagos State House of Assembly": a campaign slogan. The name is checked
// separately; the office must end the phrase, so "Smith for council work" is not one.
const FOR_OFFICE = new RegExp(
  String.raw`^\s+for\s+(?:the\s+)?(?:\p{Lu}[\p{L}]*\s+(?:of\s+)?){0,4}${OFFICE}(?=\s*(?:$|[.!?,;:)\]—–#]|\p{Extended_Pictographic}|in\s|of\s|20\d\d))`,
  'iu',
);
const NAME_GLOBAL = new RegExp(`(?<![\\p{L}\\p{N}#@])${TITLE}?${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){0,3}`, 'gu');
// "Senator Mark Ellison", "Governor Hartono": a politician by title.
const TITLED_POLITICIAN = new RegExp(
  String.raw`(?<![\p{L}])(?:Senator|Sen\.|Governor|Gov\.|Mayor|President|Prime\s+Minister|Minister|Rep\.|Representative|Congressman|Congresswoman|Chancellor|Chief\s+Minister)\s+${NAME_WORD}(?:\s+${NAME_WORD}){0,2}`,
  'gu',
);
// "the Progressive Alliance", "the Freedom Party", "the Social Democrats": a party the lists don't know.
const PARTY_LIKE =
  /(?<![\p{L}])(?!The\s)(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:Party|Union|Alliance|Front|Coalition|Democrats|Republicans|Greens|Conservatives|Socialists|Liberals|League|Bloc)(?![\p{L}])/gu;
// Capitalised words that make such a phrase something else: the European Union, a launch party.
const NOT_A_PARTY =
  /\b(?:European|African|Soviet|Students?|Credit|Trade|Postal|Rugby|Football|Wiki\w*|Telecommunication|Liberties|Customs|Mobile|Birthday|Launch|Release|Edit|Dinner|Tea|Christmas|Pizza|Block|Search|Interstellar|Rebel|Galactic|International|Internet|Open|Free\s+Software)\b/u;
// Sentences about movement contests and awards, where "vote for her" means a photo or an entry.
const CONTEST = /wiki|photo|picture|contest|award|competition|entry|entries|jury|board|prize|challenge/i;
const VOTE_NUMBER = /(?<![\p{L}])vote\s+(?:number|no\.?|#)\s*\d+/giu;

// Said right before a party or politician: the speaker takes their side...
const SUPPORT_BEFORE =
  /(?<![\p{Script=Latin}])(?:(?:we|i|let['’]s|let\s+us|everyone|all)\s+(?:(?:proudly|fully|strongly|all|are|'re|am|will|must|should)\s+)*)?(?:stand\s+(?:with|behind)|endorse|back(?:ing)?|support(?:ing)?|are\s+with|rally\s+behind|vote\s+for|congratulations\s+to|congrats\s+to)\s+(?:the\s+)?$|(?:^|[.!?]\s*)go\s+$/iu;
// ...or against them.
const OPPOSE_BEFORE =
  /(?<![\p{Script=Latin}])(?:down\s+with|defeat|dump|oust|kick\s+out|throw\s+out|get\s+rid\s+of|stop|say\s+no\s+to|no\s+more|never\s+again|anyone\s+but)\s+(?:the\s+)?$/iu;
// Said right after a party or politician: praise or attack.
const JUDGE_AFTER =
  /^(?:['’]s\s+(?:the\s+)?(?:best|only\s+hope|future)|\s+(?:has|have)\s+had\s+(?:long\s+enough|(?:their|its|his|her)\s+chance)|\s+(?:is|are)\s+(?:(?:simply|clearly|truly|really)\s+)?(?:the\s+(?:best|only\s+(?:hope|choice|option|party|candidate|one)|future|right\s+choice|worst)|exactly\s+who|our\s+(?:only\s+)?(?:hope|future)|a\s+(?:disgrace|disaster|joke|threat|danger)|corrupt|liars|criminals|dangerous|destroying|ruining|killing|lying|betraying)|\s+(?:must|has\s+to|have\s+to|needs?\s+to|should)\s+(?:go|win|be\s+(?:stopped|defeated|removed))|\s+will\s+(?:save|fix|destroy|ruin)|\s+(?:20\d\d)!)/iu;

// #VoteSmith, and the Spanish and Portuguese #VotaSmith.
const VOTE_HASHTAG = /(?<![\p{L}\p{N}_])#(?:vote|vota|elect|reelect|re-elect|elige|elija)([\p{L}\p{N}_]+)/giu;
// #Lula2026, #Milei4President: a listed name with a year or an office.
const NAME_YEAR_HASHTAG = /(?<![\p{L}\p{N}_])#([\p{L}][\p{L}\p{M}]+?)(?:20\d\d|4[\p{L}]+|For[\p{Lu}][\p{L}]+)(?![\p{L}\p{N}_])/gu;
// #SmithForMayor: any name running for an office.
const FOR_OFFICE_HASHTAG =
  /(?<![\p{L}\p{N}_])#[\p{L}][\p{L}\p{M}]*(?:For|4)(?:President|Mayor|Governor|Senate|Senator|Congress|PM|PrimeMinister|Chancellor|Parliament|Council|MP|CM)(?:20\d\d)?(?![\p{L}\p{N}_])/gu;
// What follows "#Vote" in civic, non-partisan hashtags: #VoteEarly, #VoteByMail, #Vote2026.
const CIVIC_VOTE = /^(?:for)?(?:now|today|early|ready|safe|bymail|informed|local|yes|no|here|online|smart|responsibly|wisely|the|your|our|\d+)$/;

const partiesAsWritten = createPhraseMatcher(
  politicalParties.filter((p) => p.exactCase).map((p) => p.text),
  { caseSensitive: true },
);
const partiesAnyCase = createPhraseMatcher(politicalParties.filter((p) => !p.exactCase).map((p) => p.text));
const calls = createPhraseMatcher(politicalCalls.map((c) => c.text));
const knownPoliticians = createPhraseMatcher(
  politicians.map((p) => p.text),
  { caseSensitive: true },
);

type MessageId = 'voteFor' | 'voteAgainst' | 'elect' | 'support' | 'oppose' | 'judge' | 'hashtag' | 'call';

const neutralVoting = (capital: boolean) => ({
  replacement: capital ? 'Learn about the candidates' : 'learn about the candidates',
  label: 'Encourage voting without naming anyone',
});

export default defineRule({
  meta: {
    id: 'endorsement-political',
    category: 'endorsement/political',
    severity: 'error',
    description: 'Endorsing or opposing a candidate or party: calls to vote, “we back X”, campaign hashtags.',
    messages: {
      voteFor: 'This asks people to vote for {name}.',
      voteAgainst: 'This asks people to vote against {name}.',
      elect: 'This asks people to elect {name}.',
      support: 'This takes the side of {name}.',
      oppose: 'This campaigns against {name}.',
      judge: 'This praises or attacks {name}, which reads as taking a political side.',
      hashtag: '{tag} is a campaign hashtag.',
      call: '“{phrase}” tells people how to vote.',
    },
    explanation:
      'Official accounts stay neutral and never endorse or oppose candidates or parties. Encourage people to vote and to read about the election instead, without naming anyone.',
    policy: citations.politicalCandidates,
    options: z.object({
      names: z.array(z.string().min(1)).default([]).describe('Extra candidate or party names to flag even in lower case.'),
    }),
    profiles: ['official'],
    trigger: (vocabulary) =>
      anyOf(
        /vote|elect|#|back|support|endorse|stand|ballot|polls|\bfor\s|party|union|alliance|front|coalition|democrats|republicans|greens|conservatives|socialists|liberals|league|bloc|senator|governor|mayor|minister|president|chancellor|choice|congrat/i,
        partiesAnyCase,
        partiesAsWritten,
        knownPoliticians,
        vocabulary.parties,
        vocabulary.candidates,
      ),
  },
  *check({ text, nlp, options, vocabulary }) {
    const extraNames = options.names.map((n) => n.toLowerCase());
    const flagged: Array<[number, number]> = [];
    const overlaps = (start: number, end: number) => flagged.some(([s, e]) => start < e && end > s);
    const emit = (hit: RuleHit<MessageId>) => {
      if (overlaps(hit.start, hit.end)) return undefined;
      flagged.push([hit.start, hit.end]);
      return hit;
    };

    for (const call of text.matchAll(CALL)) {
      const verb = call[2]!.toLowerCase().replace(/\s+/g, ' ');
      const after = call.index + call[0].length;
      const name = nameAt(text, after, call[3] !== undefined, extraNames, nlp);
      if (!name) continue;
      if (verb === 'vote' && name.lowerCase) continue; // "vote smith" is too rare to risk "vote early" style misses
      const negated = call[1] !== undefined;
      const messageId: MessageId =
        verb === 'vote against' || negated ? 'voteAgainst' : verb.endsWith('elect') ? 'elect' : 'voteFor';
      const hit = emit({
        start: call.index,
        end: name.end,
        messageId,
        data: { name: name.text },
        suggestions: [neutralVoting(/^\p{Lu}/u.test(text[call.index]!))],
      });
      if (hit) yield hit;
    }

    for (const target of politicalTargets(text, vocabulary, extraNames)) {
      const before = text.slice(Math.max(0, target.start - 60), target.start);
      const after = text.slice(target.end, target.end + 60);
      const support = SUPPORT_BEFORE.exec(before);
      const oppose = OPPOSE_BEFORE.exec(before);
      const judged = JUDGE_AFTER.exec(after);
      // "support Labour Day events", "Trump Tower": the name is part of a longer proper noun.
      const partOfLongerName = /^\s+\p{Lu}\p{Ll}/u.test(after) && !judged;
      let hit: RuleHit<MessageId> | undefined;
      if (partOfLongerName) continue;
      if (support) hit = { start: target.start - support[0].length, end: target.end, messageId: 'support', data: { name: target.text } };
      else if (oppose) hit = { start: target.start - oppose[0].length, end: target.end, messageId: 'oppose', data: { name: target.text } };
      else if (judged) hit = { start: target.start, end: target.end + judged[0].length, messageId: 'judge', data: { name: target.text } };
      if (hit) {
        const emitted = emit(trimStart(text, hit));
        if (emitted) yield emitted;
      }
    }

    // "Helena Castro for president", "We back Jane Smith for mayor": any capitalised name followed by an office.
    for (const m of text.matchAll(NAME_GLOBAL)) {
      const first = m[0].split(/\s+/)[0]!.replace(/\.$/, '').toLowerCase();
      if (excluded.has(first) || /wiki/i.test(m[0])) continue;
      const office = FOR_OFFICE.exec(text.slice(m.index + m[0].length));
      if (!office) continue;
      const end = m.index + m[0].length + office[0].length;
      const lead = SUPPORT_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
      const start = lead ? m.index - lead[0].length : m.index;
      const hit = emit(trimStart(text, { start, end, messageId: 'support', data: { name: m[0] } }));
      if (hit) yield hit;
    }

    const aboutContest = CONTEST.test(text);
    for (const m of calls.matchAll(text)) {
      if (aboutContest && /\b(?:her|him|them)\b/i.test(m.text)) continue;
      const hit = emit({ start: m.start, end: m.end, messageId: 'call', data: { phrase: m.text } });
      if (hit) yield hit;
    }
    for (const m of text.matchAll(VOTE_NUMBER)) {
      if (aboutContest) continue;
      const hit = emit({ start: m.index, end: m.index + m[0].length, messageId: 'call', data: { phrase: m[0] } });
      if (hit) yield hit;
    }

    for (const tag of campaignHashtags(text, vocabulary, extraNames)) {
      const hit = emit({ ...tag, messageId: 'hashtag', suggestions: [{ replacement: '', label: `Remove ${tag.data.tag}` }] });
      if (hit) yield hit;
    }
  },
});

/** Party and politician names in the text, from the built-in lists and the user's settings. */
function politicalTargets(text: string, vocabulary: Vocabulary, extraNames: readonly string[]): PhraseMatch[] {
  const patterned = (pattern: RegExp, skip?: RegExp): PhraseMatch[] =>
    [...text.matchAll(pattern)]
      .filter((m) => !skip?.test(m[0]) && !vocabulary.ownNames.test(m[0]))
      .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], index: -1 }));
  const found = [
    ...patterned(TITLED_POLITICIAN),
    ...patterned(PARTY_LIKE, NOT_A_PARTY),
    ...partiesAsWritten.matchAll(text),
    ...partiesAnyCase.matchAll(text),
    ...knownPoliticians.matchAll(text),
    ...vocabulary.parties.matchAll(text),
    ...vocabulary.candidates.matchAll(text),
  ];
  if (extraNames.length) found.push(...createPhraseMatcher(extraNames).matchAll(text));
  // Longest first at a position; drop names inside a longer one ("Labour" inside "Labour Party").
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((m, i) => !found.slice(0, i).some((o) => o.start <= m.start && o.end >= m.end));
}

function campaignHashtags(
  text: string,
  vocabulary: Vocabulary,
  extraNames: readonly string[],
): Array<{ start: number; end: number; data: { tag: string } }> {
  const tags: Array<{ start: number; end: number; data: { tag: string } }> = [];
  for (const m of text.matchAll(VOTE_HASHTAG)) {
    const rest = m[1]!.toLowerCase();
    // #VoteForWLM, #VoteWikiLovesEarth: contests, not campaigns.
    if (/wiki|wlm|wle|wla|photo|pic|potd|poty|commons|contest/.test(rest) || vocabulary.ownNames.test(m[1]!)) continue;
    // #VoteForYourFavourite, #VoteForTheBoard are contests; #VoteThemOut is not.
    if (CIVIC_VOTE.test(rest) || /^(?:for)?(?:your|our|the(?!m|y))/.test(rest)) continue;
    tags.push({ start: m.index, end: m.index + m[0].length, data: { tag: m[0] } });
  }
  for (const m of text.matchAll(NAME_YEAR_HASHTAG)) {
    const name = m[1]!;
    const isListed =
      knownPoliticians.test(name) ||
      partiesAsWritten.test(name) ||
      partiesAnyCase.test(name) ||
      vocabulary.candidates.test(name) ||
      vocabulary.parties.test(name) ||
      extraNames.includes(name.toLowerCase());
    if (isListed) tags.push({ start: m.index, end: m.index + m[0].length, data: { tag: m[0] } });
  }
  for (const m of text.matchAll(FOR_OFFICE_HASHTAG)) {
    if (/wiki/i.test(m[0])) continue;
    tags.push({ start: m.index, end: m.index + m[0].length, data: { tag: m[0] } });
  }
  return tags.sort((a, b) => a.start - b.start);
}

/** Keeps a hit from starting on a space the construction's pattern allowed before it. */
function trimStart(text: string, hit: RuleHit<MessageId>): RuleHit<MessageId> {
  let { start } = hit;
  while (start < hit.end && /\s/.test(text[start]!)) start++;
  return { ...hit, start };
}

interface NameMatch {
  end: number;
  text: string;
  lowerCase: boolean;
}

function nameAt(text: string, at: number, afterThe: boolean, extraNames: readonly string[], nlp: () => View): NameMatch | undefined {
  const rest = text.slice(at).toLowerCase();
  const listed = extraNames.find((n) => rest.startsWith(n) && !/[\p{L}\p{N}]/u.test(rest[n.length] ?? ''));
  if (listed) return { end: at + listed.length, text: text.slice(at, at + listed.length), lowerCase: false };

  NAME.lastIndex = at;
  const match = NAME.exec(text);
  if (match) {
    const first = match[0].split(/\s+/)[0]!.replace(/\.$/, '').toLowerCase();
    if (excluded.has(first) || /wiki/i.test(match[0])) return undefined;
    // "vote for the Greens" names a party; "vote for the Best Photo" is caught by the exclusions above.
    return { end: at + match[0].length, text: match[0], lowerCase: false };
  }
  if (afterThe) return undefined;
  // Common words that start most lower-case "vote for ..." phrases: no need to ask compromise.
  const nextWord = /^[\p{L}'’]+/u.exec(rest)?.[0];
  if (!nextWord || NOT_A_NAME.has(nextWord)) return undefined;
  // Lower-case names ("vote for jane smith"): only when compromise recognises a person right here.
  const person = matchSpans(nlp(), '#Person+').find((p) => p.start === at);
  return person ? { end: person.end, text: person.text, lowerCase: true } : undefined;
}
