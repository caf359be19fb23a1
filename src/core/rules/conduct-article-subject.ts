import { z } from '../zod.ts';
import { defineRule, type RuleHit } from '../define-rule.ts';
import { articleSubjectPhrases, type ArticleSubjectKind } from '../lexicons/en/article-subject-phrases.ts';
import { createPhraseMatcher, type PhraseMatch } from '../phrases.ts';
import { citations } from '../policy-citations.ts';
import { splitSentences } from '../segment.ts';
import { createSentenceMemo } from '../sentence-memo.ts';

// Word classes from the lexicon go into the constructions below as alternations; lists matched on their own use
// createPhraseMatcher. Only Latin, Greek and Cyrillic letters run into an English word, so "维基百科your page"
// still reads "your page".
const WORDY = String.raw`[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}\p{M}_]`;
const B = `(?<!${WORDY})`;
const E = `(?!${WORDY})`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// Alternatives of one kind from the lexicon, longest first so "wikipedia page" wins over "wikipedia"; any
// whitespace between words, either apostrophe.
const texts = (...kinds: ArticleSubjectKind[]) => articleSubjectPhrases.filter((e) => kinds.includes(e.kind)).map((e) => e.text);
const alt = (...kinds: ArticleSubjectKind[]) =>
  `${B}(?:${texts(...kinds)
    .sort((a, b) => b.length - a.length)
    .map((p) => p.split(/\s+/).map((w) => escape(w).replace(/['’]/g, "['’]")).join(String.raw`\s+`))
    .join('|')})${E}`;
const APOS = `['’]`;
const WORD = String.raw`[\p{L}\p{N}'’-]+`;
const NOUN = alt('page-noun');
const OWN = String.raw`(?:own\s+|current\s+|whole\s+|entire\s+|late\s+)?`;
// "your late father's page", "your band's article".
const WHOSE = String.raw`(?:${WORD}\s+)?${WORD}${APOS}s?\s+`;

