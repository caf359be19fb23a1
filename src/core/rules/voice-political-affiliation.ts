import { z } from '../zod.ts';
import { anyOf, defineRule, type RuleHit } from '../define-rule.ts';
import { politicalParties } from '../lexicons/en/political-parties.ts';
import {
  ambiguousParties,
  campaignContext,
  campaignRoles,
  campaignWork,
  cheers,
  electionHashtagStems,
  exasperation,
  firstPersonStances,
  hostileIntents,
  knownParties,
  movementTerms,
  namedPraise,
  nearJudgements,
  notPoliticalNames,
  otherWikis,
  partyNameEnds,
  politicalHopes,
  politicalOutcomes,
  politicalPhrases,
  politicalReactions,
  politicalTargets,
  politicalTitles,
  sideDeclarations,
  strongJudgements,
} from '../lexicons/en/political-terms.ts';
import { politicians } from '../lexicons/en/politicians.ts';
import { createPhraseMatcher, type PhraseMatcher } from '../phrases.ts';
import { citations } from '../policy-citations.ts';
import { splitSentences } from '../segment.ts';
import type { Vocabulary } from '../vocabulary.ts';

/*
 * A personal post that gives a political opinion (about parties, candidates, elections, government) and also
 * mentions the organisation or its projects. The guideline asks staff to keep the organisation out of their
 * political posts, so the finding is on each mention: that is what to change.
 *
 * A political opinion is a voting intention or a call ("vote for X", "vote them out", "anyone but X",
 * "#VoteBlue", campaigning for someone), a demand ("he must resign"), or a judgement of a government, party or
 * politician ("Shameful government", "worst president", "we oppose the Freedom Party's plan"). A judgement needs
 * its target in the same sentence, or, for the harshest words, in the sentence next to it. Also: a verbless jab
 * ("This government, honestly."), working for a party ("Labour Party volunteer by night", "stuffing envelopes for
 * the Greens"), praise predicated of a named politician ("Sheinbaum is the best thing to happen to …"), a reaction
 * to a named party's news ("The AfD at 20%. Terrifying."), hoping for an outcome ("praying Tusk's coalition
 * holds"), disbelief at someone's support ("how is Milei still polling above 40%?"), a hostile aim attributed to
 * them ("would happily ban half of it"), a stance on someone just named ("I will never support that man"), and a
 * lost vote ("They've lost my vote").
 *
 * Targets: offices and institutions (political-terms.ts), the shared lists of parties (political-parties.ts, names
 * flagged exactCase only as written) and politicians (politicians.ts), this rule's few extra movements and
 * supporters' names, "Freedom Party"-like names, titled names ("Senator Ellison"), and the user's parties and
 * candidates. Praise, campaign work and hopes need a named party or person: "the best president of the chapter"
 * and "I joined the Open Knowledge Alliance" are not politics.
 *
 * Not flagged: a political opinion with no mention of the organisation (staff's own business); a neutral mention
 * of politics ("Wikipedia's article on the 2024 election is up to date", "I edit Wikipedia articles about
 * elections", "the Wikipedia article on Lula is the best-sourced"); civic encouragement with no one named ("Go
 * vote, whoever you support"); a policy position on a law rather than a party ("we oppose the new content law");
 * and "House of Commons", which is not Wikimedia Commons.
 */

const matcher = (list: ReadonlyArray<{ text: string }>, caseSensitive = false) =>
  createPhraseMatcher(
    list.map((e) => e.text),
    { caseSensitive },
  );
