import type { LexiconEntry } from '../types.ts';

export type PromotionKind =
  /** A call to buy or order ("buy now", "shop now"). */
  | 'buy'
  /** A discount, offer or promo code ("promo code", "free trial"). */
  | 'offer'
  /** A sponsorship, advertising or affiliate marker ("#ad", "paid partnership", "link in bio"). */
  | 'sponsor'
  /** A personal rave that only makes sense about a product ("you need this", "worth every penny"). */
  | 'praise';

export interface PromotionPhrase extends LexiconEntry {
  kind: PromotionKind;
  /** Only counts at the start of the sentence (after emoji or punctuation): "Order now!" but not "in order now". */
  atStart?: boolean;
  /**
   * Only counts when the sentence names a brand, or a product and none of our own projects: "a game changer" raves
   * about a Pixel phone, but could as well praise Wikidata.
   */
  needsProduct?: boolean;
  /**
   * Counts alone at the end of a clause ("You need this!", "you need this in your life"); followed by more words it
   * needs a product as above ("you need this guide" is advice).
   */
  alone?: boolean;
}

const FTC = 'https://www.ftc.gov/business-guidance/resources/disclosures-101-social-media-influencers';
const usage = 'common English usage';

/**
 * Phrases that promote a product wherever they appear in an official post. Constructions that need a look at
 * their neighbours ("use code X", "20% off", "switch to X", "highly recommend X", "nothing beats", "on sale until
 * Friday") live in the rule itself.
 */
