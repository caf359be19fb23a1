import { runRuleTable } from '../../../test/unit/rule-tester.ts';
import rule from './tone-sarcasm.ts';

runRuleTable(rule, {
  valid: [
    'Great news! 1 million articles 🎉',
    'Sure, you can reuse this image.',
    'Use the /s switch in the command, then run it.',
    'Nothing to report #nothing #notable',
    'The article on 🙂 emoji history was updated.',
    { text: 'Love this weather #not', profile: 'personal' },
    { text: 'Oh great, another outage.', profile: 'personal' },
    { text: 'Oh well 🙄', options: { emoji: false } },
    { text: 'Great, another outage.', options: { irony: false } },
    'http://example.org/s is a link', // /s inside a URL is not a tone tag
    // Hard negatives: sincere praise, sincere thanks, titles.
    'Oh, great question!',
    'Thanks a lot for your help!',
    'We love it when volunteers meet up',
    // Praise + good news is sincere (see the principle in the rule).
    'Just what we needed: 500 new photos of Lagos!',
    'The article on Sarcasm was improved',
    'Have you seen the film “Oh Great”? Its article was expanded this week.',
    'the server outage is over, thanks to our great SRE team',
    // Praise around a problem that is being fixed, fought or got through.
    'The site was down for 20 minutes this morning. Everything is back up now, thanks for your patience!',
    'Great work by the volunteers who reverted 10,000 spam edits this week!',
    'Thanks so much to everyone who reported the bug!',
    'Our new tool reduces errors by 40%. Amazing work, team!',
    'Great, thanks for letting us know about the error. We’re on it.',
    'Wow, what a turnout! 300 people at the edit-a-thon despite the rain.',
    'This is nothing like the 2012 outage: the site stayed up.',
    'Oh great, the new app update has dark mode for tables now. Finally!',
    // Sincere phrases that share words with sarcastic ones.
    'Yeah, right after the keynote we’ll start the workshop.',
    'Oh sure, you can use that photo!',
    'Sure, because the image is in the public domain you can use it.',
    'Ada Lovelace was a real genius of mathematics.',
    'Perfect timing! Wiki Loves Earth opens today.',
    'Can’t wait to see your photos!',
    'Nothing like a good Wikipedia rabbit hole on a Sunday.',
    'Click the “helpful” button to rate the answer.',
    'Thank 👏 you 👏 volunteers 👏',
    'Congrats 👏👏 to the winners 👏',
    '**Great news**: Wiki Loves Monuments is open!',
    'Apparently we now have 7 million articles on English Wikipedia!',
  ],
  invalid: [
    {
      text: 'Another server outage, just great /s',
      errors: [{ messageId: 'tag', start: 34, end: 36, span: '/s' }],
    },
    {
      text: 'Wonderful idea. /sarcasm',
      errors: [{ messageId: 'tag', start: 16, end: 24, span: '/sarcasm' }],
    },
    {
      text: 'Love spending my weekend on spam cleanup #not #wikilife',
      errors: [{ messageId: 'hashtag', start: 41, end: 45, span: '#not' }],
    },
    {
      text: 'Sure, that edit was helpful 🙄',
      errors: [{ messageId: 'emoji', start: 28, end: 30, span: '🙄' }],
    },
    {
      // Emoji and CJK around the match: offsets are UTF-16 code units.
      text: '🎉维基百科 Great timing /s 😂',
      errors: [{ messageId: 'tag', start: 20, end: 22, span: '/s' }],
    },
    {
      text: '又一次宕机。🙃 Thanks a lot #NOT',
      errors: [
        { messageId: 'emoji', start: 6, end: 8, span: '🙃' },
        { messageId: 'hashtag', start: 22, end: 26, span: '#NOT' },
      ],
    },
    {
      text: 'Oh great /s. Also, vote today',
      errors: [{ messageId: 'tag', start: 9, end: 11, span: '/s' }],
    },
    {
      text: 'Wow. /s\nBut seriously, thank you!',
      reply: true,
      errors: [{ messageId: 'tag', start: 5, end: 7, span: '/s' }],
    },
    // Praise for a bad situation.
    {
      text: 'Oh great, another outage on deadline day.',
      errors: [{ messageId: 'another', start: 0, end: 8, span: 'Oh great' }],
    },
    {
      text: 'Oh brilliant, another genius who thinks Wikipedia is written by AI.',
      errors: [{ messageId: 'another', start: 0, end: 12, span: 'Oh brilliant' }],
    },
    {
      text: 'Love it when the servers go down during the fundraiser.',
      errors: [{ messageId: 'irony', start: 0, end: 12, span: 'Love it when' }],
    },
    {
      text: 'Nothing like a Monday outage to start the week.',
      errors: [{ messageId: 'irony', start: 0, end: 12, span: 'Nothing like' }],
    },
    {
      text: 'Great, another outage.',
      errors: [{ messageId: 'irony', start: 0, end: 5, span: 'Great' }],
    },
    {
      text: 'Wow, the site is down again, amazing',
      errors: [{ messageId: 'irony', start: 29, end: 36, span: 'amazing' }],
    },
    {
      // Praise standing alone is read with the sentence next to it.
      text: 'The upload tool is broken again. Just what we needed.',
      errors: [{ messageId: 'irony', start: 33, end: 52, span: 'Just what we needed' }],
    },
    {
      text: 'Fantastic. The bot crashed again.',
      reply: true,
      errors: [{ messageId: 'irony', start: 0, end: 9, span: 'Fantastic' }],
    },
    {
      // The first problem is over; the second is not.
      text: 'The outage is over, great. Now the bot is down again, amazing.',
      errors: [{ messageId: 'irony', start: 54, end: 61, span: 'amazing' }],
    },
    // Set phrases.
    {
      text: 'Yeah right, like that will ever happen.',
      errors: [{ messageId: 'phrase', start: 0, end: 10, span: 'Yeah right' }],
    },
    {
      text: 'Sure, because that always works.',
      errors: [{ messageId: 'phrase', start: 0, end: 13, span: 'Sure, because' }],
    },
    {
      text: 'Thanks a lot for nothing.',
      errors: [{ messageId: 'phrase', start: 0, end: 24, span: 'Thanks a lot for nothing' }],
    },
    {
      text: 'What could possibly go wrong?',
      errors: [{ messageId: 'phrase', start: 0, end: 28, span: 'What could possibly go wrong' }],
    },
    {
      text: 'Reading the whole licence before uploading, said no one ever.',
      errors: [{ messageId: 'phrase', start: 44, end: 60, span: 'said no one ever' }],
    },
    {
      text: 'Truly genius.',
      errors: [{ messageId: 'phrase', start: 0, end: 12, span: 'Truly genius' }],
    },
    {
      text: 'Slow clap for whoever scheduled this.',
      errors: [{ messageId: 'phrase', start: 0, end: 9, span: 'Slow clap' }],
    },
    {
      text: 'Because obviously everyone has four free hours on a Tuesday morning to fill in a grant form.',
      errors: [{ messageId: 'phrase', start: 0, end: 17, span: 'Because obviously' }],
    },
    {
      text: "Apparently we 'hate cats' now because the article on cats got semi-protected.",
      errors: [{ messageId: 'phrase', start: 0, end: 29, span: "Apparently we 'hate cats' now" }],
    },
    // Scare quotes, emphasis and claps around praise.
    {
      text: 'Congrats on the "helpful" edit that deleted half the article.',
      errors: [{ messageId: 'scareQuotes', start: 16, end: 25, span: '"helpful"' }],
    },
    {
      text: 'Who approved this “brilliant” idea?',
      errors: [{ messageId: 'scareQuotes', start: 18, end: 29, span: '“brilliant”' }],
    },
    {
      text: 'What a *brilliant* idea to schedule maintenance on launch day.',
      errors: [{ messageId: 'emphasis', start: 7, end: 18, span: '*brilliant*' }],
    },
    {
      text: '_great_ job on the new layout.',
      errors: [{ messageId: 'emphasis', start: 0, end: 7, span: '_great_' }],
    },
    {
      text: 'Well, that livestream went *perfectly*.',
      errors: [{ messageId: 'emphasis', start: 27, end: 38, span: '*perfectly*' }],
    },
    {
      text: 'great 👏 job 👏 team 👏',
      errors: [{ messageId: 'clap', start: 0, end: 23, span: 'great 👏 job 👏 team 👏' }],
    },
    // Emoji, CJK and right-to-left text right next to the match.
    {
      text: '维基百科又宕机了。Oh great, another outage 😂',
      errors: [{ messageId: 'another', start: 9, end: 17, span: 'Oh great' }],
    },
    {
      text: '维基百科 is down again。Great.',
      errors: [{ messageId: 'irony', start: 19, end: 24, span: 'Great' }],
    },
    {
      text: '🎉Thanks for nothing🎉',
      errors: [{ messageId: 'phrase', start: 2, end: 20, span: 'Thanks for nothing' }],
    },
    {
      text: 'الموقع معطل مرة أخرى. Oh wonderful, the site is down again 🇪🇬',
      errors: [{ messageId: 'irony', start: 22, end: 34, span: 'Oh wonderful' }],
    },
    {
      text: 'שוב תקלה. Great timing for the servers to crash.',
      errors: [{ messageId: 'irony', start: 10, end: 22, span: 'Great timing' }],
    },
    {
      // Reposting sarcasm is sarcasm too.
      text: 'Nice quote post',
      quoted: 'Yeah right, Wikipedia is totally reliable... said no one ever',
      errors: [
        { messageId: 'phrase', start: 0, end: 10, span: 'Yeah right', quoted: true },
        { messageId: 'phrase', start: 45, end: 61, span: 'said no one ever', quoted: true },
      ],
    },
  ],
});