// Entries written with capitals are names or acronyms and only match as written ("PM", not "7 pm").
const hasCapital = (e: { text: string }) => /\p{Lu}/u.test(e.text);
const TARGETS_ANY_CASE = matcher(politicalTargets.filter((e) => !hasCapital(e)));
const TARGETS_AS_WRITTEN = matcher(politicalTargets.filter(hasCapital), true);
// Named parties and politicians: the shared lists (names flagged exactCase only as written), this rule's few extras.
const PARTIES_AS_WRITTEN = matcher([...politicalParties.filter((p) => p.exactCase), ...knownParties], true);
const PARTIES_ANY_CASE = matcher(politicalParties.filter((p) => !p.exactCase));
const POLITICIANS = matcher(politicians, true);
const PRAISE = matcher(namedPraise);
const REACTIONS = matcher(politicalReactions);
const CAMPAIGN_WORK = matcher(campaignWork);
const ROLES = matcher(campaignRoles);
const SIDES = matcher(sideDeclarations);
const EXASPERATION = matcher(exasperation);
const AMBIGUOUS_PARTIES = matcher(ambiguousParties, true);
const HOPES = matcher(politicalHopes);
const OUTCOMES = matcher(politicalOutcomes);
const HOSTILE = matcher(hostileIntents);
const STRONG = matcher(strongJudgements);
const NEAR = matcher(nearJudgements);
const STANCES = matcher(firstPersonStances);
const PHRASES = matcher(politicalPhrases);
const CAMPAIGN = matcher(campaignContext);
const MOVEMENT = matcher(movementTerms.filter((e) => !e.caseSensitive));
const MOVEMENT_AS_WRITTEN = matcher(movementTerms.filter((e) => e.caseSensitive), true);
const excluded = new Set(notPoliticalNames.map((e) => e.text.toLowerCase()).concat('day'));
const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
// A capitalised name of up to four words, read from a position (sticky, case-sensitive).
const NAME_AT = new RegExp(String.raw`(?:the\s+)?(${NAME_WORD}(?:\s+${NAME_WORD}){0,3})`, 'uy');
// Capitalised words ending like a party name: "the Freedom Party" is a party by name; "European Union" or "Open
// Knowledge Alliance" only a possible target of a judgement.
const partyNames = (unambiguous: boolean) =>
  new RegExp(
    String.raw`(?<![\p{L}\p{N}_])(?:${NAME_WORD}\s+){1,3}(?:${partyNameEnds.filter((e) => Boolean(e.unambiguous) === unambiguous).map((e) => e.text).join('|')})(?![\p{L}\p{N}_])`,
    'gu',
  );
