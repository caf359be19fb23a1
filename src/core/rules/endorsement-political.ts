import { z } from '../zod.ts';
import { anyOf, defineRule, type RuleHit } from '../define-rule.ts';
import { notCandidates } from '../lexicons/en/not-candidates.ts';
import { politicalCalls } from '../lexicons/en/political-calls.ts';
import { politicalParties } from '../lexicons/en/political-parties.ts';
import { politicians } from '../lexicons/en/politicians.ts';
import { matchSpans, parseSegment, type View } from '../nlp.ts';
import { createPhraseMatcher, type PhraseMatch, type PhraseMatcher } from '../phrases.ts';
import { citations } from '../policy-citations.ts';
import { splitSentences } from '../segment.ts';
import { createSentenceMemo } from '../sentence-memo.ts';
import type { Vocabulary } from '../vocabulary.ts';

/*
 * Endorsing or opposing a candidate or party, found as constructions around a political target:
 *   - calls to vote with a name ("vote for Jane Smith", "re-elect Maria", "send Ana to parliament");
 *   - a target with a stance before it ("we stand with", "down with", "would you trust") or a judgement after it
 *     ("is our only hope", "must go", "has earned a second term", "doesn't care about libraries");
 *   - calls that carry the election on their own ("vote him out", "give them another term", "coblos nomor 1",
 *     "remember that in the booth") and campaign hashtags (#VoteX, #NieWiederCDU, #TeamX, #X2026);
 *   - across sentences: a remark about a party followed by "Time for them to go", "Neither would we", "/s".
 * The rule sees the whole post for those; each sentence's own analysis is remembered, so a keystroke only
 * re-reads the sentence it changed.
 */

