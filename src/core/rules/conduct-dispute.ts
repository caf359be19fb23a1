import { z } from '../zod.ts';
import { anyOf, defineRule, type RuleHit } from '../define-rule.ts';
import {
  arguingFaults,
  claimFaults,
  claimNouns,
  claimVirtues,
  diligenceVerbs,
  disputePhrases,
  distortVerbs,
  falsehoods,
  figureFaults,
  intensifiers,
  spreadVerbs,
  workFaults,
  workNouns,
  type DisputeKind,
} from '../lexicons/en/dispute-phrases.ts';
import { createPhraseMatcher } from '../phrases.ts';
import { constructionAnchors } from '../generated/dispute-anchors.ts';
import { citations } from '../policy-citations.ts';

const PHRASES = createPhraseMatcher(disputePhrases.map((p) => p.text));

// The constructions below join word classes from the lexicon. Only Latin, Greek and Cyrillic letters run into
// an English word, so "维基百科That's not true" still reads "That's not true".
const WORDY = String.raw`[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}\p{M}_]`;
const B = `(?<!${WORDY})`;
const E = `(?!${WORDY})`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** One alternation of a word class, longest first; any whitespace between words, either apostrophe. */
const alt = (list: readonly { text: string }[]) =>
  `(?:${list
    .map((e) => e.text)
    .sort((a, b) => b.length - a.length)
    .map((p) => p.split(/\s+/).map((w) => escape(w).replace(/['’]/g, "['’]")).join(String.raw`\s+`))
    .join('|')})`;
const A = `['’]`;
const WORD = String.raw`[\p{L}\p{N}'’-]+`;
const ADV = alt(intensifiers);
const CLAIM = alt(claimNouns);
const FAULT = alt(claimFaults);
const VIRTUE = alt(claimVirtues);
// "took that quote out of context": whatever is taken, by whichever form of "take".
const DISTORT = String.raw`(?:${alt(distortVerbs)}|(?:take|takes|took|taken|taking)\s+(?:${WORD}\s+){1,4}?out\s+of\s+context)`;
const FALSEHOOD = alt(falsehoods);
// Where a predicate ends: "that's false." / "that's false and you know it", not "that's a false alarm".
const END = String.raw`(?=\s*(?:[.!;:,…—–)"”’]|$|\p{Extended_Pictographic})|\s+(?:and|but|because|since|either|at\s+all|whatsoever|anymore|any\s+more|again|period|full\s+stop|mate|buddy|friend|here|there|though)${E})`;
const NEG = String.raw`(?:isn${A}t|aren${A}t|wasn${A}t|weren${A}t|is\s+not|are\s+not|was\s+not|were\s+not|${A}s\s+not)`;
// "you", "you're", "you've been", with the adverbs of a habit or an intention: "you keep", "you conveniently".
const YOU = String.raw`${B}you(?:${A}re|${A}ve|${A}d|\s+are|\s+have|\s+had|\s+were)?(?:\s+(?:keep\s+on|keep|continue\s+to|continued\s+to|always|constantly|conveniently|deliberately|intentionally|knowingly|purposely|selectively|clearly|just|simply|again|once\s+again|still|repeatedly|now|also|completely|totally|been|literally|actively|somehow|even|really|seem\s+to))*`;
const CHECK = String.raw`(?:read|reading|check|checking|look|looking|verify|verifying|ask|asking|google|googling|fact-check|fact-checking|do\s+some|doing\s+some)`;
const SPREAD_FALSEHOOD = String.raw`${alt(spreadVerbs)}\s+(?:(?:the\s+same|this|that|these|those|more|such|all\s+(?:this|these|that|the)|your|their)\s+)*${FALSEHOOD}`;

interface Construction {
  pattern: LazyPattern;
  kind: DisputeKind;
  /** Argues only when someone is addressed (see DisputePhrase.needsAddress). */
  needsAddress?: boolean;
  /** Only as a command: at the start of the sentence or clause ("Correct your post", "…, delete the post"). */
  imperative?: boolean;
  replacement?: string;
}

