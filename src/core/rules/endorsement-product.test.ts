import { describe, expect, it } from 'vitest';
import { runRuleTable } from '../../../test/unit/rule-tester.ts';
import { promotionPhrases } from '../lexicons/en/product-promotion.ts';
import rule from './endorsement-product.ts';

runRuleTable(rule, {
  valid: [
    // Round 3: hard negatives for the choice, ruling-out, pronoun-office, endorsement-formula constructions.
    "Photo courtesy of the National Archives of Kenya, public domain.",
    "Not sponsored, but we are thrilled: 2,000 new articles on Swahili Wikipedia!",
    "If you're not on Wikidata yet, here is a 10-minute tutorial.",
    "If you haven't tried editing yet, our Saturday workshop is for you.",
    "This is your sign to finally write that article about your hometown.",
    "We can't recommend it enough: the Wikipedia Library gives editors free access to journals.",
    "Once you've added your first citation there's no going back 📚",
    "The new rock climbing wall is a beast, says the article on the stadium.",
    "Starlink satellites photographed from Nairobi are now on Commons.",
    "Fairphone's history is now a featured article on German Wikipedia.",
    "Safaricom was founded in 1997; the article has the whole story.",
    "Everyone should have one library card, and Wikipedia is the second.",
    "Courtesy of our volunteers, every photo is freely licensed.",
    "Thanks to our friends at the British Library for the scans!",
    "Redmi is a brand of Xiaomi; read the article on Wikipedia.",
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
    // Mentioned, not used: asked about, denied, quoted.
    'Link in bio? Nope, just a link right here 😄',
    'This is not a sponsored post, just tips from our volunteers.',
    'People keep asking what "link in bio" means.',
    'No promo code needed: Wikipedia is free for everyone.',
    '#ad? No, just a volunteer who loves maps 🗺️',
    // Near the new constructions, but not buying advice or a product.
    'Need a laptop for the workshop? We have loaners 💻',
    'Looking for a new app to read Wikipedia offline? Try the Wikipedia app.',
    'Shopping for sources? Your local library is the best place to start.',
    'Get a Zoom link by registering on Meta-Wiki.',
    'Try the Vector 2022 skin in your preferences.',
    'Get involved at WikiCon 2025!',
    "Go for the Level 2 certificate if you've finished the basics.",
    'Our servers run on Debian.',
    'We run on donations from readers like you.',
    'Wikipedia runs on MediaWiki, free software anyone can use.',
    'Content Translation is powered by Apertium and other open-source engines.',
    'Powered by volunteers 💚',
    'Proudly powered by Wikidata.',
    'Coca-Cola first went on sale in 1886 at a pharmacy in Atlanta.',
    'Wikimania tickets go on sale this week.',
    'The grant covers up to $5,000 for equipment.',
    'Just $3 a month keeps Wikipedia free.',
    "The Foundation's $180 million annual plan is now published.",
    'Recharge before the afternoon session with coffee and snacks ☕',
    "We can't stop talking about the Wiki Loves Earth winners 🌍",
    "We're in love with these photos of Lagos.",
    'No other photo comes close to this one!',
    'None of the other entries come close to this one.',
    'This tutorial will change your life, or at least your SPARQL queries.',
    'CC BY-SA 4.0 is a game changer for reusers.',
    'Grab a Nigerian snack at the registration desk 🥘',
    "If you're upgrading your skills, our free course is a great start.",
    "Check out Google Arts & Culture's exhibition on Nigerian textiles.",
    'Our photos are on special display at the museum this week.',
    'The museum has the original manuscript on display until Sunday.',
    "Our bookshop partner has Wikipedia's 20th-anniversary book on sale this week.",
    'Try it yourself: query.wikidata.org',
    'Get the Wikipedia app for iOS and Android.',
    'Get a free Wikimedia account to upload your photos.',
    "Go for the Wiki Loves Monuments 2025 theme if you're unsure.",
    'Try the new Content Translation tool 🌍',
    'Check out the 2025 Wiki Loves Africa winners!',
    'Get 2 hours of free training at our Lagos workshop.',
    'Try Quarry to run SQL on the replicas.',
    'Pick up a copy of the annual report at the desk.',
    "We'd go for the afternoon session if you can only make one.",
    'Just get the basics right: cite your sources.',
    'Stock up on sources before you start writing.',
    "Our volunteers can't do without each other.",
    'Nothing compares to the feeling of your first edit.',
    'Honestly, nothing beats a good citation.',
    'The Lagos 2025 meetup runs on Saturday.',
    'This workshop runs on Zoom every Tuesday.',
    'Our team is powered by curiosity.',
    'The Nobel Prize is presented by the Swedish Academy.',
    'Mozilla is sponsoring a session on open source at Wikimania.',
    'Want a sticker? Come find us at the booth!',
    'Need help? Ask at the Teahouse.',
    'Looking for a good first article to edit? Try the Task Center.',
    "We're looking for a new venue for the Lagos meetup.",
    'Upgrading your browser fixes most display glitches.',
    'Replacing your phone? Remember to back up your Commons uploads.',
    'Photos under $0 cost: all free to reuse.',
    'Donations from just $5 keep the servers running.',
    'Prizes worth up to ₦50k for the winners of Wiki Loves Africa!',
    'Our 10GB dataset is free to download.',
    'Top up your knowledge with our free SPARQL course.',
    // Near the raves, disclosures and offers added for dev-0441..0540.
    'Nothing says summer like Wiki Loves Earth 🌿',
    'Nothing brings people together like a good edit-a-thon.',
    'Nothing says Lagos like the Eyo festival.',
    'Nothing compares to a Sunday at the British Library.',
    'Nothing explains the history of Lagos like a good map.',
    'Stock up at Registration on stickers.',
    'Lua is the unofficial mascot of our office 🐶',
    'Coffee is the unofficial fuel of Wikipedia.',
    'Tea is the unofficial fuel of our Nairobi meetup.',
    "Can't beat it 🌭",
    "You can't beat the Wikipedia community.",
    "We can't beat the deadline this time.",
    "You can't beat the value of free knowledge.",
    'This post is a collaboration between Wikimedia Argentina and the National Library.',
    'This post is a collaboration with the National Library of Wales.',
    'This video was made in partnership with the Smithsonian.',
    "The afternoon session is the one to try if you're new.",
    'Show your badge at any of our partner libraries for free entry.',
    'Show your Wikimania badge at any museum in the city.',
    'You do know Wikipedia exists, right?',
    'You know the iPhone article exists, right?',
    'Did you know the Nokia 3310 is out of production?',
    'Did you know the Nokia 3310 exists in 12 colours?',
    'You know what? The new Commons upload tool is out.',
    'Stock up on sources before you start writing, then head to the library.',
    // Personal accounts are not checked for product endorsements.
    { text: 'Use code WIKI20 for 20% off!', profile: 'personal' },
  ],
  invalid: [
    {
      text: "Not sponsored, but the Redmi Note 13 takes better monument photos than cameras three times the price.",
      errors: [{ messageId: 'recommend', start: 0, end: 18, span: "Not sponsored, but" }],
    },
    {
      text: "Not an ad — just love my Kindle Paperwhite 📚",
      errors: [{ messageId: 'recommend', start: 0, end: 16, span: "Not an ad — just" }],
    },
    {
      text: "This isn't sponsored, but the Fairphone 5 is worth it. 素晴らしい",
      errors: [{ messageId: 'recommend', start: 0, end: 25, span: "This isn't sponsored, but" }],
    },
    {
      text: "We're giving away three Canon EOS R100 kits courtesy of Canon Philippines!",
      errors: [{ messageId: 'sponsor', start: 44, end: 61, span: "courtesy of Canon" }],
    },
    {
      text: "Prizes courtesy of Xiaomi 🎁",
      errors: [{ messageId: 'sponsor', start: 7, end: 25, span: "courtesy of Xiaomi" }],
    },
    {
      text: "Thanks to our friends at Safaricom for the routers! شكرا",
      errors: [{ messageId: 'thanks', start: 0, end: 50, span: "Thanks to our friends at Safaricom for the routers" }],
    },
    {
      text: "If you're not on Proton Mail yet, what are you even doing?",
      errors: [{ messageId: 'recommend', start: 0, end: 32, span: "If you're not on Proton Mail yet" }],
    },
    {
      text: "If you haven't tried the Fairphone 5 yet, you're missing out 💚",
      errors: [{ messageId: 'recommend', start: 0, end: 40, span: "If you haven't tried the Fairphone 5 yet" }],
    },
    {
      text: "If you are not using Starlink yet at rural edit-a-thons, start now.",
      errors: [{ messageId: 'recommend', start: 0, end: 33, span: "If you are not using Starlink yet" }],
    },
    {
      text: "This is your sign to finally get a Kindle Paperwhite before the Wikimania flight.",
      errors: [{ messageId: 'buy', start: 29, end: 52, span: "get a Kindle Paperwhite" }],
    },
    {
      text: "This is your sign to get a Fairphone 5 📱",
      errors: [{ messageId: 'buy', start: 21, end: 38, span: "get a Fairphone 5" }],
    },
    {
      text: "Starlink kits are finally sold in Nigeria, and we can't recommend them enough 🛰️",
      errors: [{ messageId: 'recommend', start: 50, end: 77, span: "can't recommend them enough" }],
    },
    {
      text: "The Kindle Paperwhite: I cannot recommend it highly enough. 好き",
      errors: [{ messageId: 'recommend', start: 25, end: 58, span: "cannot recommend it highly enough" }],
    },
    {
      text: "Safaricom's new 5G home router is a beast 📶",
      errors: [{ messageId: 'praise', start: 31, end: 41, span: "is a beast" }],
    },
    {
      text: "Our Berlin team has gone all-in on the Fairphone 5, and once you've tried it there's no going back.",
      errors: [{ messageId: 'praise', start: 85, end: 98, span: "no going back" }],
    },
    {
      text: "Everyone should have one: the Kindle Paperwhite is perfect for long flights. שלום",
      errors: [{ messageId: 'praise', start: 0, end: 24, span: "Everyone should have one" }],
    },
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
    {
      // Advice to get a named model, at the start of a clause.
      text: 'STOP BUYING CHEAP MEMORY CARDS!!! Get a proper Samsung PRO Plus and quit losing your photos!!!',
      errors: [{ messageId: 'buy', start: 34, end: 63, span: 'Get a proper Samsung PRO Plus' }],
    },
    {
      // A model name the brand list doesn't know.
      text: 'Honestly, just get the Tecno Camon 30 📱',
      errors: [{ messageId: 'buy', start: 15, end: 37, span: 'get the Tecno Camon 30' }],
    },
    {
      text: '@rafa Definitely go for the Fujifilm X-T30 II.',
      errors: [{ messageId: 'recommend', start: 17, end: 45, span: 'go for the Fujifilm X-T30 II' }],
    },
    {
      text: "We'd go for the DJI Mini 4 Pro every time 🚁",
      errors: [{ messageId: 'recommend', start: 5, end: 30, span: 'go for the DJI Mini 4 Pro' }],
    },
    {
      text: 'Invest in a proper Nikon Z50 before the contest starts.',
      errors: [{ messageId: 'recommend', start: 0, end: 28, span: 'Invest in a proper Nikon Z50' }],
    },
    {
      // A capitalised name before a product noun.
      text: 'Sort out an Airalo eSIM before you land.',
      errors: [{ messageId: 'buy', start: 0, end: 23, span: 'Sort out an Airalo eSIM' }],
    },
    {
      text: 'Snag a Kindle Paperwhite while it lasts.',
      errors: [{ messageId: 'buy', start: 0, end: 24, span: 'Snag a Kindle Paperwhite' }],
    },
    {
      text: 'カメラ選び：Check out the new Canon EOS R50 📸',
      errors: [{ messageId: 'recommend', start: 6, end: 37, span: 'Check out the new Canon EOS R50' }],
    },
    {
      // A rave about a named product.
      text: "Our volunteers can't stop talking about the Xiaomi Redmi Note 13",
      errors: [{ messageId: 'praise', start: 15, end: 64, span: "can't stop talking about the Xiaomi Redmi Note 13" }],
    },
    {
      text: "We're obsessed with our new Bose headphones 🎧",
      errors: [{ messageId: 'praise', start: 6, end: 43, span: 'obsessed with our new Bose headphones' }],
    },
    {
      text: "We couldn't do without our Anker power bank on photowalks.",
      errors: [{ messageId: 'praise', start: 3, end: 43, span: "couldn't do without our Anker power bank" }],
    },
    {
      // Above the rest, given a product.
      text: "We've tried half a dozen cameras and none of them come close.",
      errors: [{ messageId: 'praise', start: 37, end: 60, span: 'none of them come close' }],
    },
    {
      text: 'No other phone comes close for low-light shots.',
      errors: [{ messageId: 'praise', start: 0, end: 26, span: 'No other phone comes close' }],
    },
    {
      text: 'This power bank is a lifesaver on long photowalks 🔋',
      errors: [{ messageId: 'praise', start: 21, end: 30, span: 'lifesaver' }],
    },
    {
      // A team's favourite brand.
      text: 'Our Berlin office basically runs on Club-Mate.',
      errors: [{ messageId: 'praise', start: 28, end: 45, span: 'runs on Club-Mate' }],
    },
    {
      text: 'I run on Starbucks cold brew ☕',
      errors: [{ messageId: 'praise', start: 2, end: 18, span: 'run on Starbucks' }],
    },
    {
      text: 'Our editing team is fuelled by Red Bull 🥤',
      errors: [{ messageId: 'praise', start: 17, end: 39, span: 'is fuelled by Red Bull' }],
    },
    {
      // The sponsor's banner, even for a name the lists don't know.
      text: 'Proudly powered by MTN 💛',
      errors: [{ messageId: 'sponsor', start: 0, end: 22, span: 'Proudly powered by MTN' }],
    },
    {
      text: 'שבוע טוב! Powered by Red Bull 🥤',
      errors: [{ messageId: 'sponsor', start: 10, end: 29, span: 'Powered by Red Bull' }],
    },
    {
      text: 'Our edit-a-thon is powered by Coca-Cola.',
      errors: [{ messageId: 'sponsor', start: 19, end: 39, span: 'powered by Coca-Cola' }],
    },
    {
      text: 'Google is sponsoring our Lagos hackathon 🙌',
      errors: [{ messageId: 'sponsor', start: 0, end: 20, span: 'Google is sponsoring' }],
    },
    {
      // A shop's sale.
      text: 'Magalu has it on sale right now 🇧🇷',
      errors: [{ messageId: 'buy', start: 14, end: 31, span: 'on sale right now' }],
    },
    {
      text: 'Power banks are on sale this weekend at Takealot.',
      errors: [{ messageId: 'buy', start: 16, end: 36, span: 'on sale this weekend' }],
    },
    {
      text: 'The Kindle is on discount today only.',
      errors: [{ messageId: 'buy', start: 14, end: 31, span: 'on discount today' }],
    },
    {
      // A price bracket makes a superlative commercial.
      text: 'Easily the best phone under ₦300k 📱',
      errors: [{ messageId: 'superlative', start: 11, end: 33, span: 'best phone under ₦300k' }],
    },
    {
      // A priced plan.
      text: "Airtel's ₹299 pack gives you 2GB a day.",
      errors: [{ messageId: 'price', start: 9, end: 18, span: '₹299 pack' }],
    },
    {
      text: "Safaricom's KSh 99 daily bundle is perfect for uploading photos.",
      errors: [{ messageId: 'price', start: 12, end: 31, span: 'KSh 99 daily bundle' }],
    },
    {
      text: 'محبوب! Only R99 for a 10GB data pack!',
      errors: [{ messageId: 'price', start: 7, end: 15, span: 'Only R99' }],
    },
    {
      text: "Our volunteers love the Xiaomi Redmi Note 13, and it's under Rp3 juta.",
      errors: [{ messageId: 'price', start: 55, end: 69, span: 'under Rp3 juta' }],
    },
    {
      // Buying advice opens with the shopper's question.
      text: 'Shopping for a phone before #WikiLovesEarth?',
      errors: [{ messageId: 'shopping', start: 0, end: 20, span: 'Shopping for a phone' }],
    },
    {
      text: 'In the market for a new laptop? 💻',
      errors: [{ messageId: 'shopping', start: 0, end: 30, span: 'In the market for a new laptop' }],
    },
    {
      text: 'Need a new power bank before the photowalk?',
      errors: [{ messageId: 'shopping', start: 0, end: 21, span: 'Need a new power bank' }],
    },
    {
      text: 'Looking for a good VPN?',
      errors: [{ messageId: 'shopping', start: 0, end: 22, span: 'Looking for a good VPN' }],
    },
    {
      text: "If you're replacing your camera this year, the Sony Alpha 7 IV is the one.",
      errors: [{ messageId: 'shopping', start: 10, end: 31, span: 'replacing your camera' }],
    },
    {
      // A mobile operator's call to buy credit.
      text: 'Top up now and get 10GB free!',
      errors: [{ messageId: 'buy', start: 0, end: 10, span: 'Top up now' }],
    },
    {
      text: 'Recharge your data before the weekend with Airtel.',
      errors: [{ messageId: 'buy', start: 0, end: 18, span: 'Recharge your data' }],
    },
    {
      text: 'Not on MTN yet? Port your number today!',
      errors: [{ messageId: 'buy', start: 16, end: 32, span: 'Port your number' }],
    },
    {
      // Raves that need a product: a model name counts.
      text: 'A reMarkable 2 will change your life.',
      errors: [{ messageId: 'praise', start: 20, end: 36, span: 'change your life' }],
    },
    {
      text: 'Worth every cent. 🖊️',
      errors: [{ messageId: 'praise', start: 0, end: 16, span: 'Worth every cent' }],
    },
    {
      text: 'Ten out of ten, would buy again.',
      errors: [{ messageId: 'praise', start: 16, end: 31, span: 'would buy again' }],
    },
    {
      // Nothing does it like a product: a brand, or a name after "a".
      text: 'Nothing keeps a photowalk going like an ice-cold Chi Exotic 🧃',
      errors: [{ messageId: 'praise', start: 0, end: 59, span: 'Nothing keeps a photowalk going like an ice-cold Chi Exotic' }],
    },
    {
      text: 'Nothing gets our editors through a deadline like a Red Bull.',
      errors: [{ messageId: 'praise', start: 0, end: 59, span: 'Nothing gets our editors through a deadline like a Red Bull' }],
    },
    {
      text: 'صيف سعيد Nothing says summer like a cold Fanta at the beach.',
      errors: [{ messageId: 'praise', start: 9, end: 46, span: 'Nothing says summer like a cold Fanta' }],
    },
    {
      // Where to stock up.
      text: 'ありがとう！Stock up at Shoprite before Saturday!',
      errors: [{ messageId: 'buy', start: 6, end: 26, span: 'Stock up at Shoprite' }],
    },
    {
      text: 'Stock up on snacks at Carrefour before the edit-a-thon.',
      errors: [{ messageId: 'buy', start: 0, end: 31, span: 'Stock up on snacks at Carrefour' }],
    },
    {
      // The unofficial fuel, drink or sponsor, with a name in the subject.
      text: 'The Żabka hot dog is the unofficial fuel of every edit-a-thon we run 🌭',
      errors: [{ messageId: 'sponsor', start: 25, end: 40, span: 'unofficial fuel' }],
    },
    {
      text: 'Red Bull is the unofficial drink of our hackathon.',
      errors: [{ messageId: 'sponsor', start: 16, end: 32, span: 'unofficial drink' }],
    },
    {
      // "Can't beat" with a price, or with a product named.
      text: "Can't beat the price 💸",
      errors: [{ messageId: 'praise', start: 0, end: 20, span: "Can't beat the price" }],
    },
    {
      text: "You can't beat a cold Coke after a photowalk.",
      errors: [{ messageId: 'praise', start: 4, end: 14, span: "can't beat" }],
    },
    {
      // The post discloses a paid collaboration with a brand.
      text: 'This post is a collaboration with Notion ✨',
      errors: [{ messageId: 'sponsor', start: 0, end: 28, span: 'This post is a collaboration' }],
    },
    {
      text: 'This video is sponsored, and we love it.',
      errors: [{ messageId: 'sponsor', start: 0, end: 23, span: 'This video is sponsored' }],
    },
    {
      // Free for a while: a subscription offer.
      text: 'Use the link below and get Plus free for three months.',
      errors: [{ messageId: 'offer', start: 23, end: 53, span: 'get Plus free for three months' }],
    },
    {
      text: 'Get Premium free for 3 months with our link.',
      errors: [{ messageId: 'offer', start: 0, end: 29, span: 'Get Premium free for 3 months' }],
    },
    {
      // What to order or buy.
      text: 'The Es Kopi Susu is the one to order, trust us.',
      errors: [{ messageId: 'recommend', start: 17, end: 36, span: 'is the one to order' }],
    },
    {
      text: 'If you only buy one lens this year, the Sigma 35mm is the one to get.',
      errors: [{ messageId: 'recommend', start: 51, end: 68, span: 'is the one to get' }],
    },
    {
      // A shop chain's offer.
      text: 'Show your participant lanyard at any outlet this week for a free size upgrade!',
      errors: [{ messageId: 'offer', start: 0, end: 43, span: 'Show your participant lanyard at any outlet' }],
    },
    {
      text: 'Mention this post at participating cafés for a free cookie 🍪',
      errors: [{ messageId: 'offer', start: 0, end: 40, span: 'Mention this post at participating cafés' }],
    },
    {
      // A product pointed out, rhetorically.
      text: 'You do know the MacBook Air M3 exists, right? 🙃',
      errors: [{ messageId: 'recommend', start: 16, end: 37, span: 'MacBook Air M3 exists' }],
    },
    {
      text: 'You know that the Pixel 8 is out, right?',
      errors: [{ messageId: 'recommend', start: 18, end: 32, span: 'Pixel 8 is out' }],
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
