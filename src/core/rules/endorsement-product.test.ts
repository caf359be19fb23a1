import { describe, expect, it } from 'vitest';
import { runRuleTable } from '../../../test/unit/rule-tester.ts';
import { promotionPhrases } from '../lexicons/en/product-promotion.ts';
import rule from './endorsement-product.ts';

runRuleTable(rule, {
  valid: [
    // Products named as topics, from the issue.
    'The iPhone article was edited 9,000 times.',
    'Read about the history of Coca-Cola.',
    "Netflix's article is among the most viewed this week.",
    'Photos taken on a Nikon D750 are welcome.',
    'Apple was founded in 1976.',
    'The Amazon rainforest is larger than you think 🌳',
    'Vote for the best article of the week!',
    'Our best photos from Wiki Loves Monuments are on Commons.',
    'We recommend reading the article on the history of Coca-Cola.',
    'Switch to dark mode in the app settings.',
    'Link to the article in the replies.',
    'Available in 300 languages.',
    '40% of editors read on mobile.',
    'Please use the code of conduct when you report a problem.',
    // Our own free projects and apps.
    'Download the Wikipedia app to read offline.',
    'The Wikipedia app now has dark mode. Download the app today!',
    'The Wikipedia app is available on the App Store and Google Play.',
    'Our app just got a redesign 🎉 Try our app today.',
    // Ordinary posts near the patterns.
    "We can't live without our volunteers 💙",
    'We highly recommend joining the workshop on Saturday.',
    'Best edit-a-thon ever! Thank you, Lagos 💚',
    'Switch to English at the top of the page.',
    'Thanks to our friends at the Internet Archive for the amazing collaboration.',
    'Thanks to Google for the generous grant.',
    'Thanks to the library for the coffee and snacks.',
    'This event is sponsored by the Wikimedia Foundation.',
    'We reduced page load time by 20% and shaved 30% off the build.',
    'Pick up your badge at Registration on Friday.',
    'My favourite photo from the contest 📷',
    'When it comes to free knowledge, nothing else comes close.',
    'Wikidata is a game changer for researchers.',
    'We switched to Mastodon for our community updates.',
    'A volunteer photographed every metro station with a Canon EOS R50.',
    'Donate today and keep Wikipedia ad-free.',
    'The exhibition is open to the public, free for 30 days.',
    'Our new podcast episode is available on Spotify and Apple Podcasts.',
    'Get daily facts on Instagram and TikTok.',
    'The meetup has moved to Zoom because of the storm.',
    'We will switch to Zoom on Monday.',
    "You can switch to Firefox's reader view for a cleaner look.",
    // A brand joined to "'s" is not the object: the feature is.
    "Switch to Chrome's dark mode in settings.",
    "Grab a Coke's worth of snacks from the table.",
    'We got 10% back from the grant budget.',
    'Nothing beats a Wikipedia rabbit hole on a Sunday.',
    'Give monthly and cancel anytime: just $3 a month keeps Wikipedia free.',
    'Thank you to Apple for the generous donation to the Wikimedia Endowment.',
    'Get involved at Wikimania 2026.',
    // Personal accounts are not checked for product endorsements.
    { text: 'Use code WIKI20 for 20% off!', profile: 'personal' },
  ],
  invalid: [
    {
      // Emoji on both sides.
      text: "🛒Buy now🎉 before it's gone",
      errors: [{ messageId: 'buy', start: 2, end: 9, span: 'Buy now' }],
    },
    {
      // Chinese right before the code.
      text: '限时优惠Use code WIKI20 for 20% off!',
      errors: [
        { messageId: 'promoCode', start: 4, end: 19, span: 'Use code WIKI20' },
        { messageId: 'offer', start: 24, end: 31, span: '20% off' },
      ],
    },
    {
      // Arabic before the offer.
      text: 'خصم كبير 20% off everything this weekend',
      errors: [{ messageId: 'offer', start: 9, end: 16, span: '20% off' }],
    },
    {
      // Hebrew before the call.
      text: 'מבצע: Shop now ✨',
      errors: [{ messageId: 'buy', start: 6, end: 14, span: 'Shop now' }],
    },
    {
      text: 'رائع #ad',
      errors: [{ messageId: 'sponsor', start: 5, end: 8, span: '#ad' }],
    },
    {
      text: 'Start your free trial today.',
      errors: [{ messageId: 'offer', start: 11, end: 21, span: 'free trial' }],
    },
    {
      text: 'Try it free for 30 days.',
      errors: [{ messageId: 'offer', start: 0, end: 23, span: 'Try it free for 30 days' }],
    },
    {
      text: 'This is the best phone on the market 📱',
      errors: [{ messageId: 'superlative', start: 12, end: 36, span: 'best phone on the market' }],
    },
    {
      text: 'Best burger in Lagos, trust us 🍔',
      errors: [{ messageId: 'superlative', start: 0, end: 20, span: 'Best burger in Lagos' }],
    },
    {
      text: 'We highly recommend Spotify for your study playlists.',
      errors: [{ messageId: 'recommend', start: 3, end: 27, span: 'highly recommend Spotify' }],
    },
    {
      // A name no list knows, strongly recommended.
      text: "We highly recommend DeepL Pro, it's what our volunteers use.",
      errors: [{ messageId: 'recommend', start: 3, end: 29, span: 'highly recommend DeepL Pro' }],
    },
    {
      // The user's brands extend the built-in list, in any case.
      text: 'We highly recommend acme cloud for backups.',
      vocabulary: { brands: ['Acme Cloud'] },
      errors: [{ messageId: 'recommend', start: 3, end: 30, span: 'highly recommend acme cloud' }],
    },
    {
      text: 'You need this in your life 😍',
      errors: [{ messageId: 'praise', start: 0, end: 13, span: 'You need this' }],
    },
    {
      text: "Honestly, we can't live without our Kindle.",
      errors: [{ messageId: 'praise', start: 13, end: 42, span: "can't live without our Kindle" }],
    },
    {
      text: 'Every photo was taken on a Pixel 8 Pro, and honestly nothing else comes close.',
      errors: [{ messageId: 'praise', start: 53, end: 77, span: 'nothing else comes close' }],
    },
    {
      text: 'Duolingo is my favourite app 🦉',
      errors: [{ messageId: 'favourite', start: 12, end: 28, span: 'my favourite app' }],
    },
    {
      text: 'Sponsored by Nike. Just do it.',
      errors: [{ messageId: 'sponsor', start: 0, end: 17, span: 'Sponsored by Nike' }],
    },
    {
      text: 'Paid partnership with @GoPro 🤝',
      errors: [{ messageId: 'sponsor', start: 0, end: 16, span: 'Paid partnership' }],
    },
    {
      text: 'Link in bio 👆',
      errors: [{ messageId: 'sponsor', start: 0, end: 11, span: 'Link in bio' }],
    },
    {
      text: 'Red Bull is the official drink of our hackathon 🥤',
      errors: [{ messageId: 'sponsor', start: 16, end: 30, span: 'official drink' }],
    },
    {
      text: 'Switch to Firefox today!',
      errors: [{ messageId: 'switchTo', start: 0, end: 17, span: 'Switch to Firefox' }],
    },
    {
      // Japanese right before, a full-width "！" after.
      text: '日本の皆さん、Switch to Firefox！',
      errors: [{ messageId: 'switchTo', start: 7, end: 24, span: 'Switch to Firefox' }],
    },
    {
      text: 'Get the Spotify app and start listening.',
      errors: [{ messageId: 'app', start: 0, end: 19, span: 'Get the Spotify app' }],
    },
    {
      text: 'Download the app now.',
      options: { unnamedApps: true },
      errors: [{ messageId: 'unnamedApp', start: 0, end: 16, span: 'Download the app' }],
    },
    {
      text: 'Thanks to our friends at Nespresso for the amazing coffee!',
      errors: [{ messageId: 'thanks', start: 0, end: 57, span: 'Thanks to our friends at Nespresso for the amazing coffee' }],
    },
    {
      text: 'Available at Amazon and all good bookstores.',
      errors: [{ messageId: 'buy', start: 0, end: 19, span: 'Available at Amazon' }],
    },
    {
      text: "Order it on Tokopedia, it's cheapest there 🚁",
      errors: [{ messageId: 'buy', start: 0, end: 21, span: 'Order it on Tokopedia' }],
    },
    {
      text: 'Pick up a box at any Indomaret!',
      errors: [{ messageId: 'buy', start: 0, end: 30, span: 'Pick up a box at any Indomaret' }],
    },
    {
      text: 'Heading to Wikimania? Book your hotel on Booking.com and get 10% back 🏨',
      errors: [
        { messageId: 'buy', start: 22, end: 52, span: 'Book your hotel on Booking.com' },
        { messageId: 'offer', start: 57, end: 69, span: 'get 10% back' },
      ],
    },
    {
      text: 'Grab a Coke and start editing! 🥤',
      errors: [{ messageId: 'buy', start: 0, end: 11, span: 'Grab a Coke' }],
    },
    {
      // The model number is part of the name.
      text: 'Pre-order the new Pixel 9 today.',
      errors: [{ messageId: 'buy', start: 0, end: 25, span: 'Pre-order the new Pixel 9' }],
    },
    {
      text: "Ditch Google Docs and move to Notion, you won't regret it.",
      errors: [{ messageId: 'switchTo', start: 22, end: 36, span: 'move to Notion' }],
    },
    {
      text: 'Huge shoutout to @Nike for the amazing sneakers 👟',
      errors: [{ messageId: 'thanks', start: 5, end: 47, span: 'shoutout to @Nike for the amazing sneakers' }],
    },
    {
      text: 'Nothing beats a Starbucks latte during an edit-a-thon ☕',
      errors: [{ messageId: 'praise', start: 0, end: 13, span: 'Nothing beats' }],
    },
    {
      text: 'Honestly the best note app around: Notion.',
      errors: [{ messageId: 'superlative', start: 13, end: 33, span: 'best note app around' }],
    },
    {
      text: '10/10 would recommend the Sony WH-1000XM5 for focus while editing.',
      errors: [{ messageId: 'recommend', start: 12, end: 41, span: 'recommend the Sony WH-1000XM5' }],
    },
    {
      text: "If you're still editing in Chrome, it's time to switch to Firefox.",
      errors: [{ messageId: 'switchTo', start: 48, end: 65, span: 'switch to Firefox' }],
    },
    {
      // Reposting an ad is endorsing it.
      text: 'Good luck to all entrants!',
      quoted: 'Get 30% off Lightroom with code SHOOT30 #ad',
      errors: [
        { messageId: 'offer', start: 4, end: 11, span: '30% off', quoted: true },
        { messageId: 'promoCode', start: 22, end: 39, span: 'with code SHOOT30', quoted: true },
        { messageId: 'sponsor', start: 40, end: 43, span: '#ad', quoted: true },
      ],
    },
  ],
});

describe('rule endorsement-product details', () => {
  it('lets every phrase of its lexicon through its trigger', () => {
    const trigger = rule.meta.trigger as RegExp;
    for (const { text } of promotionPhrases) expect(trigger.test(text), text).toBe(true);
  });

  it('offers neutral rewordings', async () => {
    const { createAnalyzer } = await import('../engine.ts');
    const analyze = (text: string) => createAnalyzer({ rules: [rule] }).analyze({ text });
    expect(analyze('We highly recommend Spotify.')[0]?.suggestions).toEqual([
      { replacement: 'use Spotify', label: 'Say you use Spotify instead of recommending it' },
    ]);
    expect(analyze('Duolingo is my favourite app.')[0]?.suggestions?.[0]?.replacement).toBe('an app');
    expect(analyze('New lens day #ad')[0]?.suggestions?.[0]?.replacement).toBe('');
    expect(analyze('Use code WIKI20 now')[0]?.suggestions?.[0]?.replacement).toBe('');
  });
});