// A word starts here. Only Latin letters count as a word before it, so "请Vote for ..." still matches.
const W = String.raw`(?<![\p{Script=Latin}\p{N}_'’-])`;
const NAME_WORD = String.raw`\p{Lu}[\p{Script=Latin}\p{M}'’-]*`;
const PARTICLE = String.raw`(?:de|da|do|dos|das|van|von|der|den|del|la|le|bin|binti|al|el)`;
const TITLE = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Prof|Sen|Gov|Rep|Shri|Smt|Hon)\.?\s+)`;
// Sticky and case-sensitive: a name is a run of up to four capitalised words.
const NAME = new RegExp(`${TITLE}?${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){0,3}`, 'uy');
const NAME_GLOBAL = new RegExp(`(?<![\\p{L}\\p{N}#@])${TITLE}?${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){0,3}`, 'gu');
const excluded = new Set(notCandidates.map((e) => e.text));
// Lower-case words that start most "vote for ..." phrases without naming anyone.
const NOT_A_NAME = new Set([
  ...excluded,
  'a', 'an', 'this', 'that', 'these', 'those', 'my', 'his', 'her', 'their', 'its', 'me', 'us', 'them', 'him', 'it',
  'what', 'who', 'whom', 'which', 'whoever', 'whatever', 'change', 'free', 'every', 'each', 'all', 'any', 'one',
  'two', 'three', 'more', 'less', 'new', 'best', 'first', 'next', 'last', 'and', 'or', 'in', 'on', 'at', 'by',
  'for', 'to', 'with', 'as', 'is', 'if', 'so', 'not', 'whom', 'someone', 'anyone', 'everyone', 'nobody', 'people',
]);

// "vote for X", "don't vote for X", "re-elect X", "cast your vote for X", "we're voting X".
const CALL = new RegExp(
  String.raw`${W}(?:(don['’]t|do\s+not|never(?:\s+ever)?)\s+)?(vote\s+for|vote\s+against|re-?elect|elect|vot[ae]\s+(?:por|em)|vote[nm]\s+(?:por|em)|votez(?:\s+pour)?|vota|votem|voten|wählt|wähle|wählen\s+sie|głosuj\s+na|pilih|coblos|vote|cast\s+(?:your|a|our)\s+(?:vote|ballot)\s+for|give\s+(?:your|our)\s+vote\s+to|(?:we|i)(?:['’]ll|\s+will|\s+are|['’]re|\s+am|['’]m)?\s+(?:be\s+)?(?:voting|voted)(?:\s+for)?)\s+(?:(the)\s+)?`,
  'giu',
);
// "Send Ana Ruiz to parliament", "Make Maria our next mayor", "Help Jane Smith win", "Keep Lopez in office".
const HELP_CALL = /(?<![\p{Script=Latin}\p{N}_'’-])(send|make|help|keep)\s+/giu;
const HELP_AFTER: Record<string, RegExp> = {
  send: /^\s+(?:back\s+)?to\s+(?:parliament|congress|westminster|city\s+hall|the\s+(?:senate|assembly|house|statehouse|state\s+house|lok\s+sabha|bundestag|sejm|white\s+house|national\s+assembly|(?:\p{Lu}[\p{L}]*\s+){1,4}(?:House|Assembly|Senate|Parliament|Council)))/iu,
  make: /^\s+(?:our|the)\s+(?:next\s+|new\s+)?(?:president|prime\s+minister|mayor|governor|senator|chancellor|MP|premier)\b/iu,
  help: /^\s+win\b(?!\s+(?:a|the|this|our)\s+(?:prize|award|contest|competition|trophy))/iu,
  keep: /^\s+(?:in\s+(?:office|power|charge|government)|as\s+(?:our\s+)?(?:president|prime\s+minister|mayor|governor|senator|chancellor))/iu,
};

const OFFICE = String.raw`(?:president|vice[- ]president|prime\s+minister|PM|mayor|governor|senator|senate|congress|parliament|chancellor|MP|MLA|MEP|city\s+council|council|chief\s+minister|CM|lok\s+sabha|assembly|office|re-?election)`;
// "<Name> for Mayor", "<Name> for the Lagos State House of Assembly": a campaign slogan. The office must end the
// phrase, so "Smith for council work" is not one.
const FOR_OFFICE = new RegExp(
  String.raw`^\s+for\s+(?:the\s+)?(?:\p{Lu}[\p{L}]*\s+(?:of\s+)?){0,4}${OFFICE}(?=\s*(?:$|[.!?,;:)\]—–#]|\p{Extended_Pictographic}|in\s|of\s|20\d\d))`,
  'iu',
);
// After any capitalised name, a judgement that names the office itself: "Rina Hartono is exactly who Jakarta needs
// as governor", "Maria Lopez would make a great mayor".
const OFFICE_JUDGE_AFTER = new RegExp(
  String.raw`^\s+(?:is|are|would\s+be|will\s+be|would\s+make|will\s+make|makes?)\s+(?:(?:exactly|just|simply|clearly|truly|really|definitely)\s+)?(?:(?:who|what|the\s+(?:candidate|leader|person|one|change|voice))\s+[^.!?]{0,40}?\s+(?:needs?|deserves?)\s+(?:as|for)\s+(?:the\s+|our\s+|its\s+|their\s+|next\s+)*${OFFICE}|(?:a|an|the|our)\s+(?:great|fantastic|excellent|brilliant|wonderful|terrible|awful|disastrous|dangerous|best|worst)\s+${OFFICE})(?![\p{L}])`,
  'iu',
);
// Before any capitalised name: "We endorse Jane Smith", "Our pick for mayor: Jane Smith".
const ANY_NAME_BEFORE = new RegExp(
  String.raw`(?:${W}endors(?:e|es|ed|ing)|${W}(?:our|my|the\s+obvious|the\s+clear)\s+(?:pick|choice|candidate|endorsement)\s+for\s+(?:the\s+)?(?:next\s+)?${OFFICE}\s*(?::|is))\s+$`,
  'iu',
);
// After any capitalised name, with a supporting verb before it: "Proud to support Jane Smith's campaign".
const CAMPAIGN_AFTER = new RegExp(String.raw`^['’]s\s+(?:campaign|candidacy|re-?election\s+(?:bid|campaign)|bid\s+for\s+(?:the\s+)?${OFFICE})(?![\p{L}])`, 'iu');
const CAMPAIGN_BEFORE = /(?:support(?:ing)?|back(?:ing)?|join(?:ing)?|donat(?:e|ing)\s+to|chip\s+in\s+(?:to|for)|volunteer(?:ing)?\s+(?:for|with)|canvass(?:ing)?\s+for)\s+$/iu;
// "Senator Mark Ellison", "Councillor Thabo Mokoena": a politician by title.
const TITLED_POLITICIAN = new RegExp(
  String.raw`(?<![\p{L}])(?:Senator|Sen\.|Governor|Gov\.|Mayor|President|Vice\s+President|Prime\s+Minister|Minister|Rep\.|Representative|Congressman|Congresswoman|Chancellor|Chief\s+Minister|Councillor|Councilor|Councilman|Councilwoman|Assemblyman|Assemblywoman|Assemblymember|Premier|MP)\s+${NAME_WORD}(?:\s+${NAME_WORD}){0,2}`,
  'gu',
);
// "the Progressive Alliance", "the Freedom Party", "the Social Democrats": a party the lists don't know.
const PARTY_LIKE =
  /(?<![\p{L}])(?!The\s)(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:Party|Union|Alliance|Front|Coalition|Democrats|Republicans|Greens|Conservatives|Socialists|Liberals|League|Bloc)(?![\p{L}])/gu;
// Capitalised words that make such a phrase something else: the European Union, a launch party, the Ivy League.
const NOT_A_PARTY =
  /\b(?:European|African|Soviet|Students?|Credit|Trade|Postal|Rugby|Football|Wiki\w*|Telecommunication|Liberties|Customs|Mobile|Birthday|Launch|Release|Edit|Dinner|Tea|Christmas|Pizza|Block|Search|Interstellar|Rebel|Galactic|International|Internet|Open|Free\s+Software|Cold|Warm|Western|Eastern|Ivy|Premier|Champions|Justice|Little|Major|Arab|Hanseatic|Europa|Nations|Super|Cricket|Chess|Hockey|Tennis|Netball|Debating|Garden|Savings|Railway|Writers|Library)\b/u;
// Office-holders named by their office: only the plainest ouster and attack constructions use these.
const OFFICE_HOLDER =
  /(?<![\p{L}])(?:the|this|our|their|that)\s+(?:current\s+|ruling\s+|outgoing\s+|sitting\s+|incumbent\s+|whole\s+|entire\s+)?(?:government|ruling\s+(?:party|coalition)|incumbents?|president|prime\s+minister|chancellor|governor|mayor|senator|minister|regime|administration|party\s+in\s+power|people\s+in\s+power)(?![\p{L}])/giu;

const HAS_OFFICE_HOLDER = new RegExp(OFFICE_HOLDER.source, 'iu');

// Sentences about movement contests and votes, where "vote for her" means a photo, an entry or a trustee.
const CONTEST = /wiki\s*loves|#wl[mea]|\bwl[mea]\b|photo|picture|contest|award|competition|entry|entries|jury|board|trustee|steward|arbcom|committee|prize|challenge|wishlist|survey|finalist|shortlist|favou?rite|for\s+best\b/i;
// Words that make a contest sentence political after all ("Vote for Jane Smith for mayor, says the Wikipedia editor").
const POLITICAL_WORD =
  /\b(?:mayor|governor|senat\w*|congress\w*|parliament\w*|president\w*|prime\s+minister|chancellor|MP|party|parties|government|minister|constituency|governorship|municipal|presidential|general\s+election|by-election|(?:city|county|town|municipal|district|state)\s+council|council(?:l)?or)\b/i;

// Said right before a target: the speaker takes their side...
const SUPPORT_BEFORE = new RegExp(
  String.raw`${W}(?:(?:(?:we|i|let['’]s|let\s+us|everyone|all\s+of\s+us|you|please|time\s+to|it['’]s\s+time\s+to)\s+(?:(?:proudly|fully|strongly|all|are|['’]re|am|['’]m|will|['’]ll|must|should|do|still|always|wholeheartedly|enthusiastically|happily|officially|now|continue\s+to|be|so|totally)\s+)*)?(?:stand(?:ing)?\s+(?:with|behind|by)|endorse|endorsing|back(?:ing)?|support(?:ing)?|are\s+with|['’]re\s+with|am\s+with|['’]m\s+with|rall(?:y|ying)\s+(?:behind|around)|vot(?:e|ing)\s+for|root(?:ing)?\s+for|cheer(?:ing)?\s+(?:for|on)|campaign(?:ing)?\s+for|canvass(?:ing)?\s+for|volunteer(?:ing)?\s+for|(?:donate|donating|chip\s+in)\s+(?:to|for)|congratulations\s+to|congrats\s+to|congratulate|here['’]s\s+to|(?:our|my)\s+vote\s+goes\s+to|(?:our|my)\s+(?:pick|choice|candidate|endorsement)(?:\s+for\s+[\p{L}\s]{1,30}?)?\s*(?::|\s+is)|say\s+yes\s+to|(?:what\s+an?|huge|great|massive|well-deserved|deserved|fantastic|brilliant)\s+(?:win|victory|night|result)\s+for|(?:so\s+)?(?:happy|thrilled|delighted|glad)\s+for|(?:it['’]s\s+)?time\s+for(?:\s+an?)?|three\s+cheers\s+for|long\s+live|viva)|(?:we|i)\s+(?:(?:really|absolutely|truly|just|all|so|still)\s+)*(?:love|adore|admire|believe\s+in|trust|(?:are|['’]re|am|['’]m)\s+(?:so\s+)?proud\s+of|need))\s+(?:the\s+)?$|(?:^|[.!?]\s*)go\s+(?:the\s+)?$|${W}(?:only|one\s+(?:real|true)|real|true|best)\s+(?:friend|ally|champion|hope|choice|option|candidate|bet)\b[^.!?]{0,60}?(?::\s*|,?\s+(?:and\s+)?(?:it['’]s|that['’]s|it\s+is|is|are)\s+)(?:the\s+)?$`,
  'iu',
);
// ...or against them.
const OPPOSE_BEFORE = new RegExp(
  String.raw`${W}(?:down\s+with|defeat|dump|ditch|oust|sack|impeach|unseat|topple|bring\s+down|retire|(?:don['’]t\s+)?waste\s+(?:your|a)\s+vote\s+on|(?:the\s+)?(?:corrupt|incompetent|shameful|disastrous|useless|clueless|hopeless|dangerous|authoritarian|lying|rotten|crooked|pathetic|disgraceful)|kick\s+out|throw\s+out|vote\s+out|boot\s+out|get\s+rid\s+of|say\s+no\s+to|no\s+more|never\s+again|anyone\s+but|shame\s+on|enough\s+of|stop|(?:we|i)\s+(?:(?:really|absolutely|truly|just|all|so|still|will|['’]ll|would)\s+)*(?:can['’]t\s+stand|cannot\s+stand|hate|despise|oppose|distrust|don['’]t\s+trust|do\s+not\s+trust|never\s+(?:support|back|trust|vote\s+for))|(?:(?:would|could|can|should|will)\s+(?:you|anyone|we|they)|who\s+(?:would|could|can|will))\s+(?:really\s+|ever\s+|honestly\s+|seriously\s+|still\s+)?trust|never\s+trust|don['’]t\s+trust|do\s+not\s+trust|don['’]t\s+let|do\s+not\s+let|never\s+let)\s+(?:the\s+)?$`,
  'iu',
);

// "Let's not hand PiS the keys again", "Give Labour the reins": handing power over, or refusing to.
const HANDOVER_BEFORE = /(?<![\p{Script=Latin}])(?:((?:don['’]t|do\s+not|let['’]s\s+not|never|not)\s+(?:ever\s+)?)?(?:hand|give)|hand\s+over\s+(?:the\s+)?(?:keys|country|reins)\s+to)\s+(?:the\s+)?$/iu;
const HANDOVER_AFTER = /^\s+(?:the\s+keys|the\s+reins|power|control|the\s+country|(?:another|a\s+second)\s+(?:term|go|mandate)|(?:your|our)\s+(?:vote|votes|support|cross|tick))(?![\p{L}])/iu;
// Other verbs that put a target in power or keep it out: "keep the AfD out of government", "put Labour in charge".
const PLACING: ReadonlyArray<[RegExp, RegExp, 'support' | 'oppose']> = [
  [/(?<![\p{Script=Latin}])keep\s+(?:the\s+)?$/iu, /^\s+(?:out|away)(?:\s+(?:of|from)\s+(?:power|office|government|parliament|the\s+\p{L}+))?(?![\p{L}])/iu, 'oppose'],
  [/(?<![\p{Script=Latin}])put\s+(?:the\s+)?$/iu, /^\s+(?:back\s+)?(?:in|into)\s+(?:charge|power|office|government)(?![\p{L}])/iu, 'support'],
  [/(?<![\p{Script=Latin}])bring\s+(?:back\s+)?(?:the\s+)?$/iu, /^(?:\s+back)?(?=\s*(?:$|[.!,]|\p{Extended_Pictographic}))/iu, 'support'],
];
const HANDOVER = String.raw`(?:hand|give)\s+(?:them|him|her)\s+(?:the\s+keys|the\s+reins|power|control|the\s+country)(?![\p{L}])`;

// Said right after a target: praise or attack. A copula with an evaluation, or a telling verb phrase.
const COPULA = String.raw`(?:['’]s|['’]re|\s+(?:is|are|was|were|has\s+been|have\s+been|remains?|will\s+be|would\s+be|seems?(?:\s+to\s+be)?|looks?\s+like|became|becomes?))\s+`;
const INTENSIFIERS = String.raw`(?:(?:simply|clearly|truly|really|so|just|totally|utterly|absolutely|completely|frankly|honestly|literally|still|always|now|once\s+again|again|by\s+far|easily|nothing\s+but|officially|quite|very|the\s+most|a\s+total|an\s+absolute|an\s+utter|a\s+complete|a\s+real|a\s+national|a\s+bunch\s+of|a\s+pack\s+of|a\s+gang\s+of)\s+)*`;
const PRAISE = String.raw`(?:the\s+(?:best|right|clear|obvious|only|smart|natural)\s+(?:choice|option|hope|bet|candidate|party|pick|answer|one|leader|person|voice)(?!\s+(?:ever\s+)?to\s|\s+(?:that|who)\s+(?:has|have|had|was|were|is)\s+(?:ever\s+)?(?:won|been|held|ruled|governed|served|lost|formed|led|elected|re-?elected|in\s+power))|our\s+(?:only\s+|best\s+|last\s+|one\s+)?(?:hope|future|choice|champion|candidate|pick|bet|voice|friend|ally)|the\s+future|exactly\s+(?:who|what)|what\s+[\p{L}\s]{1,30}?\s+needs|(?:on\s+)?our\s+side|on\s+the\s+right\s+side|the\s+(?:change|leader|candidate|party|president|mayor|governor|voice|champion)\s+(?:[\p{L}]+\s+){1,3}(?:needs?|deserves?)|(?:a|the)\s+(?:true|real|great|genuine|only|one)\s+(?:friend|ally|champion|hero|leader)|the\s+(?:friend|ally|champion)\s+of|the\s+model|the\s+answer|amazing|brilliant|fantastic|incredible|inspiring|visionary|heroes|a\s+hero|wonderful|outstanding|exceptional|doing\s+(?:a\s+|such\s+a\s+)?(?:great|fantastic|amazing|brilliant|wonderful|terrible|awful|lousy)\s+(?:job|work))`;
const ATTACK = String.raw`(?:a\s+(?:disgrace|disaster|joke|threat|danger|menace|embarrassment|failure|catastrophe|nightmare|fraud|liar|clown|crook|laughing\s*stock|shame)|an\s+(?:embarrassment|insult|enemy|outrage|abomination|absolute\s+\p{L}+)|disgraceful|corrupt|liars|criminals|crooks|clowns|frauds|dinosaurs|dangerous|useless|hopeless|clueless|incompetent|pathetic|shameful|unfit|authoritarian|fascists?|racists?|traitors|hypocrites|idiots|terrible|awful|evil|rotten|the\s+(?:worst|enemy|problem)|enem(?:y|ies)\s+of|(?:hostile|a\s+threat|a\s+danger)\s+to(?:\s+(?:free|open|public)\s+\p{L}+|\s+\p{L}+)?|against\s+(?:free|open)\s+knowledge|destroying|ruining|killing|lying|betraying|wrecking|gutting|failing|selling\s+out|robbing|bad\s+for)`;
const TELLING_VERB = String.raw`(?:\s+(?:has|have)\s+(?:(?:completely|utterly|totally|repeatedly|consistently|always|once\s+again|again|only\s+ever|ever)\s+)*(?:failed|ruined|betrayed|destroyed|gutted|wrecked|abandoned|sold\s+(?:us\s+)?out|lied|let\s+[\p{L}]+\s+down|done\s+nothing)|\s+(?:doesn['’]t|don['’]t|does\s+not|do\s+not|never)\s+(?:really\s+|even\s+)?(?:care|give\s+a)|\s+(?:can['’]t|cannot|can\s+not|won['’]t)\s+be\s+trusted|\s+(?:gets?|got)\s+it(?![\p{L}])|\s+(?:will|would|is\s+going\s+to|are\s+going\s+to)\s+(?:save|fix|destroy|ruin|wreck|kill|gut|sell\s+out|rescue|transform)|['’]ll\s+(?:save|fix|destroy|ruin|wreck)|\s+(?:must|has\s+to|have\s+to|needs?\s+to|should|ought\s+to)\s+(?:go|resign|step\s+down|be\s+(?:stopped|defeated|removed|voted\s+out|kicked\s+out|thrown\s+out|held\s+accountable|ashamed|re-?elected|beaten|ousted))|\s+(?:must|deserves?\s+to)\s+(?:win|lose)|\s+(?:has|have)\s+had\s+(?:long\s+enough|enough\s+time|(?:their|its|his|her)\s+(?:chance|turn|time)|\S+\s+years)|\s+(?:deserves?|(?:has|have)\s+earned|earned)\s+(?:(?:your|our|every)\s+(?:vote|support|trust)|(?:another|a\s+second|a\s+third|a\s+fresh|a\s+new|four\s+more|five\s+more)\s+(?:term|mandate|chance))|\s+(?:has|have|gets?)\s+(?:our|my)\s+(?:full\s+|total\s+|complete\s+|unwavering\s+|wholehearted\s+)?(?:support|vote|backing|endorsement)|\s+(?:won|wins|has\s+won|did\s+it)\s*(?:!|\p{Extended_Pictographic})|\s+20\d\d!|['’]s\s+(?:war|attack|assault|crusade)\s+on|['’]s\s+(?:disastrous|failed|failing|corrupt|shameful|disgraceful|brilliant|visionary|inspiring|terrible|awful|pathetic|dangerous|incompetent)\s+\p{L}+|\s+(?:lies|lied|keeps?\s+lying)\s+(?:about|to|again)|\s+(?:must|should)\s+never\s+(?:again\s+)?(?:govern|win|return|hold\s+office|be\s+(?:elected|allowed))|\s+(?:all\s+the\s+way|for\s+the\s+win)(?![\p{L}]))`;
// "the PiS government is hostile", "the BJP leadership has failed": the target's people or government.
const HEAD = String.raw`(?:\s+(?:government|administration|party|coalition|leadership|candidates?|ministers?|MPs|politicians|lawmakers|leaders?|campaign))?`;
const JUDGE_AFTER = new RegExp(
  String.raw`^${HEAD}(?:${COPULA}${INTENSIFIERS}(?:${PRAISE}|${ATTACK})(?![\p{L}-])|${TELLING_VERB}|['’]s\s+(?:the\s+)?(?:best|only\s+hope|future)|${COPULA}(?:the|our|a)\s+(?:best|greatest|worst|most\s+(?:corrupt|incompetent|dangerous|inspiring|hostile))\s+(?:president|prime\s+minister|mayor|governor|chancellor|leader|government|minister|senator|party)(?![\p{L}]))`,
  'iu',
);
// "the Freedom Party wants to 'fix' Wikipedia": scare quotes around what a target plans mock it.
const MOCKED_PLAN = /^\s+(?:wants?|plans?|promises?|vows?|is\s+going|are\s+going|hopes?)\s+to\s+['‘"“][\p{L}\s-]{1,30}['’"”]/iu;
// What office-holders named by their office can have said after them.
const OUSTER_AFTER =
  /^\s+(?:(?:must|has\s+to|have\s+to|needs?\s+to|should|ought\s+to)\s+(?:go|resign|step\s+down|be\s+(?:voted|kicked|thrown)\s+out)|(?:has|have)\s+had\s+(?:long\s+enough|(?:their|its|his|her)\s+(?:chance|turn))|(?:is|are)\s+(?:a\s+(?:disgrace|joke|disaster|national\s+embarrassment)|clowns|crooks)|(?:doesn['’]t|don['’]t)\s+deserve\s+(?:another|a\s+second)\s+term)/iu;
const OUSTER_BEFORE =
  /(?<![\p{Script=Latin}])(?:vote\s+out|kick\s+out|throw\s+out|get\s+rid\s+of|down\s+with|time\s+to\s+(?:dump|oust|replace|vote\s+out|get\s+rid\s+of)|(?:don['’]t|never)\s+re-?elect)\s+$/iu;

// Calls that carry the election in their own words ("vote him out", "give them another term").
const ELECTORAL_CALL = new RegExp(
  String.raw`${W}(?:(?:(?:don['’]t|do\s+not|never)\s+)?(?:vot(?:e|ing)\s+(?:for|against)|re-?elect|elect)\s+(?:her|him|them)(?![\p{L}])|(?:(?:don['’]t|do\s+not|never)\s+)?re-?elect\s+(?:these|those|this|that)\s+[\p{L}'’-]+|vote\s+(?:her|him|them|(?:these|those|this|the|that|all|every)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+out(?![\p{L}])|vote\s+out\s+(?:the|this|these|those|every|all)\s+[\p{L}'’-]+|give\s+(?:him|her|them)\s+(?:your|our|a)\s+vote|(?:give|hand|grant)\s+(?:him|her|them|\p{Lu}[\p{L}'’-]+)\s+(?:(?:another|a\s+second|a\s+third|a\s+fresh)\s+(?:term|mandate)|(?:another\s+)?(?:four|five|six|\d)\s+(?:more\s+)?years)|(?:deserves?\s+to|should|must|needs?\s+to)(?:\s+(?:not|never))?\s+be\s+re-?elected|(?:shouldn['’]t|mustn['’]t|doesn['’]t\s+deserve\s+to)\s+be\s+re-?elected|(?:should|will|must|ought\s+to|deserves?\s+to)\s+cost\s+(?:them|him|her|it)\s+(?:every|the|their|his|her|its|our|your)\s+(?:single\s+)?(?:votes?|election|seats?|majority)|(?:lost|loses|lose)\s+(?:our|my|every)\s+(?:single\s+)?vote|got\s+(?:our|my)\s+vote|(?:get|gets|getting|earn|earns|earning|win|wins|winning)\s+(?:our|my)\s+(?:vote|votes|cross|tick|ballot)|(?:deserves?|(?:has|have)\s+earned|earned)\s+(?:another|a\s+second|a\s+third|a\s+fresh)\s+(?:term|mandate)|four\s+more\s+years(?!\s+(?:of|at|in|for)\s)|(?:has|have)\s+(?:earned\s+)?(?:your|our)\s+vote|deserves?\s+(?:your|our)\s+vote)`,
  'giu',
);
// "vote number 2", "coblos nomor 1": the ballot number of a candidate.
const VOTE_NUMBER = new RegExp(
  String.raw`${W}(?:vote|coblos|pilih|choose|pick|tick|mark|select|punch)\s+(?:for\s+)?(?:number|nomor(?:\s+urut)?|nomer|no\.?|nr\.?|#)\s*\d{1,2}(?!\d)`,
  'giu',
);
// "Let's send her back to the Senate", "keep them in office", "make him our next mayor": a pronoun put into an office.
const PRONOUN_OFFICE = new RegExp(
  String.raw`${W}(?:send\s+(?:her|him|them)\s+(?:back\s+)?to\s+(?:parliament|congress|westminster|city\s+hall|the\s+(?:senate|assembly|house|statehouse|state\s+house|lok\s+sabha|bundestag|sejm|white\s+house|national\s+assembly|council|(?:\p{Lu}[\p{L}]*\s+){1,4}(?:House|Assembly|Senate|Parliament|Council)))|(?:keep|put)\s+(?:her|him|them)\s+(?:back\s+)?in\s+(?:office|power|charge|city\s+hall)|make\s+(?:her|him|them)\s+(?:our|the)\s+next\s+(?:president|prime\s+minister|mayor|governor|senator|chancellor|MP|premier))(?![\p{L}])`,
  'giu',
);
// "Whoever wins on Sunday, it cannot be Ramos", "for us it's Lyon Ensemble, no hesitation": a choice among
// candidates stated outright. Needs a capitalised name; the sentence, or the one before it, must be about a vote.
const CHOICE_IS = new RegExp(
  String.raw`${W}(?:(?:it|that|the\s+answer|the\s+winner)\s+(?:(can['’]t|cannot|can\s+not|must\s+not|mustn['’]t|shouldn['’]t|should\s+not|won['’]t)|has\s+to|must|needs\s+to|should)\s+be|(?:for|to)\s+(?:us|me),?\s+(?:it['’]s|it\s+is)|(?:our|my)\s+(?:vote|ballot|cross)\s+(?:goes\s+to|is\s+for))\s+(?:the\s+)?(?=\p{Lu})`,
  'giu',
);
const CHOICE_CONTEXT = /\b(?:wins?|winning|vot\w*|elect\w*|ballot|polls?|polling|race|candidates?|list|slate|ticket)\b|🗳/i;
// "Cairo deserves better than that on polling day": a verdict on a party carried to the vote.
const BETTER_AT_VOTE = new RegExp(
  String.raw`${W}deserves?\s+better(?:\s+than\s+(?:that|this|them|him|her|this\s+lot|these\s+people))?\s+(?:on|at|in|come|this)\s+(?:polling\s+day|election\s+day|voting\s+day|the\s+(?:polls|ballot\s+box|election|elections|booth)|(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|November)(?=[^.!?]*\b(?:vot|elect|poll)))`,
  'giu',
);
// "CDU, SPD, Greens, we don't mind. But not the AfD.": a clause that rules one party out.
const RULED_OUT_BEFORE = /(?:^|[.!?;:,—–]\s*)(?:but\s+not|just\s+not|anyone\s+but|anything\s+but|never(?:\s+again)?|not\s+again|except(?:\s+for)?)\s+(?:the\s+)?$/iu;
const RULED_OUT_AFTER = /^(?:\s*(?:[.!;]|$|\p{Extended_Pictographic})|,\s*(?:ever|never|not\s+ever|no\s+way)\b)/u;
// "That's a leader this community can get behind", "a party worth voting for": praise for a candidate,
// said after (or in the same breath as) a political sentence.
const WORTH_BACKING = new RegExp(
  String.raw`${W}(?:an?|the)\s+(?:leader|candidate|party|mayor|governor|president|senator|representative|list|slate|government|prime\s+minister)\s+(?:(?:that|who)\s+)?(?:(?:this|our|the)\s+[\p{L}]+|we|you|everyone|people|voters)\s+(?:can|could|should|will)\s+(?:all\s+)?(?:get\s+behind|rally\s+(?:behind|around)|believe\s+in|trust|vote\s+for|back|support)|(?:an?|the)\s+(?:leader|candidate|party|list|slate)\s+worth\s+(?:voting\s+for|backing|supporting|electing)`,
  'giu',
);
// "the Frente Aberta slate is the only one in the council race with an open-data plan": one contender above the rest.
// A record is a fact, not a pick: "the ANC is the only party to have won every election", "… that has governed".
const ONLY_ONE = new RegExp(
  String.raw`${W}(?:is|are|['’]s|['’]re)\s+the\s+only\s+(?:(party|candidate|list|slate|ticket)|one(?=\s+(?:in\s+the\s+(?:[\p{L}-]+\s+){0,2}(?:race|election|contest)|on\s+the\s+ballot|running|standing)))(?:\s+(?:in\s+the\s+(?:[\p{L}-]+\s+){0,2}(?:race|election|contest)|on\s+the\s+ballot|running|standing))?\s+(?:with|that|who)(?![\p{L}])(?!\s+(?:has|have|had|was|were|is)\s+(?:ever\s+)?(?:won|been|held|ruled|governed|served|lost|formed|led|elected|re-?elected|in\s+power))`,
  'giu',
);
// "Remember which party blocked Twitter", "remember who promised a library in every kelurahan": carried to the vote.
const REMEMBER_WHO = /(?<![\p{Script=Latin}])(?:remember|don['’]t\s+forget|never\s+forget)\s+(?:which\s+(?:party|candidate|pair|list|slate|ticket|government|minister|politicians?)|who)\s+(?:promised|voted|blocked|banned|cut|closed|shut|fought|stood|delivered|kept|broke|lied)\b/giu;
// "Remember that when you're standing in the booth", "Think about that on 2 June": a remark to carry to the vote.
const REMINDER = new RegExp(
  String.raw`${W}(?:remember|think\s+(?:about|of)|keep|bear|don['’]t\s+forget|do\s+not\s+forget|never\s+forget)\s+(?:that|this|it|them|these\s+[\p{L}]+|those\s+[\p{L}]+)(?:\s+in\s+mind)?(?=\s+(?:when|at|in|on|before|come|as|next|this)\s)`,
  'giu',
);
const REMINDER_AT_VOTE =
  /^[^.!?\n:,;]{0,60}?(?:vot(?:e|es|ed|ing)|ballots?(?:\s+box)?|(?:voting\s+)?booth|polls|polling\s+(?:station|booth|day)|election(?:\s+day)?|November)(?![\p{L}])/iu;
const REMINDER_ON_DATE =
  /^\s+(?:on|this|next|come)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+|\p{Lu}\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)/u;
// A remark that only makes sense as a verdict on what was just said about a party ("Neither would we").
const LOADED_TAIL = new RegExp(
  String.raw`${W}(?:(?:that|this|which)\s+tells\s+you\s+(?:everything|all)(?:\s+you\s+need\s+to\s+know)?|(?:neither|nor)\s+would\s+we|just\s+sayin(?:g|['’])|think\s+about\s+it|let\s+that\s+sink\s+in|draw\s+your\s+own\s+conclusions?|you\s+know\s+what\s+to\s+do|enough\s+said|need\s+we\s+say\s+more|make\s+of\s+that\s+what\s+you\s+will|choose\s+wisely|vote\s+wisely|act\s+accordingly|do\s+the\s+maths?)(?![\p{L}])(?!\s*:)`,
  'giu',
);
// Ousters and backing said with a pronoun: they need a political sentence before them ("Time for them to go").
const PRONOUN_STANCE = new RegExp(
  String.raw`${W}(?:((?:don['’]t|do\s+not|let['’]s\s+not|never|not)\s+(?:ever\s+)?${HANDOVER}|time\s+for\s+(?:them|him|her|this\s+lot)\s+to\s+(?:go|leave|step\s+aside|pack\s+(?:up|their\s+bags))|(?:they|he|she)\s+(?:must|have\s+to|has\s+to|need\s+to|needs\s+to|should|ought\s+to)\s+(?:go|resign|step\s+down|be\s+voted\s+out)|(?:they|he|she)(?:['’]ve|\s+have|['’]s|\s+has)\s+had\s+(?:long\s+enough|(?:their|his|her)\s+(?:chance|turn|time))|give\s+someone\s+else\s+a\s+(?:chance|turn|go|try)|show\s+(?:them|him|her)\s+the\s+door|send\s+(?:them|him|her)\s+packing|(?:throw|kick|boot|turf|vote)\s+(?:them|him|her|the\s+lot\s+of\s+them)\s+out|get\s+rid\s+of\s+(?:them|him|her)|(?:they|he|she)(?:['’]ve|\s+have|['’]s|\s+has)\s+(?:(?:completely|utterly|totally|repeatedly|already)\s+)?(?:failed|ruined|betrayed|destroyed|gutted|wrecked|abandoned)\s+(?:us|our|every|the|this|public)|(?:they|he|she)\s+(?:can['’]t|cannot)\s+be\s+trusted)|(${HANDOVER}|(?:they|he|she)\s+(?:has|have)\s+(?:our|my)\s+(?:full\s+|total\s+|complete\s+|unwavering\s+|wholehearted\s+)?(?:support|backing|endorsement)|finally\s+(?:someone|somebody|a\s+(?:government|president|leader|party|prime\s+minister|mayor))\s+(?:who|that)\s+(?:gets|understands)\s+(?:it|us)))(?![\p{L}])`,
  'giu',
);
// Words that make a sentence political enough for a pronoun stance next to it.
const ELECTORAL_WORD =
  /\b(?:vot\w*|ballot\w*|elect\w*|polls?|polling|campaign\w*|candidat\w*|term|government|ruling|incumbent\w*|parliament\w*|party|parties|mandate|in\s+power|in\s+office)\b|🗳/iu;
const SARCASM =
  /(?:^|\s)\/s(?![\p{L}\p{N}])|#(?:not|sarcasm)(?![\p{L}])|🙄|🙃|nothing\s+says\s+.{1,60}?\s+like|what\s+could\s+(?:possibly\s+)?go\s+wrong|because\s+(?:they|he|she)(?:['’]ve|\s+have|['’]s|\s+has)\s+done\s+such\s+a\s+(?:great|good|wonderful|fantastic|brilliant)\s+job/iu;

// #VoteSmith, and the Spanish and Portuguese #VotaSmith.
const VOTE_HASHTAG = /(?<![\p{L}\p{N}_])#(?:vote|vota|elect|reelect|re-elect|elige|elija)([\p{L}\p{N}_]+)/giu;
const HASHTAG = /(?<![\p{L}\p{N}_])#([\p{L}\p{M}\p{N}_]{3,})/gu;
// #SmithForMayor, #RuizPresidente: any name running for an office.
const FOR_OFFICE_HASHTAG =
  /^[\p{L}\p{M}]+?(?:(?:For|4)(?:President|Mayor|Governor|Senate|Senator|Congress|PM|PrimeMinister|Chancellor|Parliament|Council|MP|CM)|Presidente|Presidenta|Prefeito|Prefeita|Governador|Gobernador|Gobernadora|Alcalde|Alcaldesa|Senador|Senadora|Presiden)(?:20\d\d)?$/u;
// "@WanjikuForGovernor": a campaign account is a candidate.
const CAMPAIGN_HANDLE = /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_]{3,}/gu;
// What follows "#Vote" in civic, non-partisan hashtags: #VoteEarly, #VoteByMail, #Vote2026.
const CIVIC_VOTE = /^(?:for)?(?:now|today|early|ready|safe|bymail|informed|local|yes|no|here|online|smart|responsibly|wisely|the|your|our|\d+)$/;
// Hashtag words around a target: #NieWiederCDU, #ToriesOut, #TeamLula, #Lula2026.
const TAG_OPPOSE_PREFIX = /^(?:no|noto|never|neveragain|niewieder|nie|nunca|nuncamais|fora|fuera|stop|dump|ditch|oust|anyonebut|notmy|bye|byebye|sack|impeach|defeat|reject|kick|boot|down\s?with)$/;
const TAG_OPPOSE_SUFFIX = /^(?:out|raus|mustgo|mustfall|mustresign|resign|nunca|nomore|never|neveragain|fora|out20\d\d)$/;
const TAG_SUPPORT_PREFIX = /^(?:team|istandwith|standwith|imwith|iamwith|wearewith|westandwith|yesto|yes|go|viva|back|support|choose|allin|allinfor|forward|votefor|vote|vota|elect|reelect|ivote|wevote|ivotefor|wevotefor)$/;
const TAG_SUPPORT_SUFFIX = /^(?:20\d\d|4\p{L}+|for\p{L}+|now|alltheway|again|forever|wins?|towin|ftw|presidente|presidenta)$/u;

// One matcher for every built-in list (a sentence is split into words once); entries that are parties or
// politicians only as written ("Labour", "PAN", "Trump") are checked for their case afterwards.
interface Listed {
  text: string;
  exactCase: boolean;
  call: boolean;
}
const listedEntries: Listed[] = [
  ...politicalParties.map((p) => ({ text: p.text, exactCase: p.exactCase === true, call: false })),
  ...politicians.map((p) => ({ text: p.text, exactCase: true, call: false })),
  ...politicalCalls.map((c) => ({ text: c.text, exactCase: false, call: true })),
];
const listedMatcher = createPhraseMatcher(listedEntries.map((e) => e.text));
const asTyped = (s: string) => s.replace(/\s+/g, ' ').replace(/’/g, "'");
const asWritten = listedEntries.map((e) => asTyped(e.text));
function builtIn(text: string): { names: PhraseMatch[]; calls: PhraseMatch[] } {
  const names: PhraseMatch[] = [];
  const calls: PhraseMatch[] = [];
  for (const m of listedMatcher.matchAll(text)) {
    const entry = listedEntries[m.index]!;
    if (entry.exactCase && asTyped(m.text) !== asWritten[m.index]) continue;
    (entry.call ? calls : names).push(m);
  }
  return { names, calls };
}
const anyBuiltInName = { test: (text: string) => builtIn(text).names.length > 0 };

// Listed names as they appear inside a hashtag: no spaces or punctuation, any case ("#niewiedercdu").
const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const squashedNames = new Set([...politicians.map((p) => squash(p.text)), ...politicalParties.map((p) => squash(p.text))]);

type MessageId =
  | 'voteFor' | 'voteAgainst' | 'elect' | 'support' | 'oppose' | 'judge' | 'mock' | 'hashtag' | 'call' | 'ballot'
  | 'remarkAgainst' | 'remarkFor' | 'sideAgainst' | 'sideFor';

const neutralVoting = (capital: boolean) => ({
  replacement: capital ? 'Learn about the candidates' : 'learn about the candidates',
  label: 'Encourage voting without naming anyone',
});

// Cheap tests that a sentence has the words a construction needs, before its heavier pattern runs.
const GATE = {
  call: /vot|elect|wähl|głosuj|pilih|coblos/i,
  help: /(?:[Ss]end|[Hh]elp|[Mm]ake|[Kk]eep)\s+\p{Lu}/u,
  officeHolder: /government|ruling|incumbent|president|minister|chancellor|governor|mayor|senator|regime|administration|in\s+power/i,
  office: /president|minister|\bPM\b|mayor|governor|senat|congress|parliament|chancellor|\bM[PL]A?\b|MEP|council|\bCM\b|sabha|assembly|office|election/i,
  electoral: /vot|elect|term|mandate|years|number|nomor|nomer|no\.|nr\.|#\s*\d|our\s+(?:cross|tick|ballot)|my\s+(?:cross|tick|ballot)/i,
  reminder: /remember|think|keep|bear|forget/i,
  loaded: /tells|would\s+we|sayin|think|sink|conclusion|know\s+what|said|say\s+more|make\s+of|wisely|accordingly|math/i,
  anyName: /endors|campaign|candidacy|re-?election|(?:pick|choice|candidate)\s+for/i,
  pronoun: /\b(?:them|him|her|they|he|she|someone|somebody|finally|lot)\b/i,
  pronounOffice: /send|keep|put|make/i,
  choice: /\b(?:be|it['’]s|it\s+is|goes\s+to|is\s+for)\s+(?:the\s+)?\p{Lu}/u,
  ruledOut: /\b(?:not|but|never|again|except)\s/i,
  backing: /behind|around|believe|trust|vote|back|support|worth/i,
  rememberWho: /remember|forget/i,
};

interface Env {
  vocabulary: Vocabulary;
  extraNames: readonly string[];
  extra: PhraseMatcher | undefined;
}

/** A remark that takes a side only next to a political sentence; the post decides. */
interface Cue {
  start: number;
  end: number;
  phrase: string;
  kind: 'against' | 'for' | 'mock' | 'ballot';
  /** 'named': a named party or politician must be near; 'political': any political sentence will do. */
  needs: 'named' | 'political' | 'nothing';
}

interface SentenceFindings {
  hits: Array<RuleHit<MessageId>>;
  /** Named parties and politicians, for cues in this and the neighbouring sentences. */
  targets: PhraseMatch[];
  political: boolean;
  contest: boolean;
  cues: Cue[];
}

export default defineRule({
  meta: {
    id: 'endorsement-political',
    category: 'endorsement/political',
    severity: 'error',
    description: 'Endorsing or opposing a candidate or party: calls to vote, “we back X”, “X must go”, campaign hashtags.',
    messages: {
      voteFor: 'This asks people to vote for {name}.',
      voteAgainst: 'This asks people to vote against {name}.',
      elect: 'This asks people to elect {name}.',
      support: 'This takes the side of {name}.',
      oppose: 'This campaigns against {name}.',
      judge: 'This praises or attacks {name}, which reads as taking a political side.',
      mock: 'This mocks {name}, which reads as taking a political side.',
      hashtag: '{tag} is a campaign hashtag.',
      call: '“{phrase}” tells people how to vote.',
      ballot: '“{phrase}” asks people to carry a remark about a party or candidate to the vote.',
      remarkAgainst: '“{phrase}”, said about {name}, takes a side against them.',
      remarkFor: '“{phrase}”, said about {name}, takes their side.',
      sideAgainst: '“{phrase}” campaigns against a party or candidate.',
      sideFor: '“{phrase}” takes the side of a party or candidate.',
    },
    explanation:
      'Official accounts stay neutral and never endorse or oppose candidates or parties. Encourage people to vote and to read about the election instead, without naming anyone.',
    policy: citations.politicalCandidates,
    options: z.object({
      names: z.array(z.string().min(1)).default([]).describe('Extra candidate or party names to flag even in lower case.'),
    }),
    profiles: ['official'],
    scope: 'text',
    trigger: (vocabulary) =>
      anyOf(
        /vot|elect|#|back|support|endorse|stand|ballot|polls|booth|\bfor\s|party|union|alliance|front|coalition|democrats|republicans|greens|conservatives|socialists|liberals|league|bloc|senator|governor|mayor|minister|president|chancellor|councillor|councilor|government|choice|congrat|trust|term\b|coblos|nomor|number|years|friend|ally|champion|our\s+(?:cross|tick)|keys|reins|power|maths?\b|campaign|candida|polling|deserves?\s+better|remember|forget|get\s+behind|worth\s+voting|the\s+only\s|it\s+(?:can['’]?t|cannot|must|has\s+to|won['’]t|shouldn['’]t)\s+be\s|(?:send|keep|put|make)\s+(?:her|him|them)\s/i,
        /(?:[Ss]end|[Hh]elp|[Mm]ake|[Kk]eep)\s+\p{Lu}/u,
        anyBuiltInName,
        vocabulary.parties,
        vocabulary.candidates,
      ),
  },
  *check({ text, options, vocabulary }) {
    const env = environment(vocabulary, options.names);
    const memo = memoFor(vocabulary, options.names);
    const segments = splitSentences(text);
    const found = segments.map((segment) => memo(segment.text, () => analyseSentence(segment.text, env)));

    const starts = segments.map((s) => s.start);
    const hits: Array<RuleHit<MessageId>> = [];
    for (let i = 0; i < segments.length; i++) {
      for (const hit of found[i]!.hits) hits.push({ ...hit, start: hit.start + starts[i]!, end: hit.end + starts[i]! });
    }
    const local = hits.length;
    for (let i = 0; i < segments.length; i++) {
      for (const cue of found[i]!.cues) {
        const hit = resolveCue(cue, found, i, starts);
        if (hit && !hits.some((h) => hit.start < h.end && hit.end > h.start)) hits.push(hit);
      }
    }
    if (hits.length > local) hits.sort((a, b) => a.start - b.start);
    yield* hits;
  },
});

/** The hit a cue gives in its post, or nothing when no sentence near it is political. */
function resolveCue(cue: Cue, found: readonly SentenceFindings[], i: number, starts: readonly number[]): RuleHit<MessageId> | undefined {
  const here = found[i]!;
  const before = found[i - 1];
  const after = found[i + 1];
  // A remark about a photo or a board candidate ("Amina's photo is stunning. She has our support") stays quiet.
  if (here.contest || before?.contest) return undefined;
  const at = (j: number, m: PhraseMatch) => ({ start: m.start + starts[j]!, end: m.end + starts[j]!, text: m.text });
  // A name two sentences back still counts: "Milei wants to gut CONICET. We want science. Do the maths."
  const earlier = found[i - 2];
  const named =
    here.targets.filter((t) => t.end <= cue.start).map((t) => at(i, t)).at(-1) ??
    (before?.targets.length ? at(i - 1, before.targets.at(-1)!) : undefined) ??
    (earlier?.targets.length && !before?.contest ? at(i - 2, earlier.targets.at(-1)!) : undefined);

  if (cue.kind === 'mock') {
    // The mocked target may come just after the marker too ("🙄 The Freedom Party strikes again").
    const target = named ?? (here.targets[0] ? at(i, here.targets[0]) : after?.targets[0] ? at(i + 1, after.targets[0]) : undefined);
    return target && { start: target.start, end: target.end, messageId: 'mock', data: { name: target.text } };
  }
  const political = here.political || before?.political === true;
  if (cue.needs === 'named' ? !named : cue.needs === 'political' && !(named || political)) return undefined;
  const start = cue.start + starts[i]!;
  const end = cue.end + starts[i]!;
  if (cue.kind === 'ballot') return { start, end, messageId: 'ballot', data: { phrase: cue.phrase } };
  if (!named) return { start, end, messageId: cue.kind === 'for' ? 'sideFor' : 'sideAgainst', data: { phrase: cue.phrase } };
  return { start, end, messageId: cue.kind === 'for' ? 'remarkFor' : 'remarkAgainst', data: { phrase: cue.phrase, name: named.text } };
}

const environments = new WeakMap<Vocabulary, Map<string, Env>>();
const memos = new WeakMap<Vocabulary, Map<string, SentenceMemo>>();
type SentenceMemo = ReturnType<typeof createSentenceMemo<SentenceFindings>>;

function environment(vocabulary: Vocabulary, names: readonly string[]): Env {
  const key = names.join('\u0000');
  let byNames = environments.get(vocabulary);
  if (!byNames) environments.set(vocabulary, (byNames = new Map()));
  let env = byNames.get(key);
  if (!env) {
    const extraNames = names.map((n) => n.toLowerCase());
    env = { vocabulary, extraNames, extra: extraNames.length ? createPhraseMatcher(extraNames) : undefined };
    byNames.set(key, env);
  }
  return env;
}

/** Each sentence's findings, remembered per vocabulary and options: a keystroke changes one sentence. */
function memoFor(vocabulary: Vocabulary, names: readonly string[]): SentenceMemo {
  const key = names.join('\u0000');
  let byNames = memos.get(vocabulary);
  if (!byNames) memos.set(vocabulary, (byNames = new Map()));
  let memo = byNames.get(key);
  if (!memo) byNames.set(key, (memo = createSentenceMemo<SentenceFindings>(400)));
  return memo;
}

function analyseSentence(text: string, env: Env): SentenceFindings {
  const { vocabulary, extraNames } = env;
  const hits: Array<RuleHit<MessageId>> = [];
  const cues: Cue[] = [];
  const overlaps = (start: number, end: number) => hits.some((h) => start < h.end && end > h.start);
  const emit = (hit: RuleHit<MessageId>) => {
    const trimmed = trimStart(text, hit);
    if (!overlaps(trimmed.start, trimmed.end)) hits.push(trimmed);
  };
  const contest = CONTEST.test(text);
  const movementVote = contest && !POLITICAL_WORD.test(text);
  let view: View | undefined;
  const nlp = () => (view ??= parseSegment(text));

  const builtIns = builtIn(text);
  const listed = politicalTargets(text, env, builtIns.names);
  for (const call of GATE.call.test(text) ? text.matchAll(CALL) : []) {
    const verb = call[2]!.toLowerCase().replace(/\s+/g, ' ');
    const after = call.index + call[0].length;
    // "Wählt die Grünen", "vote the Greens": a listed party or politician, article and all.
    const target = listed.find((t) => t.start === after);
    const name = target ? { end: target.end, text: target.text, lowerCase: false } : nameAt(text, after, call[3] !== undefined, extraNames, nlp);
    if (!name || movementVote) continue;
    if (!/for$|elect$/.test(verb) && name.lowerCase) continue; // "vote smith" is too rare to risk "vote early" style misses
    const negated = call[1] !== undefined;
    // "Vote the Tories out": against them.
    const out = verb === 'vote' ? /^\s+out(?![\p{L}])/iu.exec(text.slice(name.end)) : null;
    const messageId: MessageId =
      verb === 'vote against' || negated || out ? 'voteAgainst' : verb.endsWith('elect') ? 'elect' : 'voteFor';
    emit({
      start: call.index,
      end: name.end + (out?.[0].length ?? 0),
      messageId,
      data: { name: name.text },
      suggestions: [neutralVoting(/^\p{Lu}/u.test(text[call.index]!))],
    });
  }

  for (const m of GATE.help.test(text) ? text.matchAll(HELP_CALL) : []) {
    const after = m.index + m[0].length;
    const name = nameAt(text, after, true, extraNames, nlp);
    if (!name || (contest && m[1]!.toLowerCase() === 'help')) continue;
    const office = HELP_AFTER[m[1]!.toLowerCase()]!.exec(text.slice(name.end));
    if (office) emit({ start: m.index, end: name.end + office[0].length, messageId: 'support', data: { name: name.text } });
  }

  const targets: PhraseMatch[] = [];
  for (const target of listed) {
    const after = text.slice(target.end, target.end + 80);
    const judged = JUDGE_AFTER.exec(after);
    // "support Labour Day events", "Trump Tower": the name is part of a longer proper noun.
    if (/^\s+\p{Lu}\p{Ll}/u.test(after) && !judged) continue;
    targets.push(target);
    const ruledOut = RULED_OUT_BEFORE.exec(text.slice(Math.max(0, target.start - 30), target.start));
    if (ruledOut && RULED_OUT_AFTER.test(text.slice(target.end))) {
      const phrase = /^[\s.!?;:,—–]*/u.exec(ruledOut[0])![0].length;
      emit({ start: target.start - ruledOut[0].length + phrase, end: target.end, messageId: 'oppose', data: { name: target.text } });
      continue;
    }
    const handover = HANDOVER_BEFORE.exec(text.slice(Math.max(0, target.start - 40), target.start));
    const handed = handover && HANDOVER_AFTER.exec(after);
    if (handover && handed) {
      const messageId = handover[1] ? 'oppose' : 'support';
      emit({ start: target.start - handover[0].length, end: target.end + handed[0].length, messageId, data: { name: target.text } });
      continue;
    }
    const placed = PLACING.map(([b, a, id]) => [b.exec(text.slice(Math.max(0, target.start - 20), target.start)), a.exec(after), id] as const)
      .find(([b, a]) => b && a);
    if (placed) {
      emit({ start: target.start - placed[0]![0].length, end: target.end + placed[1]![0].length, messageId: placed[2], data: { name: target.text } });
      continue;
    }
    const stance = stanceBefore(text, target);
    // "Congratulations to Mayor Ribeiro on the new library" is a courtesy; on a win, it takes a side.
    if (stance && target.index === TITLED && /^congrat/i.test(text.slice(stance.start).trimStart()) && !WIN.test(text)) continue;
    if (stance) {
      emit({ start: stance.start, end: target.end, messageId: stance.messageId, data: { name: stance.name } });
      continue;
    }
    if (judged) {
      if (contest && !POLITICAL_WORD.test(text) && /\b(?:candidate|choice|hope|pick|vote)\b/i.test(judged[0])) continue;
      emit({ start: target.start, end: target.end + judged[0].length, messageId: 'judge', data: { name: target.text } });
      continue;
    }
    const mocked = MOCKED_PLAN.exec(after);
    if (mocked) emit({ start: target.start, end: target.end + mocked[0].length, messageId: 'mock', data: { name: target.text } });
  }

  // "the government must go", "vote out this government": office-holders named by their office.
  for (const m of GATE.officeHolder.test(text) ? text.matchAll(OFFICE_HOLDER) : []) {
    const end = m.index + m[0].length;
    const ouster = OUSTER_AFTER.exec(text.slice(end, end + 60));
    const before = OUSTER_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (ouster) emit({ start: m.index, end: end + ouster[0].length, messageId: 'oppose', data: { name: m[0] } });
    else if (before) emit({ start: m.index - before[0].length, end, messageId: 'oppose', data: { name: m[0] } });
  }

  // Names no list knows, in constructions that make them candidates: "Helena Castro for president", "We endorse
  // Jane Smith", "Maria Lopez would make a great mayor", "Proud to support Jane Smith's campaign".
  const officeWords = GATE.office.test(text);
  const candidateWords = !movementVote && GATE.anyName.test(text);
  for (const m of officeWords || candidateWords ? text.matchAll(NAME_GLOBAL) : []) {
    if (/wiki/i.test(m[0])) continue;
    // A possessive is not part of the name.
    const runEnd = m.index + m[0].length - (/['’]s$/u.test(m[0]) ? 2 : 0);
    const rest = text.slice(runEnd);
    const office = officeWords ? FOR_OFFICE.exec(rest) : null;
    const judged = officeWords && !office && !movementVote ? OFFICE_JUDGE_AFTER.exec(rest) : null;
    let campaign = candidateWords && !office && !judged ? CAMPAIGN_AFTER.exec(rest) : null;
    // The movement runs campaigns too ("Join Amina's campaign to document mosques"): a plain campaign needs politics.
    if (campaign && /campaign$/i.test(campaign[0]) && !POLITICAL_WORD.test(text) && !/vot|elect|ballot|polls/i.test(text)) campaign = null;
    const lead = office ? SUPPORT_BEFORE : campaign ? CAMPAIGN_BEFORE : judged ? undefined : candidateWords ? ANY_NAME_BEFORE : undefined;
    if (!office && !judged && !lead) continue;
    // "Support Rafael Ortiz for Congress": a capitalised verb runs into the name, so find where the name starts.
    let found: { start: number; at: number } | undefined;
    for (const w of m[0].matchAll(/\S+/g)) {
      const at = m.index + w.index;
      if (at >= runEnd || excluded.has(w[0].replace(/\.$/, '').toLowerCase())) continue;
      const led = lead?.exec(text.slice(Math.max(0, at - 80), at));
      if (led) {
        found = { start: at - led[0].length, at };
        break;
      }
      if (!found && (office || judged)) found = { start: at, at };
    }
    if (!found) continue;
    const end = runEnd + ((office ?? judged ?? campaign)?.[0].length ?? 0);
    emit({ start: found.start, end, messageId: judged ? 'judge' : 'support', data: { name: text.slice(found.at, runEnd) } });
  }

  for (const m of builtIns.calls) emit({ start: m.start, end: m.end, messageId: 'call', data: { phrase: m.text } });
  if (!movementVote && GATE.pronounOffice.test(text)) {
    for (const m of text.matchAll(PRONOUN_OFFICE)) emit({ start: m.index, end: m.index + m[0].length, messageId: 'call', data: { phrase: m[0] } });
  }
  if (!contest && GATE.choice.test(text)) {
    for (const m of text.matchAll(CHOICE_IS)) {
      const name = nameAt(text, m.index + m[0].length, true, extraNames, nlp);
      if (!name) continue;
      const end = name.end;
      const phrase = text.slice(m.index, end);
      if (CHOICE_CONTEXT.test(text)) emit({ start: m.index, end, messageId: m[1] ? 'oppose' : 'support', data: { name: name.text } });
      else cues.push({ start: m.index, end, phrase, kind: m[1] ? 'against' : 'for', needs: 'political' });
    }
  }
  if (!contest && /better/i.test(text)) {
    for (const m of text.matchAll(BETTER_AT_VOTE)) emit({ start: m.index, end: m.index + m[0].length, messageId: 'ballot', data: { phrase: m[0] } });
  }
  for (const m of !contest && GATE.backing.test(text) ? text.matchAll(WORTH_BACKING) : []) {
    cues.push({ start: m.index, end: m.index + m[0].length, phrase: m[0], kind: 'for', needs: 'political' });
  }
  for (const m of !contest && /only/i.test(text) ? text.matchAll(ONLY_ONE) : []) {
    const direct = !m[1] || /race|election|ballot/i.test(m[0]);
    if (direct) emit({ start: m.index, end: m.index + m[0].length, messageId: 'sideFor', data: { phrase: m[0] } });
    else cues.push({ start: m.index, end: m.index + m[0].length, phrase: m[0], kind: 'for', needs: 'political' });
  }
  for (const m of GATE.rememberWho.test(text) ? text.matchAll(REMEMBER_WHO) : []) {
    cues.push({ start: m.index, end: m.index + m[0].length, phrase: m[0], kind: 'ballot', needs: 'political' });
  }
  if (!movementVote && GATE.electoral.test(text)) {
    for (const m of text.matchAll(ELECTORAL_CALL)) {
      emit({ start: m.index, end: m.index + m[0].length, messageId: 'call', data: { phrase: m[0] } });
    }
    for (const m of text.matchAll(VOTE_NUMBER)) {
      emit({ start: m.index, end: m.index + m[0].length, messageId: 'call', data: { phrase: m[0] } });
    }
  }

  for (const m of GATE.reminder.test(text) ? text.matchAll(REMINDER) : []) {
    const rest = text.slice(m.index + m[0].length);
    const atVote = REMINDER_AT_VOTE.exec(rest);
    // "Remember that when you vote, your ballot is secret": a clause follows, so it is advice, not a verdict.
    // "Keep this in mind when you vote: bring your ID" points forward, to advice.
    if (atVote && !/^\s*(?::|,\s*\p{L}+\s+\p{L}+)/u.test(rest.slice(atVote[0].length))) {
      const end = m.index + m[0].length + atVote[0].length;
      cues.push({ start: m.index, end, phrase: text.slice(m.index, end), kind: 'ballot', needs: 'nothing' });
    } else {
      const date = REMINDER_ON_DATE.exec(rest);
      const end = m.index + m[0].length + (date?.[0].length ?? 0);
      if (date) cues.push({ start: m.index, end, phrase: text.slice(m.index, end), kind: 'ballot', needs: 'political' });
    }
  }
  for (const m of GATE.loaded.test(text) ? text.matchAll(LOADED_TAIL) : []) {
    cues.push({ start: m.index, end: m.index + m[0].length, phrase: m[0], kind: 'against', needs: 'named' });
  }
  for (const m of GATE.pronoun.test(text) ? text.matchAll(PRONOUN_STANCE) : []) {
    const kind = m[2] ? 'for' : 'against';
    cues.push({ start: m.index, end: m.index + m[0].length, phrase: m[0], kind, needs: 'political' });
  }
  const sarcasm = SARCASM.exec(text);
  if (sarcasm) cues.push({ start: sarcasm.index, end: sarcasm.index + sarcasm[0].length, phrase: sarcasm[0], kind: 'mock', needs: 'named' });

  for (const tag of campaignHashtags(text, env)) {
    emit({ ...tag, messageId: 'hashtag', suggestions: [{ replacement: '', label: `Remove ${tag.data.tag}` }] });
  }

  hits.sort((a, b) => a.start - b.start);
  const political =
    targets.length > 0 || hits.length > 0 || ELECTORAL_WORD.test(text) || (GATE.officeHolder.test(text) && HAS_OFFICE_HOLDER.test(text));
  return { hits, targets, political, contest, cues };
}

/** The `index` of targets found by their title ("Mayor Ribeiro"). */
const TITLED = -2;
const WIN = /\b(?:win|won|wins|victory|elected|re-?election|landslide|results?)\b/i;

interface Stance {
  start: number;
  messageId: 'support' | 'oppose';
  name: string;
}

/** "We stand with", "down with", "would you trust" right before a target, also across a given name or two. */
function stanceBefore(text: string, target: PhraseMatch): Stance | undefined {
  const before = text.slice(Math.max(0, target.start - 70), target.start);
  // "Congratulations to Claudia Sheinbaum": the list knows the surname; the first name sits between.
  const given = /(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,2}$/u.exec(before);
  const options = given ? [0, given[0].length] : [0];
  for (const skip of options) {
    const head = before.slice(0, before.length - skip);
    const name = text.slice(target.start - skip, target.end);
    const support = SUPPORT_BEFORE.exec(head);
    // "It's time for Modi's speech": a time, not a side.
    if (support && /time\s+for/i.test(support[0]) && /^['’]s/u.test(text.slice(target.end))) continue;
    if (support) return { start: target.start - skip - support[0].length, messageId: 'support', name };
    const oppose = OPPOSE_BEFORE.exec(head);
    if (oppose) return { start: target.start - skip - oppose[0].length, messageId: 'oppose', name };
  }
  return undefined;
}

/** Party and politician names in the text, from the built-in lists and the user's settings. */
function politicalTargets(text: string, env: Env, builtInNames: readonly PhraseMatch[]): PhraseMatch[] {
  const { vocabulary } = env;
  const patterned = (pattern: RegExp, skip?: RegExp, index = -1): PhraseMatch[] =>
    [...text.matchAll(pattern)]
      .filter((m) => !skip?.test(m[0]) && !vocabulary.ownNames.test(m[0]))
      .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], index }));
  const found = [
    ...patterned(TITLED_POLITICIAN, undefined, TITLED),
    ...(text.includes('@') ? patterned(CAMPAIGN_HANDLE).filter((m) => FOR_OFFICE_HASHTAG.test(m.text.slice(1))) : []),
    ...patterned(PARTY_LIKE, NOT_A_PARTY),
    ...builtInNames,
    ...vocabulary.parties.matchAll(text),
    ...vocabulary.candidates.matchAll(text),
    ...(env.extra?.matchAll(text) ?? []),
  ];
  if (found.length < 2) return found;
  // Longest first at a position; drop names inside a longer one ("Labour" inside "Labour Party").
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((m, i) => !found.slice(0, i).some((o) => o.start <= m.start && o.end >= m.end));
}

/** Whether a hashtag's words (split at capitals, or squashed) name a listed or configured party or politician. */
function isTargetTag(tagWords: string, env: Env): boolean {
  const words = tagWords.replace(/^the\s+/i, '');
  if (words === '') return false;
  const whole = (m: PhraseMatcher) => m.matchAll(words).some((x) => x.start === 0 && x.end === words.length);
  return (
    squashedNames.has(squash(words)) ||
    builtIn(words).names.some((x) => x.start === 0 && x.end === words.length) ||
    whole(env.vocabulary.candidates) ||
    whole(env.vocabulary.parties) ||
    env.extraNames.some((n) => squash(n) === squash(words))
  );
}

const TAG_WORD = /\p{Lu}+(?![\p{Ll}])|\p{Lu}?[\p{Ll}\p{M}]+|\p{N}+/gu;

function campaignHashtags(text: string, env: Env): Array<{ start: number; end: number; data: { tag: string } }> {
  const tags: Array<{ start: number; end: number; data: { tag: string } }> = [];
  if (!text.includes('#')) return tags;
  const { vocabulary } = env;
  for (const m of text.matchAll(VOTE_HASHTAG)) {
    // #VoteSmith, #voteblue, but not #Election2024 or #VoterRegistration.
    if (!/^(?:\p{Lu}|\d|for|4)/u.test(m[1]!) && !/^(?:them|him|her)(?:out)?$|^(?:blue|red)$/.test(m[1]!) && !isTargetTag(m[1]!, env)) continue;
    const rest = m[1]!.toLowerCase();
    // #VoteForWLM, #VoteWikiLovesEarth: contests, not campaigns.
    if (/wiki|wlm|wle|wla|photo|pic|potd|poty|commons|contest/.test(rest) || vocabulary.ownNames.test(m[1]!)) continue;
    // #VoteForYourFavourite, #VoteForTheBoard are contests; #VoteThemOut is not.
    if (CIVIC_VOTE.test(rest) || /^(?:for)?(?:your|our|the(?!m|y))/.test(rest)) continue;
    tags.push({ start: m.index, end: m.index + m[0].length, data: { tag: m[0] } });
  }
  for (const m of text.matchAll(HASHTAG)) {
    const body = m[1]!;
    if (/wiki/i.test(body) || tags.some((t) => t.start === m.index)) continue;
    if (FOR_OFFICE_HASHTAG.test(body) || isCampaignTag(body, env)) {
      tags.push({ start: m.index, end: m.index + m[0].length, data: { tag: m[0] } });
    }
  }
  return tags.sort((a, b) => a.start - b.start);
}

/** #NieWiederCDU, #ToriesOut, #TeamLula, #Lula2026: a target with a campaign word before or after it. */
function isCampaignTag(body: string, env: Env): boolean {
  const words = body.match(TAG_WORD) ?? [];
  const lower = body.toLowerCase();
  // Split at capitals where the tag has them ("NieWieder|CDU"), or at any letter in a lower-case tag.
  const cuts = words.length > 1 ? words.map((_, k) => words.slice(0, k).join('').length).slice(1) : [];
  if (body === lower) for (let k = 2; k < body.length - 1; k++) cuts.push(k);
  for (const cut of cuts) {
    const head = lower.slice(0, cut);
    const tail = lower.slice(cut);
    const spaced = (from: number, to: number) => splitWords(body.slice(from, to));
    if ((TAG_OPPOSE_PREFIX.test(head) || TAG_SUPPORT_PREFIX.test(head)) && isTargetTag(spaced(cut, body.length), env)) return true;
    if ((TAG_OPPOSE_SUFFIX.test(tail) || TAG_SUPPORT_SUFFIX.test(tail)) && isTargetTag(spaced(0, cut), env)) return true;
  }
  return false;
}

const splitWords = (s: string) => (s.match(TAG_WORD) ?? [s]).join(' ');

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
