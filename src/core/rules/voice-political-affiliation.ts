import { z } from 'zod';
import { defineRule, type RuleHit } from '../define-rule.ts';
import {
  campaignContext,
  cheers,
  electionHashtagStems,
  firstPersonStances,
  knownParties,
  movementTerms,
  nearJudgements,
  notPoliticalNames,
  partyNameEnds,
  politicalPhrases,
  politicalTargets,
  strongJudgements,
} from '../lexicons/en/political-terms.ts';
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
 * its target in the same sentence, or, for the harshest words, in the sentence next to it.
 *
 * Not flagged: a political opinion with no mention of the organisation (staff's own business); a neutral mention
 * of politics ("Wikipedia's article on the 2024 election is up to date", "I edit Wikipedia articles about
 * elections"); civic encouragement with no one named ("Go vote, whoever you support"); and "House of Commons",
 * which is not Wikimedia Commons.
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
const PARTIES = matcher(knownParties, true);
const STRONG = matcher(strongJudgements);
const NEAR = matcher(nearJudgements);
const STANCES = matcher(firstPersonStances);
const PHRASES = matcher(politicalPhrases);
const CAMPAIGN = matcher(campaignContext);
const MOVEMENT = matcher(movementTerms.filter((e) => !e.caseSensitive));
const MOVEMENT_AS_WRITTEN = matcher(movementTerms.filter((e) => e.caseSensitive), true);
const excluded = new Set(notPoliticalNames.map((e) => e.text.toLowerCase()).concat('day'));

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
// A capitalised name of up to four words, read from a position (sticky, case-sensitive).
const NAME_AT = new RegExp(String.raw`(?:the\s+)?(${NAME_WORD}(?:\s+${NAME_WORD}){0,3})`, 'uy');
const PARTY_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:${NAME_WORD}\s+){1,3}(?:${partyNameEnds.map((e) => e.text).join('|')})(?![\p{L}\p{N}_])`,
  'u',
);
const L = String.raw`(?<![\p{L}\p{N}_])`;
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
  String.raw`#(?:Vote|Never|Impeach|Stop)(\p{Lu}[\p{L}\p{N}_]*)|#\p{Lu}[\p{L}\p{N}]*?(?:MustGo|MustResign|MustFall)(?![\p{L}\p{N}_])|#(\p{Lu}[\p{L}\p{N}]*?)Out(?![\p{L}\p{N}_])`,
  'gu',
);
// "I support the Greens", "we're backing Jane Smith" (a party, or anyone in a post about an election).
const FIRST_PERSON_SUPPORT = new RegExp(
  String.raw`${L}(?:I|we)(?:['’]m|['’]re|\s+am|\s+are|\s+will|['’]ll)?(?:\s+(?:strongly|fully|proudly|always|still|also|now))?\s+(?:support|supporting|back|backing|endorse|endorsing|stand\s+with|standing\s+with|campaign\s+for|campaigning\s+for)\s+`,
  'giu',
);
const ELECTION_HASHTAG = new RegExp(`#(?:${electionHashtagStems.map((e) => e.text).join('|')})\\d{2,4}(?![\\p{L}\\p{N}_])`, 'iu');
const FIRST_PERSON_BEFORE = /(?:^|[^\p{L}])(?:I|we)(?:['’](?:m|re|ve|d|ll))?(?:\s+[\p{L}'’]+){0,2}\s+$/iu;
const FOUNDATION = /(?<![\p{L}\p{N}_])Foundation(?![\p{L}\p{N}_])/gu;
// Bare "Commons" is Wikimedia Commons after "to/on/for/from/via": "in the Commons" and "House of Commons" are
// the UK parliament, "Creative Commons" another organisation.
const BARE_COMMONS = /(?<=(?<![\p{L}\p{N}_])(?:to|on|for|from|via|onto)\s+)Commons(?![\p{L}\p{N}_])/gu;
const HASHTAG = /#([\p{L}\p{N}_]+)/gu;
const AFFILIATE_AFTER = /^\s+(?!(?:I|We|The|Our|And|But|Today|This|That|Foundation)(?![\p{L}\p{N}_]))\p{Lu}[\p{L}\p{M}-]+/u;

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
    trigger: (vocabulary) =>
      new RegExp(
        [vocabulary.ownNames.source, MOVEMENT.source, MOVEMENT_AS_WRITTEN.source, 'Foundation', 'Commons', '#']
          .filter((s) => s !== '')
          .join('|'),
        'iu',
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
    const the = /Foundation$/u.test(name) && /(?<![\p{L}\p{N}_])the\s+$/iu.test(text.slice(0, m.start));
    return { start: m.start, end, text: the ? `the ${name}` : name };
  });
  const overlaps = (start: number, end: number) => found.some((f) => start < f.end && end > f.start);
  if (/Foundation/u.test(vocabulary.organisationName)) {
    for (const m of text.matchAll(FOUNDATION)) {
      const before = text.slice(0, m.index);
      // "the Foundation", not "the Gates Foundation".
      if (overlaps(m.index, m.index + m[0].length) || /\p{Lu}[\p{L}\p{M}-]*\s+$/u.test(before) && !/(?:^|\s)The\s+$/u.test(before)) continue;
      found.push({ start: m.index, end: m.index + m[0].length, text: 'the Foundation' });
    }
  }
  if (vocabulary.projects.test('Wikimedia Commons')) {
    for (const m of text.matchAll(BARE_COMMONS)) {
      if (!overlaps(m.index, m.index + m[0].length)) found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  // "at the edit-a-thon", "NPOV": the movement's work, when the projects are Wikimedia's.
  if (vocabulary.projects.test('Wikipedia')) {
    for (const m of [...MOVEMENT.matchAll(text), ...MOVEMENT_AS_WRITTEN.matchAll(text)]) {
      if (!overlaps(m.start, m.end)) found.push({ start: m.start, end: m.end, text: m.text, work: true });
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

function isPolitical(text: string, vocabulary: Vocabulary): boolean {
  if (PHRASES.test(text) || CANVASSING.test(text)) return true;
  if (namedAfter(text, VOTE, vocabulary) || namedAfter(text, NAMED_AFTER, vocabulary, true)) return true;
  for (const m of text.matchAll(CAMPAIGN_HASHTAG)) {
    if (m[1] !== undefined) {
      const rest = m[1].toLowerCase();
      if (!excluded.has(rest) && !rest.startsWith('wiki')) return true;
    } else if (m[2] === undefined || isTarget(m[2], vocabulary)) return true;
  }
  const campaign = CAMPAIGN.test(text) || ELECTION_HASHTAG.test(text);
  if (campaign && NEEDS_HER.test(text)) return true;
  for (const m of text.matchAll(FIRST_PERSON_SUPPORT)) {
    const rest = text.slice(m.index + m[0].length);
    const party = /^(?:the\s+)?/iu.exec(rest)![0].length;
    if (isTarget(rest.slice(0, 60), vocabulary) && startsWithTarget(rest.slice(party), vocabulary)) return true;
    if (campaign && nameAt(text, m.index + m[0].length, vocabulary)) return true;
  }

  const sentences = splitSentences(text).filter((s) => s.text.trim() !== '');
  const targets = sentences.map((s) => isTarget(s.text, vocabulary));
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!.text;
    if (targets[i] && (NEAR.test(s) || firstPersonStance(s))) return true;
    if (STRONG.test(s) && (targets[i] || targets[i - 1] || targets[i + 1])) return true;
  }
  return false;
}

/** A party, office or candidate at the very start of the text. */
function startsWithTarget(s: string, vocabulary: Vocabulary): boolean {
  const at0 = (m: PhraseMatcher) => m.matchAll(s)[0]?.start === 0;
  return (
    at0(TARGETS_ANY_CASE) ||
    at0(TARGETS_AS_WRITTEN) ||
    at0(PARTIES) ||
    PARTY_NAME.exec(s)?.index === 0 ||
    at0(vocabulary.parties) ||
    at0(vocabulary.candidates)
  );
}

function isTarget(s: string, vocabulary: Vocabulary): boolean {
  return (
    TARGETS_ANY_CASE.test(s) ||
    TARGETS_AS_WRITTEN.test(s) ||
    PARTIES.test(s) ||
    PARTY_NAME.test(s) ||
    vocabulary.parties.test(s) ||
    vocabulary.candidates.test(s)
  );
}

/** "we oppose the Freedom Party's plan", "I strongly support the mayor". */
function firstPersonStance(s: string): boolean {
  return STANCES.matchAll(s).some((m) => FIRST_PERSON_BEFORE.test(s.slice(0, m.start)));
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
