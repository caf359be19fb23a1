import {
  DataSet,
  englishDataset,
  englishRecommendedBlacklistMatcherTransformers,
  englishRecommendedTransformers,
  pattern,
  RegExpMatcher,
  SyntaxKind,
  type EnglishProfaneWord,
  type Node,
} from 'obscenity';
import { z } from '../zod.ts';
import { defineRule, type RuleHit } from '../define-rule.ts';
import { contemptPhrases, type ContemptEntry } from '../lexicons/en/contempt-phrases.ts';
import { contemptEmoji, insultExceptions, insults, type InsultEntry } from '../lexicons/en/insults.ts';
import { dogContext, mildProfanity, obscenityWords, profanityWhitelist, type MildProfanityEntry } from '../lexicons/en/profanity.ts';
import { createPhraseMatcher, type PhraseMatch } from '../phrases.ts';
import { citations } from '../policy-citations.ts';

type MessageId = 'insult' | 'contempt' | 'mocking' | 'profanity' | 'slur' | 'emoji';

// ---------------------------------------------------------------------------------------------------------
// Profanity: the obscenity package's English dataset, minus the words profanity.ts skips.

type Meta = { originalWord: EnglishProfaneWord };
const dataset = new DataSet<Meta>()
  .addAll(englishDataset)
  .removePhrasesIf((p) => p.metadata === undefined || p.metadata.originalWord === 'fuck' || obscenityWords[p.metadata.originalWord].use === 'skip')
  // The package's "fuck" also matches a standalone "fu" (Fu Ying) and any word starting "fuk" (Fukushima).
  .addPhrase((p) =>
    p
      .setMetadata({ originalWord: 'fuck' })
      .addPattern(pattern`f[?]ck`)
      .addPattern(pattern`|fk|`)
      .addPattern(pattern`|fkn|`)
      .addPattern(pattern`|fking`)
      .addPattern(pattern`|fuk|`)
      .addPattern(pattern`|fuks|`)
      .addPattern(pattern`|fukin`)
      .addWhitelistedTerm('fick'),
  );
const built = dataset.build();
export const profanityMatcher = new RegExpMatcher({
  blacklistedTerms: built.blacklistedTerms,
  whitelistedTerms: [...(built.whitelistedTerms ?? []), ...profanityWhitelist.map((e) => e.text)],
  ...englishRecommendedTransformers,
});

