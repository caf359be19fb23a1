import { z } from '../zod.ts';
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
  | 'shopping'
  | 'price'
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
  /** Lower-cased, for cheap "is this word here at all" checks before a regular expression (never for offsets). */
  readonly lower: string;
  private memo = new Map<string, Span[]>();

  constructor(readonly ctx: Context) {
    this.text = ctx.text;
    this.lower = ctx.text.toLowerCase();
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
  /** A name with a model number anywhere in the sentence ("a reMarkable 2 will change your life"). */
  hasModel = () => {
    for (const m of this.text.matchAll(ANY_NAMED_MODEL)) if (!NOT_SWITCH.has(m[0].split(/\s+/)[0]!) && !this.isOwn(m.index, m.index + m[0].length)) return true;
    return false;
  };

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

  /**
   * A product named at `at`, after articles and adjectives: a brand ("a proper Samsung PRO Plus"), a name with a
   * model number the lists don't know ("the new Tecno Camon 30", "a reMarkable 2"), or a capitalised name before a
   * product noun ("an Airalo eSIM"). Not our own projects, settings or allies, nor "a Zoom link" or "the Netflix
   * documentary", where the thing is not the product.
   */
  productAt(at: number, channels = true): Span | undefined {
    const start = at + (matchAt(DETERMINERS, this.text, at)?.length ?? 0);
    let end = this.brandAt(start, channels)?.end;
    if (end === undefined) {
      const model = matchAt(NAMED_MODEL, this.text, start);
      const name = model ?? matchAt(NAME_BEFORE_NOUN, this.text, start);
      if (name === undefined) return undefined;
      if (!model && (DEMONYM.test(name.trimEnd()) || !this.nouns().some((n) => n.start === start + name.length))) return undefined;
      end = start + name.trimEnd().length;
    }
    const first = /^[^\s]+/.exec(this.text.slice(start))![0];
    if (NOT_SWITCH.has(first) || NOT_SWITCH.has(this.text.slice(start, end)) || this.isOwn(start, end)) return undefined;
    const noun = this.nouns().find((n) => n.start >= end! && /^[ \t]*$/.test(this.text.slice(end, n.start)));
    if (noun) end = noun.end;
    const next = end + lead(this.text.slice(end));
    if (this.notProducts().some((n) => n.start === next) || /^['’]s\b/.test(this.text.slice(end))) return undefined;
    return { start, end, text: this.text.slice(start, end), index: -1 };
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
// Model names after a brand: words with digits (not years or version numbers) and the usual suffixes, with up to two
// names before them: "Pixel 8 Pro", "Xiaomi Redmi Note 13", "Fujifilm X-T30 II", "Samsung PRO Plus".
const MODEL_WORD = String.raw`(?:(?!(?:19|20)\d\d(?![\p{L}\p{N}]))[\p{L}-]*\d[\p{L}\p{N}-]*(?![\p{L}\p{N}]|[.,]\d)|(?:Pro|PRO|Max|MAX|Plus|PLUS|Ultra|Mini|Air|Lite|Premium|Paperwhite|II|III|IV|SE|XL)(?![\p{L}\p{N}]))`;
const MODEL_TAIL = String.raw`(?:[ \t]+(?:\p{Lu}[\p{L}-]*[ \t]+){0,2}?${MODEL_WORD})+`;
const MODEL = new RegExp(MODEL_TAIL, 'uy');
// A name the lists don't know, with a capital somewhere and a model after it: "Tecno Camon 30", "reMarkable 2".
const NAMED_MODEL_SOURCE = String.raw`(?=[\p{L}\p{N}'’&-]*\p{Lu})\p{L}[\p{L}\p{N}'’&-]*${MODEL_TAIL}`;
const NAMED_MODEL = new RegExp(NAMED_MODEL_SOURCE, 'uy');
const ANY_NAMED_MODEL = new RegExp(String.raw`(?<![\p{L}\p{N}'’&-])${NAMED_MODEL_SOURCE}`, 'gu');
// One or two capitalised words, for a name before a product noun: "Airalo eSIM", "Peak Design backpack".
const NAME_BEFORE_NOUN = /\p{Lu}[\p{L}\p{N}'’&-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}'’&-]*)?[ \t]+/uy;
// "a Nigerian snack", "Turkish coffee": a place, not a brand.
const DEMONYM = /(?:an|ian|ese|ish|ean|i)$/;
const DETERMINERS =
  /(?:(?:a|an|the|some|one|your|yourself|our|their|this|that|these|those|new|proper|good|decent|real|quality|solid|reliable|latest|brand-new)[ \t]+)*/iy;
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
  `${B}(?:try\\s+\\p{L}+\\s+(?:for\\s+)?free(?:\\s+for\\s+(?:\\d+|a|one|two|three)\\s+(?:days?|weeks?|months?))?|(?:get|enjoy|stream|use)\\s+(?:${WORD}\\s+){1,3}?free\\s+for\\s+(?:\\d+|a|one|two|three|six|twelve)\\s+(?:days?|weeks?|months?)|(?:first\\s+(?:day|week|month)|\\d+\\s+(?:days?|weeks?|months?))\\s+(?:for\\s+)?free)${E}`,
);
// Prices: "₹299", "Rp3 juta", "₦300k", "$9.99". Sums in millions are budgets, not prices.
const PRICE = String.raw`(?:(?:[$€£¥₹₦₱₩₺₫₪]|(?<![\p{L}\p{N}])(?:Rp|R\$|R|KSh|Rs\.?|zł)[ \t]?)\d+(?:[.,]\d+)*(?:[ \t]?(?:k|K|juta|jt|rb|ribu|lakh)(?![\p{L}]))?(?![\d.,]*[ \t]*(?:million|billion|bn|m|M)\b)|(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)?[ \t]?(?:zł|kr|Kč|lei|€)(?![\p{L}]))`;
const BEST = re(
  `${B}best\\s+((?:${WORD}\\s+){0,3}?${WORD})\\s+(ever(?:\\s+(?:made|used|owned|bought|tried|had|tested|seen))?|on\\s+the\\s+market|money\\s+can\\s+buy|out\\s+there|around|in\\s+the\\s+world|in\\s+town|(?:for\\s+)?under\\s+${PRICE}|for\\s+the\\s+(?:money|price)|in\\s+(\\p{L}[\\p{L}'’-]*))${E}`,
);
const PERFECT = re(`${B}perfect((?:\\s+${WORD}){1,3})`);
const OFFICIAL_OF = re(`${B}((?:un)?official((?:\\s+${WORD}){1,2}))\\s+(?:of|for)${E}`);
// What a brand is "the (un)official … of" when the word is not itself a product: "the unofficial fuel of every edit-a-thon".
const OFFICIAL_ROLE = /\b(?:fuel|drink|beverage|snack|caffeine|sponsor|supplier|provider|airline|hotel)\b/i;
// "Order it on Tokopedia", "pick up a box at any Indomaret": where to buy something.
const BUY_AT = re(
  `${B}(buy|order|pick\\s+up|stock\\s+up(?:\\s+on)?|grab|get|book|shop)\\s+(?:${WORD}\\s+){0,4}?(?:on|at|from)\\s+(?:the\\s+|any\\s+|your\\s+nearest\\s+)?`,
);
// Verbs common enough elsewhere ("get involved at …", "book a room at the venue") that only a known brand counts.
const WEAK_BUY_VERB = /^(?:get|book|shop)$/i;
// "Grab a Coke", "pre-order the new Pixel 9" (group 1: a call to buy anywhere); "Get a proper Samsung PRO Plus", "go
// for the Fujifilm X-T30 II" (group 2: only said as advice, at the start of a clause; group 3: these recommend).
const ACQUIRE = re(
  `${B}(?:(buy|order|grab|pick\\s+up|pre-?order|treat\\s+yourself\\s+to|upgrade\\s+to|snag|stock\\s+up\\s+on)|(get|sort\\s+out|(go\\s+for|opt\\s+for|invest\\s+in|try|check\\s+out)))\\s+`,
);
// Advice starts a clause, or follows "just", "definitely", "you should", "I'd", "time to".
// Another script right before also starts a clause: "カメラ選び：Check out …".
const ADVICE_BEFORE =
  /(?:^(?:@\S+\s+)*|[.!?:;,—–(|•。！？：、，]|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}]|\b(?:and|just|then|please|so|now|definitely|seriously|honestly|really|simply|always|should|must|(?:time|need|have|got)\s+to|sign\s+to(?:\s+finally)?)|['’]d)[\s\p{So}\p{Sk}\u200d\ufe0f]*$/iu;
const NOT_ORDER = /\b(?:in|alphabetical|chronological|reverse|random|numerical|the|of|same|working)\s+$/i;
const NOT_SHOPS = new Set(['Registration', 'Reception', 'Wiki', 'Commons', 'Meta', 'Special', 'Help']);
const RECOMMEND = re(`${B}(?:(highly|strongly|totally|definitely|really|wholeheartedly|heartily|100%|can['’]?t|cannot)\\s+)?recommend(?:s|ed|ing)?${E}`);
const FAVOURITE = re(`${B}(?:my|our)\\s+(?:(?:new|all-time|absolute|current|personal)\\s+)?(?:fav(?:ou?rite)?|fave|go-to)((?:\\s+${WORD}){1,3})`);
const LIVE_WITHOUT = re(`${B}(?:can['’]?t|cannot|can\\s+not|couldn['’]?t|could\\s+not)\\s+(?:live|do|work|travel|edit|survive)\\s+without${E}`);
// "can't stop talking about the Xiaomi Redmi Note 13", "we're obsessed with this camera": raves, given a product.
const RAVE_ABOUT = re(
  `${B}(?:(?:can['’]?t|cannot|can\\s+not|couldn['’]?t)\\s+stop\\s+(?:talking|raving|gushing|posting)\\s+about|(?:obsessed|in\\s+love)\\s+with)${E}`,
);
// "none of them come close", "nothing beats", "no other phone compares": a product above the rest.
const NOTHING_BETTER = re(
  `${B}(?:nothing(?:\\s+else)?|none\\s+of\\s+(?:them|the\\s+others|the\\s+rest)|no\\s+other\\s+${WORD}|nobody\\s+else|no\\s+one\\s+else)\\s+(?:(?:even|really|ever)\\s+)?(?:comes?\\s+close|came\\s+close|beats|compares|tops)${E}`,
);
// "Nothing keeps a photowalk going like an ice-cold Chi Exotic": a product, or a name with an article ("a Coke").
const NOTHING_LIKE = re(`${B}nothing\\s+(?:${WORD}\\s+){1,6}?like\\s+`);
const ARTICLE_NAME = /(?:an?|some)\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Lu}[\p{L}\p{N}'’&-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}'’&-]*){0,2})/uy;
// "You can't beat the price", "can't beat a cold Coke" (not "can't beat the deadline").
const CANT_BEAT = re(`${B}(?:can['’]?t|cannot|can\\s+not)\\s+beat(?:\\s+(?:the|that|this)\\s+(price|deal))?${E}`);
// "The Es Kopi Susu is the one to order": what to buy. Ordering and buying are commercial; getting and trying need a
// product named ("the Sigma 35mm is the one to get", not "the afternoon session is the one to try").
const THE_ONE_TO = re(`${B}(?:is|are|['’]s)\\s+the\\s+(?:one|ones|thing|drink|dish|model|pick)\\s+to\\s+(?:order|buy|get|grab|try)${E}`);
// "This post is a collaboration with Notion": the post discloses it is paid for. A collaboration or partnership
// needs a brand after it: "this post is a collaboration with the National Library" is a partner's joint post.
const DISCLOSURE = re(
  `${B}this\\s+(?:post|video|thread|reel|content|giveaway)\\s+(?:is|was)\\s+(?:(?:a|an|in)\\s+)?(?:paid\\s+)?(?:collaboration|collab|partnership|sponsored|made\\s+in\\s+partnership)${E}`,
);
// "Show your lanyard at any outlet this week": a shop chain's offer.
const REDEEM = re(
  `${B}(?:show|present|mention|flash)\\s+(?:${WORD}\\s+){1,4}?(?:at|in)\\s+(?:any|all|participating)\\s+(?:outlets?|stores?|branch(?:es)?|shops?|locations?|caf[eé]s?|restaurants?)${E}`,
);
// "You do know the MacBook Air M3 exists, right?": a product pointed out.
const YOU_KNOW = re(`${B}(?:you\\s+(?:do\\s+)?(?:know|reali[sz]e)|you['’]re\\s+aware)\\s+(?:that\\s+)?`);
// "Our Berlin office basically runs on Club-Mate", "this hackathon is fuelled by Red Bull": a team's favourite brand.
const RUNS_ON = re(
  `${B}(?:we|I|(?:our|the)\\s+(?:${WORD}\\s+)?(?:team|office|staff|crew|volunteers|editors|organi[sz]ers|hackathon|edit-a-thon|meetup)|this\\s+(?:team|office|hackathon|edit-a-thon|meetup))\\s+(?:(?:basically|practically|literally|mostly|entirely|pretty\\s+much|still|all|now)\\s+)*((?:run|runs|ran|running|(?:am|is|are|was|were|['’]re|['’]m)\\s+(?:running|fuell?ed))\\s+(?:on|by)\\s+(?:(?:nothing\\s+but|pure|lots\\s+of|a\\s+lot\\s+of)\\s+)?)`,
);
// "Proudly powered by MTN", "Powered by Red Bull": the sponsor's banner.
const POWERED_BY = re(`${B}(?:(proudly|officially)\\s+)?(?:powered|fuell?ed|presented)\\s+by\\s+`);
const EVENT_BEFORE = /\b(?:we|hackathon|edit-a-thon|editathon|meetup|workshop|conference|event|party|weekend|night|team|office)\b[^.!?,;]*$/i;
const SPONSORING_AFTER = /^\s+(?:is|are|has\s+been|have\s+been|['’]s|['’]re)\s+(?:\p{L}+ly\s+)?sponsoring\b|^\s+sponsors\s+(?:our|this|the)\b/iu;
// "Magalu has it on sale right now", "on special this week": a shop's sale. "First went on sale in 1886" is history.
const ON_SALE = re(`${B}on\\s+(?:sale|special|discount|clearance|promo(?:tion)?)${E}`);
const SALE_WHEN = /\s+(?:right\s+now|now|today|tonight|this\s+(?:week(?:end)?|month)|until|till|through|thru|for\s+(?:a\s+limited\s+time|just|only)|at)\b/iy;
const SHOP_HAS = /\b(?:has|have|had|got)\s+(?:\S+\s+){0,5}$/i;
// "the best phone under ₦300k", "under Rp3 juta": a product's price.
const PRICE_FOR = re(`${B}(?:under|below|less\\s+than|for\\s+(?:just|only|under)|only|just|from|starting\\s+at)\\s+${PRICE}`);
// "Airtel's ₹299 pack", "a $10 data bundle": a priced plan.
const PRICED_PLAN = re(
  `${PRICE}\\s+(?:(?:monthly|weekly|daily|prepaid|unlimited|data|internet)\\s+)?(?:pack|packs|bundle|bundles|plan|plans|tariff|recharge|top-?up|subscription)${E}`,
);
// "Recharge before the 1st!", "Top up now and get 10GB free": a mobile operator's call to buy credit.
const TOP_UP = re(`${B}(?:recharge|top\\s+up|top-up)\\s+(?:your\\s+(?:phone|data|line|number|SIM|account|plan)|now|today|before|by|and\\s+get|with)${E}`);
const AIRTIME = /\b(?:\d+\s?[GM]B|data|airtime|credit|bundle|SIM|plan)\b/i;
// "Shopping for a phone?", "In the market for a new laptop?" (group 1); "Need a new power bank?", "If you're
// upgrading your phone" (group 2: only as a question or after "if you're"): buying advice follows.
const SHOPPING = re(
  `${B}(?:(shopping\\s+for|in\\s+the\\s+market\\s+for|(?:looking|planning|thinking\\s+(?:of|about))\\s+(?:to\\s+)?(?:buy|buying))|(looking\\s+for|need|want|upgrading|replacing))\\s+((?:(?:a|an|some|your|the|new|first|next|budget|cheap|good|decent|better|proper|reliable)\\s+){0,3})`,
);
const SHOPPING_ADJECTIVE = /\b(?:new|budget|cheap|good|decent|better|proper|reliable)\b/i;
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
      shopping: '“{phrase}” opens a piece of shopping advice.',
      price: '“{phrase}” advertises a product’s price.',
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
      /buy|order|shop|yours|cart|sale|stores|supplies|shipping|code|%|percent|per cent|[$€£¥₹₦₱₩₺₫₪]\s?\d|\b(?:Rp|R\$|R|KSh|Rs\.?|zł)\s?\d|free|offer|discount|special|clearance|promo|bogo|guarantee|deal of|#(?:ad|spon|partner|brand|paid|affiliate|gifted)|sponsor|brought to you|powered|fuel|presented by|partnership|affiliate|referral|bio\b|my link|if you|not an ad|courtesy of|friends at|partners at|recommend|no going back|never going back|beast|should have one|needs one|amzn|need (?:this|one)|(?:need|want|looking for)\s+(?:an?|some|the|your|new|good|cheap|budget|decent|better|proper|reliable)\b|worth every|would (?:buy|order)|best|must-have|c(?:ome|omes|ame) close|beat|compares|\btops\b|nothing\b[^.!?]*\blike\b|collab|(?:any|all|participating) (?:outlet|store|branch|shop|location|caf|restaurant)|(?<!did\s)\byou\s+(?:do\s+)?(?:know|reali[sz]e)|\byou['’]re\s+aware|the one|swear by|thank|treat yourself|worth the|game.changer|change your life|changed (?:my|our) li|life-changing|lifesaver|perfect|official|recommend|(?:live|do|work|travel|edit|survive) without|stop (?:talking|raving|gushing|posting)|obsessed|in love with|\bran? |\bruns? |running|fav|go-to|switch|mov(?:e|ed|ing) to|upgrad|replac|app|download|install|available|sold|pick up|grab|snag|stock up|sort out|go for|opt for|invest in|\btry\b|check out|\bget\b|port your|recharge|top.?up|shopping|in the market|shout|black friday|cyber monday|prime day|back\b|book\b[^.!?]*\b(?:at|from|on)\s/i,
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
      ...endorsementFormulaHits(s),
      ...raveHits(s),
      ...poweredByHits(s),
      ...saleHits(s),
      ...priceHits(s),
      ...shoppingHits(s),
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
const namesProduct = (s: Sentence) => s.hasBrand() || ((s.hasNoun() || s.hasModel()) && !s.isOwn());

