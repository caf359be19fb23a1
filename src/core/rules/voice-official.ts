import { z } from '../zod.ts';
import { anyOf, defineRule, type RuleHit } from '../define-rule.ts';
import {
  commitmentVerbs,
  decisionParticiples,
  decisionPresent,
  officialComing,
  officialPhrases,
  officialRoles,
  orgStances,
  personalHedges,
  positionNouns,
  refusalVerbs,
  reportedSpeech,
  weAnnounce,
  weDecided,
  weDecisionVerbs,
  weStatements,
} from '../lexicons/en/official-voice-phrases.ts';
import { createPhraseMatcher } from '../phrases.ts';
import { citations } from '../policy-citations.ts';
import type { Vocabulary } from '../vocabulary.ts';

/*
 * A staff member's personal post that speaks as the organisation: "At Wikimedia we decided", "we at CIS-A2K",
 * "on behalf of the Wikimedia Foundation", "our official position", "the Foundation's position is",
 * "<Org> has decided", "<Org> will …" stated as news of its own (also after a date: "from next year the Foundation
 * will …"), the organisation taking a stand or refusing ("The Foundation stands behind …", "WMF does not, and will
 * not, comply"), "we" committing or deciding in a sentence that names it ("… and we will defend them in court",
 * "we've officially greenlit X at WMNG", "we urge lawmakers"), speaking in an official role ("Speaking as programme
 * lead:", "wearing my WMDE hat", "representing Wikimedia México … we oppose"), standing in for its locked account,
 * and insider news ("Official post coming soon").
 *
 * Not flagged: saying where one works ("I work at the Wikimedia Foundation", "eight years at Wikimedia
 * Indonesia and I …"), disclaimers ("I don't speak for WMF", "views are my own", "on behalf of myself"), praise
 * for colleagues ("Proud of my colleagues at Wikimedia"), passing on the organisation's news ("Wikimedia
 * announced today that …", a link), and questions. A sentence the writer frames as their own opinion ("I think
 * we at Wikimedia could do better", "personally", "in my view") is a personal view, which the guideline allows,
 * so it is not flagged either: it cannot be mistaken for official messaging. Nor are roles that carry no authority
 * ("speaking as a mum", "as a former board member", "wearing my volunteer hat").
 *
 * The organisation comes from the vocabulary (default: the Wikimedia Foundation, Wikimedia, WMF; an affiliate
 * name after "Wikimedia" is part of it: "Wikimedia Polska", "Wikimedia South Africa"; chapters' short names such as
 * WMDE count when the organisation is Wikimedia). The strongest wordings ("we at X", "on behalf of
 * X", "speaking for X", "X's official position", "statement from X:") also accept another movement
 * organisation's name written like one (an acronym such as "CIS-A2K", or a name with "Wiki" in it).
 */

const phraseMatcher = (list: ReadonlyArray<{ text: string }>) => createPhraseMatcher(list.map((e) => e.text));
const OFFICIAL = phraseMatcher(officialPhrases);
const HEDGES = phraseMatcher(personalHedges);
const REPORTED = phraseMatcher(reportedSpeech);
const WE_DECIDED = phraseMatcher(weDecided);
const WE_ANNOUNCE = phraseMatcher(weAnnounce);
const OFFICIAL_COMING = phraseMatcher(officialComing);
const alternatives = (list: ReadonlyArray<{ text: string }>) =>
  list.map((e) => e.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/\s+/g, String.raw`\s+`)).join('|');