/**
 * A construction's regular expression, compiled on first use. V8 compiles each of these large Unicode patterns
 * in milliseconds; most posts contain none of a construction's anchor words, so most are never compiled.
 */
interface LazyPattern {
  readonly source: string;
  readonly flags: string;
  compiled(): RegExp;
}

function lazyPattern(source: string, flags: string): LazyPattern {
  let regex: RegExp | undefined;
  return { source, flags, compiled: () => (regex ??= new RegExp(source, flags)) };
}

const SOURCES_INSTEAD = 'here’s what reliable sources say';
const LIES = /\b(?:lie|lies|lying|lied|bad\s+faith|gaslighting|slander|smear)\b/iu;

/** Constructions for what the literal phrases can't list: each is a way of arguing, built from word classes. */
export const CONSTRUCTIONS: readonly Construction[] = [
  // "That's absolutely false", "this is pure propaganda", "that isn't reporting", "it's cherry-picking".
  {
    pattern: lazyPattern(
      String.raw`${B}(?:that|this)(?:${A}s|\s+is|\s+was)(?:\s+${ADV})*\s+${FAULT}${END}|${B}(?:that|this)\s*${NEG}(?:\s+(?:even|remotely))?\s+${VIRTUE}${END}|${B}it(?:${A}s|\s+is|\s+was)(?:\s+${ADV})*\s+${alt(arguingFaults)}${END}`,
      'giu',
    ),
    kind: 'contradiction',
    needsAddress: true,
    replacement: SOURCES_INSTEAD,
  },
  // A verdict on what the other account said: "your claim is baseless", "every single claim in your video has been
  // debunked", "the figures you're quoting are the ones that are off", "what you wrote is simply wrong".
  {
    pattern: lazyPattern(
      String.raw`(?:${B}(?:your|every|each|this|that|these|those|all\s+(?:of\s+)?(?:your|these|those|the))\s+(?:(?:so-called|single|one|last|latest|new|recent|viral|entire|whole|main|own|little)\s+)?${CLAIM}` +
        String.raw`|${B}(?:the|that|this|these|those)\s+(?:${WORD}\s+)?${CLAIM}\s+(?:(?:that|which)\s+)?you(?:${A}re|${A}ve|\s+are|\s+have|\s+keep)?\s+(?:quot|cit|shar|post|mention|us|repeat|claim|spread|push|link|publish)[\p{L}]*` +
        String.raw`|${B}(?:what|everything|anything|(?:most|much|all)\s+of\s+what)\s+you(?:${A}re|${A}ve|\s+are|\s+have|\s+just)?\s+(?:said|say|saying|wrote|written|writing|posted|posting|claim|claimed|claiming|tweeted|described|describing|suggest|suggested|suggesting|implied|implying|quoted|quoting|reported|reporting|shared|sharing))${E}` +
        String.raw`(?:\s+${WORD}){0,3}?` +
        String.raw`(?:\s+(?:is|are|was|were|${A}s|has\s+been|have\s+been|had\s+been)(?:\s+(?:the\s+)?ones?\s+(?:that|which)\s+(?:is|are|was|were|${A}re|${A}s))?(?:\s+${ADV})*\s+(?:${FAULT}|${alt(workFaults)}|${alt(figureFaults)}(?!\s+(?:to|topic)${E}|-))` +
        String.raw`|\s+${NEG.replace(`|${A}s\\s+not`, '')}(?:\s+(?:even|remotely))?\s+${VIRTUE})${E}`,
      'giu',
    ),
    kind: 'contradiction',
    needsAddress: true,
  },
  // "You're wrong", "you were dead wrong", "you've got it all backwards".
  {
    pattern: lazyPattern(
      String.raw`${B}you(?:${A}re|\s+are|\s+were|${A}ve\s+been|\s+have\s+been)(?:\s+(?:simply|just|completely|totally|so|dead|flat|flat-out|absolutely|clearly|obviously|very|badly|seriously|sorely|sadly|still|again|wildly|utterly))*\s+(?:wrong|mistaken|misinformed|lying|misguided|way\s+off|off\s+base|dishonest|talking\s+nonsense)${E}(?!\s+(?:if|to\s+worry|to\s+doubt)${E})` +
        String.raw`|${B}you(?:${A}ve|\s+have)?\s+(?:got|gotten|get)\s+(?:it|this|that|everything|the\s+facts|the\s+numbers|the\s+dates?|your\s+facts|things|that\s+part|this\s+one|the\s+story)(?:\s+(?:all|completely|totally|so|very|badly|entirely))?\s+(?:wrong|backwards|mixed\s+up|twisted)${E}`,
      'giu',
    ),
    kind: 'accusation',
    replacement: SOURCES_INSTEAD,
  },
  // "You keep moving the goalposts", "you conveniently left out", "you're spreading lies", "you took it out of context".
  { pattern: lazyPattern(String.raw`${YOU}\s+(?:${DISTORT}|${SPREAD_FALSEHOOD}|(?:keep|still)\s+${alt(spreadVerbs)}\s+(?:this|that|it))${E}`, 'giu'), kind: 'accusation' },
  // "Your thread leaves out every fact…", "that headline misrepresents our statement".
  {
    pattern: lazyPattern(
      String.raw`${B}your\s+(?:(?:${WORD})\s+)?${alt(workNouns)}(?:\s+(?:conveniently|completely|simply|also|just|deliberately|still|again|clearly|totally))*\s+${DISTORT}${E}`,
      'giu',
    ),
    kind: 'accusation',
  },
  {
    pattern: lazyPattern(
      String.raw`${B}(?:that|this)\s+(?:(?:${WORD})\s+)?${alt(workNouns)}(?:\s+(?:conveniently|completely|simply|also|just|deliberately|still|again|clearly|totally))*\s+${DISTORT}${E}`,
      'giu',
    ),
    kind: 'accusation',
    needsAddress: true,
  },
  // What the other account didn't bother to do: "you never mention…", "you didn't even check", "You chose not to."
  {
    pattern: lazyPattern(
      String.raw`${B}(?:you(?:${A}ve|\s+have)?|your\s+(?:${WORD}\s+)?(?:${alt(workNouns)}|['‘"“][^'’"”]{1,30}['’"”]))(?:\s+(?:conveniently|deliberately|somehow|clearly|just|also|still))*\s+(?:never|failed\s+to|neglected\s+to|forgot\s+to|chose\s+not\s+to|decided\s+not\s+to|refused\s+to|(?:didn${A}t|did\s+not|never)\s+(?:even\s+)?bother(?:ed)?\s+to|(?:couldn${A}t|could\s+not|can${A}t)\s+be\s+bothered\s+to|didn${A}t\s+even|did\s+not\s+even)(?:\s+(?:even|once|actually))*\s+${alt(diligenceVerbs)}${E}` +
        String.raw`|${B}you(?:\s+(?:clearly|simply|just))?\s+(?:chose|decided|opted)\s+not\s+to(?=\s*(?:[.!…]|$))`,
      'giu',
    ),
    kind: 'accusation',
  },
  // "You clearly won't", "you clearly have no idea": belittling what the other account knows or does.
  {
    pattern: lazyPattern(
      String.raw`${B}you(?:${A}re|\s+are)?\s+(?:clearly|evidently|apparently)\s+(?:don${A}t|didn${A}t|haven${A}t|won${A}t|can${A}t|aren${A}t|weren${A}t|wouldn${A}t|do\s+not|did\s+not|have\s+not|will\s+not|cannot|are\s+not|have\s+no|had\s+no|never|know\s+nothing|missed|misunderstood|misread)(?!\s+(?:need|have\s+to|must|worry|mind)${E})(?:\s+(?!(?:the|a|an|this|that|it|to)${E})[\p{L}'’-]+)?${E}`,
      'giu',
    ),
    kind: 'challenge',
  },
  // Scolding the other account's diligence: "maybe check the edit history next time", "did you even look?",
  // "how many times do we have to correct you?", "says the outlet that…".
  {
    pattern: lazyPattern(
      String.raw`${B}(?:maybe|perhaps|try|please)\s+(?:try\s+(?:to\s+)?)?${CHECK}${E}[^.!?]{0,60}?\s+(?:next\s+time|before\s+(?:you\s+)?(?:comment|commenting|tweet|tweeting|accuse|accusing|reply|replying|spread|spreading|jump|jumping|attack|attacking)${E})` +
        String.raw`|${B}next\s+time,?\s+(?:maybe\s+|please\s+|perhaps\s+|try\s+(?:to\s+)?)?${CHECK}${E}` +
        String.raw`|${B}(?:do|did|have)\s+you\s+(?:even|actually|ever\s+bothered\s+to)\s+(?:know|understand|read|look|check|open|click|watch|bother|edit|edited|tried\s+to\s+check)${E}` +
        String.raw`|${B}how\s+many\s+(?:more\s+)?times\s+(?:do|must|will|have|should)\s+(?:we|i)\s+(?:have\s+to\s+|need\s+to\s+)?(?:tell|correct|explain|say|repeat|remind)${E}` +
        String.raw`|${B}says\s+the\s+(?:person|account|outlet|guy|site|one|people|paper|channel|newspaper|blog)\s+(?:who|that)${E}`,
      'giu',
    ),
    kind: 'challenge',
    needsAddress: true,
  },
  // "We never said that.", "That never happened.", "your numbers don't add up".
  {
    pattern: lazyPattern(
      String.raw`${B}(?:that|this|(?:your|these|those|the)\s+(?:${WORD}\s+)?${CLAIM})\s+(?:doesn${A}t|does\s+not|didn${A}t|did\s+not|don${A}t|do\s+not|won${A}t)\s+(?:add\s+up|hold\s+up|hold\s+water|check\s+out|stand\s+up)(?:${END}|\s+to\s+(?:scrutiny|any)${E})|` +
      String.raw`${B}(?:we|nobody|no\s+one|no-one)(?:\s+(?:at|from|in|on)(?:\s+${WORD}){1,4}?)?\s+(?:never\s+|ever\s+|has\s+ever\s+|have\s+ever\s+)?(?:said|claimed|wrote|stated|suggested|promised)\s+(?:that|this|anything\s+of\s+the\s+sort|any\s+such\s+thing|anything\s+like\s+that)${END}|${B}(?:that|this|it)\s+(?:never|didn${A}t|did\s+not)\s+happen(?:ed)?${END}`,
      'giu',
    ),
    kind: 'contradiction',
    needsAddress: true,
    replacement: SOURCES_INSTEAD,
  },
  // "You have no idea how Wikipedia's funding works", "you'd know that if you had opened the page history",
  // "you should know better". Not "you have no idea how much this means to us".
  {
    pattern: lazyPattern(
      String.raw`${B}you(?:\s+(?:clearly|obviously|simply|really|honestly))?\s+(?:have|had)\s+(?:no|zero)\s+(?:idea|clue|understanding|knowledge)\s+(?:how(?!\s+(?:much|many|happy|grateful|excited|proud|thrilled|glad|good|great|long|hard|lucky|amazing)${E})|what(?!\s+(?:a|an)${E})|about|of|why)${E}` +
        String.raw`|${B}you${A}d\s+(?:know|have\s+known|see|have\s+seen|realise|realize|have\s+realised|have\s+realized|understand|notice|have\s+noticed)(?:\s+(?:that|this|it))?(?:\s+by\s+now)?,?\s+if\s+you(?:${A}d|\s+had|\s+have)?(?:\s+(?:even|actually|just|ever|bothered\s+to|taken\s+the\s+time\s+to))*\s+(?:opened|open|read|checked|check|looked|look|clicked|click|asked|ask|bothered|done|spent|scrolled|googled)${E}` +
        String.raw`|${B}you\s+(?:should|ought\s+to|really\s+should)?\s*know\s+better${END}`,
      'giu',
    ),
    kind: 'challenge',
  },
  // "Nothing in that screenshot is real."
  {
    pattern: lazyPattern(
      String.raw`${B}(?:nothing|none|not\s+one|not\s+a\s+single\s+\S+)\s+(?:in|of|about|from)\s+(?:your|that|this|the|these|those)\s+(?:${WORD}\s+)?${CLAIM}\s+(?:is|are|was|were)\s+(?:${ADV}\s+)?(?:real|true|accurate|correct|genuine|right)${E}`,
      'giu',
    ),
    kind: 'contradiction',
    needsAddress: true,
  },
  // "Lazy journalism", "we'd expect better from a newspaper".
  {
    pattern: lazyPattern(
      String.raw`${B}(?:lazy|sloppy|shoddy|irresponsible|dishonest|biased|clickbait|bad-faith|terrible|shameful)\s+(?:journalism|reporting|research|fact-checking|coverage|headline)${E}|${B}(?:we|i)(?:${A}d|\s+would)?\s+(?:expect|expected|hoped\s+for)\s+better\s+(?:from|of)${E}`,
      'giu',
    ),
    kind: 'accusation',
    needsAddress: true,
  },
  // "Stop posting this", "quit spreading lies", "stop misquoting us".
  {
    pattern: lazyPattern(
      String.raw`${B}(?:stop|quit|enough\s+with|enough\s+of)\s+(?:${alt(spreadVerbs)}\s+(?:(?:the\s+same|this|that|these|those|more|such|your)\s+)*(?:${FALSEHOOD}|this|that|it|these|those)|${alt(distortVerbs.filter((v) => /ing\b/.test(v.text) && !/^ignoring/.test(v.text)))})${E}`,
      'giu',
    ),
    kind: 'accusation',
    needsAddress: true,
  },
  // Demanding a correction: "Correct your post.", "Retract it.", "…, delete the post", "Issue a correction."
  {
    pattern: lazyPattern(
      String.raw`${B}(?:(?:correct|retract|delete|withdraw|take\s+down|pull)\s+(?:your|that|this|the)\s+(?:${WORD}\s+)?(?:post|tweet|toot|story|claim|claims|headline|video|thread|piece|statement|report|caption|chart|numbers|figures|reel|graphic|misinformation|lie|lies)` +
        String.raw`|(?:retract\s+(?:it|this|that)|take\s+(?:it|this|that)\s+down)${END}|retract\s+your\s+${WORD}|(?:issue|publish|print|post|run)\s+a\s+(?:correction|retraction))${E}`,
      'giu',
    ),
    kind: 'accusation',
    needsAddress: true,
    imperative: true,
  },
  // "Where exactly did you get that number?", "show us a single example".
  {
    pattern: lazyPattern(
      String.raw`${B}where\s+(?:exactly\s+|on\s+earth\s+|the\s+hell\s+|in\s+the\s+world\s+|even\s+)?(?:did|do)\s+you\s+(?:even\s+)?(?:get|find|read|hear|see|pull|dig\s+up|come\s+up\s+with)\s+(?:(?:that|this|these|those|such|your)\s+(?:${WORD}\s+)?(?:claims?|numbers?|figures?|stats?|statistics?|idea|ideas|nonsense|rubbish|rumou?rs?|data|info|information)|(?:that|this|it)\s+from)${E}` +
        String.raw`|${B}where\s+(?:exactly|on\s+earth|the\s+hell|in\s+the\s+world)\s+(?:did|do)\s+you\s+(?:get|find|read|hear|see|pull|dig\s+up|come\s+up\s+with)\s+(?:that|this|these|those|it)${E}`,
      'giu',
    ),
    kind: 'challenge',
  },
  {
    pattern: lazyPattern(String.raw`${B}show\s+(?:us|me)\s+(?:one|a\s+single|any|even\s+one)\s+(?:single\s+)?(?:example|source|edit|proof|evidence|citation|link|article)${E}`, 'giu'),
    kind: 'challenge',
    needsAddress: true,
  },
  // A habit held against the other account: "You always do this:", "you keep confusing the Foundation with the
  // volunteers", "you're once again mixing up…". Not "you always do this so well" (praise follows).
  {
    pattern: lazyPattern(
      String.raw`${B}you(?:${A}re|\s+are)?\s+(?:always|constantly|keep(?:\s+on)?|once\s+again|still|continue\s+to|never\s+stop)\s+(?:do(?:ing)?|pull(?:ing)?)\s+(?:this|that)${END}` +
        String.raw`|${B}you(?:${A}re|\s+are)?\s+(?:always|constantly|keep(?:\s+on)?|once\s+again|still|continue\s+to|repeatedly)\s+(?:confus(?:e|es|ed|ing)|mix(?:ing)?\s+up|conflat(?:e|es|ed|ing))${E}`,
      'giu',
    ),
    kind: 'accusation',
  },
  // Telling the other account it has been corrected before: "four people have already told you so", "we've
  // already explained this to you twice". Not "we already told you that the event is Saturday" (news follows).
  {
    pattern: lazyPattern(
      String.raw`${B}(?:have|has|${A}ve|${A}s)?\s*already\s+(?:told|corrected|answered|explained\s+(?:this|that|it)\s+to)\s+you(?:\s+(?:so|this|that|before|twice|repeatedly|(?:several|many|multiple|\d+|three|four|five)\s+times))?${END}`,
      'giu',
    ),
    kind: 'challenge',
    needsAddress: true,
  },
  // A straw man answered: "Nobody said Wikipedia was perfect", "no one ever claimed the article is flawless".
  {
    pattern: lazyPattern(
      String.raw`${B}(?:nobody|no\s+one|no-one)\s+(?:ever\s+|has\s+ever\s+|here\s+)?(?:said|says|claimed|claims|argued|pretended|pretends|suggested)\s+(?:that\s+)?(?:${WORD}\s+){1,3}?(?:is|was|are|were|would\s+be|${A}s)\s+(?:perfect|flawless|infallible|error-free|complete|finished|always\s+right|never\s+wrong|100%\s+(?:accurate|reliable|right))${E}`,
      'giu',
    ),
    kind: 'contradiction',
    needsAddress: true,
    replacement: SOURCES_INSTEAD,
  },
  // Correcting how the other account read us: "What we actually said was…", "What we said is that…".
  {
    pattern: lazyPattern(
      String.raw`${B}what\s+(?:we|i)\s+(?:actually|really)\s+(?:said|wrote|meant|posted)${E}|${B}what\s+(?:we|i)\s+(?:said|wrote|meant)\s+(?:is|was)(?=\s*:|\s+that${E})`,
      'giu',
    ),
    kind: 'contradiction',
    needsAddress: true,
  },
  // Sending the other account back to read: "Read it again, slowly this time.", "Try re-reading the policy."
  {
    pattern: lazyPattern(
      String.raw`${B}(?:(?:maybe|perhaps)\s+)?(?:try\s+(?:to\s+)?)?(?:read|re-?read|reading|re-?reading|look\s+at|looking\s+at)\s+(?:it|that|this|(?:the|our|my)\s+(?:${WORD}\s+)?(?:post|policy|article|thread|statement|tweet|link|page|sentence|headline|study|report|piece|reply|quote|guideline|guidelines))\s+(?:again|once\s+more)(?:,?\s+(?:slowly|carefully|properly)(?:\s+this\s+time)?)?${END}|${B}(?:slowly|carefully|properly)\s+this\s+time${END}`,
      'giu',
    ),
    kind: 'challenge',
    needsAddress: true,
    imperative: true,
  },
  // Dismissing the other account's source: "your source is a blog with no author", "your evidence is just a tweet".
  {
    pattern: lazyPattern(
      String.raw`${B}your\s+(?:only\s+|so-called\s+)?(?:source|sources|evidence|proof|citation)\s+(?:is|was|are)\s+(?:just\s+|only\s+|literally\s+|basically\s+|still\s+)?(?:a|an|some)\s+(?:${WORD}\s+){0,2}?(?:blog|blog\s+post|tweet|meme|forum(?:\s+post)?|reddit(?:\s+thread)?|tabloid|screenshot|tiktok|youtube\s+video|facebook\s+post|rumou?r|press\s+release|random\s+${WORD})${E}`,
      'giu',
    ),
    kind: 'challenge',
    needsAddress: true,
  },
];
// A retort opening the sentence may carry an intensifier: "Absolutely false.", "Utterly wrong!".
const RETORT_INTENSIFIER = new RegExp(`^(?:${ADV}\\s+)+$`, 'iu');
// Commands open a sentence or a clause, or follow "please", "so", "now", "and".