// The article about the person being answered: "your page", "your band's article", "the article about you",
// "what Wikipedia says about you", "the edit that called you corrupt".
const PART = String.raw`(?:paragraph|section|line|sentence|part|bit|claim|photo|picture|image|description|info|information|details?|statement|wording|caption|quote|rumou?r|allegation|nickname|label|category|categories)s?`;
const REF_YOU = new RegExp(
  [
    String.raw`${B}(?:your|ur)\s+${OWN}${NOUN}`,
    String.raw`${NOUN}\s+(?:about|on)\s+(?:you${E}|your\s+${WORD})`,
    String.raw`${B}wikipedia\s+says\s+about\s+you${E}`,
    // Edits made for them are edits to their article: "your PR firm's edits were reverted".
    String.raw`${B}(?:your|ur)\s+(?:PR\s+(?:firm|team|agency|people)|team|management|manager|publicist|agent|agency|staff|label|campaign|office|assistant|people)${APOS}s?\s+(?:edits|changes)${E}`,
    String.raw`${B}(?:edits?|claims?|lines?|sentences?|sections?|paragraphs?|descriptions?)\s+that\s+(?:called|calls|describes?|described|said|says|lists|listed|named|names|labell?ed)\s+you${E}`,
  ].join('|'),
  'giu',
);
// Someone else's article as a fan complains about it ("her biography", "the page about them"), or a fact from the
// article ("your date of birth"): only read so in a post that answers someone.
const REF_ADDRESSED = new RegExp(
  [
    // "your favourite footballer's page" in a post to nobody is anyone's favourite.
    String.raw`${B}(?:your|ur)\s+${OWN}${WHOSE}${NOUN}`,
    // A part of the article about them: "that paragraph about your clinic", "the photo on your page".
    String.raw`${B}${PART}\s+(?:about|on|regarding|concerning)\s+(?:you|your\s+${WORD}|him|her|them|his\s+${WORD}|their\s+${WORD})${E}`,
    String.raw`${B}(?:his|her|their)\s+${OWN}${NOUN}`,
    String.raw`${NOUN}\s+(?:about|on)\s+(?:him|her|them)${E}`,
    String.raw`${B}(?:your|his|her|their)\s+${alt('detail')}`,
  ].join('|'),
  'giu',
);
// The lists matched on their own share one matcher, so a sentence is split into words once.
const STANDALONE_KINDS: ArticleSubjectKind[] = ['page-noun', 'promise', 'apology', 'ruling', 'complaint-verdict'];
const standalone = articleSubjectPhrases.filter((e) => STANDALONE_KINDS.includes(e.kind));
const STANDALONE = createPhraseMatcher(standalone.map((e) => e.text));
type Found = Record<ArticleSubjectKind, PhraseMatch[]>;
function findPhrases(sentence: string): Partial<Found> {
  const found: Partial<Found> = {};
  for (const m of STANDALONE.matchAll(sentence)) (found[standalone[m.index]!.kind] ??= []).push(m);
  return found;
}
// "Taylor Swift's Wikipedia page": up to three capitalised words and a possessive right before the noun.
const POSSESSOR = /(?<![\p{L}\p{N}_])((?:\p{Lu}[\p{L}\p{M}.-]*\s+){0,2}\p{Lu}[\p{L}\p{M}.-]*)['’]s?\s+$/u;
const NOT_A_PERSON = /wiki|^(?:today|yesterday|tomorrow|this|that|last|next|everyone|anyone|someone|nobody|our|your|the)$/iu;
// "the article", "that section": which article is unclear, so it only counts with other signs of a subject.
const WEAK_REF = new RegExp(String.raw`${B}(?:the|that|this)\s+(?:${WORD}\s+)?(?:${NOUN}|section|description)${E}`, 'iu');
const WEAK_REFS = new RegExp(WEAK_REF.source, 'giu');
// A section of a biography ("we'll have someone trim the bad-reviews section", "the 'Early life' section").
const SECTION_REF = new RegExp(
  String.raw`${B}(?:the|that|this|your|his|her|their)\s+(?:['‘"“][^'’"”]{1,30}['’"”]|(?:[\p{L}-]+\s+)?[\p{L}-]*(?:life|career|controvers(?:y|ies)|criticism|reception|reviews?|legacy|awards|discography|filmography|bibliography|background|allegations?|legal|scandals?|lawsuits?|arrests?|death|family|relationships?|health|politics|views|rumou?rs?))\s+(?:section|paragraph)${E}`,
  'iu',
);
// The person answered is a celebrity with fans ("your fans are right", "Hey Arijit fans").
const FANS = /(?<![\p{L}])(?:your|his|her|their|\p{Lu}[\p{L}]+)\s+(?:fans|fanbase|fandom|followers)(?![\p{L}])/u;

const SUBJECT = String.raw`${B}(?:we${APOS}(?:ll|ve|re|d)|we\s+will|we\s+have|we\s+are|we|i${APOS}(?:ll|ve)|i\s+will|let\s+us|let\s+me|our\s+(?:team|editors|volunteers|moderators))${E}` +
  // Someone acting for us, from now on: "someone from the team will fix", "the team is going to update".
  String.raw`|${B}(?:someone|somebody|(?:the|our)\s+team|an?\s+editor|one\s+of\s+(?:our|the)\s+(?:editors|volunteers|team))(?:\s+(?:from|on|in|at)\s+(?:the|our)\s+${WORD})?\s+(?:will|${APOS}ll|is\s+going\s+to)${E}`;
const EDIT_VERB = alt('edit-verb');
// "we'll fix", "we've reverted", "we'll have that section removed", "we'll ask the editors to change it".
const PROMISE = new RegExp(`(?:${SUBJECT})((?:\\s+${WORD}){0,5}?)\\s+(${EDIT_VERB})`, 'giu');
const RELAY = (who: string) =>
  new RegExp(
    `(?:${SUBJECT})((?:\\s+${WORD}){0,5}?)\\s+${alt('relay-verb')}(?:\\s+${WORD}){0,6}?\\s+(?:(?:the|our|an?|wikipedia|relevant)\\s+)*${who}`,
    'giu',
  );
// Handing something to Wikipedia's editors is about an article even when none is named; "the team" is not.
const RELAY_EDITORS = RELAY(alt('editors'));
const RELAY_HELPERS = RELAY(alt('helpers'));
// Subject left out: "Raising it with the editors right now", "Passing this on to the admins".
const RELAY_DROPPED = new RegExp(
  `^(?:just\\s+|now\\s+|already\\s+)?(?:raising|passing|flagging|forwarding|escalating|sending|reporting|alerting|pinging|notifying|looping\\s+in)\\s+(?:it|this|that|your\\s+${WORD})(?:\\s+${WORD}){0,4}?\\s+(?:(?:the|our|an?|wikipedia|relevant)\\s+)*(?:${alt('editors')}|${alt('helpers')})`,
  'iu',
);
// A note or request for the editors: "Leaving a note for the editors now."
const NOTE_FOR_EDITORS = new RegExp(`${B}(?:note|request|message|ticket)\\s+(?:for|to)\\s+(?:the\\s+)?${alt('editors')}`, 'iu');
// Someone on it, and a deadline for it: "Someone from the team is on it", "give us till the weekend".
const ON_IT = /(?<![\p{L}])(?:is|are|['’]s|['’]re)\s+(?:already\s+|now\s+|right\s+|all\s+)?on\s+(?:it|this|that|the\s+case)(?![\p{L}])|(?<![\p{L}])(?:someone|somebody|team|editors?|we)\s+(?:is|are|['’]s|['’]re)\s+(?:already\s+|now\s+|right\s+)?on\s+(?:your|his|her|their)\s|(?<![\p{L}])expect\s+(?:it|that|this|the\s+(?:article|page|section|entry))\s+to\s+(?:look|read|be|change)(?![\p{L}])|(?<![\p{L}])give\s+(?:us|them|the\s+editors)\s+(?:till|until|til|a\s+(?:few|couple)|some|a\s+day|a\s+week|\d+|one|two|24|48)(?![\p{L}])/iu;
// Participles of a change made: "your page has been fixed", "it'll be taken down", "the photo gets swapped".
const RESOLVED = String.raw`(?:fixed|reverted|removed|corrected|restored|deleted|taken\s+down|cleaned\s+up|protected|locked|sorted(?:\s+out)?|taken\s+care\s+of|undone|amended|rewritten|changed|updated|swapped|replaced)`;
const PASSIVE = new RegExp(
  String.raw`(?:${B}(?:has|have|had|will|is|are|should|got|gets|get|to|must)|${APOS}(?:s|ll|ve))(?:\s+(?:now|already|just|all|been|be|being|quickly|since|soon|shortly))*\s+${RESOLVED}${E}`,
  'giu',
);
// "was changed" describes the complaint, not a fix, unless "been" or "be" says it is done or will be.
const DESCRIBES = /^(?:is|are|'s|’s)\s+(?:changed|updated|edited|replaced)$/iu;
// Reporting what the article now says: "your Wikipedia page now lists the new book".
const NOW_SAYS = /^(?:\s+[\p{L}\p{N}'’-]+){0,3}?\s+(?:now\s+(?:lists|says|shows|includes|has|mentions|reads|reflects|displays|gives|uses|is\s+(?:up\s+to\s+date|correct|accurate|fixed|updated))|(?:will|['’]ll|should)\s+(?:now\s+|soon\s+|then\s+)?(?:show|list|say|include|mention|reflect|display|read|have|carry|use)|(?:is|are|should\s+be|will\s+be|should|will|['’]ll)\s+(?:now|finally|soon)\s+(?:be\s+)?(?:up\s+to\s+date|correct|accurate|fixed|updated|right|complete))(?![\p{L}])/iu;
// Subject left out: "Fixed your Wikipedia bio", "Updated his page 👍".
const DROPPED = new RegExp(`^(?:just\\s+|all\\s+)?${RESOLVED}${E}`, 'iu');
// The same in the progressive, acting on what the reply is about: "Removing it now, Senator.", "Fixing that today".
const DROPPED_ING = new RegExp(
  String.raw`^(?:just\s+|already\s+|now\s+)?(?:fixing|removing|reverting|correcting|updating|deleting|changing|restoring|replacing|swapping|rewriting|taking\s+down|cleaning\s+up|sorting\s+out)\s+(?:it|that|this|those|them|these)(?:\s+(?:now|today|right\s+now|asap|shortly|as\s+we\s+speak|for\s+you))*(?=\s*(?:[.!,;…—–]|$|\p{Extended_Pictographic}))`,
  'iu',
);
// A change under way, as a noun: "the chart positions on her article are getting a proper update".
const GETTING = new RegExp(
  String.raw`${B}(?:(?:is|are|${APOS}s|${APOS}re)\s+getting|gets|get|will\s+get|${APOS}ll\s+get)\s+(?:a|an|its|their|the)\s+(?:[\p{L}-]+\s+)?(?:update|fix|correction|refresh|clean-?up|rewrite|makeover|tidy-?up|edit)${E}`,
  'giu',
);
// "it won't be changed": refusing is ruling on the complaint too.
const REFUSAL = /(?<![\p{L}])(?:won['’]t|will\s+not|isn['’]t\s+going\s+to|is\s+not\s+going\s+to|can['’]t|cannot)\s+be\s+(?:changed|removed|deleted|edited|updated)(?![\p{L}])|(?<![\p{L}])(?:we|i)(?:['’]re|\s+are|['’]m|\s+am)?\s+(?:not|won['’]t|will\s+not|aren['’]t)\s+(?:going\s+to\s+|be\s+)?(?:delete|deleting|remove|removing|change|changing|take\s+down|taking\s+down|rewrite|rewriting|touch|touching)\s+(?:your|his|her|their|the|it|that|this|anything)(?![\p{L}])|(?<![\p{L}])(?:it|that|this|the\s+article|the\s+page)\s+(?:stays|will\s+stay)(?![\p{L}])|(?<![\p{L}])not\s+(?:something\s+|anything\s+)?(?:worth|in\s+need\s+of)\s+(?:changing|fixing|removing|editing|correcting|updating|deleting)(?![\p{L}])/iu;
// The person does it, or nobody does: "we'll help you fix", "we can't change", "let us know if…".
const NOT_OURS =
  /(?<![\p{L}])(?:you|u|anyone|everyone|people|not|never|cannot|can['’]t|don['’]t|doesn['’]t|won['’]t|didn['’]t|couldn['’]t|wouldn['’]t|shouldn['’]t|aren['’]t|unable|no\s+longer|how\s+to|know|if|whether)(?![\p{L}])/iu;
// What a change to the article acts on.
const OBJECT = new RegExp(
  String.raw`${B}(?:it|that|this|them|those|these|section|vandalism|edits?|errors?|mistakes?|claims?|lines?|paragraphs?|photos?|pictures?|images?|content|info|information|dates?|sentences?|parts?|details?|bits?|statements?|words?|spelling|name|typo|rumou?rs?|genre|year|description|${NOUN})${E}`,
  'iu',
);
const OWN_THING = /^(?:\s+\S+){0,3}?\s+(?:our|my)(?![\p{L}])/iu;
const INFORM_YOU = /^\s+(?:you|u)(?![\p{L}])/iu;

// An apology that stands alone and so refers to the complaint: "Sorry!", "So sorry about that.", "Sorry to hear that".
const BARE_APOLOGY =
  /^\s*(?:(?:for|about)\s+(?:that|this|it|all\s+(?:that|this)|what\s+happened|the\s+(?:[\p{L}-]+\s+)?(?:edits?|vandalism|changes?|errors?|mistakes?|content|trouble|confusion|hassle|inaccurac(?:y|ies)|experience|hometown|date|photo))|to\s+hear\s+(?:that|this|it))?\s*(?:[.!…,;:—–-]|$|\p{Extended_Pictographic})/iu;
// "Sorry you had to read that about yourself", "sorry this happened".
const SORRY_YOU = /^\s+(?:that\s+)?(?:(?:you|u|your\s+[\p{L}-]+)\s+(?:had\s+to\s+|have\s+had\s+to\s+)?(?:see|saw|seen|read|deal\s+with|dealt\s+with|go\s+through|went\s+through|been\s+through|find|found|discover|discovered|wake\s+up\s+to|woke\s+up\s+to)|(?:this|that|it)\s+happened)(?![\p{L}])/iu;
const NEGATED = /(?<![\p{L}])(?:but|can['’]t|cannot|don['’]t|won['’]t|unable|not)(?![\p{L}])/iu;
// "You're right to ask" praises the question rather than ruling on the complaint.
const RIGHT_TO = /^\s+to(?![\p{L}])/iu;
const ADVERB = String.raw`(?:a\s+bit|a\s+little|really|very|quite|so|pretty|totally|completely|clearly|definitely|rather|somewhat|kind\s+of|extremely|incredibly|deeply|obviously|still|now|far\s+too|way\s+too|too|entirely|perfectly|at\s+all)`;
const VERDICT_AFTER = new RegExp(
  [
    String.raw`^(?:\s+(?:on|about|in|of)\s+${WORD})?(?:\s+(?:really|definitely|clearly|truly|currently|now|still))?` +
      String.raw`(?:\s+(?:is|was|looks|seems|reads|sounds|has\s+been|feels|are|were|appears|seems\s+to\s+be|should\s+(?:now\s+)?be|will\s+(?:now\s+)?be)|['’]s)` +
      String.raw`(?:\s+${ADVERB})?\s+${alt('verdict')}`,
    String.raw`^(?:\s+(?:on|about|in|of)\s+${WORD})?\s+(?:isn['’]t|is\s+not|wasn['’]t|aren['’]t)(?:\s+${ADVERB})?\s+${alt('virtue')}`,
    // "Your Wikipedia page isn't going anywhere": a reassurance that rules on the deletion worry.
    String.raw`^\s+(?:isn['’]t|is\s+not|won['’]t\s+be|will\s+not\s+be|ain['’]t)\s+going\s+anywhere${E}`,
    String.raw`^(?:\s+(?:really|definitely|clearly|still|now))?\s+(?:has|contains)\s+(?:some\s+|a\s+few\s+|many\s+|lots\s+of\s+|several\s+|so\s+many\s+)?(?:errors|mistakes|inaccuracies|problems|issues|lies)${E}`,
    String.raw`^(?:\s+(?:really|definitely|clearly))?\s+(?:shouldn['’]t|should\s+not|should\s+never|doesn['’]t\s+need\s+to)\s+(?:call|say|describe|list|mention|include|claim|show|have|be)${E}`,
  ].join('|'),
  'iu',
);
// A description of the person that the reply judges: "calling your start-up 'defunct' … isn't fair", "the way
// the article describes you is harsh". Judging how the article describes someone is judging their complaint.
const DESCRIBING = new RegExp(
  String.raw`${B}(?:(?:calling|describing|labell?ing|listing|branding|portraying|painting|referring\s+to|naming)|(?:${NOUN}|it)\s+(?:calls|called|describes|described|labels|labell?ed|lists|listed|names|named|portrays|portrayed))\s+(?:you|u|your\s+${WORD}|him|her|them|his\s+${WORD}|their\s+${WORD})${E}`,
  'iu',
);
const DESCRIPTION_VERDICT = new RegExp(
  String.raw`${B}(?:(?:is|was|seems|looks|feels|sounds|${APOS}s)(?:\s+${ADVERB})?(?:\s+an?)?\s+${alt('verdict')}|(?:isn${APOS}t|is\s+not|wasn${APOS}t|was\s+not)(?:\s+${ADVERB})?\s+${alt('virtue')})`,
  'iu',
);
// "Your complaint about the 'Early life' section is fair": the words between say what the complaint is about.
const COMPLAINT_JUDGED = new RegExp(
  String.raw`${B}(?:your|the|this|that)\s+(?:complaint|concern|objection|criticism|request)s?((?:\s+\S+){0,6}?)\s+(?:is|are|was|seems|sounds)(?:\s+${ADVERB})?\s+(?:fair|valid|justified|legitimate|reasonable|understandable|warranted|unfounded|baseless|invalid|not\s+valid|not\s+fair)${E}`,
  'iu',
);
const ABOUT_ARTICLE = new RegExp(String.raw`${NOUN}|${B}(?:section|paragraph|description)${E}`, 'iu');
const VERDICT_BEFORE = new RegExp(`${alt('verdict')}(?:\\s+${WORD}){0,3}\\s*$`, 'iu');
const FAQ_LINK = /FAQ\/Article[_ ]subjects|FAQ\s+for\s+(?:article\s+)?subjects|article\s+subjects\s+FAQ/iu;
const MENTION = /(?<![\p{L}\p{N}_@.])@[\p{L}\p{N}_]/u;
const LEADING = /^(?:\s|@[\p{L}\p{N}_.-]+)*/u;

type Act = 'promise' | 'judgement' | 'apology';
const RANK: Record<Act, number> = { apology: 0, judgement: 1, promise: 2 };

interface Span {
  start: number;
  end: number;
}

interface Reading extends Span {
  /** The sentence names the person's article. */
  ref: boolean;
  weakRef: boolean;
  /** What the sentence does about a complaint, if anything. */
  act?: Act;
  /** The act refers to the article on its own ("we'll fix it", "sorry!"), so a mention elsewhere is enough. */
  standsAlone?: boolean;
  /** The sentence is evidence on its own that the reply is about a person's article. */
  subjectEvidence: boolean;
}

export default defineRule({
  meta: {
    id: 'conduct-article-subject',
    category: 'conduct/article-subject',
    severity: 'warning',
    description: 'Replies that promise to change, apologise for or judge the Wikipedia article about someone.',
    messages: {
      promise: 'This promises or reports a change to the article about them, but volunteer editors decide what articles say.',
      judgement: 'This takes sides on a complaint about the article about them.',
      apology: 'This apologises for what the article about them says.',
    },
    explanation:
      'Official accounts don’t evaluate or try to resolve complaints from article subjects or their fans: Wikipedia’s volunteer editors decide what articles say. Point them to the FAQ for article subjects instead.',
    policy: citations.articleSubjects,
    options: z.object({
      faqUrl: z
        .string()
        .min(1)
        .default('https://en.wikipedia.org/wiki/Wikipedia:FAQ/Article_subjects')
        .describe('The FAQ for article subjects that the suggestion links to (use your language’s edition).'),
    }),
    profiles: ['official'],
    // The article can be named in one sentence and the promise made in the next: "Sorry about your page! We'll fix it."
    scope: 'text',
    // Cheap gate: a person's article or one of its facts, their fans, a complaint, or Wikipedia's editors.
    trigger:
      /\b(?:your|ur|his|her|their)\s+(?:\S+\s+){0,2}?(?:wiki|page|article|bio|entry|profile|date|birth|year|hometown|nationality|discography|filmography|bibliography|middle|real|net|early|career|personal|controvers)|\babout\s+(?:you|him|her|them|your)\b|['’]s?\s+(?:wiki|page|article|bio|entry|profile)|\b(?:editors?|admins?|administrators?|wikipedians|oversight|fans|fanbase|fandom|followers|complaint)\b|\b(?:called|describes?|described|says|said|lists|listed|named|names|labell?ed)\s+you\b|\b(?:calling|describing|labell?ing|listing|branding|portraying|painting|calls|portrays|portrayed)\s+(?:you|your|him|her|them|his|their)\b|\b(?:the|that|this)\s+(?:\S+\s+)?(?:description|section|article|page|bio|biography|entry)\b|\byour\s+(?:\S+\s+)?\S+['’]s?\s+(?:edits|changes)\b/iu,
  },
  *check({ text, input, options }) {
    const addressed = input.reply === true || MENTION.test(text);
    const faqGiven = FAQ_LINK.test(text) || text.includes(options.faqUrl);
    const fans = addressed && FANS.test(text) && !/wiki/iu.test(FANS.exec(text)![0]);
    const readings = splitSentences(text)
      .filter((s) => s.text.trim() !== '')
      .map((s) => readCached(s.text, s.start, addressed, faqGiven));
    const aboutSubject = readings.some((r) => r.ref || r.subjectEvidence) || (fans && readings.some((r) => r.weakRef));
    if (!aboutSubject) return;

    const offending = readings.map(
      (r) => r.act !== undefined && (r.ref || r.subjectEvidence || (addressed && (r.standsAlone === true || r.weakRef))),
    );
    for (let i = 0; i < readings.length; i++) {
      if (!offending[i]) continue;
      // One finding for offending sentences next to each other (or with one sentence between).
      let j = i;
      let act = readings[i]!.act!;
      for (let k = i + 1; k < readings.length && k <= j + 2; k++) {
        if (!offending[k]) continue;
        j = k;
        if (RANK[readings[k]!.act!] > RANK[act]) act = readings[k]!.act!;
      }
      yield finding(readings[i]!.start, readings[j]!.end, act, options.faqUrl);
      i = j;
    }
  },
});

function finding(start: number, end: number, act: Act, faqUrl: string): RuleHit<Act> {
  return {
    start,
    end,
    messageId: act,
    suggestions: [
      {
        replacement: `Wikipedia’s volunteer editors decide what articles say. The FAQ for article subjects explains how to raise a concern: ${faqUrl}`,
        label: 'Point to the FAQ for article subjects',
      },
    ],
  };
}

// The rule sees the whole post on every keystroke, but a keystroke changes one sentence: the others' readings are
// remembered (a reading depends only on the sentence, whether the post answers someone, and whether it links the FAQ).
const readings = createSentenceMemo<Reading>(256);
function readCached(sentence: string, offset: number, addressed: boolean, faqGiven: boolean): Reading {
  const key = `${addressed ? 1 : 0}${faqGiven ? 1 : 0}${sentence}`;
  const reading = readings(key, () => read(sentence, 0, addressed, faqGiven));
  return { ...reading, start: reading.start + offset, end: reading.end + offset };
}

/** What one sentence says: whether it names the person's article, and what it does about a complaint. */
function read(sentence: string, offset: number, addressed: boolean, faqGiven: boolean): Reading {
  const lead = LEADING.exec(sentence)![0].length;
  const trimmedEnd = sentence.trimEnd().length;
  const found = findPhrases(sentence);
  const refs = findRefs(sentence, addressed, found['page-noun'] ?? []);
  const weakRef = addressed && WEAK_REF.test(sentence);
  const reading: Reading = {
    start: offset + lead,
    end: offset + Math.max(lead + 1, trimmedEnd),
    ref: refs.length > 0,
    weakRef,
    subjectEvidence: false,
  };
  const set = (act: Act, standsAlone: boolean, subjectEvidence = false) => {
    reading.act = act;
    reading.standsAlone = standsAlone;
    reading.subjectEvidence = subjectEvidence;
    return reading;
  };

  // Handing it to Wikipedia's editors: about an article whether or not one is named.
  if (addressed && (someValid(sentence, RELAY_EDITORS) || NOTE_FOR_EDITORS.test(sentence))) return set('promise', true, true);
  if (addressed && RELAY_DROPPED.test(sentence.slice(lead))) return set('promise', true, true);
  // A promise to change a section is about an article even when no article is named.
  if (findPromise(sentence, refs, found.promise !== undefined)) return set('promise', true, addressed && SECTION_REF.test(sentence));

  const ruling = (found.ruling ?? []).some((m) => !RIGHT_TO.test(sentence.slice(m.end))) || REFUSAL.test(sentence);
  const judged = COMPLAINT_JUDGED.exec(sentence);
  const complaintVerdict = found['complaint-verdict'] !== undefined || (judged !== null && (refs.length > 0 || ABOUT_ARTICLE.test(judged[1]!)));
  const described = addressed ? DESCRIBING.exec(sentence) : null;
  const descriptionVerdict = described !== null && DESCRIPTION_VERDICT.test(sentence.slice(described.index + described[0].length));
  const verdict =
    descriptionVerdict ||
    refs.some((r) => VERDICT_AFTER.test(sentence.slice(r.end)) || VERDICT_BEFORE.test(sentence.slice(Math.max(0, r.start - 40), r.start))) ||
    (weakRef && weakVerdict(sentence));
  if (ruling || complaintVerdict || verdict) {
    // Judging "the article" or the complaint itself shows the reply is about someone's article.
    return set('judgement', ruling || complaintVerdict, addressed && (complaintVerdict || descriptionVerdict || (weakRef && verdict)));
  }
  // Saying sorry while pointing to the FAQ is the answer the guideline asks for.
  if (!faqGiven) {
    for (const m of found.apology ?? []) {
      const tail = sentence.slice(m.end);
      const refAfter = refs.find((r) => r.start >= m.start);
      if (refAfter && !NEGATED.test(sentence.slice(m.start, refAfter.start))) return set('apology', false);
      if (BARE_APOLOGY.test(tail) || SORRY_YOU.test(tail)) return set('apology', true);
    }
  }
  return reading;
}

function weakVerdict(sentence: string): boolean {
  for (const m of sentence.matchAll(WEAK_REFS)) {
    if (VERDICT_AFTER.test(sentence.slice(m.index + m[0].length))) return true;
  }
  return false;
}

function findRefs(sentence: string, addressed: boolean, nouns: PhraseMatch[]): Span[] {
  const refs: Span[] = [];
  for (const m of sentence.matchAll(REF_YOU)) refs.push({ start: m.index, end: m.index + m[0].length });
  // Someone else's article only counts when answering someone: "Read her biography" in a post is just sharing.
  if (!addressed) return refs;
  for (const m of sentence.matchAll(REF_ADDRESSED)) refs.push({ start: m.index, end: m.index + m[0].length });
  for (const m of nouns) {
    const owner = POSSESSOR.exec(sentence.slice(Math.max(0, m.start - 60), m.start));
    if (owner && !owner[1]!.split(/\s+/).some((w) => NOT_A_PERSON.test(w))) {
      refs.push({ start: m.start - owner[0].length, end: m.end });
    }
  }
  return refs;
}

function someValid(sentence: string, pattern: RegExp): boolean {
  for (const m of sentence.matchAll(pattern)) if (!NOT_OURS.test(m[1] ?? '')) return true;
  return false;
}

/** A promise or report of a change to an article: something of ours acts on it, or on "it"/"that section". */
function findPromise(sentence: string, refs: Span[], standingPromise: boolean): boolean {
  const lead = LEADING.exec(sentence)![0].length;
  if (DROPPED.test(sentence.slice(lead)) && refs.length > 0) return true;
  if (DROPPED_ING.test(sentence.slice(lead))) return true;
  for (const m of sentence.matchAll(GETTING)) {
    if (refs.some((r) => r.start < m.index) || OBJECT.test(sentence.slice(0, m.index).split(/\s+/).slice(-6).join(' '))) return true;
  }
  for (const m of sentence.matchAll(PROMISE)) {
    const gap = m[1] ?? '';
    if (NOT_OURS.test(gap)) continue;
    const verbEnd = m.index + m[0].length;
    const after = sentence.slice(verbEnd, verbEnd + 80);
    if (OWN_THING.test(after) || INFORM_YOU.test(after)) continue;
    const window = `${gap} ${m[2]} ${after.split(/\s+/).slice(0, 8).join(' ')}`;
    if (OBJECT.test(window) || refs.some((r) => r.start < verbEnd + 80 && r.end > m.index)) return true;
  }
  if (refs.length > 0 && someValid(sentence, RELAY_HELPERS)) return true;
  for (const m of sentence.matchAll(PASSIVE)) {
    if (DESCRIBES.test(m[0].trim())) continue;
    const before = sentence.slice(0, m.index);
    if (refs.some((r) => r.start < m.index) || OBJECT.test(before.split(/\s+/).slice(-6).join(' '))) return true;
  }
  if (refs.some((r) => NOW_SAYS.test(sentence.slice(r.end)))) return true;
  return standingPromise || ON_IT.test(sentence);
}