const L = String.raw`(?<![\p{L}\p{N}_])`;
// Prefixes after which an organisation's name makes the writer its voice.
const WE_AT = new RegExp(String.raw`${L}(?:we|us)\s+(?:here\s+|all\s+)?at\s+(?:the\s+)?`, 'giu');
// "We, the Wikimedia Foundation, …"
const WE_THE = new RegExp(String.raw`${L}(?:we|us),\s+(?:the\s+)?`, 'giu');
// "As WMF's spokesperson", "speaking as a representative of the Foundation".
const SPOKESPERSON = new RegExp(String.raw`${L}(?:spokesperson|spokeswoman|spokesman|official\s+representative)(?![\p{L}\p{N}_])`, 'iu');
// "Our position at WMF is …" (with the organisation named in the sentence).
const OUR_POSITION = new RegExp(String.raw`${L}our\s+(?:current\s+|final\s+)?(?:position|stance|line)(?![\p{L}\p{N}_])`, 'iu');
const OUR_TEAM_AT = new RegExp(
  String.raw`${L}our\s+(?:whole\s+|entire\s+)?(?:team|teams|office|department|board|staff|leadership)\s+at\s+(?:the\s+)?`,
  'giu',
);
const ON_BEHALF = new RegExp(
  String.raw`${L}on\s+behalf\s+of\s+(?:(?:the|all|everyone|everybody|my|our|whole|entire|of|at|colleagues|friends|team)\s+){0,4}`,
  'giu',
);
const SPEAKING_FOR = new RegExp(String.raw`${L}(?:speaking|speak|speaks)\s+(?:here\s+)?(?:for|on\s+behalf\s+of)\s+(?:the\s+)?`, 'giu');
const STATEMENT_FROM = new RegExp(String.raw`${L}(?:official\s+)?(?:statement|update|word)\s+from\s+(?:the\s+)?`, 'giu');
const OFFICIAL_OF = new RegExp(String.raw`${L}official\s+(?:position|stance|view|line)\s+of\s+(?:the\s+)?`, 'giu');
const NEGATED = /(?:\bnot|n['’]t|\bnever|\bno\s+longer)\s+(?:[\p{L}'’]+\s+){0,2}$/iu;
const GROUP_AFTER = /^\s+(?:team|staff|board|community|family|folks|crew)(?![\p{L}\p{N}_])/iu;

// "<Org>'s (official) position is …" / "<Org>'s stance on X: …".
const POSITION_AFTER = new RegExp(
  String.raw`^['’]s\s+(?:official\s+|current\s+|final\s+)?(?:${alternatives(positionNouns)})(?![\p{L}\p{N}_])(?=[^.!?:]{0,80}?(?:\s(?:is|are|remains|stays|was)(?![\p{L}\p{N}_])|\s*:))`,
  'iu',
);
const AT_BEFORE = new RegExp(String.raw`${L}(?:here\s+)?at\s+(?:the\s+)?$`, 'iu');
const WE_AFTER = /^\s*,?\s*we(?:['’](?:ve|re|ll|d))?(?![\p{L}\p{N}_'’])/iu;
// The organisation as the subject of an announcement: "WMF has rejected", "the Foundation is dropping",
// "Wikimedia Indonesia no longer accepts", "<Org> will …".
const ANNOUNCE_AFTER = new RegExp(
  String.raw`^\s+(?:` +
    String.raw`will\s+(?:now\s+|officially\s+|formally\s+|soon\s+|only\s+|also\s+|finally\s+|no\s+longer\s+|not\s+|never\s+)?\p{L}+` +
    String.raw`|(?:has|have|['’]s)\s+(?:now\s+|officially\s+|just\s+|formally\s+|finally\s+)?(?:${alternatives(decisionParticiples)})` +
    String.raw`|(?:is|are|['’]s)\s+(?:now\s+|officially\s+|formally\s+)?(?:${alternatives(decisionPresent)})` +
    String.raw`|no\s+longer\s+\p{L}+|(?:${alternatives(decisionParticiples)})\s+to\s` +
    // A sign-off only insiders report: "The Foundation signed off on it this week."
    String.raw`|signed\s+off\s+on|green-?lit|greenlighted|rubber-stamped|okayed|OK['’]d` +
    String.raw`|(?:${alternatives(orgStances)})` +
    // "does not, and will not, comply"
    String.raw`|(?:does\s+not|doesn['’]t|do\s+not|don['’]t|will\s+not|won['’]t|cannot|can['’]t|will\s+never)` +
    String.raw`(?:\s*,?\s*(?:and|or|nor)\s+(?:will\s+not|won['’]t|will\s+never|never\s+will|does\s+not|would\s+not)\s*,?)?` +
    String.raw`\s+(?:${alternatives(commitmentVerbs)}|${alternatives(refusalVerbs)})` +
    String.raw`)(?![\p{L}\p{N}_])`,
  'iu',
);
// When an announcement takes effect, before its subject: "from next year the Foundation will …", "As of Monday,
// WMF is …", "Effective immediately, …".
const WHEN = String.raw`(?:(?:from|starting|as\s+of|beginning|effective|in|by|until|after|before)\s+)?(?:(?:next|this|coming|the\s+end\s+of|early|late|mid|the\s+start\s+of)\s+)?` +
  String.raw`(?:year|month|week|quarter|term|today|tomorrow|tonight|immediately|now|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|\d{4}|20\d\d)` +
  String.raw`(?:\s+on)?[,:]?\s+`;