/**
 * Per construction, words of which any match contains at least one (../generated/dispute-anchors.ts, generated from
 * the patterns and checked by test/unit/dispute-anchors.test.ts). A stale list gates nothing rather than wrongly.
 */
const ANCHORS: ReadonlyArray<readonly string[] | null> =
  constructionAnchors.length === CONSTRUCTIONS.length ? constructionAnchors : CONSTRUCTIONS.map(() => null);

/** Lower case as the anchors are, with the one letter whose case folding differs from toLowerCase (ſ → s). */
const foldForAnchors = (text: string) => text.toLowerCase().replace(/ſ/g, 's');
const WORD_CHAR = /[a-z0-9_]/;

/** An anchor occurs in the folded text; one written "^word" only where it starts a word. */
function hasAnchor(folded: string, anchor: string): boolean {
  if (!anchor.startsWith('^')) return folded.includes(anchor);
  const word = anchor.slice(1);
  for (let i = folded.indexOf(word); i !== -1; i = folded.indexOf(word, i + 1)) {
    if (i === 0 || !WORD_CHAR.test(folded[i - 1]!)) return true;
  }
  return false;
}

// The engine asks the trigger and then `check` about the same sentence: the second call reuses the first's scan.
let lastScan: { text: string; found: Construction[] } | undefined;