// A phrase mentioned rather than used: asked about ("Link in bio? Nope"), denied ("not a sponsored post"), quoted.
const ASKED_AFTER = /^[\s\p{So}\p{Sk}\u200d\ufe0f]*\?/u;
const DENIED_BEFORE = /\b(?:not|no|never|isn['’]t|aren['’]t|wasn['’]t|without)\s+(?:an?\s+|any\s+)?$/i;
const QUOTED = (before: string, after: string) => /["“'‘«]$/.test(before) && /^["”'’»]/.test(after);

function* phraseHits(s: Sentence): Iterable<Hit> {
  for (const m of s.phrases()) {
    const entry = promotionPhrases[m.index]!;
    const before = s.text.slice(0, m.start);
    const after = s.text.slice(m.end);
    if (entry.atStart && !AT_START.test(before)) continue;
    if ((AT_START.test(before) && ASKED_AFTER.test(after)) || DENIED_BEFORE.test(before) || QUOTED(before, after)) continue;
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
  if (lower.includes('free') && !s.isOwn()) {
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
    // "on the market", "money can buy", "under ₦300k" are about products by themselves; the rest need a product or brand.
    const commercial = /market|buy|under|money|price/i.test(m[2]!);
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
    if (s.isOwn()) continue;
    // "the official noodle of …" is a product by its noun; "the unofficial fuel of …" needs a name in the subject
    // ("the Żabka hot dog is …", not "tea is …").
    if (!s.hasNoun(start, end) && !(OFFICIAL_ROLE.test(m[2]!) && namedSubject(s, m.index))) continue;
    yield { start: m.index, end: group(m, 1)![1], messageId: 'sponsor' };
  }
}

function* buyAtHits(s: Sentence): Iterable<Hit> {
  const { text, lower } = s;
  if (!/buy|order|pick|grab|get|book|shop|treat|upgrade|snag|stock|sort|go for|opt|invest|try|check/.test(lower)) return;
  for (const m of text.matchAll(ACQUIRE)) {
    const before = text.slice(0, m.index);
    const strong = m[1] !== undefined;
    if (strong ? NOT_ORDER.test(before) : !ADVICE_BEFORE.test(before)) continue;
    const product = s.productAt(m.index + m[0].length, strong);
    // "Check out Google Arts & Culture" points to a service; "check out their new EOS R50" to a model.
    // Apps have their own construction below ("get the Spotify app").
    if (!product || /\bapps?$/i.test(product.text) || (/^check/i.test(m[0]) && !/\d/.test(product.text))) continue;
    yield { start: m.index, end: product.end, messageId: m[3] !== undefined ? 'recommend' : 'buy' };
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

// "We can't recommend them enough", "I cannot recommend it highly enough": a strong recommendation of what the
// sentence names, with a pronoun standing for it.
const RECOMMEND_ENOUGH = re(`${B}(?:can['’]?t|cannot|can\\s+not|couldn['’]?t)\\s+recommend\\s+(?:it|them|this|these|that|those|him|her)\\s+(?:(?:highly|strongly)\\s+)?enough${E}`);
// "Not sponsored, but the Redmi Note 13 …": a disclaimer that introduces a rave. "Courtesy of Canon Philippines":
// a brand credited with what is on offer.
const NOT_SPONSORED = re(`${B}(?:not|this\\s+isn['’]t|this\\s+is\\s+not)\\s+(?:sponsored|an\\s+ad|paid|a\\s+paid\\s+post|an\\s+advert)\\s*(?:,|—|–|-|\\.{3}|…)?\\s*(?:but|just)${E}`);
const COURTESY_OF = re(`${B}(?:courtesy\\s+of|thanks\\s+to\\s+our\\s+(?:friends|partners)\\s+at)\\s+`);

// "If you're not on Proton Mail yet", "if you haven't tried the Fairphone yet": the product as what everyone should use.
const NOT_YET = re(`${B}if\\s+you(?:['’]re|\\s+are)\\s+not\\s+(?:on|using)\\s+|${B}if\\s+you\\s+(?:haven['’]t|have\\s+not)\\s+(?:tried|got|switched\\s+to)\\s+`);

function* endorsementFormulaHits(s: Sentence): Iterable<Hit> {
  const { text, lower } = s;
  if (lower.includes('if you')) {
    for (const m of text.matchAll(NOT_YET)) {
      const product = s.productAt(m.index + m[0].length, false);
      const yet = product && /^\s+yet(?![\p{L}])/u.exec(text.slice(product.end));
      if (yet && !s.isOwn(product.start, product.end)) yield { start: m.index, end: product.end + yet[0].length, messageId: 'recommend' };
    }
  }
  if (lower.includes('enough') && namesProduct(s)) {
    for (const m of text.matchAll(RECOMMEND_ENOUGH)) yield { start: m.index, end: m.index + m[0].length, messageId: 'recommend' };
  }
  if (/sponsored|\bad\b|paid|advert/.test(lower) && namesProduct(s)) {
    for (const m of text.matchAll(NOT_SPONSORED)) yield { start: m.index, end: m.index + m[0].length, messageId: 'recommend' };
  }
  if (/courtesy|friends|partners/.test(lower)) {
    for (const m of text.matchAll(COURTESY_OF)) {
      const brand = s.brandAt(m.index + m[0].length, false);
      if (brand && !s.isOwn(brand.start, brand.end)) yield { start: m.index, end: brand.end, messageId: 'sponsor' };
    }
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

function* raveHits(s: Sentence): Iterable<Hit> {
  const { text, lower } = s;
  if (/stop|obsessed|in love/.test(lower)) {
    for (const m of text.matchAll(RAVE_ABOUT)) {
      const object = s.window(m.index + m[0].length, 7);
      if (s.isOwn(object.start, object.end)) continue;
      const found = s.productAt(object.start) ?? s.firstProduct(object.start, object.end);
      const first = s.firstNotProduct(object.start, object.end);
      if (!found || (first && first.start < found.start)) continue;
      yield { start: m.index, end: found.end, messageId: 'praise' };
    }
  }
  if (/nothing|none|no other|nobody|no one/.test(lower)) {
    // "Nothing beats a Wikipedia rabbit hole" praises our own work.
    for (const m of text.matchAll(NOTHING_BETTER)) if (namesProduct(s)) yield { start: m.index, end: m.index + m[0].length, messageId: 'praise' };
    for (const m of text.matchAll(NOTHING_LIKE)) {
      const at = m.index + m[0].length;
      let end = s.productAt(at)?.end;
      if (end === undefined) {
        // "like Lagos" is a place; "like an ice-cold Chi Exotic" is something you buy.
        ARTICLE_NAME.lastIndex = at;
        const named = ARTICLE_NAME.exec(text);
        const name = named?.[1];
        if (!named || !name || NOT_SWITCH.has(name.split(/\s+/)[0]!) || /['’]s$/.test(name) || s.isOwn(at, at + named[0].length)) continue;
        end = at + named[0].length;
      }
      yield { start: m.index, end, messageId: 'praise' };
    }
  }
  if (lower.includes('beat')) {
    for (const m of text.matchAll(CANT_BEAT)) {
      if (m[1] === undefined && (!namesProduct(s) || s.isOwn())) continue;
      yield { start: m.index, end: m.index + m[0].length, messageId: 'praise' };
    }
  }
  if (lower.includes('the one')) {
    for (const m of text.matchAll(THE_ONE_TO)) {
      if (s.isOwn() || (!/(?:order|buy)$/i.test(m[0]) && !namesProduct(s))) continue;
      yield { start: m.index, end: m.index + m[0].length, messageId: 'recommend' };
    }
  }
  if (/know|reali|aware/.test(lower)) {
    for (const m of text.matchAll(YOU_KNOW)) {
      // "Did you know the Nokia 3310 …" shares a fact.
      if (/\bdid\s+$/i.test(text.slice(0, m.index))) continue;
      const product = s.productAt(m.index + m[0].length);
      const exists = product && /^\s+(?:exists|is\s+a\s+thing|is\s+out(?=\s*(?:now|already|[,.!?]|$)))/.exec(text.slice(product.end));
      if (exists) yield { start: product.start, end: product.end + exists[0].length, messageId: 'recommend' };
    }
  }
  if (/\b(?:run|ran|fuel|power)/.test(lower)) {
    for (const m of text.matchAll(RUNS_ON)) {
      const at = m.index + m[0].length;
      // A brand, or a name the lists don't know ("Club-Mate"); "we run on volunteers" and "on Fridays" are not.
      const product = s.productAt(at);
      const name = product ? undefined : matchAt(CAPITALISED_NAME, text, at);
      if (!product && (!name || NOT_SWITCH.has(name.split(/\s+/)[0]!) || /['’]s$/.test(name) || s.isOwn(at, at + name.length))) continue;
      yield { start: group(m, 1)![0], end: product?.end ?? at + name!.length, messageId: 'praise' };
    }
  }
  if (!lower.includes('without')) return;
  for (const m of s.text.matchAll(LIVE_WITHOUT)) {
    const object = s.window(m.index + m[0].length, 5);
    if (s.isOwn(object.start, object.end) || s.firstNotProduct(object.start, object.end)) continue;
    // Take the product in when it follows ("can't live without my Kindle").
    const found = s.productAt(object.start) ?? s.firstProduct(object.start, object.end);
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

function* poweredByHits(s: Sentence): Iterable<Hit> {
  const { text, lower } = s;
  if (/powered|fuel|presented/.test(lower)) {
    for (const m of text.matchAll(POWERED_BY)) {
      const at = m.index + m[0].length;
      const before = text.slice(0, m.index);
      const banner = m[1] !== undefined || AT_START.test(before);
      const brand = s.brandAt(at, false);
      // "Content Translation is powered by Google Translate" describes a tool; a banner or an event credits a sponsor.
      let end = brand && (banner || EVENT_BEFORE.test(before)) ? brand.end : undefined;
      if (end === undefined && banner && !brand) {
        const name = matchAt(CAPITALISED_NAME, text, at);
        if (!name || NOT_SWITCH.has(name.split(/\s+/)[0]!) || NOT_SWITCH.has(name) || /['’]s$/.test(name) || s.isOwn(at, at + name.length)) continue;
        end = at + name.length;
      }
      if (end !== undefined) yield { start: m.index, end, messageId: 'sponsor' };
    }
  }
  if (/collab|partnership|sponsored/.test(lower)) {
    for (const m of text.matchAll(DISCLOSURE)) {
      const end = m.index + m[0].length;
      const paid = /paid|sponsored/i.test(m[0]);
      const partner = /^\s+(?:with|between)\s+/i.exec(text.slice(end));
      const brand = partner && s.brandAt(end + partner[0].length);
      if (!paid && (!brand || s.isOwn())) continue;
      yield { start: m.index, end, messageId: 'sponsor' };
    }
  }
  if (/any|all|participating/.test(lower)) {
    for (const m of text.matchAll(REDEEM)) if (!s.isOwn()) yield { start: m.index, end: m.index + m[0].length, messageId: 'offer' };
  }
  if (lower.includes('sponsor')) {
    // "Google is sponsoring our hackathon".
    for (const b of s.brands()) {
      const after = SPONSORING_AFTER.exec(text.slice(b.end));
      if (after && !s.isOwn(b.start, b.end)) yield { start: b.start, end: b.end + after[0].length, messageId: 'sponsor' };
    }
  }
}

function* saleHits(s: Sentence): Iterable<Hit> {
  const { text, lower } = s;
  if (!/sale|special|discount|clearance|promo/.test(lower) || lower.includes('ticket') || s.isOwn()) return;
  for (const m of text.matchAll(ON_SALE)) {
    const end = m.index + m[0].length;
    const when = matchAt(SALE_WHEN, text, end);
    const before = text.slice(0, m.index);
    if (/\b(?:went|first|originally)\s+$/i.test(before)) continue;
    if (when === undefined && !SHOP_HAS.test(before)) continue;
    yield { start: m.index, end: when === undefined || /at$/i.test(when) ? end : end + when.length, messageId: 'buy' };
  }
}

function* priceHits(s: Sentence): Iterable<Hit> {
  const { text, lower } = s;
  if (!/\d/.test(text)) return;
  if (/under|below|less|just|only|from|starting/.test(lower) && namesProduct(s)) {
    for (const m of text.matchAll(PRICE_FOR)) yield { start: m.index, end: m.index + m[0].length, messageId: 'price' };
  }
  if (/pack|bundle|plan|tariff|recharge|top|subscription/.test(lower) && !s.isOwn()) {
    for (const m of text.matchAll(PRICED_PLAN)) yield { start: m.index, end: m.index + m[0].length, messageId: 'price' };
  }
}

function* shoppingHits(s: Sentence): Iterable<Hit> {
  const { text, lower } = s;
  if (/recharge|top/.test(lower)) {
    for (const m of text.matchAll(TOP_UP)) {
      if (!ADVICE_BEFORE.test(text.slice(0, m.index)) || !(AIRTIME.test(text) || s.hasBrand())) continue;
      yield { start: m.index, end: m.index + m[0].length, messageId: 'buy' };
    }
  }
  if (!/shopping|market|buy|looking|need|want|upgrading|replacing/.test(lower) || s.isOwn()) return;
  for (const m of text.matchAll(SHOPPING)) {
    const at = m.index + m[0].length;
    if (m[2] !== undefined) {
      // "Need a laptop for the workshop? We lend them" is not advice: only "need a new …?" or "if you're upgrading …".
      const asked = /^[^.!?]*\?/.test(text.slice(at)) || /\bif\s+you(?:['’]re|\s+are)\s+$/i.test(text.slice(0, m.index));
      // "Upgrading your phone? Back up first" is advice too: upgrading and replacing need a product named as well.
      const adjective = /^(?:upgrading|replacing)/i.test(m[2]) ? s.hasBrand() || s.hasModel() : SHOPPING_ADJECTIVE.test(m[3]!);
      if (!asked || !adjective) continue;
    }
    const noun = s.nouns().find((n) => n.start === at);
    const end = noun?.end ?? s.productAt(at)?.end;
    if (end !== undefined) yield { start: m.index, end, messageId: 'shopping' };
  }
}

/** The clause before `at` names a brand, or a capitalised name that is not its first word, ours, or a setting. */
function namedSubject(s: Sentence, at: number): boolean {
  const clauseStart = Math.max(...['.', ':', ';', '!', '?', '—'].map((c) => s.text.lastIndexOf(c, at - 1) + 1));
  if (s.hasBrand(clauseStart, at)) return true;
  const clause = s.text.slice(clauseStart, at);
  const first = /\S+/.exec(clause);
  for (const w of clause.matchAll(/(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}\p{N}-]*/gu)) {
    if (first && w.index === first.index) continue;
    if (NOT_SWITCH.has(w[0]) || s.isOwn(clauseStart + w.index, clauseStart + w.index + w[0].length)) continue;
    return true;
  }
  return false;
}