// Where a subject can start: the sentence start or a clause boundary, then optionally a time and "the".
const SUBJECT_BEFORE = new RegExp(
  String.raw`(?:^|[:;,.!?—–(\n\ufe0f]|\p{Extended_Pictographic}|\s(?=(?:and|but|so)\s))\s*(?:(?:so|and|but|today|now|also|update|psa)[,:]?\s+)?(?:${WHEN})?(?:the\s+)?$`,
  'iu',
);
// "…, and we will defend them in court" in a sentence that names the organisation.
const WE_COMMIT = new RegExp(
  String.raw`${L}we(?:\s+will|['’]ll|\s+won['’]t|\s+are\s+going\s+to|['’]re\s+going\s+to|\s+shall|\s+intend\s+to|\s+plan\s+to)` +
    String.raw`(?:\s+(?:not|never|always|continue\s+to|keep|firmly|fully|vigorously|absolutely))*\s+(?:${alternatives(commitmentVerbs)})(?![\p{L}\p{N}_])`,
  'iu',
);
// "WMF here: we urge lawmakers to …", "we're deeply concerned" (not "we support you": that is cheering them on).
const WE_STATEMENT = new RegExp(
  String.raw`${L}we(?:\s+(?:all\s+)?(?:${alternatives(weStatements)})|['’]re\s+(?:${alternatives(weStatements.filter((e) => e.text.startsWith('are ')).map((e) => ({ text: e.text.slice(4) })))}))` +
    String.raw`(?![\p{L}\p{N}_])(?!\s+(?:you|y['’]all)(?![\p{L}]))`,
  'iu',
);
// "Our board has decided …" with the organisation named: its governing body's decision.
const OUR_BODY_DECIDED = new RegExp(
  String.raw`${L}our\s+(?:board|leadership|trustees|executive\s+director|ED|CEO|management|leadership\s+team)\s+(?:has\s+|have\s+|just\s+|finally\s+)*(?:${alternatives(decisionParticiples)})(?![\p{L}\p{N}_])`,
  'iu',
);
// "We've officially greenlit …", "we're formally asking …" in a sentence that names the organisation.
const WE_DECISION = new RegExp(
  String.raw`${L}we(?:['’]ve|\s+have|['’]re|\s+are)?\s+(?:(?:now|just|finally)\s+)?(?:(?:officially|formally)\s+\p{L}+|` +
    String.raw`(?<=(?:['’]ve|have)\s+(?:(?:now|just|finally)\s+)?)(?:${alternatives(decisionParticiples)}|${alternatives(weDecisionVerbs)}))(?![\p{L}\p{N}_])`,
  'iu',
);
// Speaking in an official role: "Speaking as programme lead: …", "in my capacity as chair". Not "as a former …".
const CAPACITY = new RegExp(
  String.raw`${L}(?:(?:speaking|writing|posting|talking|commenting)\s+(?:here\s+)?as|in\s+my\s+(?:capacity|role)\s+as)\s+` +
    String.raw`(?!(?:a\s+|an\s+|the\s+)?(?:former|ex-|retired|past)\b)(?:(?:the|a|an|our|its|their)\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,2}?(?:${alternatives(officialRoles)})(?![\p{L}\p{N}_])`,
  'iu',
);
// "Wearing my WMDE hat": the organisation's name (or "official", "staff", "board") in the hat.
const HAT = /(?<![\p{L}\p{N}_])(?:wearing|with|putting\s+on|donning)\s+my\s+((?:[\p{L}\p{N}-]+\s+){1,3}?)hat(?![\p{L}\p{N}_])/iu;
const OFFICIAL_HAT = /official|staff|board|work|chapter|foundation|employer/iu;
// "Representing Wikimedia México at the hearing, my message was simple: we oppose …"
const REPRESENTING = new RegExp(String.raw`${L}representing\s+(?:the\s+)?`, 'giu');
const WE_LATER = /(?<![\p{L}\p{N}_])(?:we|our|my\s+message)(?![\p{L}\p{N}_])/iu;
// The writer presenting the post as the organisation's voice: "this is the organisation speaking:", "This is
// Wikimedia ZA talking here." (the name is checked by the caller; the generic nouns need no name).
const THIS_IS = new RegExp(String.raw`${L}this\s+is\s+(?:(?:the|our|my)\s+)?`, 'giu');
const SPEAKING_END = /^\s+(?:speaking|talking)(?:\s+(?:here|now|officially|for\s+once))?(?=\s*(?:[,:;.!—–-]|\p{Extended_Pictographic}|$))/iu;
// An organisation without its name: "the organisation", "our chapter", "my employer".
const GENERIC_ORG = /(?:organi[sz]ation|foundation|chapter|user\s+group|affiliate|employer|association)(?![\p{L}\p{N}_])/iuy;
// "Our answer at CIS-A2K is no", "our decision as WMDE: …": the organisation's answer given in the first person.
const OUR_ANSWER_AT = new RegExp(
  String.raw`${L}our\s+(?:(?:official|final|collective|considered)\s+)?(?:${alternatives(positionNouns)})\s+(?:at|as|from|here\s+at)\s+(?:the\s+)?`,
  'giu',
);
// "on WMF's behalf", "as Wikimedia Philippines' comms lead,": the possessive forms (the name is checked by the caller).
const ON_OR_AS = new RegExp(String.raw`${L}(on|as)\s+(?:the\s+)?`, 'giu');
const BEHALF_AFTER = /^['’]s?\s+behalf(?![\p{L}\p{N}_])/iu;
const ROLE_AFTER = new RegExp(
  String.raw`^['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:${alternatives(officialRoles)})(?=\s*[,:;—–)])`,
  'iu',
);
const VERDICT_AFTER = /^\s*(?:(?:is|remains|was|stays|will\s+be)(?![\p{L}\p{N}_])|:|—|–)/iu;

// Standing in for the organisation's account: "Posting this here since the A2K handle is locked", "because the
// official one is down". The words before "account" must name an organisation or say "official".
const ACCOUNT_DOWN = new RegExp(
  String.raw`${L}(?:the|our)\s+((?:[\p{L}\p{N}@_-]+\s+){0,3})(?:account|handle|page|profile|one)\s+(?:is|was|['’]s|has\s+been|got|being)\s+(?:still\s+|currently\s+|temporarily\s+|now\s+)?(?:locked|down|suspended|hacked|unavailable|offline|frozen|restricted|blocked|compromised|inaccessible)(?![\p{L}\p{N}_])`,
  'iu',
);
// "Read the Foundation's statement", "Here's WMF's response": passing it on.
const SHARE_BEFORE = /(?:read|see|check\s+out|here['’]s|here\s+is|sharing|share|reading|loved|love)\s+$/iu;
const SIDE_AFTER = /^\s+side(?![\p{L}\p{N}_])/iu;
const OFFICIALLY_START = /^[\s"“'‘(]*officially\s*[:,—–-]/iu;
const OFFICIALLY_ANNOUNCING = new RegExp(String.raw`${L}officially\s+announc(?:e|es|ed|ing)(?![\p{L}\p{N}_])`, 'iu');
const QUESTION_END = /\?[\s\p{Extended_Pictographic}\ufe0f\u200d)"”’]*$/u;

// A name written like an organisation, for the strong wordings: capitalised words, with an acronym in them
// (CIS-A2K, WMDE) or "Wiki" (Wikimedia Deutschland). Case-sensitive on purpose.
const NAME_AT = /(?:\p{Lu}[\p{L}\p{N}\p{M}-]*)(?:\s+\p{Lu}[\p{L}\p{N}\p{M}-]*){0,3}/uy;
const LOOKS_LIKE_ORG = /\p{Lu}[\p{Lu}\p{N}-]*\p{Lu}|\bWiki/u;
// An affiliate's name after "Wikimedia": one to three capitalised words ("Polska", "South Africa").
const AFFILIATE_WORD = String.raw`(?!(?:I|We|The|Our|And|But|Today|This|That|Foundation|Has|Is|Will|Won['’]t)(?![\p{L}\p{N}_'’]))\p{Lu}[\p{L}\p{M}-]+`;
const AFFILIATE_AFTER = new RegExp(String.raw`^\s+${AFFILIATE_WORD}(?:\s+${AFFILIATE_WORD}){0,2}`, 'u');
const FOUNDATION = /(?<![\p{L}\p{N}_])Foundation(?![\p{L}\p{N}_])/gu;
// Wikimedia chapters by their usual short names: WMDE, WMUK, WMID.
const CHAPTER = /(?<![\p{L}\p{N}_])WM[A-Z]{2,3}(?![\p{L}\p{N}_])/gu;
const OPINION_VERB_AFTER = /^\s+(?:believe|think|feel|hope|want|love|care|value|know|agree|support)(?![\p{L}\p{N}_])/iu;

interface OrgSpan {
  start: number;
  end: number;
  /** The name as the message shows it ("Wikimedia Brasil", "the Foundation"). */
  name: string;
}

type MessageId = 'weAt' | 'onBehalf' | 'speakingFor' | 'position' | 'official' | 'announcement' | 'standIn' | 'capacity';
type Hit = RuleHit<MessageId>;

export default defineRule({
  meta: {
    id: 'voice-official',
    category: 'voice/official',
    severity: 'warning',
    description: 'Personal posts that speak as the organisation: “At Wikimedia we decided”, “our official position”, “on behalf of …”.',
    messages: {
      weAt: '“{phrase}” speaks for {org}, not for you.',
      onBehalf: 'This speaks on behalf of {org}.',
      speakingFor: '“{phrase}” presents this post as {org}’s voice.',
      position: '“{phrase}” states {org}’s official position.',
      official: '“{phrase}” reads as official messaging.',
      announcement: 'This reads like an official announcement from {org}.',
      standIn: 'Posting in place of the official account makes this official messaging.',
      capacity: '“{phrase}” speaks in your official role.',
    },
    explanation:
      'Your personal account doesn’t speak for the organisation, and posts that sound official can be mistaken for its messaging. Speak for yourself (“I think…”, “personal views”) and leave announcements to the official account.',
    policy: citations.personalVoice,
    options: z.object({}),
    profiles: ['personal'],
    checksQuoted: false,
    trigger: (vocabulary) =>
      anyOf(vocabulary.organisations, new RegExp(
        [
          'Foundation',
          String.raw`\bofficial`,
          String.raw`on\s+behalf`,
          String.raw`\bspeak`,
          String.raw`\bwe\s+at`,
          String.raw`\bbehalf\b`,
          String.raw`\bour\s+(?:[\p{L}]+\s+)?(?:${alternatives(positionNouns)})\s+(?:at|as|from|here)\s`,
          String.raw`\s(?:speaking|talking)\b`,
          String.raw`\b(?:account|handle)\b`,
          String.raw`\bWM[A-Z]{2}`,
          String.raw`\bhat\b|\brepresenting\b|\bcapacity\b|(?:speaking|writing|posting)\s+as\b`,
          String.raw`['’]s\s+(?:official\s+|current\s+|final\s+)?(?:${alternatives(positionNouns)})\b`,
        ].join('|'),
        'iu',
      )),
  },
  *check({ text, vocabulary }) {
    const hits = [...findAll(text, vocabulary)];
    if (hits.length === 0) return;
    // One finding per sentence is enough: the first wording that speaks for the organisation.
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    yield hits[0]!;
  },
});

function* findAll(s: string, vocabulary: Vocabulary): Generator<Hit> {
  const orgs = orgSpans(s, vocabulary);
  // A hedge anywhere makes the sentence a personal view ("I think we at Wikimedia …", "…, in my view").
  const hedged = HEDGES.test(s);
  const orgAt = (at: number): OrgSpan | undefined => orgs.find((o) => o.start === at) ?? genericOrgAt(s, at, vocabulary);

  // "our official position", "that's the official line".
  for (const m of OFFICIAL.matchAll(s)) {
    if (hedged) continue;
    const replacement = officialPhrases[m.index]!.replacement;
    yield {
      start: m.start,
      end: m.end,
      messageId: 'official',
      data: { phrase: m.text },
      ...(replacement ? { suggestions: [{ replacement: matchCase(m.text, replacement), label: 'Speak for yourself' }] } : {}),
    };
  }

  // "we at X", "We, the X,", "our team at X will …" ("Our team at WMF shipped dark mode" is pride, not an
  // announcement).
  for (const re of [WE_AT, WE_THE, OUR_TEAM_AT]) {
    for (const m of s.matchAll(re)) {
      const org = orgAt(m.index + m[0].length);
      if (!org || hedged) continue;
      if (re === OUR_TEAM_AT && !ANNOUNCE_AFTER.test(s.slice(org.end))) continue;
      const phrase = s.slice(m.index, org.end);
      const weAt = re === WE_AT && OPINION_VERB_AFTER.test(s.slice(org.end));
      yield {
        start: m.index,
        end: org.end,
        messageId: 'weAt',
        data: { phrase, org: org.name },
        ...(weAt ? { suggestions: [{ replacement: 'I', label: 'Speak for yourself: “I …”' }] } : {}),
      };
    }
  }

  // "on behalf of (the whole) X (team)", "speaking for X".
  for (const m of s.matchAll(ON_BEHALF)) {
    const org = orgAt(m.index + m[0].length);
    if (!org || NEGATED.test(lookBehind(s, m.index))) continue;
    const group = GROUP_AFTER.exec(s.slice(org.end));
    const end = org.end + (group ? group[0].length : 0);
    yield {
      start: m.index,
      end,
      messageId: 'onBehalf',
      data: { org: org.name },
      suggestions: [{ replacement: matchCase(s.slice(m.index, end), 'on my own behalf'), label: 'Speak for yourself' }],
    };
  }
  for (const m of s.matchAll(SPEAKING_FOR)) {
    const org = orgAt(m.index + m[0].length);
    if (!org || NEGATED.test(lookBehind(s, m.index))) continue;
    const phrase = s.slice(m.index, org.end);
    const verb = m[0].split(/\s+/)[0]!;
    yield {
      start: m.index,
      end: org.end,
      messageId: 'speakingFor',
      data: { phrase, org: org.name },
      suggestions: [{ replacement: `${verb} for myself`, label: 'Speak for yourself' }],
    };
  }

  // "Statement from X: …" (not a link to it), "the official position of X".
  for (const m of s.matchAll(STATEMENT_FROM)) {
    const org = orgAt(m.index + m[0].length);
    if (!org) continue;
    const after = s.slice(org.end);
    const colon = /^\s*(?:side\s*)?:/iu.exec(after);
    if (!colon || /^\s*(?:https?:|www\.|\S+\.\S+\/)/iu.test(after.slice(colon[0].length))) continue;
    yield { start: m.index, end: org.end, messageId: 'announcement', data: { org: org.name } };
  }
  for (const m of s.matchAll(OFFICIAL_OF)) {
    const org = orgAt(m.index + m[0].length);
    if (!org || hedged) continue;
    const phrase = s.slice(m.index, org.end);
    yield { start: m.index, end: org.end, messageId: 'position', data: { phrase, org: org.name } };
  }

  // "<Org>'s position is …": vocabulary organisations, and organisation-like names.
  const possessors = [...orgs];
  for (const m of s.matchAll(/['’]s(?![\p{L}\p{N}_])/gu)) {
    if (orgs.some((o) => o.end === m.index)) continue;
    const generic = genericOrgEndingAt(s, m.index, vocabulary);
    if (generic) possessors.push(generic);
  }
  for (const org of possessors) {
    const position = POSITION_AFTER.exec(s.slice(org.end));
    if (!position || hedged || REPORTED.test(s) || QUESTION_END.test(s)) continue;
    if (SHARE_BEFORE.test(s.slice(0, theBefore(s, org.start)))) continue;
    const start = theBefore(s, org.start);
    const end = org.end + position[0].length;
    const phrase = s.slice(start, end);
    yield {
      start,
      end,
      messageId: 'position',
      data: { phrase, org: org.name },
      suggestions: [{ replacement: matchCase(phrase, 'my personal view'), label: 'Say it is your own view' }],
    };
  }

  for (const org of orgs) {
    const before = s.slice(0, org.start);
    const after = s.slice(org.end);
    // "At Wikimedia(,) we …"
    const at = AT_BEFORE.exec(before);
    const we = WE_AFTER.exec(after);
    if (at && we && !hedged) {
      const end = org.end + we[0].length;
      const opinion = OPINION_VERB_AFTER.test(s.slice(end));
      yield {
        start: at.index,
        end,
        messageId: 'weAt',
        data: { phrase: s.slice(at.index, end), org: org.name },
        ...(opinion ? { suggestions: [{ replacement: 'I', label: 'Speak for yourself: “I …”' }] } : {}),
      };
      continue;
    }
    // "from the Foundation side".
    if (SIDE_AFTER.test(after)) {
      const start = theBefore(s, org.start);
      yield { start, end: org.end + SIDE_AFTER.exec(after)![0].length, messageId: 'announcement', data: { org: org.name } };
      continue;
    }
    // "<Org> has decided …", "<Org> is dropping …", "<Org> will …" as the writer's own news.
    const announce = ANNOUNCE_AFTER.exec(after);
    if (
      announce &&
      SUBJECT_BEFORE.test(before) &&
      !hedged &&
      !QUESTION_END.test(s) &&
      !REPORTED.test(s)
    ) {
      const start = theBefore(s, org.start);
      yield { start, end: org.end + announce[0].length, messageId: 'announcement', data: { org: org.name } };
    }
  }

  // "This is the organisation speaking:", "this is WMF talking".
  for (const m of s.matchAll(THIS_IS)) {
    const at = m.index + m[0].length;
    GENERIC_ORG.lastIndex = at;
    const generic = GENERIC_ORG.exec(s);
    const org = generic ? { start: at, end: at + generic[0].length, name: `the ${generic[0].toLowerCase()}` } : orgAt(at);
    const speaking = org && !QUESTION_END.test(s) ? SPEAKING_END.exec(s.slice(org.end)) : null;
    if (!org || !speaking) continue;
    yield { start: m.index, end: org.end + speaking[0].length, messageId: 'speakingFor', data: { phrase: s.slice(m.index, org.end + speaking[0].length), org: org.name } };
  }
  for (const m of s.matchAll(ON_OR_AS)) {
    const org = orgAt(m.index + m[0].length);
    if (!org || NEGATED.test(lookBehind(s, m.index))) continue;
    const after = s.slice(org.end, org.end + 80);
    const tail = (m[1]!.toLowerCase() === 'on' ? BEHALF_AFTER : ROLE_AFTER).exec(after);
    if (!tail) continue;
    const end = org.end + tail[0].length;
    yield { start: m.index, end, messageId: m[1]!.toLowerCase() === 'on' ? 'onBehalf' : 'capacity', data: { phrase: s.slice(m.index, end), org: org.name } };
  }
  // "Our answer at CIS-A2K is no."
  for (const m of s.matchAll(OUR_ANSWER_AT)) {
    const org = orgAt(m.index + m[0].length);
    if (!org || hedged || QUESTION_END.test(s) || NEGATED.test(lookBehind(s, m.index)) || !VERDICT_AFTER.test(s.slice(org.end))) continue;
    yield { start: m.index, end: org.end, messageId: 'position', data: { phrase: s.slice(m.index, org.end), org: org.name } };
  }

  // Speaking in an official role.
  const capacity = CAPACITY.exec(s) ?? HAT.exec(s);
  if (capacity && !NEGATED.test(lookBehind(s, capacity.index))) {
    const hat = capacity[1];
    if (hat === undefined || OFFICIAL_HAT.test(hat) || LOOKS_LIKE_ORG.test(hat) || vocabulary.organisations.test(hat)) {
      yield { start: capacity.index, end: capacity.index + capacity[0].length, messageId: 'capacity', data: { phrase: capacity[0] } };
    }
  }
  for (const m of s.matchAll(REPRESENTING)) {
    const org = orgAt(m.index + m[0].length);
    if (!org || !WE_LATER.test(s.slice(org.end))) continue;
    yield { start: m.index, end: org.end, messageId: 'speakingFor', data: { phrase: s.slice(m.index, org.end), org: org.name } };
  }

  // Standing in for the organisation's locked account.
  const down = ACCOUNT_DOWN.exec(s);
  if (down && (/official/iu.test(down[1]!) || LOOKS_LIKE_ORG.test(down[1]!) || orgs.some((o) => o.start >= down.index && o.end <= down.index + down[0].length))) {
    yield { start: down.index, end: down.index + down[0].length, messageId: 'standIn' };
  }
  // "Official post coming soon".
  for (const m of OFFICIAL_COMING.matchAll(s)) {
    yield { start: m.start, end: m.end, messageId: 'official', data: { phrase: m.text } };
  }

  // "we've decided" / "we're thrilled to announce" in a sentence that names the organisation (or a project, for
  // announcements), "Officially: …".
  const named = orgs[0];
  if (named && !hedged) {
    for (const m of WE_DECIDED.matchAll(s)) {
      yield { start: m.start, end: m.end, messageId: 'announcement', data: { org: named.name } };
    }
    const decision = QUESTION_END.test(s) ? null : WE_DECISION.exec(s);
    if (decision) {
      yield { start: decision.index, end: decision.index + decision[0].length, messageId: 'announcement', data: { org: named.name } };
    }
    const spokesperson = SPOKESPERSON.exec(s);
    if (spokesperson && !NEGATED.test(lookBehind(s, spokesperson.index))) {
      const end = spokesperson.index + spokesperson[0].length;
      yield { start: spokesperson.index, end, messageId: 'speakingFor', data: { phrase: spokesperson[0], org: named.name } };
    }
    const commit = QUESTION_END.test(s) ? null : (WE_COMMIT.exec(s) ?? WE_STATEMENT.exec(s) ?? OUR_BODY_DECIDED.exec(s));
    if (commit) {
      yield { start: commit.index, end: commit.index + commit[0].length, messageId: 'announcement', data: { org: named.name } };
    }
    const position = OUR_POSITION.exec(s);
    if (position) {
      const end = position.index + position[0].length;
      yield {
        start: position.index,
        end,
        messageId: 'official',
        data: { phrase: position[0] },
        suggestions: [{ replacement: matchCase(position[0], 'my view'), label: 'Say it is your own view' }],
      };
    }
  }
  const mentioned = named?.name ?? vocabulary.ownNames.matchAll(s)[0]?.text;
  if (mentioned) {
    for (const m of WE_ANNOUNCE.matchAll(s)) {
      yield { start: m.start, end: m.end, messageId: 'announcement', data: { org: named?.name ?? vocabulary.organisationName } };
    }
    const announcing = OFFICIALLY_ANNOUNCING.exec(s);
    const atStart = OFFICIALLY_START.exec(s);
    if (announcing) {
      const end = announcing.index + announcing[0].length;
      yield { start: announcing.index, end, messageId: 'official', data: { phrase: announcing[0] } };
    } else if (atStart) {
      const start = atStart.index + atStart[0].search(/officially/iu);
      yield { start, end: start + 'officially'.length, messageId: 'official', data: { phrase: s.slice(start, start + 10) } };
    }
  }
}

/** Organisation names from the vocabulary, with an affiliate's second word ("Wikimedia Polska"). */
function orgSpans(s: string, vocabulary: Vocabulary): OrgSpan[] {
  const projects = vocabulary.projects.matchAll(s);
  const spans: OrgSpan[] = [];
  for (const m of vocabulary.organisations.matchAll(s)) {
    // "Wikimedia Commons" is a project, not the organisation.
    if (projects.some((p) => p.start <= m.start && p.end >= m.end && p.end - p.start > m.end - m.start)) continue;
    let end = m.end;
    const affiliate = AFFILIATE_AFTER.exec(s.slice(end));
    if (affiliate && !projects.some((p) => p.start < end + affiliate[0].length && p.end > end)) {
      end += affiliate[0].length;
    }
    spans.push({ start: m.start, end, name: withThe(s, m.start, s.slice(m.start, end)) });
  }
  // "the Foundation" stands for the organisation when its name is a foundation's.
  if (/Foundation/u.test(vocabulary.organisationName)) {
    for (const m of s.matchAll(FOUNDATION)) {
      if (spans.some((o) => m.index < o.end && m.index + m[0].length > o.start)) continue;
      spans.push({ start: m.index, end: m.index + m[0].length, name: 'the Foundation' });
    }
  }
  if (vocabulary.organisations.test('Wikimedia')) {
    for (const m of s.matchAll(CHAPTER)) {
      if (!spans.some((o) => m.index < o.end && m.index + m[0].length > o.start)) spans.push({ start: m.index, end: m.index + m[0].length, name: m[0] });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** An organisation-like name starting exactly at `at` ("CIS-A2K", "Wikimedia Deutschland"). */
function genericOrgAt(s: string, at: number, vocabulary: Vocabulary): OrgSpan | undefined {
  NAME_AT.lastIndex = at;
  const m = NAME_AT.exec(s);
  if (!m) return undefined;
  const name = m[0].replace(/['’]s$/u, '');
  if (!LOOKS_LIKE_ORG.test(name) || isProject(name, vocabulary)) return undefined;
  return { start: at, end: at + name.length, name: withThe(s, at, name) };
}

/** An organisation-like name ending exactly at `end` (before "'s"). */
function genericOrgEndingAt(s: string, end: number, vocabulary: Vocabulary): OrgSpan | undefined {
  const m = /(?:\p{Lu}[\p{L}\p{N}\p{M}-]*)(?:\s+\p{Lu}[\p{L}\p{N}\p{M}-]*){0,3}$/u.exec(s.slice(0, end));
  if (!m || !LOOKS_LIKE_ORG.test(m[0]) || isProject(m[0], vocabulary)) return undefined;
  return { start: m.index, end, name: m[0] };
}

function isProject(name: string, vocabulary: Vocabulary): boolean {
  const p = vocabulary.projects.matchAll(name)[0];
  return p !== undefined && p.start === 0 && p.end === name.length;
}

/** The name as a message shows it: "the Wikimedia Foundation" when the post says so. */
function withThe(s: string, start: number, name: string): string {
  return theBefore(s, start) < start ? `the ${name}` : name;
}

/** Include a "the" right before the name in the flagged span. */
function theBefore(s: string, start: number): number {
  const m = /(?<![\p{L}\p{N}_])the\s+$/iu.exec(s.slice(0, start));
  return m ? m.index : start;
}

/** The words just before `at`, for the `$`-anchored negation check: a bounded window, whatever the sentence length. */
function lookBehind(s: string, at: number, size = 40): string {
  return at <= size ? s.slice(0, at) : `\0${s.slice(at - size, at).replace(/^[\p{L}\p{N}_'’-]+/u, '')}`;
}

function matchCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}
