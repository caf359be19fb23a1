import { runRuleTable } from '../../../test/unit/rule-tester.ts';
import rule from './tone-sarcasm-context.ts';

runRuleTable(rule, {
  valid: [
    // Praise next to good news, or next to a problem that is over or fixed, is sincere.
    'Just what we needed: 500 new photos of Lagos!',
    'The outage is over. Great!',
    'We fixed the bug. Amazing.',
    'Great. See you at Wikimania!',
    // tone-sarcasm speaks for a sentence with an explicit marker; this rule doesn't repeat it.
    'Great 🙄. The site is down again.',
    '1 million articles! Amazing.',
    'The site was down for 20 minutes this morning. Everything is back up now. Wonderful.',
    { text: 'The site is down again. Great.', profile: 'personal' },
    'Love it when the servers go down.',
    'Great, another outage.',
    'The film “Great” was restored. Lovely.',
    'Thanks to our SRE team the outage is over. Brilliant.',
    'Wiki Loves Earth starts today. Perfect timing! 🌍',
    // A supply that is back, or a problem answered, is no bad situation.
    'Lights off, projector on: the screening starts now. Perfect!',
    'No internet? No problem. Kiwix works offline. Brilliant.',
    'Power is back on at the venue. Great!',
    // A problem going down, or dealt with, is good news.
    'Spam is down 40% this year. Great!',
    'Vandalism is down by 30% since the filter launched. Brilliant.',
    'The vandal has been blocked. Good.',
    'Cool, cool. See you all on Friday!',
  ],
  invalid: [
    // Praise standing alone, with a bad situation in the sentence before or after it; emoji, CJK and Hebrew nearby.
    {
      text: 'The upload tool is broken again. Just what we needed.',
      errors: [{ messageId: 'irony', start: 33, end: 52, span: 'Just what we needed' }],
    },
    {
      text: 'Fantastic. The bot crashed again.',
      reply: true, 
      errors: [{ messageId: 'irony', start: 0, end: 9, span: 'Fantastic' }],
    },
    {
      text: '维基百科 is down again。Great.',
      errors: [{ messageId: 'irony', start: 19, end: 24, span: 'Great' }],
    },
    {
      text: 'Another outage during the fundraiser. Love it.',
      errors: [{ messageId: 'irony', start: 38, end: 45, span: 'Love it' }],
    },
    {
      text: 'The projector died ten minutes in. Perfect.',
      errors: [{ messageId: 'irony', start: 35, end: 42, span: 'Perfect' }],
    },
    {
      text: 'Spam bots again. Oh joy 🎉',
      errors: [{ messageId: 'irony', start: 17, end: 23, span: 'Oh joy' }],
    },
    {
      text: 'האתר שוב לא עובד. The site is down again. Just great.',
      errors: [{ messageId: 'irony', start: 42, end: 52, span: 'Just great' }],
    },
    {
      text: 'Our livestream has no sound and the slides crashed. Wonderful 🙂',
      errors: [{ messageId: 'irony', start: 52, end: 61, span: 'Wonderful' }],
    },
    {
      text: 'Worth a read.',
      quoted: 'Spam bots again, hundreds of them. Lovely.', 
      errors: [{ messageId: 'irony', start: 35, end: 41, span: 'Lovely', quoted: true }],
    },
    {
      text: 'Brilliant. Another edit war on the football pages.',
      errors: [{ messageId: 'irony', start: 0, end: 9, span: 'Brilliant' }],
    },
    {
      text: 'Just what everyone needed. The servers crashed on deadline day.',
      errors: [{ messageId: 'irony', start: 0, end: 25, span: 'Just what everyone needed' }],
    },
    {
      text: 'Perfect timing. The power cut hit during the keynote 🔌',
      errors: [{ messageId: 'irony', start: 0, end: 14, span: 'Perfect timing' }],
    },
    {
      text: 'Yay. More vandalism on the Kraków article.',
      errors: [{ messageId: 'irony', start: 0, end: 3, span: 'Yay' }],
    },
    {
      text: 'The wiki is down. Good times.',
      errors: [{ messageId: 'irony', start: 18, end: 28, span: 'Good times' }],
    },
    {
      text: 'Our Wi-Fi failed again. Living the dream.',
      errors: [{ messageId: 'irony', start: 24, end: 40, span: 'Living the dream' }],
    },
    // Power, network or sound gone, however it is put.
    {
      text: "Projector ✅ Wi-Fi ✅\nThe building's electricity: out since 9am. Fantastic. Couldn't ask for more 🫠",
      errors: [{ messageId: 'irony', start: 63, end: 72, span: 'Fantastic' }],
    },
    {
      text: "The venue's Wi-Fi: gone again. Wonderful.",
      errors: [{ messageId: 'irony', start: 31, end: 40, span: 'Wonderful' }],
    },
    {
      text: 'No electricity at the venue since noon. Lovely.',
      errors: [{ messageId: 'irony', start: 40, end: 46, span: 'Lovely' }],
    },
    {
      text: 'Power went out during the keynote. Perfect.',
      errors: [{ messageId: 'irony', start: 35, end: 42, span: 'Perfect' }],
    },
    {
      text: "Internet is out at the hackathon. Couldn't ask for more.",
      errors: [{ messageId: 'irony', start: 34, end: 55, span: "Couldn't ask for more" }],
    },
    // A repeated exclamation, and a new exclamation word.
    {
      text: 'Cool, cool, cool. The servers are down again.',
      errors: [{ messageId: 'irony', start: 0, end: 16, span: 'Cool, cool, cool' }],
    },
    {
      text: 'Another vandal on the main page. Charming.',
      errors: [{ messageId: 'irony', start: 33, end: 41, span: 'Charming' }],
    },
  ],
});