export const promotionPhrases: readonly PromotionPhrase[] = [
  // Calls to buy
  { text: 'buy now', kind: 'buy', note: 'The classic shop button text.', source: usage },
  { text: 'buy it now', kind: 'buy', note: 'Shop button text (eBay and others).', source: usage },
  { text: 'buy yours', kind: 'buy', note: 'Call to buy a product.', source: usage },
  { text: 'buy one today', kind: 'buy', note: 'Call to buy a product.', source: usage },
  { text: 'order yours', kind: 'buy', note: 'Call to order a product.', source: usage },
  { text: 'order your copy', kind: 'buy', note: 'Call to order a book or record.', source: usage },
  { text: 'order now', kind: 'buy', atStart: true, note: 'Call to order; only at the start, so "in chronological order now" stays quiet.', source: usage },
  { text: 'order today', kind: 'buy', atStart: true, note: 'Call to order; only at the start, as above.', source: usage },
  { text: 'pre-order now', kind: 'buy', note: 'Call to pre-order a product.', source: usage },
  { text: 'preorder now', kind: 'buy', note: 'Spelling variant of "pre-order now".', source: usage },
  { text: 'get yours today', kind: 'buy', note: 'Call to buy a product.', source: usage },
  { text: 'get yours now', kind: 'buy', note: 'Call to buy a product.', source: usage },
  { text: 'grab yours', kind: 'buy', note: 'Informal call to buy a product.', source: usage },
  { text: 'shop now', kind: 'buy', note: 'Shop button text.', source: usage },
  { text: 'shop the sale', kind: 'buy', note: 'Call to shop a sale.', source: usage },
  { text: 'shop the collection', kind: 'buy', note: 'Call to shop a product line.', source: usage },
  { text: 'add to cart', kind: 'buy', note: 'Shop button text.', source: usage },
  { text: 'in stores now', kind: 'buy', note: 'Announces a product for sale.', source: usage },
  { text: 'available in stores', kind: 'buy', note: 'Announces a product for sale.', source: usage },
  { text: 'while supplies last', kind: 'buy', note: 'Sales urgency formula.', source: usage },
  { text: 'free shipping', kind: 'offer', note: 'Retail offer.', source: usage },

  // Offers and codes
  { text: 'promo code', kind: 'offer', note: 'A code that unlocks a discount.', source: usage },
  { text: 'promo codes', kind: 'offer', note: 'Plural of the above.', source: usage },
  { text: 'discount code', kind: 'offer', note: 'A code that unlocks a discount.', source: usage },
  { text: 'discount codes', kind: 'offer', note: 'Plural of the above.', source: usage },
  { text: 'coupon code', kind: 'offer', note: 'A code that unlocks a discount.', source: usage },
  { text: 'voucher code', kind: 'offer', note: 'A code that unlocks a discount.', source: usage },
  { text: 'referral code', kind: 'offer', note: 'A code that earns the poster a reward.', source: usage },
  { text: 'free trial', kind: 'offer', note: 'Subscription sign-up offer; Wikimedia projects have nothing to trial.', source: usage },
  { text: 'limited-time offer', kind: 'offer', note: 'Sales urgency formula.', source: usage },
  { text: 'limited time offer', kind: 'offer', note: 'Unhyphenated spelling of the above.', source: usage },
  { text: 'special offer', kind: 'offer', note: 'Retail offer.', source: usage },
  { text: 'exclusive offer', kind: 'offer', note: 'Retail offer.', source: usage },
  { text: 'exclusive discount', kind: 'offer', note: 'Retail offer.', source: usage },
  { text: 'flash sale', kind: 'offer', note: 'Short retail sale.', source: usage },
  { text: 'buy one get one', kind: 'offer', note: 'Retail offer ("BOGO").', source: usage },
  { text: 'BOGO', kind: 'offer', note: 'Abbreviation of "buy one get one".', source: usage },
  { text: 'money-back guarantee', kind: 'offer', note: 'Retail promise.', source: usage },
  { text: 'Black Friday deals', kind: 'offer', note: 'Retail sale season.', source: 'https://en.wikipedia.org/wiki/Black_Friday_(shopping)' },
  { text: 'Black Friday deal', kind: 'offer', note: 'Retail sale season.', source: 'https://en.wikipedia.org/wiki/Black_Friday_(shopping)' },
  { text: 'Black Friday sale', kind: 'offer', note: 'Retail sale season.', source: 'https://en.wikipedia.org/wiki/Black_Friday_(shopping)' },
  { text: 'Cyber Monday deals', kind: 'offer', note: 'Retail sale season.', source: 'https://en.wikipedia.org/wiki/Cyber_Monday' },
  { text: 'Prime Day deals', kind: 'offer', note: 'Amazon sale event.', source: 'https://en.wikipedia.org/wiki/Prime_Day' },
  { text: 'deal of the day', kind: 'offer', note: 'Retail offer.', source: usage },

  // Sponsorship, advertising and affiliate markers
  { text: '#ad', kind: 'sponsor', note: 'Advertising disclosure hashtag.', source: FTC },
  { text: '#ads', kind: 'sponsor', note: 'Advertising disclosure hashtag.', source: FTC },
  { text: '#advert', kind: 'sponsor', note: 'Advertising disclosure hashtag (UK).', source: 'https://www.asa.org.uk/resource/influencers-guide.html' },
  { text: '#advertisement', kind: 'sponsor', note: 'Advertising disclosure hashtag.', source: FTC },
  { text: '#sponsored', kind: 'sponsor', note: 'Sponsorship disclosure hashtag.', source: FTC },
  { text: '#sponsor', kind: 'sponsor', note: 'Sponsorship disclosure hashtag.', source: FTC },
  { text: '#spon', kind: 'sponsor', note: 'Short sponsorship disclosure hashtag.', source: FTC },
  { text: '#partner', kind: 'sponsor', note: 'Brand-partnership disclosure hashtag.', source: FTC },
  { text: '#brandpartner', kind: 'sponsor', note: 'Brand-partnership disclosure hashtag.', source: FTC },
  { text: '#paidpartnership', kind: 'sponsor', note: 'Paid-partnership disclosure hashtag.', source: FTC },
  { text: '#paidpartner', kind: 'sponsor', note: 'Paid-partnership disclosure hashtag.', source: FTC },
  { text: '#affiliate', kind: 'sponsor', note: 'Affiliate-link disclosure hashtag.', source: FTC },
  { text: '#affiliatelink', kind: 'sponsor', note: 'Affiliate-link disclosure hashtag.', source: FTC },
  { text: '#gifted', kind: 'sponsor', note: 'Disclosure that a brand gave the product.', source: 'https://www.asa.org.uk/resource/influencers-guide.html' },
  { text: 'paid partnership', kind: 'sponsor', note: 'Instagram and TikTok label for paid brand content.', source: 'https://help.instagram.com/1109894795810258' },
  { text: 'paid promotion', kind: 'sponsor', note: 'YouTube label for paid brand content.', source: 'https://support.google.com/youtube/answer/154235' },
  { text: 'sponsored post', kind: 'sponsor', note: 'Disclosure of paid content.', source: FTC },
  { text: 'sponsored content', kind: 'sponsor', note: 'Disclosure of paid content.', source: FTC },
  { text: 'affiliate link', kind: 'sponsor', note: 'A link that pays the poster a commission.', source: FTC },
  { text: 'affiliate links', kind: 'sponsor', note: 'Plural of the above.', source: FTC },
  { text: 'referral link', kind: 'sponsor', note: 'A link that earns the poster a reward.', source: usage },
  { text: 'through my link', kind: 'sponsor', note: 'Points to a personal (affiliate) shopping link.', source: FTC },
  { text: 'via my link', kind: 'sponsor', note: 'Points to a personal (affiliate) shopping link.', source: FTC },
  { text: 'use my link', kind: 'sponsor', note: 'Points to a personal (affiliate) shopping link.', source: FTC },
  { text: 'amzn.to', kind: 'sponsor', note: 'Amazon short links, the usual form of an Amazon affiliate link.', source: 'https://affiliate-program.amazon.com/help/node/topic/GP38PJ6EUR6PFBEC' },
  { text: 'link in bio', kind: 'sponsor', note: 'Influencer formula pointing to a shop or affiliate link.', source: usage },
  { text: 'link in my bio', kind: 'sponsor', note: 'Variant of "link in bio".', source: usage },
  { text: 'link in our bio', kind: 'sponsor', note: 'Variant of "link in bio".', source: usage },
  { text: 'links in bio', kind: 'sponsor', note: 'Variant of "link in bio".', source: usage },

  // Raves that only fit a product
  { text: 'you need this', kind: 'praise', alone: true, note: 'Influencer formula ("you need this in your life").', source: usage },
  { text: 'you need one', kind: 'praise', alone: true, note: 'Influencer formula.', source: usage },
  // "Worth every penny / cent / rupee": praise for money spent, in any currency.
  ...['penny', 'cent', 'dollar', 'euro', 'pound', 'rupee', 'naira', 'rand', 'peso', 'real', 'yen', 'shilling', 'lira', 'złoty', 'baht', 'rupiah']
    .flatMap((unit) => [`worth every ${unit}`, `worth every single ${unit}`])
    .map((text): PromotionPhrase => ({ text, kind: 'praise', note: 'Praise for a purchase.', source: usage })),
  { text: 'would buy again', kind: 'praise', note: 'Review formula ("10/10, would buy again").', source: usage },
  { text: 'would buy it again', kind: 'praise', note: 'Review formula.', source: usage },
  { text: 'would order again', kind: 'praise', note: 'Review formula.', source: usage },
  { text: 'port your number', kind: 'buy', note: 'Mobile-operator pitch: move your phone number to the advertised network.', source: usage },
  { text: 'change your life', kind: 'praise', needsProduct: true, note: 'Rave, when said of a product ("this e-reader will change your life").', source: usage },
  { text: 'changed my life', kind: 'praise', needsProduct: true, note: 'Rave, when said of a product.', source: usage },
  { text: 'changed our lives', kind: 'praise', needsProduct: true, note: 'Rave, when said of a product.', source: usage },
  { text: 'life-changing', kind: 'praise', needsProduct: true, note: 'Rave, when said of a product.', source: usage },
  { text: 'lifesaver', kind: 'praise', needsProduct: true, note: 'Rave, when said of a product ("this power bank is a lifesaver").', source: usage },
  { text: 'best purchase ever', kind: 'praise', note: 'Praise for a purchase.', source: usage },
  { text: 'best money I ever spent', kind: 'praise', note: 'Praise for a purchase.', source: usage },
  { text: "best money I've ever spent", kind: 'praise', note: 'Praise for a purchase.', source: usage },
  { text: 'this is the one', kind: 'praise', needsProduct: true, note: 'Buying advice ("if you are upgrading, this is the one").', source: usage },
  { text: 'swear by', kind: 'praise', needsProduct: true, note: 'Personal testimonial for a product.', source: usage },
  { text: 'thank us later', kind: 'praise', needsProduct: true, note: 'Influencer formula after a product tip.', source: usage },
  { text: 'treat yourself', kind: 'praise', needsProduct: true, note: 'Invitation to buy something for oneself.', source: usage },
  { text: 'worth the money', kind: 'praise', needsProduct: true, note: 'Praise for a purchase.', source: usage },
  { text: 'no going back', kind: 'praise', needsProduct: true, note: 'Testimonial ("once you\'ve tried the Fairphone 5 there\'s no going back").', source: usage },
  { text: 'never going back', kind: 'praise', needsProduct: true, note: 'Testimonial, as above.', source: usage },
  { text: 'is a beast', kind: 'praise', needsProduct: true, note: 'Slang rave for a device ("the new 5G router is a beast").', source: usage },
  { text: 'absolute beast', kind: 'praise', needsProduct: true, note: 'Slang rave for a device.', source: usage },
  { text: 'everyone should have one', kind: 'praise', needsProduct: true, note: 'Buying advice after naming a product.', source: usage },
  { text: 'everyone needs one', kind: 'praise', needsProduct: true, note: 'Buying advice after naming a product.', source: usage },
  { text: 'game changer', kind: 'praise', needsProduct: true, note: 'Rave, when said of a product.', source: usage },
  { text: 'game-changer', kind: 'praise', needsProduct: true, note: 'Hyphenated spelling of the above.', source: usage },
  { text: 'must-have', kind: 'praise', note: 'Hyphenated, a product pitch; "must have been" is unhyphenated and not matched.', source: usage },
];

