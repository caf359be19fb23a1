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
    // Condescending pity is tone-unfriendly's ("bless your heart" mocks); the question after it is sarcasm.
    'Bless your heart.',
    // Praise standing alone is read with the sentence next to it by tone-sarcasm-context, not here.
    'The upload tool is broken again. Just what we needed.',
    { text: 'Fantastic. The bot crashed again.', reply: true },
    '维基百科 is down again。Great.',
    // Sincere praise, thanks and questions that share words with mock praise, mock thanks and mocking questions.
    'Great question. The licence is CC BY-SA 4.0, so you can reuse it.',
    "Good catch, thanks! We've fixed the caption.",
    'Great work, everyone!',
    'Very proud of our volunteers in Kano.',
    'Very proud.',
    'So exciting.',
    'Very helpful.',
    'Great theory!',
    'Brilliant research by the Kano team 🎉',
    'Excellent planning by the Lagos organisers, thank you!',
    'Great reporting.',
    'Great detective work by @amara, who identified the photographer!',
    'Beautiful shot by someone in our Lagos community 💙',
    'Very balanced coverage of the election on Wikipedia today.',
    'Right on schedule: the Wiki Loves Monuments results are out!',
    'The trains ran like clockwork during Wikimania.',
    'The 1897 newspaper strike stopped the presses for a week.',
    'Of course it is! Wikidata is CC0.',
    'That makes perfect sense, thanks for explaining!',
    "We'll be over here at booth 12 all day!",
    'He said nobody had photographed the temple before.',
    'Because of its size, the file is split in two.',
    'Thanks for the 10th anniversary wishes!',
    'Thanks for the second question: yes, you can reuse it.',
    'Thanks for the 100th message of support 💙',
    'Thank you for another great year!',
    'Do you really think AI will replace encyclopedias? Join our panel on Friday.',
    'What do you actually think about the new skin?',
    "If you really think an article is wrong, here's how to fix it.",
    'We really thought hard about this change.',
    'Did you know you can actually edit Wikipedia?',
    "I guess we'll see you at Wikimania too?",
    'I suppose you could also try Wikidata?',
    'Let me guess your favourite article: is it the one on cats?',
    'I guess the tool is down for maintenance?',
    "Apparently the word 'wiki' means 'quick' in Hawaiian.",
    'Apparently, octopuses have three hearts 🐙',
    'Nothing says summer like Wiki Loves Earth!',
    "The court said the law was 'too vague' to enforce.",
    'Thanks so much to everyone who reported the bug!',
    'Love how our volunteers in Lagos took 500 photos in one day!',
    // Terms in quotes, a wry "funny how" said warmly, and "said no … ever" inside a report.
    "What counts as a 'source' on Wikipedia? A thread 🧵",
    "Add the 'source' parameter to the citation template.",
    "Their 'Research' column lists every paper.",
    "Funny how languages borrow words: 'robot' comes from Czech.",
    'Funny how you always find the best photos!',
    'He said no volunteer ever left the project unhappy.',
    'The board said no decision has been made yet.',
    // Exclamations, delight and memes that are sincere about good news.
    'Good, the site is back up. Thanks for your patience!',
    'Charming photo of a Kraków tram 🚋',
    'Sweet, the new app is out!',
    'So happy that the bug is fixed!',
    'So glad that the error rate dropped after the update.',
    'Excited that our bug bounty starts today!',
    "We're delighted that the new filter caught 2,000 spam edits.",
    'Love to see volunteers fighting vandalism on the football pages.',
    'What a shock it was to find this 1850 map in the archive! Now on Commons.',
    'Cool story from our Ghana volunteers: they mapped every school in Kumasi.',
    'Cool story! Thanks for sharing.',
    'Thanks, we love it! 💙',
    'Great, great news: the grant was approved!',
    // Round 3 hard negatives: real questions, statements, fond sign-offs, sincere news.
    "Who needs a break? The wellness room is open all day.",
    "Who needs sleep tips? Our article on circadian rhythms has them.",
    "Who needs a ride to the edit-a-thon when the buses stop? Reply and we'll match you up.",
    "Never change a running system, they say, but we upgraded anyway.",
    "Some things never change: our love of maps.",
    "Never change, Wikipedia ❤️",
    "What a scoop! Our volunteer photographer got the first image of the comet 🌠",
    "What a revelation it was to find the letters in the archive.",
    "Riveting stuff! The Wikipedia quiz final went to a tie-break 🎉",
    "The riveting machine in the museum dates from 1890.",
    "We never change a user's edits without discussion.",
    "维基百科 What a scoop! 🎉",
  ],
  invalid: [
    // Round 3: "who needs sleep when …", a flat "Never change.", "What a scoop.", "Riveting stuff.".
    {
      text: "Who needs sleep when the Commons upload queue is 40,000 files deep? Certainly not us ✨",
      errors: [{ messageId: 'phrase', start: 0, end: 15, span: "Who needs sleep" }],
    },
    {
      text: "Who needs weekends when the migration runs on Saturday.",
      errors: [{ messageId: 'phrase', start: 0, end: 18, span: "Who needs weekends" }],
    },
    {
      text: "Who needs a holiday anyway.",
      errors: [{ messageId: 'phrase', start: 0, end: 19, span: "Who needs a holiday" }],
    },
    {
      text: "Who needs lunch when there are 300 unreviewed drafts?",
      errors: [{ messageId: 'phrase', start: 0, end: 15, span: "Who needs lunch" }],
    },
    {
      text: "Wikimania 东京: who needs sleep when the sessions run till midnight?",
      errors: [{ messageId: 'phrase', start: 14, end: 29, span: "who needs sleep" }],
    },
    {
      text: "ويكيبيديا، who needs free time when the bot queue is down 🔥",
      errors: [{ messageId: 'phrase', start: 11, end: 30, span: "who needs free time" }],
    },
    {
      text: "Load-shedding at 18:00 sharp, right when the livestream starts. Never change 🇿🇦",
      errors: [{ messageId: 'deadpan', start: 64, end: 76, span: "Never change" }],
    },
    {
      text: "Never change.",
      errors: [{ messageId: 'deadpan', start: 0, end: 12, span: "Never change" }],
    },
    {
      text: "Oh never change, @TransitAuthority.",
      errors: [{ messageId: 'deadpan', start: 0, end: 15, span: "Oh never change" }],
    },
    {
      text: "الكهرباء مقطوعة مرة أخرى. Never change, Eskom.",
      errors: [{ messageId: 'deadpan', start: 26, end: 38, span: "Never change" }],
    },
    {
      text: "Ah, the yearly column about anyone being able to edit Wikipedia. What a scoop.",
      errors: [{ messageId: 'deadpan', start: 65, end: 77, span: "What a scoop" }],
    },
    {
      text: "Wow, what a revelation.",
      errors: [{ messageId: 'deadpan', start: 0, end: 22, span: "Wow, what a revelation" }],
    },
    {
      text: "What a bombshell…",
      errors: [{ messageId: 'deadpan', start: 0, end: 16, span: "What a bombshell" }],
    },
    {
      text: "Another weekend, another garage band that is 'notable'. Riveting stuff.",
      errors: [{ messageId: 'deadpan', start: 56, end: 70, span: "Riveting stuff" }],
    },
    {
      text: "Truly riveting 😐",
      errors: [{ messageId: 'deadpan', start: 0, end: 14, span: "Truly riveting" }],
    },
    {
      text: "又一篇。Riveting stuff.",
      errors: [{ messageId: 'deadpan', start: 4, end: 18, span: "Riveting stuff" }],
    },
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
    // Deadpan praise, mock alarm, weary set phrases, thanks for the umpteenth message, mocking questions and
    // quoted verdicts: each construction said several ways.
    {
      text: 'Another AI panel with no Wikipedians on it. Very balanced.',
      errors: [{ messageId: 'deadpan', start: 44, end: 57, span: 'Very balanced' }],
    },
    {
      text: 'How original.',
      errors: [{ messageId: 'deadpan', start: 0, end: 12, span: 'How original' }],
    },
    {
      text: 'Real mature.',
      errors: [{ messageId: 'deadpan', start: 0, end: 11, span: 'Real mature' }],
    },
    {
      text: 'Such insight 👍',
      errors: [{ messageId: 'deadpan', start: 0, end: 12, span: 'Such insight' }],
    },
    {
      text: 'Truly well-researched.',
      errors: [{ messageId: 'deadpan', start: 0, end: 21, span: 'Truly well-researched' }],
    },
    {
      text: 'Brilliant theory.',
      errors: [{ messageId: 'deadpan', start: 0, end: 16, span: 'Brilliant theory' }],
    },
    {
      text: 'Flawless logic.',
      errors: [{ messageId: 'deadpan', start: 0, end: 14, span: 'Flawless logic' }],
    },
    {
      text: 'Great detective work, really.',
      errors: [{ messageId: 'deadpan', start: 0, end: 28, span: 'Great detective work, really' }],
    },
    {
      text: 'Top-notch fact-checking.',
      errors: [{ messageId: 'deadpan', start: 0, end: 23, span: 'Top-notch fact-checking' }],
    },
    {
      text: 'Great job by whoever scheduled maintenance on launch day.',
      errors: [{ messageId: 'deadpan', start: 0, end: 56, span: 'Great job by whoever scheduled maintenance on launch day' }],
    },
    {
      text: 'Our booth is next to the drum circle. Excellent planning by someone, somewhere 👏👏',
      errors: [{ messageId: 'deadpan', start: 38, end: 78, span: 'Excellent planning by someone, somewhere' }],
    },
    {
      text: '@someuser Airtight argument.',
      errors: [{ messageId: 'deadpan', start: 10, end: 27, span: 'Airtight argument' }],
    },
    {
      text: '会议室又被订走了。Excellent planning by someone, somewhere 👏',
      errors: [{ messageId: 'deadpan', start: 9, end: 49, span: 'Excellent planning by someone, somewhere' }],
    },
    {
      text: 'הפרויקט נדחה שוב. Very consistent.',
      errors: [{ messageId: 'deadpan', start: 18, end: 33, span: 'Very consistent' }],
    },
    {
      text: 'Stop the presses: someone found a typo.',
      errors: [{ messageId: 'phrase', start: 0, end: 16, span: 'Stop the presses' }],
    },
    {
      text: 'Alert the media, the bot made an edit.',
      errors: [{ messageId: 'phrase', start: 0, end: 15, span: 'Alert the media' }],
    },
    {
      text: 'Surprise, surprise, the vandal came back.',
      errors: [{ messageId: 'phrase', start: 0, end: 18, span: 'Surprise, surprise' }],
    },
    {
      text: "Ah, the annual 'Wikipedia is dying' headline. Right on schedule.",
      errors: [{ messageId: 'phrase', start: 46, end: 63, span: 'Right on schedule' }],
    },
    {
      text: 'Like clockwork.',
      errors: [{ messageId: 'phrase', start: 0, end: 14, span: 'Like clockwork' }],
    },
    {
      text: 'The bot crashed again. Of course it did.',
      errors: [{ messageId: 'phrase', start: 23, end: 39, span: 'Of course it did' }],
    },
    {
      text: 'A blog post as a source. Makes perfect sense.',
      errors: [{ messageId: 'phrase', start: 25, end: 44, span: 'Makes perfect sense' }],
    },
    {
      text: 'Seems legit.',
      errors: [{ messageId: 'phrase', start: 0, end: 11, span: 'Seems legit' }],
    },
    {
      text: 'We heard you the first time.',
      errors: [{ messageId: 'phrase', start: 0, end: 27, span: 'We heard you the first time' }],
    },
    {
      text: "We'll just be over here fixing it.",
      errors: [{ messageId: 'phrase', start: 0, end: 23, span: "We'll just be over here" }],
    },
    {
      text: "Next you'll tell us the Moon landing was filmed in our office.",
      errors: [{ messageId: 'phrase', start: 0, end: 19, span: "Next you'll tell us" }],
    },
    {
      text: "Can't wait to read the terms of service, said nobody.",
      errors: [{ messageId: 'phrase', start: 41, end: 52, span: 'said nobody' }],
    },
    {
      text: 'Because of course the projector died.',
      errors: [{ messageId: 'phrase', start: 0, end: 17, span: 'Because of course' }],
    },
    {
      text: 'Thanks for the 47th message about this.',
      errors: [{ messageId: 'thanks', start: 0, end: 27, span: 'Thanks for the 47th message' }],
    },
    {
      text: "Thank you for the umpteenth email about your band's article.",
      errors: [{ messageId: 'thanks', start: 0, end: 33, span: 'Thank you for the umpteenth email' }],
    },
    {
      text: 'Thanks so much for yet another DM about the logo.',
      errors: [{ messageId: 'thanks', start: 0, end: 33, span: 'Thanks so much for yet another DM' }],
    },
    {
      text: 'Thanks for your fifth complaint this week.',
      errors: [{ messageId: 'thanks', start: 0, end: 31, span: 'Thanks for your fifth complaint' }],
    },
    {
      text: 'Thanks for the hundredth reminder.',
      errors: [{ messageId: 'thanks', start: 0, end: 33, span: 'Thanks for the hundredth reminder' }],
    },
    {
      text: 'You really thought that edit was going to stick?',
      errors: [{ messageId: 'question', start: 0, end: 18, span: 'You really thought' }],
    },
    {
      text: 'So you honestly believed nobody would notice?',
      errors: [{ messageId: 'question', start: 3, end: 24, span: 'you honestly believed' }],
    },
    {
      text: 'You actually expected us to delete the whole article? 😂',
      errors: [{ messageId: 'question', start: 0, end: 21, span: 'You actually expected' }],
    },
    {
      text: 'Wait, you seriously think Wikipedia is written by one person?',
      errors: [{ messageId: 'question', start: 6, end: 25, span: 'you seriously think' }],
    },
    {
      text: "And you genuinely believe that's how it works?",
      errors: [{ messageId: 'question', start: 4, end: 25, span: 'you genuinely believe' }],
    },
    {
      text: 'Right, and I suppose the 40,000 citations are all made up too?',
      errors: [{ messageId: 'question', start: 11, end: 20, span: 'I suppose' }],
    },
    {
      text: 'So I guess the Moon landing was faked too?',
      errors: [{ messageId: 'question', start: 3, end: 10, span: 'I guess' }],
    },
    {
      text: 'Let me guess, the sources are all fabricated?',
      errors: [{ messageId: 'question', start: 0, end: 12, span: 'Let me guess' }],
    },
    {
      text: 'And I suppose the photos are fake as well?',
      errors: [{ messageId: 'question', start: 4, end: 13, span: 'I suppose' }],
    },
    {
      text: 'I guess volunteers are paid off too?',
      errors: [{ messageId: 'question', start: 0, end: 7, span: 'I guess' }],
    },
    {
      text: "Apparently a photo of a public statue is 'too controversial' for the tourism board.",
      errors: [{ messageId: 'reported', start: 41, end: 60, span: "'too controversial'" }],
    },
    {
      text: 'Apparently citing sources is “biased”.',
      errors: [{ messageId: 'reported', start: 29, end: 37, span: '“biased”' }],
    },
    {
      text: "Apparently our cathedral photos are 'inappropriate'.",
      errors: [{ messageId: 'reported', start: 36, end: 51, span: "'inappropriate'" }],
    },
    {
      text: "Apparently Wikipedia is 'too woke' for some people.",
      errors: [{ messageId: 'reported', start: 24, end: 34, span: "'too woke'" }],
    },
    {
      text: "Apparently a statue is 'not suitable for children'.",
      errors: [{ messageId: 'reported', start: 23, end: 50, span: "'not suitable for children'" }],
    },
    {
      text: "Yes, because nothing says 'reliable source' like a screenshot of a screenshot.",
      errors: [{ messageId: 'phrase', start: 13, end: 43, span: "nothing says 'reliable source'" }],
    },
    {
      text: 'Nothing screams “neutral” like a press release pasted word for word.',
      errors: [{ messageId: 'phrase', start: 0, end: 25, span: 'Nothing screams “neutral”' }],
    },
    // Someone's work in scare quotes, "funny how you never …", and "said no <anyone>, ever".
    {
      text: "Funny how your 'investigation' never asked us for comment.",
      errors: [
        { messageId: 'phrase', start: 0, end: 14, span: 'Funny how your' },
        { messageId: 'mockQuotes', start: 15, end: 30, span: "'investigation'" },
      ],
    },
    {
      text: 'Their “research” cites a parody site.',
      errors: [{ messageId: 'mockQuotes', start: 6, end: 16, span: '“research”' }],
    },
    {
      text: "So your 'sources' are two forum posts?",
      errors: [{ messageId: 'mockQuotes', start: 8, end: 17, span: "'sources'" }],
    },
    {
      text: "Read their 'fact-check' before sharing it.",
      errors: [{ messageId: 'mockQuotes', start: 11, end: 23, span: "'fact-check'" }],
    },
    {
      text: 'Interesting how you never mention the 600 volunteers.',
      errors: [{ messageId: 'phrase', start: 0, end: 19, span: 'Interesting how you' }],
    },
    {
      text: 'Strange how your article always leaves out the corrections.',
      errors: [{ messageId: 'phrase', start: 0, end: 16, span: 'Strange how your' }],
    },
    {
      text: 'Funny how you suddenly care about sources 😂',
      errors: [{ messageId: 'phrase', start: 0, end: 13, span: 'Funny how you' }],
    },
    {
      text: "'Let's add six more mandatory fields,' said no volunteer, ever.",
      errors: [{ messageId: 'phrase', start: 39, end: 62, span: 'said no volunteer, ever' }],
    },
    {
      text: 'I love filling in grant reports, said no editor ever.',
      errors: [{ messageId: 'phrase', start: 33, end: 52, span: 'said no editor ever' }],
    },
    {
      text: 'Just one more meeting, said not a single engineer, ever.',
      errors: [{ messageId: 'phrase', start: 23, end: 55, span: 'said not a single engineer, ever' }],
    },
    {
      text: 'Please make the form longer, said literally no applicant ever 🙂',
      errors: [{ messageId: 'phrase', start: 29, end: 61, span: 'said literally no applicant ever' }],
    },
    // More exclamations and delight aimed at a bad situation, mock agreement, memes and doge speak.
    {
      text: 'Oh good, the spam bots are back.',
      errors: [{ messageId: 'irony', start: 0, end: 7, span: 'Oh good' }],
    },
    {
      text: 'Charming, another vandal on the Jakarta article.',
      errors: [{ messageId: 'irony', start: 0, end: 8, span: 'Charming' }],
    },
    {
      text: 'Ah yes, because a YouTube comment is a reliable source.',
      errors: [{ messageId: 'phrase', start: 0, end: 15, span: 'Ah yes, because' }],
    },
    {
      text: 'Thanks, we hate it.',
      errors: [{ messageId: 'phrase', start: 0, end: 18, span: 'Thanks, we hate it' }],
    },
    {
      text: 'What a shock: the vandal is back.',
      errors: [{ messageId: 'irony', start: 0, end: 12, span: 'What a shock' }],
    },
    {
      text: 'Cool story.',
      errors: [{ messageId: 'phrase', start: 0, end: 10, span: 'Cool story' }],
    },
    {
      text: 'Wow, such research. Much wow.',
      errors: [
        { messageId: 'deadpan', start: 0, end: 18, span: 'Wow, such research' },
        { messageId: 'deadpan', start: 20, end: 28, span: 'Much wow' },
      ],
    },
    {
      text: 'Thrilled that the upload tool died on deadline day.',
      errors: [{ messageId: 'irony', start: 0, end: 13, span: 'Thrilled that' }],
    },
    {
      text: 'Love to see another outage during the fundraiser 🙂',
      errors: [{ messageId: 'irony', start: 0, end: 11, span: 'Love to see' }],
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