// The package runs every character through its transformers one call at a time, most of this rule's cost. So
// the same transformers are tabulated once, fold the sentence in two regex passes, and the same patterns (less
// the whitelist) decide whether the package is called at all. Tested to agree with the package.
const simpleSteps: Array<(code: number) => number | undefined> = [];
const collapseSteps: Array<() => { transform(code: number): number | undefined; reset(): void }> = [];
let foldIsExact = true; // the fold below assumes every stateful step (collapsing repeats) comes last
for (const step of englishRecommendedBlacklistMatcherTransformers) {
  if ('transform' in step) {
    if (collapseSteps.length > 0) foldIsExact = false;
    simpleSteps.push(step.transform);
  } else collapseSteps.push(step.factory);
}
const foldCode = (code: number): string => {
  let c: number | undefined = code;
  for (const step of simpleSteps) c = c === undefined ? undefined : step(c);
  return c === undefined ? '' : String.fromCodePoint(c);
};
const foldMemo = new Map<string, string>();
const foldChar = (ch: string) => {
  let out = foldMemo.get(ch);
  if (out === undefined) foldMemo.set(ch, (out = foldCode(ch.codePointAt(0)!)));
  return out;
};
const changedAscii = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).filter((ch) => foldChar(ch) !== ch);
const FOLDED_CHARS = new RegExp(`[${changedAscii.map((ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`).join('')}]|[^\\x00-\\x7f]`, 'gu');
// How many repeats of a character survive the collapsing steps ("fuuuck" -> "fuck", "a$$" keeps two s).
const keptMemo = new Map<string, number>();
const keptRepeats = (ch: string) => {
  let kept = keptMemo.get(ch);
  if (kept === undefined) {
    kept = 8;
    for (const factory of collapseSteps) {
      const step = factory();
      let n = 0;
      for (let i = 0; i < 8; i++) if (step.transform(ch.codePointAt(0)!) !== undefined) n++;
      kept = Math.min(kept, n);
    }
    keptMemo.set(ch, kept);
  }
  return kept;
};
const compileNode = (node: Node): string =>
  node.kind === SyntaxKind.Literal
    ? String.fromCodePoint(...node.chars).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    : node.kind === SyntaxKind.Wildcard
      ? '.'
      : `(?:${compileNode(node.childNode)})?`;
const patternSources = built.blacklistedTerms.map(({ pattern: p }) =>
  `${p.requireWordBoundaryAtStart ? '\\b' : ''}${p.nodes.map(compileNode).join('')}${p.requireWordBoundaryAtEnd ? '\\b' : ''}`,
);
// Only positions holding a possible first letter are tried.
const firstChars = new Set(built.blacklistedTerms.map(({ pattern: p }) => (p.nodes[0]?.kind === SyntaxKind.Literal ? String.fromCodePoint(p.nodes[0].chars[0]!) : '')));
const PROFANITY_GATE = firstChars.has('')
  ? new RegExp(patternSources.join('|'), 's')
  : new RegExp(`(?=[${[...firstChars].join('').replace(/[\]\\^-]/g, '\\$&')}])(?:${patternSources.join('|')})`, 's');

export function mayContainProfanity(text: string): boolean {
  if (!foldIsExact) return true;
  const folded = text.replace(FOLDED_CHARS, foldChar);
  const collapsed = /(.)\1/su.test(folded)
    ? folded.replace(/(.)\1+/gsu, (run, ch: string) => ch.repeat(Math.min(run.length / ch.length, keptRepeats(ch))))
    : folded;
  return PROFANITY_GATE.test(collapsed);
}

// A capitalised "Dick" or "Kike" is a name (Dick Cheney, Kike Sánchez).
const NAME_LIKE = new Set<EnglishProfaneWord>(['dick', 'kike']);
const DOG_CONTEXT = createPhraseMatcher(dogContext);
// Extend a match over the rest of its word ("ass" -> "asshole", "fuck" -> "motherfucker"); * and $ stand in
// for letters ("a$$hole"). Only over alphabets that look alike, not into Chinese or Arabic written right next to it.
const WORDISH = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}\p{M}*$]/u;

// ---------------------------------------------------------------------------------------------------------
// Insults, contempt and mild swearing: phrase lists, one matcher.

type Listed =
  | { source: 'insult'; entry: InsultEntry }
  | { source: 'contempt'; entry: ContemptEntry }
  | { source: 'mild'; entry: MildProfanityEntry };
const listed: Listed[] = [
  ...insults.map((entry) => ({ source: 'insult' as const, entry })),
  ...contemptPhrases.map((entry) => ({ source: 'contempt' as const, entry })),
  ...mildProfanity.map((entry) => ({ source: 'mild' as const, entry })),
];
const LISTED = createPhraseMatcher(listed.map((l) => l.entry.text));
// For the trigger: one plain search for each phrase's longest (so rarest) word, before the phrase matcher.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const COMMON = new Set(['read', 'with', 'what', 'that', 'this', 'your', 'have', 'about', 'like', 'many', 'times', 'some']);
const longestWord = (phrase: string) =>
  phrase.split(/\s+/).reduce((a, b) => (COMMON.has(a) || (!COMMON.has(b) && b.length > a.length) ? b : a));
const LISTED_KEY_WORDS = new RegExp(
  [...new Set(listed.map((l) => escape(longestWord(l.entry.text.toLowerCase())).replace(/['’]/g, "['’]")))].join('|'),
  'i',
);
const EXCEPTIONS = createPhraseMatcher(insultExceptions.map((e) => e.text));

// "LOL imagine not knowing", "imagine thinking ...", "imagine being this clueless".
const IMAGINE =
  /(?<![\p{L}\p{N}])(?:(?:lol|lmao|lmfao|haha+)[\s,.!]+)?imagine\s+(?:not\s+(?:knowing|understanding|reading|checking|googling|realising|realizing)|(?:actually\s+|unironically\s+|seriously\s+)?(?:thinking|believing)|being\s+(?:this|so)\s+\p{L}+|unironically)(?![\p{L}\p{N}])/giu;
// "Tell me you didn't read the article without telling me you didn't read the article" (or "tell us").
const TELL_ME = /(?<![\p{L}\p{N}])tell\s+(?:me|us)\s+you\s.{1,120}?\swithout\s+telling\s+(?:me|us)(?![\p{L}\p{N}])/giu;
// "Nobody wants them.", "Because nobody's ever heard of it, Kevin.": dismisses someone's work. Only with a
// pronoun or "your …" as the object and nothing after it: "nobody wants to lose their data" is sincere, and so is
// "before 2004, nobody had heard of it" (the past perfect tells history, so "had" is not in the list).
const NOBODY_WANTS =
  /(?<![\p{L}\p{N}])(?:nobody|no\s+one|no-one)(?:['’]s|\s+has|\s+have|\s+will|\s+is\s+going\s+to)?(?:\s+(?:ever|even|really|actually|seriously))?\s+(?:wants|needs|likes|reads|uses|watches|follows|remembers|heard\s+of|cares\s+about|asked\s+for|read|used|watched|want|need|like|use|watch|follow|remember|care\s+about)\s+(?:it|them|this|that|those|these|you|yours|your\s+[\p{L}-]+|him|her)(?=\s*(?:[.!?…,;]|$|\p{Extended_Pictographic}))/giu;
// "A bunch of basement-dwelling losers": a group called names.
const BUNCH_OF =
  /(?<![\p{L}\p{N}])(?:bunch|pack|gang|band|load)\s+of\s+(?:[\p{L}'’-]+\s+){0,2}?(?:losers|clowns|fools|morons|idiots|trolls|cowards|hacks|amateurs|crybabies|whiners|lunatics|nutters|weirdos|freaks|liars)(?![\p{L}\p{N}])/giu;
// "LMAO at the guy who tried to cite his own Instagram": laughing at a person (laughing at a photo is fine).
const LAUGH_AT =
  /(?<![\p{L}\p{N}])(?:lol|lmf?ao|rofl|haha(?:ha)*)\s+at\s+(?:(?:the|this|that|these|those|some|all\s+the)\s+(?:guy|guys|dude|dudes|person|people|folks|man|men|woman|women|user|users|editor|editors|vandal|vandals|troll|trolls|kid|kids|clown|clowns|genius|geniuses|expert|experts|journalist|journalists|account|accounts)|people|anyone|everyone|whoever|you|him|her|them|y['’]all)(?![\p{L}\p{N}])/giu;
// "For the hundredth time, we are not deleting your page": exasperation, only with a hyperbolic count (a
// contest back "for the 15th time" is news).
const FOR_THE_NTH =
  /(?<![\p{L}\p{N}])for\s+the\s+(?:umpteenth|hundredth|thousandth|millionth|billionth|zillionth|gazillionth|bazillionth|nth|(?:one\s+)?hundred(?:\s+and)?\s+first)\s+time(?![\p{L}\p{N}])/giu;
// "We've told you a hundred times": exasperated talking-down.
const TOLD_YOU_TIMES =
  /(?<![\p{L}\p{N}])(?:told|said|explained|asked|reminded)\s+(?:you|this|it|that)(?:\s+all)?\s+(?:a\s+(?:hundred|thousand|million|dozen)|fifty|umpteen|countless|so\s+many)\s+times(?![\p{L}\p{N}])/giu;
// "How many times do we have to explain this?": exasperated talking-down.
const HOW_MANY_TIMES =
  /(?<![\p{L}\p{N}])how\s+many\s+times\s+(?:do|must|should|will)\s+(?:we|i)\s+(?:have\s+to\s+|need\s+to\s+)?(?:tell|explain|correct|say|repeat|remind|point\s+out)(?![\p{L}\p{N}])/giu;
// "Embarrassing." or "Cringe." said flatly as a sentence of its own: a verdict on someone. Not with "!" or an
// emoji, which is how people laugh at their own slip ("We misspelt our own name. Embarrassing! 🙈").
const VERDICT =
  /^\s*((?:(?:how|so|just|truly|utterly|absolutely|genuinely|honestly|frankly|deeply)\s+)?(?:embarrassing|cringe|cringey|cringy|cringeworthy|cringe-worthy|unhinged))(?=[\s.…]{0,8}$)/giu;
// "Genuinely, who asked?": dismisses what someone said as unwanted ("the reader who asked about licences" is not a
// question, and "who asked for the dark mode?" asks for a person).
const WHO_ASKED =
  /(?:^|[,;:—–(،，、]|(?<![\p{L}\p{N}])(?:genuinely|honestly|seriously|literally|but|and|um|uh|lol|lmao|ok|okay|sorry|yeah|like|really|so))[\s,]{0,4}(who\s+(?:even\s+|actually\s+|really\s+|tf\s+)?asked)(?=\s{0,4}\?)/giu;
// "You lot in the replies are exhausting", "you're so tiresome": the reader called a burden ("you're exhausting the
// budget" is a verb with an object).
const YOU_ARE =
  /(?<![\p{L}\p{N}])you(?:\s+(?:lot|people|guys|folks|all|two|lads))?(?:\s+in\s+(?:the|my|our)\s+(?:replies|comments|mentions|quotes|thread|DMs))?(?:\s+are|['’]re)\s+(?:(?:so|just|truly|really|absolutely|genuinely|honestly|frankly|utterly|being|all)\s+){0,2}(?:exhausting|tiresome|unbearable|tedious|a\s+lost\s+cause|a\s+menace)(?![\p{L}\p{N}])(?!\s+(?:the|our|your|their|all|every|this|its|my)\b)/giu;
// "…, genius." at the end of a sentence: a sarcastic name for the reader ("a genius, really" is praise of someone).
const GENIUS =
  /,\s{0,4}(genius|sherlock|mastermind|big\s+brain|smart\s*guy|hotshot)(?=[\s.!?…]{0,8}(?:\p{Extended_Pictographic}[\s\ufe0f\u200d\u{1F3FB}-\u{1F3FF}]{0,3}){0,6}$)/giu;
// "Read it again, slowly this time", "let me say this slowly": talking down to the reader. "Read it slowly" only
// as a command ("we read it slowly at book club" is not).
const SLOWLY =
  /(?<![\p{L}\p{N}])(?:let\s+me\s+(?:say|explain|spell|type|put)\s+(?:it|this|that)|(?:read|say|explain|spell|type)\s+(?:it|this|that)(?:\s+(?:out|again|once\s+more))?,?)\s+(?:(?:very|really|nice\s+and|extra)\s+)?slowly(?![\p{L}\p{N}])/giu;
// "The word idiot comes from Greek": a word mentioned, not used.
const MENTION = /(?:word|term|phrase|expression|insult|slur|name)s?\s*[:,]?\s*["“‘'«]?$/iu;
const EMOJI_TEST = new RegExp(contemptEmoji.map((e) => e.text).join('|'), 'u');
const CONSTRUCTION_WORDS =
  /imagine|embarrassing|cringe|unhinged|who\s+(?:\w+\s+)?asked|exhausting|tiresome|unbearable|tedious|lost\s+cause|menace|genius|sherlock|mastermind|big\s+brain|smart\s*guy|hotshot|slowly|tell\s+(?:me|us)|nobody|no\s*-?\s*one|bunch|pack|gang|band|load|how\s+many|(?:lol|lmf?ao|rofl|haha)\s+at\b|(?:umpteen|hundred|thousand|million|billion|zillion|nth|first|dozen|fifty|countless|many)(?:th)?\s+times?\b/i;
const EMOJI = new RegExp(`(?:${contemptEmoji.map((e) => e.text).join('|')})[\\u{1F3FB}-\\u{1F3FF}]?\\ufe0f?`, 'gu');

// Words that may stand before a command without making it a statement: "just grow up", "@bob learn to read",
// "lol cry more", "you should learn to read".
const LEAD_WORDS = new Set([
  'just', 'please', 'pls', 'plz', 'seriously', 'honestly', 'maybe', 'perhaps', 'lol', 'lmao', 'haha', 'oh', 'so',
  'and', 'then', 'now', 'go', 'you', 'should', 'need', 'to', 'might', 'want', 'how', 'about', 'why', "don't", 'dont',
  'can', 'simply', 'kindly', 'srsly', 'ok', 'okay', 'hey', 'dude', 'guys', 'folks', 'mate', 'bro', 'yo', 'wow',
  'ugh', 'um', 'uh', 'yeah', 'no', 'nope', 'sorry', 'but', 'well', 'buddy', 'pal', 'kid', 'really', 'try', 'actually',
  'first', 'i', 'think', 'suggest', 'would', 'better', "you'd", 'must', 'could', 'sir', 'friend', 'lmfao', 'wtf',
  'people', 'everyone', 'everybody', "y'all", 'yall', 'all', 'friends',
]);
const RETORT_TAIL =
  /^(?:\s+(?:@[\p{L}\p{N}_.]+|already|pls|please|lol|lmao|kid|buddy|mate|bro|dude|now|then|ok|okay|guys|folks)|[\s\p{Extended_Pictographic}\u200d\ufe0f\u{1F3FB}-\u{1F3FF}])*(?:$|\s*[,;.!?…—–)"”'’])/iu;

const SMALL_TITLE_WORDS = new Set(['a', 'an', 'the', 'and', 'of', 'to', 'in', 'on', 'for', 'with', 'at', 'by', 'from', 'or', 'up']);
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:org|com|net|edu|gov|social|io|app|wiki)\/\S*/giu;
const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'], ['„', '“'], ['«', '»'], ['‹', '›'], ['「', '」'], ['『', '』'], ['"', '"'], ['‘', '’'], ["'", "'"],
];

export default defineRule({
  meta: {
    id: 'tone-unfriendly',
    category: 'tone/unfriendly',
    severity: 'error',
    description: 'Insults, contempt, mockery, swearing and slurs, such as “idiot”, “nobody cares” or “cry more”.',
    messages: {
      insult: '“{word}” insults people.',
      contempt: '“{word}” is dismissive and reads as contempt.',
      mocking: '“{word}” mocks the reader.',
      profanity: '“{word}” is swearing.',
      slur: 'This word is a slur.',
      emoji: 'The {word} emoji reads as an insult.',
    },
    explanation:
      'An official account speaks for the whole movement, and name-calling, swearing or mockery reads as snark even in a reply to someone rude. Say what you disagree with plainly and kindly, or let it go.',
    policy: citations.unfriendly,
    options: z.object({
      profanity: z.boolean().default(true).describe('Flag swearing and slurs (word list from the obscenity package).'),
      insults: z.boolean().default(true).describe('Flag name-calling such as “idiot”, “pathetic” or “clueless”.'),
      contempt: z.boolean().default(true).describe('Flag dismissive and mocking phrases such as “nobody cares” or “cry more”.'),
      emoji: z.boolean().default(true).describe('Flag 🤡, 🖕 and 🤬.'),
    }),
    profiles: ['official'],
    // A plain search for the lists' key words and the constructions, the emoji, and the folded profanity screen
    // (swearing hides in leetspeak, "sh1t", which no plain regex catches).
    trigger: () => ({
      test: (text: string) =>
        (LISTED_KEY_WORDS.test(text) && LISTED.test(text)) ||
        CONSTRUCTION_WORDS.test(text) ||
        EMOJI_TEST.test(text) ||
        mayContainProfanity(text),
    }),
  },
  *check({ text, options }) {
    const hits: Array<RuleHit<MessageId>> = [];
    let shieldedCache: Array<[number, number]> | undefined;
    const isShielded = (start: number, end: number) =>
      (shieldedCache ??= shieldedRanges(text)).some(([s, e]) => start >= s && end <= e);
    const excused = (start: number, end: number) =>
      isShielded(start, end) ||
      looksLikeTitle(text, start, end) ||
      isHandle(text, start) ||
      MENTION.test(text.slice(Math.max(0, start - 40), start));

    if (options.insults || options.contempt || options.profanity) {
      let exceptions: PhraseMatch[] | undefined;
      for (const m of LISTED.matchAll(text)) {
        const item = listed[m.index]!;
        if (item.source === 'insult' && !options.insults) continue;
        if (item.source === 'contempt' && !options.contempt) continue;
        if (item.source === 'mild' && !options.profanity) continue;
        if (hyphenated(text, m.start, m.end)) continue; // "get a life-changing", "non-idiot"
        if ((exceptions ??= EXCEPTIONS.matchAll(text)).some((x) => x.start <= m.start && x.end >= m.end)) continue;
        if (item.source === 'contempt' && item.entry.position !== 'anywhere') {
          if (!isCommand(text, m.start)) continue;
          if (item.entry.position === 'retort' && !RETORT_TAIL.test(text.slice(m.end))) continue;
        }
        if (excused(m.start, m.end)) continue;
        // "Learn to read before you comment": only "Learn to read" is underlined.
        const flagWords = item.source === 'contempt' ? item.entry.flagWords : undefined;
        const end = flagWords ? m.start + m.text.split(/(?<=\S)(?=\s)/).slice(0, flagWords).join('').length : m.end;
        const messageId: MessageId = item.source === 'mild' ? 'profanity' : item.source === 'insult' ? 'insult' : item.entry.kind;
        const suggest = item.source === 'contempt' ? undefined : item.entry.suggest;
        hits.push({
          start: m.start,
          end,
          messageId,
          data: { word: text.slice(m.start, end) },
          ...(suggest !== undefined ? { suggestions: [suggestion(m.text, suggest)] } : {}),
        });
      }
    }

    if (options.contempt && CONSTRUCTION_WORDS.test(text)) {
      const constructions = [
        [IMAGINE, 'mocking'],
        [TELL_ME, 'mocking'],
        [NOBODY_WANTS, 'contempt'],
        [HOW_MANY_TIMES, 'contempt'],
        [TOLD_YOU_TIMES, 'contempt'],
        [FOR_THE_NTH, 'contempt'],
        [LAUGH_AT, 'mocking'],
        [BUNCH_OF, 'insult'],
        [VERDICT, 'contempt'],
        [WHO_ASKED, 'contempt'],
        [YOU_ARE, 'insult'],
        [GENIUS, 'mocking'],
        [SLOWLY, 'mocking'],
      ] as const;
      for (const [re, messageId] of constructions) {
        for (const m of text.matchAll(re)) {
          // A captured group is the words to flag when the pattern also reads what stands around them.
          const word = m[1] ?? m[0];
          const start = m.index + m[0].lastIndexOf(word);
          const end = start + word.length;
          if (re === SLOWLY && !/^let/i.test(word) && !isCommand(text, start)) continue;
          if (!excused(start, end)) hits.push({ start, end, messageId, data: { word } });
        }
      }
    }

    if (options.profanity && mayContainProfanity(text)) {
      for (const m of profanityMatcher.getAllMatches(text, true)) {
        const word = dataset.getPayloadWithPhraseMetadata(m).phraseMetadata?.originalWord;
        if (!word) continue;
        let start = m.startIndex;
        let end = m.endIndex + 1;
        while (start > 0 && WORDISH.test(text[start - 1]!)) start--;
        while (end < text.length && WORDISH.test(text[end]!)) end++;
        const found = text.slice(start, end);
        if (NAME_LIKE.has(word) && /^\p{Lu}/u.test(found) && /\p{Ll}/u.test(found)) continue;
        if (word === 'bitch' && DOG_CONTEXT.test(text)) continue;
        if (excused(start, end)) continue;
        const slur = obscenityWords[word].use === 'slur';
        hits.push({
          start,
          end,
          messageId: slur ? 'slur' : 'profanity',
          ...(slur ? {} : { data: { word: found } }),
          // An intensifier ("f*cking great") can simply go.
          ...(!slur && /ing$/i.test(found) ? { suggestions: [{ replacement: '', label: `Remove “${found}”` }] } : {}),
        });
      }
    }

    if (options.emoji) {
      for (const m of text.matchAll(EMOJI)) {
        const start = m.index;
        const end = start + m[0].length;
        if (isShielded(start, end)) continue;
        hits.push({ start, end, messageId: 'emoji', data: { word: m[0] }, suggestions: [{ replacement: '', label: `Remove ${m[0]}` }] });
      }
    }

    yield* withoutOverlaps(hits);
  },
});

function suggestion(found: string, replacement: string) {
  if (replacement === '') return { replacement, label: `Remove “${found}”` };
  const cased = /^\p{Lu}/u.test(found) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
  return { replacement: cased, label: `Say “${cased}”` };
}

/** Keeps the longest of overlapping hits (a listed "dumbass" and the package's "ass"), left to right. */
function withoutOverlaps(hits: Array<RuleHit<MessageId>>): Array<RuleHit<MessageId>> {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Array<RuleHit<MessageId>> = [];
  for (const hit of sorted) {
    const last = kept[kept.length - 1];
    if (last && hit.start < last.end) {
      if (hit.end - hit.start > last.end - last.start) kept[kept.length - 1] = hit;
      continue;
    }
    kept.push(hit);
  }
  return kept;
}

/** Spans that quote something (a title, a name, someone's words) and URLs: matches inside them are not ours. */
export function shieldedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const m of text.matchAll(URL)) ranges.push([m.index, m.index + m[0].length]);
  for (const [open, close] of QUOTE_PAIRS) {
    let from = 0;
    for (;;) {
      const i = text.indexOf(open, from);
      if (i < 0) break;
      // A ‘ or ' opens a quote only at a word start, and ’ or ' closes it only at a word end: "don’t" and
      // "Wikipedia's" are apostrophes.
      const apostrophe = close === '’' || close === "'";
      if (apostrophe && ((i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1]!)) || !/\p{L}/u.test(text[i + 1] ?? ''))) {
        from = i + 1;
        continue;
      }
      let j = text.indexOf(close, i + 1);
      if (apostrophe) {
        while (j >= 0 && j + 1 < text.length && /[\p{L}\p{N}]/u.test(text[j + 1]!)) j = text.indexOf(close, j + 1);
      }
      if (j < 0) break;
      ranges.push([i, j + 1]);
      from = j + 1;
    }
  }
  return ranges;
}

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);

/**
 * A match in Title Case is part of a title or a name: "Nobody Cares" (a song), "Shut Up and Dance", "The
 * Idiot", "Damn Yankees", "Never Mind the Bollocks", "Clueless (film)". A lone capitalised word at the start of
 * a sentence ("Pathetic.") and ALL-CAPS shouting are not titles.
 */
function looksLikeTitle(text: string, start: number, end: number): boolean {
  const span = text.slice(start, end);
  const words = span.split(/\s+/);
  if (!/^\p{Lu}/u.test(span) || !/\p{Ll}/u.test(span)) return false;
  if (!words.every((w) => isCapitalised(w) || SMALL_TITLE_WORDS.has(w.toLowerCase()))) return false;
  if (words.filter(isCapitalised).length >= 2) return true;
  if (/^\s*\((?:film|novel|song|album|book|play|musical|TV series|series|band|game|video game|poem|painting)/.test(text.slice(end))) return true;
  return capitalisedNeighbour(text.slice(0, start), -1) || capitalisedNeighbour(text.slice(end), 1);
}

/** Whether the word next to a span (over small title words, and only across plain spaces) is capitalised. */
function capitalisedNeighbour(side: string, direction: -1 | 1): boolean {
  const tokens = direction < 0 ? side.split(/( +)/).reverse() : side.split(/( +)/);
  let first = true;
  for (const token of tokens) {
    if (token === '') continue;
    if (/^ +$/.test(token)) {
      first = false;
      continue;
    }
    // The span must be separated from its neighbour by a space, not punctuation ("Wow, Idiot").
    if (first) return false;
    if (!/^[\p{L}\p{M}'’-]+$/u.test(token)) return false;
    if (isCapitalised(token)) return true;
    if (!SMALL_TITLE_WORDS.has(token.toLowerCase())) return false;
  }
  return false;
}

/** "@clueless_cat" is an account name. */
function isHandle(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && /[\p{L}\p{N}_.]/u.test(text[i - 1]!)) i--;
  return text[i - 1] === '@';
}

function hyphenated(text: string, start: number, end: number): boolean {
  return (text[end] === '-' && /\p{L}/u.test(text[end + 1] ?? '')) || (text[start - 1] === '-' && /\p{L}/u.test(text[start - 2] ?? ''));
}

// Laughter and emoji end one clause and start the next: "… the most insufferable nerds on the planet lmao get a
// job", "LMAO at the guy … 😂😂 the audacity".
const EMOJI_ONLY = /^[\p{Extended_Pictographic}\u200d\ufe0f\u{1F3FB}-\u{1F3FF}]+$/u;
const LAUGHTER = /^(?:l+o+l+|lmf?a+o+|rofl|(?:ha){2,}h?|(?:he){2,}h?)$/;

/** Whether only handles, emoji, punctuation and lead-in words ("just", "lol", "you should") start the clause. */
function isCommand(text: string, start: number): boolean {
  let tokens = text.slice(0, start).split(/\s+/).filter(Boolean);
  const core = (token: string) => token.replace(/[^\p{L}'’]/gu, '').replace(/’/g, "'").toLowerCase();
  // A command may also start a new clause after laughter, a colon, a semicolon or a dash.
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (LAUGHTER.test(core(token)) || /[:;—–]$/.test(token) || /^[-—–]$/.test(token) || EMOJI_ONLY.test(token)) {
      tokens = tokens.slice(i + 1);
      break;
    }
  }
  if (tokens.length > 6) return false;
  return tokens.every((token) => {
    if (token.startsWith('@')) return true;
    const word = core(token);
    return word === '' || LEAD_WORDS.has(word);
  });
}