/**
 * Nouns for things people buy. A superlative or a favourite ("best phone ever", "my favourite app") is a product
 * recommendation only when it is about one of these or a brand: "best article ever" praises our own work.
 * Plurals are matched too.
 */
export const productNouns: readonly LexiconEntry[] = [
  ...[
    'phone', 'smartphone', 'laptop', 'tablet', 'computer', 'headphones', 'earbuds', 'headset', 'camera', 'lens',
    'smartwatch', 'watch', 'gadget', 'device', 'console', 'charger', 'e-reader', 'TV',
    'television', 'monitor', 'printer', 'router', 'drone', 'tripod', 'power bank', 'memory card', 'SD card',
    'phone case', 'coffee machine', 'espresso machine', 'webcam', 'microphone', 'SSD', 'stylus',
  ].map((text) => ({ text, note: 'Consumer electronics.', source: usage })),
  ...['SIM card', 'eSIM', 'data plan', 'data pack', 'data bundle', 'mobile plan', 'phone plan', 'broadband plan']
    .map((text) => ({ text, note: 'Mobile and internet plans, sold by operators.', source: usage })),
  ...['app', 'browser', 'VPN', 'software', 'subscription', 'streaming service', 'password manager', 'email provider', 'chatbot', 'plugin', 'extension']
    .map((text) => ({ text, note: 'Software or an online service people subscribe to.', source: usage })),
  ...['coffee', 'tea', 'drink', 'energy drink', 'soda', 'beer', 'snack', 'chocolate', 'pizza', 'burger', 'noodle', 'ramen', 'restaurant', 'café', 'cafe']
    .map((text) => ({ text, note: 'Food, drink or a place that sells them.', source: usage })),
  ...['sneakers', 'shoes', 'jacket', 'backpack', 'bag', 'mattress', 'car', 'skincare', 'shampoo']
    .map((text) => ({ text, note: 'Consumer goods.', source: usage })),
  ...['swag', 'merch', 'goodies', 'gear']
    .map((text) => ({ text, note: 'Branded giveaways.', source: usage })),
  ...['product', 'brand', 'purchase', 'deal', 'store', 'shop']
    .map((text) => ({ text, note: 'Words for commerce itself.', source: usage })),
];