/** The constructions that could match this text: only these are compiled and run. */
export function possibleConstructions(text: string): Construction[] {
  if (lastScan?.text === text) return lastScan.found;
  const folded = foldForAnchors(text);
  const found = CONSTRUCTIONS.filter((_, i) => {
    const anchors = ANCHORS[i];
    return !anchors || anchors.some((a) => hasAnchor(folded, a));
  });
  lastScan = { text, found };
  return found;
}

const TRIGGER = anyOf(PHRASES, { test: (text: string) => possibleConstructions(text).length > 0 });
const COMMAND_BEFORE = /(?:^|[.!?;:,—–(]|\b(?:please|kindly|so|now|just|and|then|simply|or|pls))\s*$/iu;

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
// "That's wrong, sorry!": a contradiction of our own post.
const OWN_MISTAKE = /^[\s,.!—–-]*(?:sorry|oops|apologies|our\s+bad|my\s+bad)(?![\p{L}])/iu;
const MENTION = /(?<![\p{L}\p{N}_@.])@[\p{L}\p{N}_]/u;
// "You" used generically ("did you know", "you can edit") does not address anyone in particular.
const GENERIC_YOU =
  /\b(?:thank\s+you|did\s+you\s+know|you\s+can|you\s+could|you\s+may|you\s+might|you['’]ll|you\s+will|(?:if|when|before|once|whenever|until|unless)\s+you|do\s+you\s+know|have\s+you\s+ever)\b/giu;
const SECOND_PERSON = /\b(?:you|your|yours|yourself|yourselves|you['’](?:re|ve|d|ll)|u|ur)\b/iu;

type MessageId = DisputeKind;

interface Candidate {
  start: number;
  end: number;
  kind: DisputeKind;
  needsAddress: boolean;
  atStart?: boolean;
  prefixOnly?: boolean;
  imperative?: boolean;
  replacement?: string;
}
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
    trigger: () => TRIGGER,
  },
  *check({ text, input, options }) {
    let addressed: boolean | undefined;
    const conceded = CONCESSION.test(text);
    const leading = LEADING.exec(text)![0].length;
    const candidates: Candidate[] = [];
    for (const m of PHRASES.matchAll(text)) {
      const entry = disputePhrases[m.index]!;
      candidates.push({ start: m.start, end: m.end, ...entry, needsAddress: entry.needsAddress === true });
    }
    for (const c of possibleConstructions(text)) {
      for (const m of text.matchAll(c.pattern.compiled())) {
        const lie = c.kind === 'contradiction' && LIES.test(m[0]);
        candidates.push({
          start: m.index,
          end: m.index + m[0].length,
          kind: lie ? 'accusation' : c.kind,
          needsAddress: c.needsAddress === true,
          imperative: c.imperative,
          replacement: lie ? undefined : c.replacement,
        });
      }
    }

    const hits: Candidate[] = [];
    for (const c of candidates) {
      const after = text.slice(c.end);
      if (c.kind === 'contradiction' && (!options.contradictions || (c.needsAddress && (conceded || OWN_MISTAKE.test(after))))) continue;
      if (c.atStart) {
        // "Absolutely false." opens with an intensifier.
        if (c.start !== leading && RETORT_INTENSIFIER.test(text.slice(leading, c.start))) c.start = leading;
        if (c.start !== leading || !RETORT_END.test(after)) continue;
      }
      if (c.imperative && c.start !== leading && !COMMAND_BEFORE.test(text.slice(0, c.start))) continue;
      if (insideQuotes(text, c.start, c.end)) continue;
      if (HEDGED_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start))) continue;
      if (c.needsAddress) {
        // "That's not true?" asks; a thank-you makes it a self-correction.
        if ((c.kind === 'contradiction' && QUESTION_NEXT.test(after)) || conceded) continue;
        addressed ??= input.reply === true || MENTION.test(text);
        if (!addressed && !speaksToSomeone(text, c.start, c.end)) continue;
      }
      // "You're wrong if you think editing is hard!" teases the reader rather than arguing.
      if (c.kind === 'accusation' && /^\s+if(?![\p{L}])/u.test(after)) continue;
      hits.push(c);
    }
    // Overlapping readings of the same words become one, of the strongest kind.
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    const merged: Candidate[] = [];
    for (const h of hits) {
      const last = merged[merged.length - 1];
      if (!last || h.start >= last.end) {
        merged.push({ ...h });
        continue;
      }
      if (STRENGTH[h.kind] > STRENGTH[last.kind]) Object.assign(last, { kind: h.kind, replacement: h.replacement });
      last.end = Math.max(last.end, h.end);
      last.prefixOnly &&= h.prefixOnly;
    }

    // "Nope, that's false": one finding for a run of phrases separated only by punctuation and spaces.
    for (let i = 0; i < merged.length; ) {
      let j = i;
      let kind = merged[i]!.kind;
      while (j + 1 < merged.length && /^[\s,.;:!—–-]{0,3}$/u.test(text.slice(merged[j]!.end, merged[j + 1]!.start))) {
        j++;
        if (STRENGTH[merged[j]!.kind] > STRENGTH[kind]) kind = merged[j]!.kind;
      }
      if (i === j && merged[i]!.prefixOnly) {
        i++;
        continue;
      }
      yield finding(text, merged[i]!.start, merged[j]!.end, kind, merged[j]!.replacement, merged[i]!.start === leading);
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