const PARTY_NAMES = partyNames(true);
const LOOSE_PARTY_NAMES = partyNames(false);
// "President Halvorsen", "Senator Ellison": a title and a capitalised name (case-sensitive).
const TITLED = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:${politicalTitles.map((e) => escape(e.text)).join('|')})\s+${NAME_WORD}`,
  'gu',
);
const L = String.raw`(?<![\p{L}\p{N}_])`;
// An office of a club or an affiliate is not political: "the president of the chapter", "Wikimedia Deutschland's
// president" (the name just before it is checked too).
const NOT_STATE_AFTER = /^\s+of\s+(?:the\s+|our\s+|my\s+|this\s+)?(?:chapter|board|club|association|society|foundation|committee|user\s+group|company|jury|team|student|students|wiki|wikimedia|affiliate)/iu;
// The named target is what the text is about, not its subject: "the article on Lula", "a page about the SNP".
const ABOUT_BEFORE = /(?:\b(?:on|about|of|re|regarding|for|to|from|with|by|into|over)\s+(?:the\s+)?|['’]s\s+)$/iu;
// After a named subject, a verb that predicates something of it: "Sheinbaum is …", "the Greens get it".
const PREDICATE_AFTER = /^(?:['’](?:s|re)\s+|\s+(?:is|are|was|were|remains|remain|has\s+been|have\s+been|gets|get|deserves|deserve|will\s+be|would\s+be|really\s+is|truly\s+is)(?![\p{L}\p{N}_]))/iu;
// "best-known", "best-selling": not praise.
const NOT_PRAISE_AFTER = /^[-\s](?:known|selling|documented|sourced|viewed|edited|read|linked|case)(?![\p{L}])/iu;
// A role after a named party is the writer's when it stands alone as a clause ("…, Labour Party volunteer by night.").
const ROLE_TAIL = /^\s*(?:by\s+(?:day|night)|at\s+heart|to\s+the\s+core|for\s+life|and\s+proud|since\s+\d+|here|now|again)?\s*(?:[,.;:!?—–)]|\p{Extended_Pictographic}|$)/u;
const CLAUSE_START = /(?:^|[,.;:!?—–(]|\p{Extended_Pictographic}|\ufe0f)\s*(?:(?:and|but|also|a|an)\s+)?(?:[\p{L}-]+\s+)?$/iu;
const FIRST_PERSON = /(?<![\p{L}\p{N}_])(?:I|I['’]m|I['’]ve|me|my|mine|we|we['’]re|our)(?![\p{L}\p{N}_'’])/u;
// Who a first-person stance is about when the name is in the sentence before: "I will never support that man."
const PERSON_AFTER = /^\s+(?:him|her|them|that\s+(?:man|woman|guy|lot|party|government)|this\s+(?:man|woman|guy|lot|party|government)|these\s+(?:people|clowns|guys)|those\s+(?:people|clowns|guys))(?![\p{L}\p{N}_])/iu;
// "This government, honestly." / "Typical Tories." / "What a cabinet 🙄": a verbless jab at a target.
const JAB_START = /^[\s"“'‘(]*(?:(?:ugh|wow|honestly|oh|man|god)[,!.…]*\s+)?(?:this|these|that|those|typical|classic|what\s+an?|same\s+old)\s+(?:(?:useless|corrupt|clueless|shameless|current|new|so-called|bloody|damn|same|old)\s+)?/iu;
// What a first-person stance can take before its object starts: "support the current", "oppose this whole".
const OBJECT_LEAD = /^\s+(?:(?:the|this|that|these|those|his|her|their|our|my|a|an|current|new|ruling|whole|entire|local|so-called|national|federal|state)\s+){0,3}/iu;
const PARTY_WORD = /(?<![\p{L}])part(?:y|ies)(?![\p{L}])/iu;
// "How is Milei still polling above 40%?" (the named politician is checked by the caller).
const HOW_STILL = /(?<![\p{L}])(?:how|why)\s+(?:is|are|was|were|does|do|did|can|could|has|have)\s+([^?]{1,100})\?/iu;
// "… Tusk's coalition holds": the body a politician leads.
const OWNED_BODY = /^['’]s\s+(?:coalition|government|party|administration|cabinet|alliance|camp)/iu;
// Someone's aim: "would happily ban", "wants to defund", "is itching to censor".
const INTENT = /(?<![\p{L}])(?:would\s+(?:happily|gladly|love\s+to|rather)|can['’]t\s+wait\s+to|wants?\s+to|(?:is|are)\s+(?:trying|itching|dying|desperate)\s+to|keeps?\s+trying\s+to)\s+/giu;
// "Vote against them." / "Don't vote for him."
const VOTE_PRONOUN = /(?<![\p{L}])vote\s+(?:against|for)\s+(?:them|him|her)(?![\p{L}])/iu;
const JAB_REST = /^[\s,.!?…:;—–\p{Extended_Pictographic}\ufe0f\u200d]*$/u;
const VOTE = new RegExp(String.raw`${L}(?:vote|votes|voting|voted)\s+(?:for\s+|against\s+)?`, 'giu');
const NAMED_AFTER = new RegExp(
  String.raw`${L}(?:anyone\s+but|rally\s+for|campaigning\s+for|canvassing\s+for|down\s+with|(?:${cheers.map((e) => e.text).join('|')})[,!]?)\s+`,
  'giu',
);
const CHEER = new RegExp(`^(?:${cheers.map((e) => e.text).join('|')})`, 'iu');
const CANVASSING = new RegExp(
  String.raw`${L}canvassing(?!\s+(?:for|on)\s+(?:feedback|input|ideas|opinions|views|volunteers|suggestions|comments|help))`,
  'iu',
);
const NEEDS_HER = new RegExp(String.raw`${L}${NAME_WORD}\s+needs\s+(?:her|him)(?![\p{L}\p{N}_])`, 'u');
// #VoteBlue, #NeverTrump, #ModiMustGo; "#…Out" only for a party or an office (#ToriesOut, not #CheckItOut).
const CAMPAIGN_HASHTAG = new RegExp(
  String.raw`#(?:Vote|Never|Impeach|Stop|NotMy|Fora|Fuera|Bye|ByeBye|Dump|Oust|Defeat|Reject)(\p{Lu}[\p{L}\p{N}_]*)|#\p{Lu}[\p{L}\p{N}]*?(?:MustGo|MustResign|MustFall)(?![\p{L}\p{N}_])|#(\p{Lu}[\p{L}\p{N}]*?)Out(?![\p{L}\p{N}_])`,
  'gu',
);
// "#Lula2026", "#Modi2029": a named politician or party with an election year.
const NAME_YEAR_HASHTAG = /#(\p{Lu}[\p{L}]+?)(?:20\d\d|\d\d)(?![\p{L}\p{N}_])/gu;
// Contempt at a named politician or party in the same sentence: "Modi 🤡", "while Trump talks 🤮".
const CONTEMPT_EMOJI = /[\u{1F921}\u{1F92E}\u{1F4A9}\u{1F595}\u{1F40D}\u{1F925}\u{1F44E}]/u;
// "I support the Greens", "we're backing Jane Smith" (a party, or anyone in a post about an election).
const FIRST_PERSON_SUPPORT = new RegExp(
  String.raw`${L}(?:I|we)(?:['’]m|['’]re|\s+am|\s+are|\s+will|['’]ll)?(?:\s+(?:strongly|fully|proudly|always|still|also|now))?\s+(?:support|supporting|back|backing|endorse|endorsing|stand\s+with|standing\s+with|campaign\s+for|campaigning\s+for)\s+`,
  'giu',
);
// "I'm voting against every MP who backed it": a vote against an office or a party (checked by the caller).
const VOTE_AGAINST = new RegExp(String.raw`${L}(?:vote|votes|voting|voted)\s+(?:against|out)\s+(?:(?:every|any|all|each|the|those|these|this|that)\s+)?`, 'giu');
// "If the CDU wins in September I'm moving into the office 😩": dread at a named party or politician winning (an
// election, not "the photo contest").
const IF_WINS = /(?<![\p{L}])if\s+(?:the\s+)?(.{1,40}?)\s+(?:wins?|gets\s+in|get\s+in|takes\s+power|take\s+power|forms?\s+the\s+government|gets\s+re-?elected|get\s+re-?elected)(?![\p{L}])(?!\s+(?:the|a|an|our|their|this|that|its)\s+(?!(?:election|elections|vote|majority|runoff|seat|seats|presidency|time|year)(?![\p{L}])))/iu;
const DREAD = /(?<![\p{L}])(?:I['’]m|I\s+am|I['’]ll\s+be|we['’]re)\s+(?:(?:so|officially|literally|just)\s+)?(?:moving|leaving|emigrating|out|done|packing|doomed|never\s+coming)|[\u{1F629}\u{1F631}\u{1F62D}\u{1F480}\u{1F62B}]/iu;
const ELECTION_HASHTAG = new RegExp(`#(?:${electionHashtagStems.map((e) => e.text).join('|')})\\d{2,4}(?![\\p{L}\\p{N}_])`, 'iu');
const FIRST_PERSON_BEFORE = /(?:^|[^\p{L}])(?:I|we)(?:['’](?:m|re|ve|d|ll))?(?:\s+[\p{L}'’]+){0,2}\s+$/iu;
const FOUNDATION = /(?<![\p{L}\p{N}_])Foundation(?![\p{L}\p{N}_])/gu;
// Bare "Commons" is Wikimedia Commons after "to/on/for/from/via": "in the Commons" and "House of Commons" are
// the UK parliament, "Creative Commons" another organisation.
const BARE_COMMONS = /(?<=(?<![\p{L}\p{N}_])(?:to|on|for|from|via|onto)\s+)Commons(?![\p{L}\p{N}_])/gu;
// "Commons picture of the day", "Commons uploads": Commons before one of its own things.
// "Commons has more photos of …": bare "Commons" as the subject at the start of a sentence ("the Commons has
// voted" is the parliament).
const COMMONS_SUBJECT = /(?<=(?:^|[.!?]\s+|\n\s*))Commons(?=\s+(?:has|hosts|holds|now|just|already|got|gets|shows|needs)(?![\p{L}\p{N}_]))/gu;
const COMMONS_THING = /(?<!(?:House\s+of|Creative)\s+)(?<![\p{L}\p{N}_])Commons(?=\s+(?:picture|pictures|photo|photos|image|images|upload|uploads|category|categories|file|files|POTD|featured|quality|valued|community|admins?|volunteers?|app|media|contributors?|gallery|jury)(?![\p{L}\p{N}_]))/gu;
// Wikimedia chapters by their short names (WMDE, WMUK) and movement events written as one word (WikiCon,
// WikiIndaba, WikiNusantara), when the organisation is Wikimedia.
const CHAPTER = /(?<![\p{L}\p{N}_])WM[A-Z]{2,3}(?![\p{L}\p{N}_])/gu;
const WIKI_WORD = /(?<![\p{L}\p{N}_#])Wiki(?:\p{Lu}\p{Ll}+)+(?![\p{L}\p{N}_])/gu;
const OTHER_WIKIS = new Set(otherWikis.map((e) => e.text.toLowerCase()));
const HASHTAG = /#([\p{L}\p{N}_]+)/gu;
// An affiliate's name after "Wikimedia": one to three capitalised words ("Polska", "South Africa").
const AFFILIATE_WORD = String.raw`(?!(?:I|We|The|Our|And|But|Today|This|That|Foundation|Has|Is|Will|Won['’]t)(?![\p{L}\p{N}_'’]))\p{Lu}[\p{L}\p{M}-]+`;
const AFFILIATE_AFTER = new RegExp(String.raw`^\s+${AFFILIATE_WORD}(?:\s+${AFFILIATE_WORD}){0,2}`, 'u');

interface Mention {
  start: number;
  end: number;
  text: string;
  hashtag?: boolean;
  /** A word for the movement's work ("edit-a-thon"), not a name. */
  work?: boolean;
}

export default defineRule({
  meta: {
    id: 'voice-political-affiliation',
    category: 'voice/political-affiliation',
    severity: 'warning',
    description: 'Personal posts that give a political opinion and also mention the organisation or its projects.',
    messages: {
      // 'work' first: its message also fits the 'mention' template.
      work: 'This political post mentions “{term}”, which ties it to the organisation’s work.',
      mention: 'This political post mentions {org}.',
    },
    explanation:
      'Your political views are your own business, but next to the organisation’s name they can read as its position. Post the opinion without mentioning the organisation or its projects, or keep the two in separate posts.',
    policy: citations.personalPolitics,
    options: z.object({}),
    profiles: ['personal'],
    scope: 'text',
    checksQuoted: false,
    // The matchers themselves, not one regular expression built from them: their word-indexed lookup stays cheap
    // on the whole post, which this trigger sees on every keystroke.
    trigger: (vocabulary) =>
      anyOf(
        /Foundation|Commons|#|\bWM[A-Z]{2}|\bWiki\p{Lu}/iu,
        vocabulary.ownNames,
        MOVEMENT,
        MOVEMENT_AS_WRITTEN,
      ),
  },
  *check({ text, vocabulary }): Generator<RuleHit<'mention' | 'work'>> {
    const mentions = findMentions(text, vocabulary);
    if (mentions.length === 0 || !isPolitical(text, vocabulary)) return;
    for (const m of mentions) {
      yield {
        start: m.start,
        end: m.end,
        ...(m.work ? { messageId: 'work' as const, data: { term: m.text } } : { messageId: 'mention' as const, data: { org: m.text } }),
        ...(m.hashtag ? { suggestions: [{ replacement: '', label: `Remove ${m.text}` }] } : {}),
      };
    }
  },
});

function findMentions(text: string, vocabulary: Vocabulary): Mention[] {
  const found: Mention[] = vocabulary.ownNames.matchAll(text).map((m) => {
    // An affiliate's name continues after "Wikimedia": "Wikimedia Indonesia".
    const affiliate = vocabulary.organisations.matchAll(m.text)[0]?.end === m.text.length ? AFFILIATE_AFTER.exec(text.slice(m.end)) : null;
    const end = affiliate && !vocabulary.projects.test(`${m.text}${affiliate[0]}`) ? m.end + affiliate[0].length : m.end;
    const name = text.slice(m.start, end);
    const the = /Foundation$/u.test(name) && /(?<![\p{L}\p{N}_])the\s+$/iu.test(lookBehind(text, m.start));
    return { start: m.start, end, text: the ? `the ${name}` : name };
  });
  const overlaps = (start: number, end: number) => found.some((f) => start < f.end && end > f.start);
  if (/Foundation/u.test(vocabulary.organisationName)) {
    for (const m of text.matchAll(FOUNDATION)) {
      const before = lookBehind(text, m.index);
      // "the Foundation", not "the Gates Foundation".
      if (overlaps(m.index, m.index + m[0].length) || /\p{Lu}[\p{L}\p{M}-]*\s+$/u.test(before) && !/(?:^|\s)The\s+$/u.test(before)) continue;
      found.push({ start: m.index, end: m.index + m[0].length, text: 'the Foundation' });
    }
  }
  if (vocabulary.projects.test('Wikimedia Commons')) {
    for (const m of [...text.matchAll(BARE_COMMONS), ...text.matchAll(COMMONS_THING), ...text.matchAll(COMMONS_SUBJECT)]) {
      if (!overlaps(m.index, m.index + m[0].length)) found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  if (vocabulary.organisations.test('Wikimedia')) {
    for (const m of text.matchAll(CHAPTER)) {
      if (!overlaps(m.index, m.index + m[0].length)) found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  // "at the edit-a-thon", "NPOV": the movement's work, when the projects are Wikimedia's.
  if (vocabulary.projects.test('Wikipedia')) {
    for (const m of [...MOVEMENT.matchAll(text), ...MOVEMENT_AS_WRITTEN.matchAll(text)]) {
      if (!overlaps(m.start, m.end)) found.push({ start: m.start, end: m.end, text: m.text, work: true });
    }
    for (const m of text.matchAll(WIKI_WORD)) {
      if (!overlaps(m.index, m.index + m[0].length) && !OTHER_WIKIS.has(m[0].toLowerCase())) {
        found.push({ start: m.index, end: m.index + m[0].length, text: m[0], work: true });
      }
    }
  }
  // "#WikiLovesEarth", "#Wikipedia25": hashtags that begin with one of our names, written in camel case.
  for (const m of text.matchAll(HASHTAG)) {
    if (overlaps(m.index, m.index + m[0].length)) continue;
    const spaced = m[1]!.replace(/(?<=\p{Ll})(?=\p{Lu})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/gu, ' ');
    if (vocabulary.ownNames.matchAll(spaced)[0]?.start !== 0) continue;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], hashtag: true });
  }
  // A hashtag found by the phrase matcher ("#Wikipedia") is removed whole.
  for (const f of found) {
    if (text[f.start - 1] === '#' && !/[\p{L}\p{N}_]/u.test(text[f.end] ?? '')) Object.assign(f, { start: f.start - 1, text: `#${f.text}`, hashtag: true });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The text just before `at`, for the `$`-anchored look-behind checks: a bounded window keeps each check constant
 * time however long the post. A cut-off window drops its partial first word and starts with a NUL, so `^` in a
 * pattern (the text's start) cannot match there.
 */
function lookBehind(text: string, at: number, size = 40): string {
  if (at <= size) return text.slice(0, at);
  return `\0${text.slice(at - size, at).replace(/^[\p{L}\p{N}\p{M}_'’-]+/u, '')}`;
}

function isPolitical(text: string, vocabulary: Vocabulary): boolean {
  if (PHRASES.test(text) || CANVASSING.test(text)) return true;
  if (namedAfter(text, VOTE, vocabulary) || namedAfter(text, NAMED_AFTER, vocabulary, true)) return true;
  // "EFF" is a party only in a post that says "party".
  const finder: TargetFinder = { vocabulary, ambiguous: PARTY_WORD.test(text) };
  for (const m of text.matchAll(CAMPAIGN_HASHTAG)) {
    if (m[1] !== undefined) {
      const rest = m[1].toLowerCase();
      if (!excluded.has(rest) && !rest.startsWith('wiki')) return true;
    } else if (m[2] === undefined || isTarget(m[2], finder)) return true;
  }
  for (const m of text.matchAll(NAME_YEAR_HASHTAG)) {
    if (targetSpans(m[1]!, finder).some((t) => t.named && t.start === 0 && t.end === m[1]!.length)) return true;
  }
  const campaign = CAMPAIGN.test(text) || ELECTION_HASHTAG.test(text);
  if (campaign && NEEDS_HER.test(text)) return true;
  for (const m of text.matchAll(FIRST_PERSON_SUPPORT)) {
    const rest = text.slice(m.index + m[0].length);
    const party = /^(?:the\s+)?/iu.exec(rest)![0].length;
    if (isTarget(rest.slice(0, 60), finder) && startsWithTarget(rest.slice(party, party + 100), finder)) return true;
    if (campaign && nameAt(text, m.index + m[0].length, vocabulary)) return true;
  }

  for (const m of text.matchAll(VOTE_AGAINST)) {
    const at = m.index + m[0].length;
    if (startsWithTarget(text.slice(at, at + 100), finder)) return true;
  }
  const ifWins = IF_WINS.exec(text);
  if (ifWins && DREAD.test(text.slice(ifWins.index, ifWins.index + 200)) && targetSpans(ifWins[1]!, finder).some((t) => t.named && t.start === 0)) return true;

  // Every construction below is about a party, a politician or an office: without one, stop here.
  if (!isTarget(text, finder)) return false;
  const sentences = splitSentences(text).filter((s) => s.text.trim() !== '');
  const spans = sentences.map((s) => targetSpans(s.text, finder));
  const targets = spans.map((list) => list.length > 0);
  const named = spans.map((list) => list.filter((t) => t.named));
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!.text;
    const targetNearby = targets[i - 1] === true || targets[i + 1] === true;
    const namedHere = named[i]!.length > 0;
    const namedNearby = (named[i - 1]?.length ?? 0) > 0 || (named[i + 1]?.length ?? 0) > 0;
    if (targets[i] && (NEAR.test(s) || firstPersonStance(s, spans[i]!))) return true;
    if (STRONG.test(s) && (targets[i] || targetNearby)) return true;
    // "The AfD at 20%. Unbelievable and terrifying." / "The new minister's plan is terrifying."
    if (REACTIONS.test(s) && (targets[i] || namedHere || namedNearby)) return true;
    if (namedHere && (CONTEMPT_EMOJI.test(s) || praised(s, named[i]!) || campaignsFor(s, named[i]!) || disbelief(s, named[i]!))) return true;
    if (targets[i] && (hopesFor(s, spans[i]!) || hostile(s, spans[i]!))) return true;
    // "I will never support that man." / "Vote against them." after a sentence that names them.
    if ((targets[i] || targets[i - 1]) && pronounStance(s)) return true;
    if (jab(s, finder)) return true;
  }
  return false;
}

interface TargetFinder {
  vocabulary: Vocabulary;
  /** Whether party acronyms with other meanings ("EFF") count: the post says "party". */
  ambiguous: boolean;
}

interface TargetSpan {
  start: number;
  end: number;
  /** A party, politician or candidate by name, not an office ("the government"). */
  named: boolean;
}

/** Who a political opinion in the sentence could be about, left to right. */
function targetSpans(s: string, { vocabulary, ambiguous }: TargetFinder): TargetSpan[] {
  const spans: TargetSpan[] = [];
  for (const m of [...TARGETS_ANY_CASE.matchAll(s), ...TARGETS_AS_WRITTEN.matchAll(s)]) {
    // "the president of the chapter", "Wikimedia Deutschland's president": not a political office.
    if (NOT_STATE_AFTER.test(s.slice(m.end)) || ownOffice(lookBehind(s, m.start, 60), vocabulary)) continue;
    spans.push({ start: m.start, end: m.end, named: false });
  }
  const named = [
    ...PARTIES_AS_WRITTEN.matchAll(s),
    ...PARTIES_ANY_CASE.matchAll(s),
    ...POLITICIANS.matchAll(s),
    ...vocabulary.parties.matchAll(s),
    ...vocabulary.candidates.matchAll(s),
    ...(ambiguous ? AMBIGUOUS_PARTIES.matchAll(s) : []),
  ];
  for (const m of named) {
    // "Labour Day" is a holiday.
    if (!/^\s+Day(?![\p{L}\p{N}_])/u.test(s.slice(m.end))) spans.push({ start: m.start, end: m.end, named: true });
  }
  for (const re of [TITLED, PARTY_NAMES, LOOSE_PARTY_NAMES]) {
    for (const m of s.matchAll(re)) {
      if (vocabulary.ownNames.test(m[0]) || /wiki/iu.test(m[0])) continue;
      // "European Union", "Open Knowledge Alliance": a target for judgements, but not a party by name.
      spans.push({ start: m.index, end: m.index + m[0].length, named: re !== LOOSE_PARTY_NAMES });
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

function isTarget(s: string, finder: TargetFinder): boolean {
  return targetSpans(s, finder).length > 0;
}

/** A party, office or candidate at the very start of the text. */
function startsWithTarget(s: string, finder: TargetFinder): boolean {
  return targetSpans(s, finder).some((t) => t.start === 0);
}

/** Whether an office is the organisation's own: "Wikimedia Deutschland president", "WMF's new CEO". */
function ownOffice(before: string, vocabulary: Vocabulary): boolean {
  const tail = before.slice(-60);
  return vocabulary.ownNames.matchAll(tail).some((n) => /^(?:['’]s)?\s+(?:\p{Lu}[\p{L}-]*\s+)?$/u.test(tail.slice(n.end)));
}

/** "Sheinbaum is the best thing to happen to Mexican science": praise predicated of a named subject. */
function praised(s: string, named: readonly TargetSpan[]): boolean {
  return named.some((t) => {
    if (ABOUT_BEFORE.test(lookBehind(s, t.start))) return false;
    const predicate = PREDICATE_AFTER.exec(s.slice(t.end));
    if (!predicate) return false;
    const clause = s.slice(t.end + predicate[0].length, t.end + predicate[0].length + 200).split(/[.;:!?,]/u)[0]!.slice(0, 80);
    return PRAISE.matchAll(clause).some((m) => !NOT_PRAISE_AFTER.test(clause.slice(m.end)));
  });
}

/**
 * Working for a named party or candidate: "stuffing envelopes for the Greens' Berlin campaign", "proud Labour
 * member", "…, Labour Party volunteer by night", "my SNP membership card".
 */
function campaignsFor(s: string, named: readonly TargetSpan[]): boolean {
  for (const work of CAMPAIGN_WORK.matchAll(s)) {
    const gap = /^\s+(?:the\s+)?/iu.exec(s.slice(work.end))?.[0].length ?? 0;
    if (named.some((t) => t.start === work.end + gap)) return true;
  }
  return named.some((t) => {
    const before = lookBehind(s, t.start);
    if (ABOUT_BEFORE.test(before)) return false;
    // "a lifelong Democrat", "proud Labour member".
    const side = SIDES.matchAll(before).at(-1);
    if (side && /^\s*$/u.test(before.slice(side.end))) return true;
    const after = s.slice(t.end, t.end + 100).replace(/^['’]s?/u, '');
    const role = ROLES.matchAll(after)[0];
    if (!role || !/^\s+(?:\p{Lu}[\p{L}-]*\s+)?$/u.test(after.slice(0, role.start)) || /^\s+of(?![\p{L}])/iu.test(after.slice(role.end))) return false;
    return FIRST_PERSON.test(s) || (CLAUSE_START.test(before) && ROLE_TAIL.test(after.slice(role.end)));
  });
}

/** "How is Milei still polling above 40%?": disbelief that a named politician (the subject) keeps support. */
function disbelief(s: string, named: readonly TargetSpan[]): boolean {
  const question = HOW_STILL.exec(s);
  if (!question) return false;
  const clause = question.index + question[0].length - question[1]!.length - 1;
  const still = /(?<![\p{L}])still(?![\p{L}])/iu.exec(question[1]!);
  if (!still) return false;
  return named.some((t) => t.start >= clause && t.end <= clause + still.index && !ABOUT_BEFORE.test(lookBehind(s, t.start)));
}

/** "praying Tusk's coalition holds until 2027", "fingers crossed the Greens win". */
function hopesFor(s: string, spans: readonly TargetSpan[]): boolean {
  return HOPES.matchAll(s).some((h) => {
    const gap = /^\s+(?:that\s+)?(?:the\s+)?/iu.exec(s.slice(h.end))?.[0].length ?? 0;
    const target = spans.find((t) => t.start === h.end + gap);
    if (!target) return false;
    const after = s.slice(target.end, target.end + 100).replace(OWNED_BODY, '').replace(/^\s+to(?:\s+be)?(?=\s)/iu, '');
    const outcome = OUTCOMES.matchAll(after)[0];
    return outcome !== undefined && /^\s+$/u.test(after.slice(0, outcome.start));
  });
}

/** "Le Pen's party, who would happily ban half of it", "the man wants to defund every university". */
function hostile(s: string, spans: readonly TargetSpan[]): boolean {
  for (const m of s.matchAll(INTENT)) {
    const verb = HOSTILE.matchAll(s.slice(m.index + m[0].length, m.index + m[0].length + 60))[0];
    if (verb?.start !== 0) continue;
    // "wants to" is a plain report unless a named party or politician is the subject; "would happily" never is.
    const strong = !/^wants?/iu.test(m[0]);
    if (spans.some((t) => t.end <= m.index && m.index - t.end <= 60 && (strong || t.named))) return true;
  }
  return false;
}

/** A first-person stance whose object is a target: "we oppose the Freedom Party's plan", not "we oppose the law". */
function firstPersonStance(s: string, spans: readonly TargetSpan[]): boolean {
  return STANCES.matchAll(s).some((m) => {
    if (!FIRST_PERSON_BEFORE.test(lookBehind(s, m.start))) return false;
    const object = OBJECT_LEAD.exec(s.slice(m.end))![0].length;
    return spans.some((t) => t.start >= m.end && t.start <= m.end + object);
  });
}

/** "I will never support that man", "Vote against them": a stance about someone just named. */
function pronounStance(s: string): boolean {
  return (
    VOTE_PRONOUN.test(s) ||
    STANCES.matchAll(s).some((m) => FIRST_PERSON_BEFORE.test(lookBehind(s, m.start)) && PERSON_AFTER.test(s.slice(m.end)))
  );
}

/** "This government, honestly." / "Typical Tories." / "What a cabinet 🙄": a verbless jab at a target. */
function jab(sentence: string, finder: TargetFinder): boolean {
  // An emoji ends a sentence too: "… isn't neutral 😅 This government, honestly."
  return sentence.split(/(?<=\p{Extended_Pictographic}|\ufe0f)\s+/u).some((part) => jabAt(part, finder));
}

function jabAt(s: string, finder: TargetFinder): boolean {
  const start = JAB_START.exec(s);
  if (!start) return false;
  const rest = s.slice(start[0].length);
  const target = targetSpans(rest, finder).find((t) => t.start === 0);
  if (!target) return false;
  let tail = rest.slice(target.end);
  for (const m of EXASPERATION.matchAll(tail)) {
    if (!JAB_REST.test(tail.slice(0, m.start))) break;
    tail = ' '.repeat(m.end) + tail.slice(m.end);
  }
  return JAB_REST.test(tail);
}

/**
 * A candidate or party named right after a prefix ("vote for Jane Smith", "voting Green", "anyone but the
 * National Renewal Party"), not a call to take part ("Vote Now") or a movement vote ("vote for Wiki Loves Earth").
 */
function namedAfter(text: string, prefix: RegExp, vocabulary: Vocabulary, needsCampaign = false): boolean {
  for (const m of text.matchAll(prefix)) {
    if (!nameAt(text, m.index + m[0].length, vocabulary)) continue;
    // A cheer ("¡Vamos Martín!") is only political in a post about a rally, a campaign or an election.
    if (needsCampaign && CHEER.test(m[0]) && !CAMPAIGN.test(text)) continue;
    return true;
  }
  return false;
}

/** Whether a candidate or party name (from the settings, or capitalised and not one of ours) starts at `at`. */
function nameAt(text: string, at: number, vocabulary: Vocabulary): boolean {
  if (vocabulary.parties.matchAll(text).some((p) => p.start === at) || vocabulary.candidates.matchAll(text).some((p) => p.start === at)) {
    return true;
  }
  NAME_AT.lastIndex = at;
  const name = NAME_AT.exec(text);
  if (!name) return false;
  const first = name[1]!.split(/\s+/)[0]!.replace(/[.!?,]$/u, '').toLowerCase();
  return !excluded.has(first) && !/wiki/iu.test(name[1]!) && !vocabulary.ownNames.test(name[1]!);
}