/**
 * Words after "can't live without" or "highly recommend" that name people or our own work, not a product:
 * "we can't live without our volunteers", "we highly recommend reading the article".
 */
export const notProducts: readonly LexiconEntry[] = [
  ...['you', 'them', 'volunteers', 'volunteer', 'editors', 'editor', 'contributors', 'community', 'communities',
    'donors', 'readers', 'members', 'team', 'friends', 'people', 'everyone', 'each other', 'partners', 'librarians',
    'teachers', 'students', 'photographers']
    .map((text) => ({ text, note: 'People: thanking or praising them is not a product endorsement.', source: usage })),
  ...['article', 'articles', 'page', 'pages', 'entry', 'guide', 'tutorial', 'FAQ', 'policy', 'policies', 'talk',
    'session', 'sessions', 'workshop', 'webinar', 'course', 'event', 'edit-a-thon', 'editathon', 'conference',
    'meetup', 'newsletter', 'essay', 'report', 'paper', 'study', 'documentation', 'manual', 'handbook',
    'library', 'libraries', 'museum', 'archive', 'archives', 'exhibition', 'collection', 'dataset', 'book', 'books']
    .map((text) => ({ text, note: 'Knowledge, events and our own work: recommending them is what we do.', source: usage })),
  ...['documentary', 'film', 'interview', 'podcast', 'episode', 'video', 'blog', 'post', 'thread', 'story',
    'account', 'accounts', 'link', 'invite', 'meeting', 'call', 'form', 'ticket', 'tickets', 'badge', 'certificate',
    'scholarship', 'scholarships', 'award', 'prize', 'contest', 'competition', 'hackathon', 'skin']
    .map((text) => ({ text, note: 'Media, accounts and event logistics: "get a Zoom link", "the Netflix documentary about Wikipedia".', source: usage })),
  ...['support', 'grant', 'grants', 'funding', 'donation', 'donations', 'help', 'partnership', 'collaboration',
    'hospitality', 'venue', 'space', 'hosting', 'welcome', 'opportunity', 'invitation', 'feedback']
    .map((text) => ({ text, note: 'Help and funding: thanking a partner for them is not praising a product.', source: usage })),
  ...['reading', 'read', 'checking', 'joining', 'attending', 'watching', 'exploring', 'visiting', 'learning',
    'editing', 'browsing', 'taking', 'following', 'signing', 'registering']
    .map((text) => ({ text, note: 'An activity: "we recommend reading …" recommends doing something, not buying something.', source: usage })),
];

