import { z } from 'zod';
import { defineRule, type RuleContext, type RuleHit } from '../define-rule.ts';
import { brands } from '../lexicons/en/brands.ts';
import { notProducts, notSwitchTargets, productNouns, promotionPhrases } from '../lexicons/en/product-promotion.ts';
import { createPhraseMatcher, type PhraseMatch, type PhraseMatcher } from '../phrases.ts';
import { citations } from '../policy-citations.ts';
import type { Suggestion } from '../types.ts';

type MessageId =
  | 'buy'
  | 'offer'
  | 'promoCode'
  | 'sponsor'
  | 'praise'
  | 'superlative'
  | 'recommend'
  | 'favourite'
  | 'switchTo'
  | 'app'
  | 'unnamedApp'
  | 'thanks';
type Hit = RuleHit<MessageId>;
type Context = RuleContext<{ unnamedApps: boolean }>;

type Span = PhraseMatch;

// A phrase does not match inside a word joined by an apostrophe: "Chrome's dark mode" is a feature of Chrome, not
// Chrome, and "app's" is not "app".
const JOINED_BEFORE = /[\p{L}\p{N}]['’]$/u;
const JOINED_AFTER = /^['’][\p{L}\p{N}]/u;
const find = (matcher: PhraseMatcher, text: string) =>
  matcher
    .matchAll(text)
    .filter((m) => !JOINED_BEFORE.test(text.slice(Math.max(0, m.start - 2), m.start)) && !JOINED_AFTER.test(text.slice(m.end, m.end + 2)));

// Built-in brands are proper nouns and several are ordinary words in lower case ("apple", "zoom"): exact case.
const BRANDS = createPhraseMatcher(brands.map((b) => b.text), { caseSensitive: true });
const CHANNELS = new Set(brands.filter((b) => b.channel).map((b) => b.text));
const PHRASES = createPhraseMatcher(promotionPhrases.map((p) => p.text));
const PRODUCT_NOUNS = createPhraseMatcher(productNouns.flatMap(({ text }) => (/s$/i.test(text) ? [text] : [text, `${text}s`])));
const NOT_PRODUCTS = createPhraseMatcher(notProducts.map((p) => p.text));
const NOT_SWITCH = new Set(notSwitchTargets.map((t) => t.text));

/** What the rule knows about one sentence, each part worked out on first use. */
class Sentence {
  readonly text: string;
  /** ASCII-lower-cased, same offsets: for cheap "is this word here at all" checks before a regular expression. */
  readonly lower: string;
  private memo = new Map<string, Span[]>();

  constructor(readonly ctx: Context) {
    this.text = ctx.text;
    this.lower = ctx.text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
  }

  private cached(key: string, make: () => Span[]): Span[] {
    let spans = this.memo.get(key);
    if (!spans) this.memo.set(key, (spans = make()));
    return spans;
  }

  phrases = () => this.cached('phrases', () => find(PHRASES, this.text));
  nouns = () => this.cached('nouns', () => find(PRODUCT_NOUNS, this.text));
  notProducts = () => this.cached('not', () => find(NOT_PRODUCTS, this.text));
  /** Built-in brands and the user's `vocabulary.brands`. */
  brands = () =>
    this.cached('brands', () => {
      const user = this.ctx.vocabulary.brands;
      const spans = find(BRANDS, this.text).map((b) => {
        // Take the model in: "Pixel 8 Pro", "Sony WH-1000XM5".
        const model = matchAt(MODEL, this.text, b.end);
        return model ? { ...b, end: b.end + model.length } : b;
      });
      return user.size === 0 ? spans : [...spans, ...user.matchAll(this.text)].sort((a, b) => a.start - b.start);
    });
  /** The organisation's and its projects' names: "the Wikipedia app" is ours. */
  own = () => this.cached('own', () => this.ctx.vocabulary.ownNames.matchAll(this.text));

  isOwn = (start = 0, end = this.text.length) => within(this.own(), start, end).length > 0;
  hasBrand = (start = 0, end = this.text.length) => within(this.brands(), start, end).length > 0;
  hasNoun = (start = 0, end = this.text.length) => within(this.nouns(), start, end).length > 0;
  firstNotProduct = (start: number, end: number) => within(this.notProducts(), start, end)[0];

  /** The first product noun or brand in [start, end), a product compound taken whole ("coffee shop"). */
  firstProduct(start: number, end: number): Span | undefined {
    const found = [...within(this.nouns(), start, end), ...within(this.brands(), start, end)].sort(
      (a, b) => a.start - b.start || b.end - a.end,
    )[0];
    if (!found) return undefined;
    const next = within(this.nouns(), found.end, end)[0];
    if (next && this.text.slice(found.end, next.start).trim() === '') return { ...found, end: next.end };
    return found;
  }

  /** A brand starting at `at`, after spaces; `channels: false` leaves out platforms we publish on ourselves. */
  brandAt(at: number, channels = true): Span | undefined {
    const start = at + lead(this.text.slice(at));
    return this.brands().find((b) => b.start === start && (channels || !CHANNELS.has(b.text)));
  }

  /** Up to `words` words from `at`, stopping at the end of the clause: the object of a verb. */
  window(at: number, words: number): { start: number; end: number } {
    const rest = this.text.slice(at);
    const start = at + lead(rest);
    const clause = this.text.slice(start).split(/[.,;:!?()\n]|\s[-–—]\s/)[0]!;
    let end = 0;
    for (const word of clause.matchAll(NON_SPACE_RUN)) {
      if (words-- === 0) break;
      end = word.index + word[0].length;
    }
    return { start, end: start + end };
  }
}

const within = (spans: readonly Span[], start: number, end: number) => spans.filter((s) => s.start >= start && s.end <= end);
const NON_SPACE_RUN = /\S+/g;
const lead = (s: string) => /^\s*/.exec(s)![0].length;
const capitalised = (s: string) => /^\p{Lu}/u.test(s);

// ---------------------------------------------------------------------------------------------------------------
// Constructions. Edges only exclude Latin letters and digits, so a match right beside CJK, Arabic or emoji counts.

const B = String.raw`(?<![\p{Script=Latin}\p{N}_])`;
const E = String.raw`(?![\p{Script=Latin}\p{N}_])`;
const WORD = String.raw`[\p{L}\p{N}\p{M}'’+&.-]*[\p{L}\p{N}\p{M}+]`;
const re = (source: string, flags = 'giud') => new RegExp(source, flags);

// Nothing but "in your life", punctuation or emoji to the end of the clause.
const ALONE_AFTER = /^(?:\s+in\s+your\s+life)?[\s\p{P}\p{S}\u200d\ufe0f]*(?:$|[.!?,;:]\s)/u;
const AT_START = /^[\s\p{P}\p{S}\u200d\ufe0f]*$|[:—–|•]\s*$/u;
// Up to three capitalised words: "DeepL Pro", "Affinity Photo". Sticky: read at a given offset.
const CAPITALISED_NAME = /\p{Lu}(?:[\p{L}\p{N}'’+.&-]*[\p{L}\p{N}+])?(?:[ \t]+\p{Lu}(?:[\p{L}\p{N}'’+.&-]*[\p{L}\p{N}+])?){0,2}/uy;
// Model names after a brand: words with digits and the usual suffixes.
const MODEL = /(?:[ \t]+(?:[\p{L}-]*\d[\p{L}\p{N}-]*|Pro|Max|Plus|Ultra|Mini|Air|Lite|Premium|Paperwhite))+/uy;
const ONE_CAPITALISED_WORD = /\p{Lu}[\p{L}\p{N}'’&-]*[\p{L}\p{N}]/uy;

const CODE = re(
  `${B}(?:((?:use|using|with|enter|apply)\\s+(?:(?:the|my|our|this|promo|discount|coupon|voucher)\\s+){0,2})?code)[:\\s]\\s*["“'‘]?([A-Za-z0-9]{3,20})["”'’]?${E}`,
);
const CODE_WITH_DIGITS = /^(?=.*\p{L})(?=.*\d)[\p{L}\d]{4,20}$/u;
const CODE_ALL_CAPS = /^[A-Z]{4,20}$/;
const OFF = re(
  `${B}(?:up\\s+to\\s+)?(?:\\d{1,3}(?:[.,]\\d+)?\\s?(?:%|percent|per\\s+cent)|[$€£¥₹]\\s?\\d+(?:[.,]\\d+)?)\\s+off${E}(?!\\s*-?\\s*(?:peak|target|course|track|the\\s+mark))`,
);
// "we cut page load time by … / shaved 20% off the build" is engineering, not a sale.
const REDUCTION_VERB = /\b(?:cut|cuts|cutting|shaved?|shaving|knock(?:ed|s|ing)?|trim(?:med|s|ming)?|took|takes?|taking)\b[^.!?]*$/i;
const SAVE = re(
  `${B}(?:save|saving)\\s+(?:up\\s+to\\s+)?\\d{1,3}\\s?%(?=\\s*(?:on|off|when|with|today|now|at|[!.]|$))|${B}\\d{1,3}\\s?%\\s+(?:discount|cash\\s*back)${E}|${B}(?:get|earn)\\s+(?:up\\s+to\\s+)?\\d{1,3}\\s?%\\s+back${E}`,
);
const FREE_FOR = re(
  `${B}(?:try\\s+\\p{L}+\\s+(?:for\\s+)?free(?:\\s+for\\s+(?:\\d+|a|one|two|three)\\s+(?:days?|weeks?|months?))?|(?:first\\s+(?:day|week|month)|\\d+\\s+(?:days?|weeks?|months?))\\s+(?:for\\s+)?free)${E}`,
);
const BEST = re(
  `${B}best\\s+((?:${WORD}\\s+){0,3}?${WORD})\\s+(ever(?:\\s+(?:made|used|owned|bought|tried|had|tested|seen))?|on\\s+the\\s+market|money\\s+can\\s+buy|out\\s+there|around|in\\s+the\\s+world|in\\s+town|in\\s+(\\p{L}[\\p{L}'’-]*))${E}`,
);
const PERFECT = re(`${B}perfect((?:\\s+${WORD}){1,3})`);
const OFFICIAL_OF = re(`${B}(official((?:\\s+${WORD}){1,2}))\\s+(?:of|for)${E}`);
// "Order it on Tokopedia", "pick up a box at any Indomaret": where to buy something.
const BUY_AT = re(
  `${B}(buy|order|pick\\s+up|grab|get|book|shop)\\s+(?:${WORD}\\s+){0,4}?(?:on|at|from)\\s+(?:the\\s+|any\\s+|your\\s+nearest\\s+)?`,
);
// Verbs common enough elsewhere ("get involved at …", "book a room at the venue") that only a known brand counts.
const WEAK_BUY_VERB = /^(?:get|book|shop)$/i;
// "Grab a Coke", "pre-order the new Pixel 9": a call to buy a named brand.
const BUY_BRAND = re(`${B}(?:buy|order|grab|pick\\s+up|pre-?order|treat\\s+yourself\\s+to|upgrade\\s+to)\\s+(?:(?:a|an|some|your|the|one|our|yourself)\\s+)?(?:new\\s+)?`);
const NOT_ORDER = /\b(?:in|alphabetical|chronological|reverse|random|numerical|the|of|same|working)\s+$/i;
const NOT_SHOPS = new Set(['Registration', 'Reception', 'Wiki', 'Commons', 'Meta', 'Special', 'Help']);
const RECOMMEND = re(`${B}(?:(highly|strongly|totally|definitely|really|wholeheartedly|heartily|100%|can['’]?t|cannot)\\s+)?recommend(?:s|ed|ing)?${E}`);
const FAVOURITE = re(`${B}(?:my|our)\\s+(?:(?:new|all-time|absolute|current|personal)\\s+)?(?:fav(?:ou?rite)?|fave|go-to)((?:\\s+${WORD}){1,3})`);
const LIVE_WITHOUT = re(`${B}(?:can['’]?t|cannot|can\\s+not|couldn['’]?t|could\\s+not)\\s+live\\s+without${E}`);
// Only the urging forms: "switch to X", "make the switch to X", "move to X" (group 1: only with a known brand).
// "We switched to Zoom" or "the meetup will move to Zoom" reports a fact.
const SWITCH = re(`${B}(?:switch|make\\s+the\\s+switch|(move))\\s+(?:over\\s+)?to\\s+(?:the\\s+|an?\\s+)?`);
const NOT_URGING = /\b(?:will|['’]ll|shall|would|might|may|can|could|we|they|it|which|that|also|you|I|(?:plan|plans|planning|going|decided|want|wants|hope|hoping)\s+to)\s+$/i;
const URGING_BEFORE = /(?:^|[.!?:;,—–(]|\band|\bjust|\bthen|\bplease|\bso|\bnow|\btime\s+to|\bshould)\s*$/i;
const APP = re(`${B}(download|get|install|grab|try)\\s+(?:(the|our|this|their|my)\\s+)?((?:${WORD}\\s+){0,3}?)apps?${E}`);
const UNNAMED_APP = /^(?:free|new|official|mobile|companion|same)?$/i;
const DOWNLOAD = re(`${B}(?:download|install)\\s+(?:the\\s+)?`);
const AVAILABLE = re(`${B}(?:available|sold|for\\s+sale)\\s+(?:now\\s+|today\\s+|exclusively\\s+|only\\s+)?(?:at|on|from|in)\\s+(?:the\\s+)?`);
const RETAILERS =
  /(?:all\s+(?:good|major)\s+)?(?:retailers|bookstores|bookshops|supermarkets|stores|shops)\b|(?:your\s+local|select|participating)\s+(?:stores?|shops?|retailers?|bookstores?|dealers?)\b/iy;
const SPONSORED_BY = re(`${B}(sponsored|brought\\s+to\\s+you)\\s+by\\s+`);
const THANKS = re(
  `${B}(?:thank(?:s|\\s+you)(?:\\s+so\\s+much)?(?:\\s+to)?|shout-?\\s?outs?\\s+to)\\s+(?:(?:our\\s+(?:friends|pals)|the\\s+(?:team|folks|people|crew))\\s+at\\s+)?([^.!?,;]{1,40}?)\\s+for\\s+(?:the|this|these|those|their|all\\s+the|such(?:\\s+an?)?)\\s+`,
);
const PRAISE_ADJECTIVE = /\b(?:amazing|awesome|incredible|fantastic|great|delicious|tasty|free|new|cool|sweet|stunning|best|brilliant|gorgeous|beautiful)\b/i;

/** The offsets of capture group `n` (the expressions above carry the `d` flag). */
const group = (m: RegExpMatchArray, n: number) => m.indices?.[n] as [number, number] | undefined;

/** A sticky expression's match exactly at `at`, or undefined. */
function matchAt(sticky: RegExp, text: string, at: number): string | undefined {
  sticky.lastIndex = at;
  return sticky.exec(text)?.[0];
}

export default defineRule({
  meta: {
    id: 'endorsement-product',
    category: 'endorsement/product',
    severity: 'warning',
    description: 'Promoting a commercial product, service, app or brand: calls to buy, promo codes, raves, sponsorship tags.',
    messages: {
      buy: '“{phrase}” is a call to buy.',
      offer: '“{phrase}” advertises a discount or offer.',
      promoCode: '“{phrase}” is a promo code.',
      sponsor: '“{phrase}” marks the post as sponsored or paid promotion.',
      praise: '“{phrase}” raves about a product.',
      superlative: '“{phrase}” praises a product as the best.',
      recommend: '“{phrase}” recommends a commercial product.',
      favourite: '“{phrase}” holds up a product as a favourite.',
      switchTo: '“{phrase}” urges people to switch to a commercial product.',
      app: '“{phrase}” promotes an app that isn’t one of your own projects.',
      unnamedApp: '“{phrase}” asks people to get an app without naming one of your own projects.',
      thanks: '“{phrase}” praises a brand’s product.',
    },
    explanation:
      'Official accounts never endorse products, services or brands, so a post that sells or raves reads as advertising. Mention a product only as a topic (“read about its history”), and point people to free knowledge instead.',
    policy: citations.products,
    options: z.object({
      // Off by default: an official account's unnamed "the app" is nearly always its own, named in another sentence.
      unnamedApps: z.boolean().default(false).describe('Also flag “download the app” when the sentence names no app at all.'),
    }),
    profiles: ['official'],
    // Every head word of the phrases and constructions below; the test table checks each phrase passes it.
    trigger:
      /buy|order|shop|yours|cart|sale|stores|supplies|shipping|code|%|percent|per cent|[$€£¥₹]\s?\d|free|offer|discount|bogo|guarantee|deal of|#(?:ad|spon|partner|brand|paid|affiliate|gifted)|sponsor|brought to you|partnership|promotion|affiliate|referral|bio\b|my link|amzn|need (?:this|one)|penny|best|must-have|comes close|the one|swear by|thank|treat yourself|worth the|game.changer|perfect|official|recommend|live without|fav|go-to|switch|mov(?:e|ed|ing) to|upgrade|app|download|install|available|sold|pick up|grab|shout|nothing beats|black friday|cyber monday|prime day|back\b|(?:get|book)\b[^.!?]*\b(?:at|from|on)\s/i,
  },
  *check(ctx) {
    const s = new Sentence(ctx);
    const hits = [
      ...phraseHits(s),
      ...codeHits(s),
      ...offerHits(s),
      ...bestHits(s),
      ...perfectHits(s),
      ...officialHits(s),
      ...buyAtHits(s),
      ...recommendHits(s),
      ...favouriteHits(s),
      ...liveWithoutHits(s),
      ...switchHits(s),
      ...appHits(s),
      ...availableHits(s),
      ...sponsoredByHits(s),
      ...thanksHits(s),
    ];
    // One finding per stretch of text: the earliest, then the longest, wins.
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    let until = -1;
    for (const hit of hits) {
      if (hit.start < until) continue;
      until = hit.end;
      yield { ...hit, data: { phrase: ctx.text.slice(hit.start, hit.end), ...hit.data } };
    }
  },
});

/** The sentence names a brand, or a product and none of our own projects ("the Wikipedia app" is ours). */
const namesProduct = (s: Sentence) => s.hasBrand() || (s.hasNoun() && !s.isOwn());

function* phraseHits(s: Sentence): Iterable<Hit> {
  for (const m of s.phrases()) {
    const entry = promotionPhrases[m.index]!;
    if (entry.atStart && !AT_START.test(s.text.slice(0, m.start))) continue;
    const alone = entry.alone && ALONE_AFTER.test(s.text.slice(m.end));
    if ((entry.needsProduct || (entry.alone && !alone)) && !namesProduct(s)) continue;
    const removable = entry.kind === 'buy' || (entry.kind === 'sponsor' && /^#|bio$/i.test(entry.text));
    const suggestions: Suggestion[] | undefined = removable ? [{ replacement: '', label: `Remove “${m.text}”` }] : undefined;
    yield { start: m.start, end: m.end, messageId: entry.kind, ...(suggestions ? { suggestions } : {}) };
  }
}

function* codeHits(s: Sentence): Iterable<Hit> {
  if (!s.lower.includes('code')) return;
  for (const m of s.text.matchAll(CODE)) {
    const code = m[2]!;
    const verb = m[1] !== undefined;
    if (!CODE_WITH_DIGITS.test(code) && !(verb && CODE_ALL_CAPS.test(code))) continue;
    yield { start: m.index, end: m.index + m[0].length, messageId: 'promoCode', suggestions: [{ replacement: '', label: 'Remove the promo code' }] };
  }
}

function* offerHits(s: Sentence): Iterable<Hit> {
  const { text, lower } = s;
  if (lower.includes('off')) {
    for (const m of text.matchAll(OFF)) {
      if (REDUCTION_VERB.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      yield { start: m.index, end: m.index + m[0].length, messageId: 'offer' };
    }
  }
  if (/sav|discount|back/.test(lower)) {
    for (const m of text.matchAll(SAVE)) yield { start: m.index, end: m.index + m[0].length, messageId: 'offer' };
  }
  if (lower.includes('free')) {
    for (const m of text.matchAll(FREE_FOR)) yield { start: m.index, end: m.index + m[0].length, messageId: 'offer' };
  }
}

function* bestHits(s: Sentence): Iterable<Hit> {
  if (!s.lower.includes('best')) return;
  for (const m of s.text.matchAll(BEST)) {
    const [start, end] = group(m, 1)!;
    if (s.isOwn(start, end) || s.firstNotProduct(start, end)) continue;
    // "best beer in Cape Town", but not "best in class".
    if (m[3] !== undefined && !capitalised(m[3])) continue;
    // "on the market" and "money can buy" are about products by themselves; the rest need a product or brand.
    const commercial = /market|buy/i.test(m[2]!);
    if (!commercial && !s.firstProduct(start, end)) continue;
    yield { start: m.index, end: m.index + m[0].length, messageId: 'superlative' };
  }
}

function* perfectHits(s: Sentence): Iterable<Hit> {
  if (!s.lower.includes('perfect')) return;
  for (const m of s.text.matchAll(PERFECT)) {
    const [start, end] = group(m, 1)!;
    const found = s.firstProduct(start, end);
    if (!found || s.isOwn(start, found.end) || s.firstNotProduct(start, found.start)) continue;
    yield { start: m.index, end: found.end, messageId: 'superlative' };
  }
}

function* officialHits(s: Sentence): Iterable<Hit> {
  if (!s.lower.includes('official')) return;
  // "the official noodle of late-night editing": sponsorship language, when it is a product.
  for (const m of s.text.matchAll(OFFICIAL_OF)) {
    const [start, end] = group(m, 2)!;
    // "the official app of Wikimania" is ours.
    if (!s.hasNoun(start, end) || s.isOwn()) continue;
    yield { start: m.index, end: group(m, 1)![1], messageId: 'sponsor' };
  }
}

function* buyAtHits(s: Sentence): Iterable<Hit> {
  const { text, lower } = s;
  if (!/buy|order|pick|grab|get|book|shop|treat|upgrade/.test(lower)) return;
  for (const m of text.matchAll(BUY_BRAND)) {
    if (NOT_ORDER.test(text.slice(0, m.index))) continue;
    const brand = s.brandAt(m.index + m[0].length);
    if (brand && !s.isOwn(m.index, brand.end)) yield { start: m.index, end: brand.end, messageId: 'buy' };
  }
  for (const m of text.matchAll(BUY_AT)) {
    if (m[1]!.toLowerCase() === 'order' && NOT_ORDER.test(text.slice(0, m.index))) continue;
    const at = m.index + m[0].length;
    const weak = WEAK_BUY_VERB.test(m[1]!);
    // "Get our updates on Spotify" is where we publish; "get one at Best Buy" is a shop.
    let end = s.brandAt(at, !weak)?.end;
    if (end === undefined) {
      if (weak) continue;
      const name = matchAt(ONE_CAPITALISED_WORD, text, at);
      if (!name || NOT_SHOPS.has(name) || NOT_SWITCH.has(name)) continue;
      end = at + name.length;
    }
    if (s.isOwn(m.index, end)) continue;
    yield { start: m.index, end, messageId: 'buy' };
  }
}

function* recommendHits(s: Sentence): Iterable<Hit> {
  const { text } = s;
  if (!s.lower.includes('recommend')) return;
  for (const m of text.matchAll(RECOMMEND)) {
    const object = s.window(m.index + m[0].length, 7);
    if (s.isOwn(object.start, object.end)) continue;
    const first = s.firstNotProduct(object.start, object.end);
    let found: { start: number; end: number; text: string } | undefined = s.firstProduct(object.start, object.end);
    if (found && first && first.start < found.start) continue;
    // "We highly recommend DeepL Pro": a strong recommendation of a name the lists don't know.
    if (!found && m[1] !== undefined && !first) {
      const name = matchAt(CAPITALISED_NAME, text, object.start);
      if (name && !NOT_SWITCH.has(name.split(/\s+/)[0]!)) found = { start: object.start, end: object.start + name.length, text: name };
    }
    if (!found) continue;
    const isBrand = !s.hasNoun(found.start, found.end);
    const direct = isBrand && found.start === object.start && /\b(?:we|I)\s+(?:\S+\s+)?$/i.test(text.slice(0, m.index));
    const suggestions = direct ? [{ replacement: `use ${found.text}`, label: `Say you use ${found.text} instead of recommending it` }] : undefined;
    yield { start: m.index, end: found.end, messageId: 'recommend', ...(suggestions ? { suggestions } : {}) };
  }
}

function* favouriteHits(s: Sentence): Iterable<Hit> {
  const { text } = s;
  if (!/fav|go-to/.test(s.lower)) return;
  for (const m of text.matchAll(FAVOURITE)) {
    const [start, end] = group(m, 1)!;
    if (s.isOwn(start, end)) continue;
    const found = s.firstProduct(start, end);
    if (!found || s.firstNotProduct(start, found.start)) continue;
    // "My favourite app is the Wikipedia app": a product word alone needs the sentence not to be about us.
    if (!s.hasBrand(found.start, found.end) && s.isOwn()) continue;
    const thing = text.slice(start + lead(text.slice(start)), found.end);
    const article = /^[aeiou]/i.test(thing) ? 'an' : 'a';
    const suggestions = s.hasNoun(found.start, found.end)
      ? [{ replacement: `${article} ${thing}`, label: 'Describe it without calling it a favourite' }]
      : undefined;
    yield { start: m.index, end: found.end, messageId: 'favourite', ...(suggestions ? { suggestions } : {}) };
  }
}

function* liveWithoutHits(s: Sentence): Iterable<Hit> {
  if (!s.lower.includes('live without')) return;
  for (const m of s.text.matchAll(LIVE_WITHOUT)) {
    const object = s.window(m.index + m[0].length, 5);
    if (s.isOwn(object.start, object.end) || s.firstNotProduct(object.start, object.end)) continue;
    // Take the product in when it follows ("can't live without my Kindle").
    const found = s.firstProduct(object.start, object.end);
    const near = found && /^(?:(?:my|our|this|these|the|a|an|new)\s+)*$/i.test(s.text.slice(object.start, found.start));
    yield { start: m.index, end: near ? found.end : m.index + m[0].length, messageId: 'praise' };
  }
}

function* switchHits(s: Sentence): Iterable<Hit> {
  const { text } = s;
  if (!/switch|move/.test(s.lower)) return;
  for (const m of text.matchAll(SWITCH)) {
    const before = text.slice(0, m.index);
    const move = m[1] !== undefined;
    if (move ? !URGING_BEFORE.test(before) : NOT_URGING.test(before) && !/\btime\s+to\s+$/i.test(before)) continue;
    const at = m.index + m[0].length;
    let end = s.brandAt(at)?.end;
    if (end === undefined) {
      // A name the lists don't know: capitalised words that aren't a setting, a language or our own project.
      if (move) continue;
      const name = matchAt(CAPITALISED_NAME, text, at);
      // "switch to Firefox's reader view" is a feature, and settings and languages are not products.
      if (!name || /['’]s$/.test(name) || NOT_SWITCH.has(name.split(/\s+/)[0]!) || NOT_SWITCH.has(name)) continue;
      if (/^\s*(?:mode|settings?|skin|theme|language|view|tab|version|edition|interface|layout|editor)\b/i.test(text.slice(at + name.length))) continue;
      end = at + name.length;
    }
    if (s.isOwn(at, end)) continue;
    yield { start: m.index, end, messageId: 'switchTo' };
  }
}

function* appHits(s: Sentence): Iterable<Hit> {
  const { text, lower } = s;
  if (lower.includes('app')) {
    for (const m of text.matchAll(APP)) {
      const [start, end] = group(m, 3)!;
      const name = text.slice(start, end).trim();
      if (m[2]?.toLowerCase() === 'our' || s.isOwn(start, end)) continue;
      if (UNNAMED_APP.test(name)) {
        // "Download the app": ours when the sentence names one of our projects ("… to read Wikipedia offline").
        if (s.ctx.options.unnamedApps && !s.isOwn()) yield { start: m.index, end: m.index + m[0].length, messageId: 'unnamedApp' };
      } else if (capitalised(name) || s.hasBrand(start, end) || s.hasNoun(start, end)) {
        yield { start: m.index, end: m.index + m[0].length, messageId: 'app' };
      }
    }
  }
  if (lower.includes('download') || lower.includes('install')) {
    for (const m of text.matchAll(DOWNLOAD)) {
      const brand = s.brandAt(m.index + m[0].length);
      if (brand && !s.isOwn(m.index, brand.end)) yield { start: m.index, end: brand.end, messageId: 'app' };
    }
  }
}

function* availableHits(s: Sentence): Iterable<Hit> {
  const { text } = s;
  if (!/available|sold|sale/.test(s.lower)) return;
  for (const m of text.matchAll(AVAILABLE)) {
    const at = m.index + m[0].length;
    const shop = matchAt(RETAILERS, text, at);
    // "Our podcast is available on Spotify": where we publish is not a shop window.
    const end = s.brandAt(at, false)?.end ?? (shop ? at + shop.length : undefined);
    // The Wikipedia app is on the App Store too.
    if (end === undefined || s.isOwn()) continue;
    yield { start: m.index, end, messageId: 'buy' };
  }
}

function* sponsoredByHits(s: Sentence): Iterable<Hit> {
  const { text } = s;
  if (!/sponsored|brought/.test(s.lower)) return;
  for (const m of text.matchAll(SPONSORED_BY)) {
    const at = m.index + m[0].length;
    const who = s.window(at, 6);
    if (who.start === who.end || s.isOwn(who.start, who.end) || /^(?:nobody|no\s+one|no-one|none)\b/i.test(text.slice(who.start))) continue;
    const brand = s.brandAt(at);
    // "Brought to you by" is also how events credit their organisers: only with a brand.
    if (m[1]!.toLowerCase() !== 'sponsored' && !brand) continue;
    yield { start: m.index, end: brand?.end ?? m.index + m[0].trimEnd().length, messageId: 'sponsor' };
  }
}

function* thanksHits(s: Sentence): Iterable<Hit> {
  const { text } = s;
  if (!/thank|shout/.test(s.lower)) return;
  for (const m of text.matchAll(THANKS)) {
    const [whoStart, whoEnd] = group(m, 1)!;
    // What they are thanked for: the rest of the clause, at most five words.
    const what = s.window(m.index + m[0].length, 5);
    if (s.isOwn(whoStart, whoEnd) || s.isOwn(what.start, what.end) || s.firstNotProduct(what.start, what.end)) continue;
    const brand = s.hasBrand(whoStart, whoEnd);
    const product = within(s.nouns(), what.start, what.end)[0];
    const praise = PRAISE_ADJECTIVE.exec(text.slice(what.start, what.end));
    if (!(product && (brand || praise)) && !(brand && praise)) continue;
    yield { start: m.index, end: product ? product.end : what.start + praise!.index + praise![0].length, messageId: 'thanks' };
  }
}