/**
 * Capitalised words that are settings, languages, dates, our own tools and events, or free-knowledge allies rather
 * than products: "Switch to Dark Mode", "switch to English", "switch to Vector 2022", "go for the WikiCon 2025
 * session". Any construction that accepts a product name the brand list doesn't know checks its first word here.
 */
export const notSwitchTargets: readonly LexiconEntry[] = [
  ...['Dark', 'Light', 'Night', 'Desktop', 'Mobile', 'Reading', 'Edit', 'Source', 'Visual', 'VisualEditor',
    'Preview', 'Settings', 'Preferences', 'Vector', 'Monobook', 'MonoBook', 'Minerva', 'Timeless', 'Dark Mode',
    'Accessibility', 'Full', 'Compact', 'High', 'Large', 'Small', 'Standard', 'Default', 'Classic', 'New']
    .map((text) => ({ text, note: 'Interface setting or skin name.', source: 'https://www.mediawiki.org/wiki/Manual:Skins' })),
  ...['English', 'Spanish', 'French', 'German', 'Portuguese', 'Arabic', 'Hindi', 'Bengali', 'Chinese', 'Japanese',
    'Korean', 'Russian', 'Italian', 'Dutch', 'Swahili', 'Yoruba', 'Hausa', 'Igbo', 'Indonesian', 'Turkish',
    'Persian', 'Urdu', 'Tamil', 'Telugu', 'Marathi', 'Polish', 'Ukrainian', 'Hebrew', 'Greek', 'Catalan']
    .map((text) => ({ text, note: 'A language: switching interface language is not a product.', source: 'https://meta.wikimedia.org/wiki/List_of_Wikipedias' })),
  ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
    'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'UTC', 'Summer',
    'Winter', 'Plan', 'Phase', 'Step', 'Part', 'Chapter', 'Section', 'Tab', 'Page', 'I', 'We', 'The', 'A', 'An', 'It']
    .map((text) => ({ text, note: 'Dates, times, steps and function words in title case.', source: usage })),
  ...['Level', 'Round', 'Stage', 'Top', 'Day', 'Week', 'Room', 'Hall', 'Track', 'Session', 'Category', 'Foundation',
    'Chapter', 'Board', 'CC', 'Public', 'Open']
    .map((text) => ({ text, note: 'Title-case words for event logistics, organisations and licences.', source: usage })),
  ...['WikiCon', 'WikiConference', 'WikiIndaba', 'Phabricator', 'Gerrit', 'Toolforge', 'PAWS', 'Quarry', 'Wikitech',
    'Kiwix', 'Citoid', 'Listeria']
    .map((text) => ({ text, note: 'Wikimedia community events and tools: ours, not products.', source: 'https://meta.wikimedia.org/wiki/Wikimedia_projects' })),
  ...['OpenStreetMap', 'Internet Archive', 'Creative Commons', 'Europeana', 'Wikipedia Library']
    .map((text) => ({ text, note: 'Free-knowledge allies, mentioned as partners rather than products.', source: usage })),
];
