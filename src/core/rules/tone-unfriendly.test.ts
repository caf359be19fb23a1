import { describe, expect, it } from 'vitest';
import { runRuleTable } from '../../../test/unit/rule-tester.ts';
import { createAnalyzer } from '../engine.ts';
import rule, { mayContainProfanity, profanityMatcher } from './tone-unfriendly.ts';

runRuleTable(rule, {
  valid: [
    // Hard negatives named in the issue.
    'Great news! 1 million articles 🎉',
    'We’re SO excited to announce the winners of Wiki Loves Monuments…',
    'UNESCO and the WMF signed a memorandum on open knowledge.',
    'Read the article about the Dumbarton Oaks conference',
    // A nickname that names a thing, not a person (listed as an exception).
    'The idiot box (a nickname for television) has its own article.',
    // Titles: in quotes, or in Title Case.
    'Tonight’s featured film: “Shut Up and Dance”.',
    'Shut Up and Dance (film) is today’s featured article.',
    '“Nobody Cares” is a 2004 song; read its article.',
    'The killer whale is the largest member of the dolphin family.',
    '“Damn Yankees” opened on Broadway in 1955.',
    'Damn Yankees opened on Broadway in 1955.',
    'Read The Idiot by Dostoevsky on Wikisource.',
    'Never Mind the Bollocks turned 45 this year.',
    // Scunthorpe problems: the package's whitelist and ours.
    'Scunthorpe, Essex and Middlesex photos for the assessment of the cocktail exhibit.',
    'Dick Cheney served as the 46th vice president of the United States.',
    'The breeder registered the bitch and her litter of six puppies.',
    'Photos of Fukushima by Fu Ying are now on Commons.',
    'Pissarro’s paintings are in the public domain.',
    'Flame retardant chemistry is today’s featured article.',
    'Summa cum laude graduates joined our edit-a-thon.',
    'The great tit and the blue-footed booby are this week’s birds.',
    'Sex education articles were improved by 40 volunteers.',
    'A chink in the armour: how medieval plate was made.',
    // Constructions that only count as a retort or a command.
    'Kids learn to read with Wikipedia in their own language.',
    'Learn to read maps with our Wikivoyage guide.',
    'Read a book this summer: here are 10 classics on Wikisource.',
    'Children who grow up with Wikipedia ask great questions.',
    'Get lost in Wikipedia’s rabbit holes this weekend!',
    'We’ll wait for the jury before announcing the winners.',
    'Nobody wants to lose their work, so every edit is saved.',
    'Imagine a world in which every single human being can freely share in the sum of all knowledge.',
    'There are no stupid questions at our editing workshop!',
    'The word idiot comes from the Greek idiōtēs.',
    '@clueless_cat thanks for the photo!',
    'The story is at https://en.wikipedia.org/wiki/Idiot_box today.',
    'Thanks for the correction, you’re right, we fixed the caption.',
    'Join 300 volunteers at Wikimania in Nairobi 🌍',
    // Retorts and "nobody …" only as a put-down: not a job ad, not history, not a list of what children do.
    'How to get a job in open knowledge: our careers page is live.',
    'Want to work with us? Get a job at the Foundation: wikimediafoundation.org/careers',
    'Before 2004, nobody had heard of it.',
    'Nobody had heard of the village until the article was written.',
    'No one needs to be an expert to edit.',
    'The heat was unbearable at the photowalk, but the photos are stunning.',
    'Children learn to read, grow up, and go to school with Wikipedia.',
    'Nobody likes it when their edits get lost, so we built autosave.',
    'Haha, we love this photo of the Kraków dragon 🐉',
    'Lol, the cat article is still the most-read page this week 😸',
    // Topics that share the words: tantrums in child development, laughing at a photo, a book title, a 15th edition.
    'Our article on temper tantrums in toddlers was improved by paediatricians.',
    'This drawing was made by a toddler at our family edit-a-thon 🎨',
    'Learn like a child: stay curious about everything!',
    'How do you use your brain when learning a language? Read the article.',
    'Prices calm down after the holidays, says the article on inflation.',
    'LOL at this 1920s photo of a goat in a hat 😂',
    'Haha, at last the results are in!',
    'The Audacity of Hope was published in 2006.',
    'Read about the audacity of the 1924 Everest expedition.',
    'Wiki Loves Monuments is back for the 15th time!',
    'For the first time, Wikipedia has 7 million articles.',
    'This page was viewed a million times last year.',
    'Give it a restart if the app freezes.',
    'Sit down with our team at Wikimania to talk about grants.',
    'Who raised the most for Wikimania scholarships? Our Indonesian community!',
    // Other profiles and options.
    { text: 'This is so damn good', profile: 'personal' },
    { text: 'Shut up, @troll.', options: { contempt: false } },
    { text: 'What a load of shit', options: { profanity: false } },
    { text: 'cry more 🤡', options: { contempt: false, emoji: false } },
    // Round 3: verdicts, "who asked?", the reader called a burden, a sarcastic "genius", "slowly" (hard negatives).
    "We misspelt our own name in the banner. Embarrassing! 🙈",
    "An embarrassing typo slipped into our newsletter; it is fixed now.",
    "The reader who asked about image licences: here is the answer.",
    "Who asked for dark mode? You did, and it is here!",
    "You're exhausting the free quota, so the tool pauses for an hour.",
    "You are not tiresome at all — ask as many questions as you like!",
    "Ramanujan was, simply, a genius.",
    "Happy birthday, Einstein! 🎂",
    "Meet the genius behind the Kiwix offline reader.",
    "We read it slowly, page by page, at our book club.",
    "The page loads slowly on 2G; here is the fix.",
    "The Muppets turn 70 this year: read the article.",
    "Storage for raw video is a waste of space, so we transcode it.",
    "The patient was declared brain-dead in 1998, the article says.",
    "We'll sit this one out and let the community decide.",
    "Stop wasting our time on manual tagging: try the new upload tool.",
    "Maybe check out our booth next time you're in Accra!",
    "Cringe Pop, the 2019 album, now has its own article.",
  ],
  invalid: [
    // Round 3: flat verdicts, "who asked?", the reader called a burden, a sarcastic "genius", "slowly", new insults.
    {
      text: "Imagine writing a 20-post thread about Wikipedia without opening it once. Embarrassing.",
      errors: [{ messageId: 'contempt', start: 74, end: 86, span: "Embarrassing" }],
    },
    {
      text: "Cringe. A 'tech influencer' who thinks Wikipedia is written by one guy.",
      errors: [{ messageId: 'contempt', start: 0, end: 6, span: "Cringe" }],
    },
    {
      text: "Honestly embarrassing.",
      errors: [{ messageId: 'contempt', start: 0, end: 21, span: "Honestly embarrassing" }],
    },
    {
      text: "Unhinged.",
      errors: [{ messageId: 'contempt', start: 0, end: 8, span: "Unhinged" }],
    },
    {
      text: "这篇评论。Cringe.",
      errors: [{ messageId: 'contempt', start: 5, end: 11, span: "Cringe" }],
    },
    {
      text: "Genuinely, who asked? Blocked.",
      errors: [{ messageId: 'contempt', start: 11, end: 20, span: "who asked" }],
    },
    {
      text: "Who asked?",
      errors: [{ messageId: 'contempt', start: 0, end: 9, span: "Who asked" }],
    },
    {
      text: "Cool story, who even asked?",
      errors: [{ messageId: 'contempt', start: 12, end: 26, span: "who even asked" }],
    },
    {
      text: "lol who asked? 😂",
      errors: [{ messageId: 'contempt', start: 4, end: 13, span: "who asked" }],
    },
    {
      text: "شكرا، who asked?",
      errors: [{ messageId: 'contempt', start: 6, end: 15, span: "who asked" }],
    },
    {
      text: "You lot in the replies are exhausting.",
      errors: [{ messageId: 'insult', start: 0, end: 37, span: "You lot in the replies are exhausting" }],
    },
    {
      text: "You're so tiresome.",
      errors: [{ messageId: 'insult', start: 0, end: 18, span: "You're so tiresome" }],
    },
    {
      text: "You people are exhausting 😩",
      errors: [{ messageId: 'insult', start: 0, end: 25, span: "You people are exhausting" }],
    },
    {
      text: "Honestly, you are a lost cause.",
      errors: [{ messageId: 'insult', start: 10, end: 30, span: "you are a lost cause" }],
    },
    {
      text: "你们 you guys are unbearable.",
      errors: [{ messageId: 'insult', start: 3, end: 26, span: "you guys are unbearable" }],
    },
    {
      text: "If you can't tell a talk page from an article, maybe sit this one out, genius.",
      errors: [{ messageId: 'contempt', start: 47, end: 69, span: "maybe sit this one out" }, { messageId: 'mocking', start: 71, end: 77, span: "genius" }],
    },
    {
      text: "Good luck with that, Sherlock.",
      errors: [{ messageId: 'mocking', start: 21, end: 29, span: "Sherlock" }],
    },
    {
      text: "Thanks, mastermind 🙃",
      errors: [{ messageId: 'mocking', start: 8, end: 18, span: "mastermind" }],
    },
    {
      text: "Sure thing, big brain.",
      errors: [{ messageId: 'mocking', start: 12, end: 21, span: "big brain" }],
    },
    {
      text: "אוקיי, genius.",
      errors: [{ messageId: 'mocking', start: 7, end: 13, span: "genius" }],
    },
    {
      text: "Read it again, slowly this time.",
      errors: [{ messageId: 'mocking', start: 0, end: 21, span: "Read it again, slowly" }],
    },
    {
      text: "Let me say this slowly: we do not sell edits.",
      errors: [{ messageId: 'mocking', start: 0, end: 22, span: "Let me say this slowly" }],
    },
    {
      text: "@bob read that again, very slowly.",
      errors: [{ messageId: 'mocking', start: 5, end: 33, span: "read that again, very slowly" }],
    },
    {
      text: "Absolute muppets vandalising the athletics articles again. Get a hobby.",
      errors: [{ messageId: 'insult', start: 0, end: 16, span: "Absolute muppets" }, { messageId: 'contempt', start: 59, end: 70, span: "Get a hobby" }],
    },
    {
      text: "You muppet 🤦",
      errors: [{ messageId: 'insult', start: 0, end: 10, span: "You muppet" }],
    },
    {
      text: "Whoever runs them: you are a waste of oxygen.",
      errors: [{ messageId: 'insult', start: 29, end: 44, span: "waste of oxygen" }],
    },
    {
      text: "That's the most brain-dead idea for fixing Wikipedia we've heard.",
      errors: [{ messageId: 'insult', start: 16, end: 31, span: "brain-dead idea" }],
    },
    {
      text: "Zero clue how sources work. Impressive levels of delusion.",
      errors: [{ messageId: 'insult', start: 0, end: 9, span: "Zero clue" }, { messageId: 'insult', start: 39, end: 57, span: "levels of delusion" }],
    },
    {
      text: "Ratio'd by a room full of librarians 📚",
      errors: [{ messageId: 'mocking', start: 0, end: 7, span: "Ratio'd" }],
    },
    {
      text: "Read the FAQ or stop wasting our time.",
      errors: [{ messageId: 'contempt', start: 16, end: 37, span: "stop wasting our time" }],
    },
    {
      text: "维基百科 you're a waste of space.",
      errors: [{ messageId: 'insult', start: 5, end: 28, span: "you're a waste of space" }],
    },
    { text: 'What an idiot.', errors: [{ messageId: 'insult', start: 8, end: 13, span: 'idiot' }] },
    { text: 'Nobody cares.', errors: [{ messageId: 'contempt', start: 0, end: 12, span: 'Nobody cares' }] },
    { text: 'Shut up, @troll.', errors: [{ messageId: 'contempt', start: 0, end: 7, span: 'Shut up' }] },
    {
      text: 'LOL imagine not knowing how citations work',
      errors: [{ messageId: 'mocking', start: 0, end: 23, span: 'LOL imagine not knowing' }],
    },
    {
      text: 'cry more 🤡',
      errors: [
        { messageId: 'mocking', start: 0, end: 8, span: 'cry more' },
        { messageId: 'emoji', start: 9, end: 11, span: '🤡' },
      ],
    },
    { text: 'ok boomer', errors: [{ messageId: 'mocking', start: 0, end: 9, span: 'ok boomer' }] },
    {
      text: 'this is f*cking stupid',
      errors: [
        { messageId: 'profanity', start: 8, end: 15, span: 'f*cking' },
        { messageId: 'insult', start: 16, end: 22, span: 'stupid' },
      ],
    },
    { text: 'what a load of sh1t', errors: [{ messageId: 'profanity', start: 15, end: 19, span: 'sh1t' }] },
    { text: 'You absolute a$$hole', errors: [{ messageId: 'profanity', start: 13, end: 20, span: 'a$$hole' }] },
    {
      text: 'Learn to read before you comment.',
      reply: true,
      errors: [{ messageId: 'contempt', start: 0, end: 13, span: 'Learn to read' }],
    },
    {
      text: 'Learn to read, mate. It is in the first sentence.',
      reply: true,
      errors: [{ messageId: 'contempt', start: 0, end: 13, span: 'Learn to read' }],
    },
    {
      // CJK and emoji right next to the match: offsets are UTF-16 code units.
      text: '维基百科idiots🤡',
      errors: [
        { messageId: 'insult', start: 4, end: 10, span: 'idiots' },
        { messageId: 'emoji', start: 10, end: 12, span: '🤡' },
      ],
    },
    { text: 'ウィキペディアshit', errors: [{ messageId: 'profanity', start: 7, end: 11, span: 'shit' }] },
    { text: 'مرحبا، shut up يا', errors: [{ messageId: 'contempt', start: 7, end: 14, span: 'shut up' }] },
    { text: 'ויקיפדיה nobody cares 😂', errors: [{ messageId: 'contempt', start: 9, end: 21, span: 'nobody cares' }] },
    {
      text: "Tell me you didn't read the article without telling me you didn't read the article.",
      errors: [{ messageId: 'mocking', start: 0, end: 54, span: "Tell me you didn't read the article without telling me" }],
    },
    {
      text: 'Damn, that’s a crap photo. Try again with the lens cap off.',
      reply: true,
      errors: [
        { messageId: 'profanity', start: 0, end: 4, span: 'Damn' },
        { messageId: 'profanity', start: 15, end: 19, span: 'crap' },
      ],
    },
    {
      text: 'The digital minister is clueless. Absolutely clueless.',
      errors: [
        { messageId: 'insult', start: 24, end: 32, span: 'clueless' },
        { messageId: 'insult', start: 45, end: 53, span: 'clueless' },
      ],
    },
    { text: 'Pathetic attempt at vandalism.', errors: [{ messageId: 'insult', start: 0, end: 8, span: 'Pathetic' }] },
    { text: 'Honestly the dumbest question we’ve had all week.', errors: [{ messageId: 'insult', start: 13, end: 20, span: 'dumbest' }] },
    { text: 'MOTHERFUCKER', errors: [{ messageId: 'profanity', start: 0, end: 12, span: 'MOTHERFUCKER' }] },
    { text: 'ｆｕｃｋ this', errors: [{ messageId: 'profanity', start: 0, end: 4, span: 'ｆｕｃｋ' }] },
    { text: 'Stop being a retard', errors: [{ messageId: 'slur', start: 13, end: 19, span: 'retard' }] },
    {
      text: 'Our editors come from 190 countries.',
      quoted: 'Wikipedia editors are a bunch of basement-dwelling losers',
      errors: [{ messageId: 'insult', start: 24, end: 57, span: 'bunch of basement-dwelling losers', quoted: true }],
    },
    {
      text: 'Looking for a hobby? Edit Wikipedia.',
      quoted: 'SHUT UP ABOUT CRYPTO AND GO EDIT WIKIPEDIA 😂',
      errors: [{ messageId: 'contempt', start: 0, end: 7, span: 'SHUT UP', quoted: true }],
    },
    { text: 'Grow up, @bob.', reply: true, errors: [{ messageId: 'contempt', start: 0, end: 7, span: 'Grow up' }] },
    { text: 'Get lost.', errors: [{ messageId: 'contempt', start: 0, end: 8, span: 'Get lost' }] },
    {
      text: 'Fine, the article has been changed. Happy now?',
      errors: [{ messageId: 'contempt', start: 36, end: 45, span: 'Happy now' }],
    },
    {
      text: 'Please stop uploading cat photos. Nobody wants them.',
      errors: [{ messageId: 'contempt', start: 34, end: 51, span: 'Nobody wants them' }],
    },
    { text: '🖕🏽 to the vandals', errors: [{ messageId: 'emoji', start: 0, end: 4, span: '🖕🏽' }] },
    {
      text: 'Imagine being this clueless about how an encyclopedia works.',
      errors: [{ messageId: 'mocking', start: 0, end: 27, span: 'Imagine being this clueless' }],
    },
    {
      text: 'WRONG. AGAIN. How many times do we have to correct you?',
      errors: [{ messageId: 'contempt', start: 14, end: 50, span: 'How many times do we have to correct' }],
    },
    {
      text: 'Senator Ellison is a disgrace and an embarrassment to this country.',
      errors: [
        { messageId: 'contempt', start: 16, end: 29, span: 'is a disgrace' },
        { messageId: 'contempt', start: 34, end: 53, span: 'an embarrassment to' },
      ],
    },
    { text: 'What the hell is this edit?', errors: [{ messageId: 'profanity', start: 0, end: 13, span: 'What the hell' }] },
    // Insulting adjectives, a retort after laughter or a colon, and "nobody's ever heard of it".
    {
      text: 'wikipedia editors are the most insufferable nerds on the planet lmao get a job',
      errors: [
        { messageId: 'insult', start: 31, end: 43, span: 'insufferable' },
        { messageId: 'contempt', start: 69, end: 78, span: 'get a job' },
      ],
    },
    {
      text: 'These admins are so obnoxious.',
      errors: [{ messageId: 'insult', start: 20, end: 29, span: 'obnoxious' }],
    },
    {
      text: 'What a spineless decision by the board.',
      errors: [{ messageId: 'insult', start: 7, end: 16, span: 'spineless' }],
    },
    {
      text: 'The comments are full of know-it-alls again.',
      errors: [{ messageId: 'insult', start: 25, end: 37, span: 'know-it-alls' }],
    },
    {
      text: 'lol get a life',
      errors: [{ messageId: 'contempt', start: 4, end: 14, span: 'get a life' }],
    },
    {
      text: 'haha grow up',
      errors: [{ messageId: 'contempt', start: 5, end: 12, span: 'grow up' }],
    },
    {
      text: 'Our advice to vandals: grow up.',
      errors: [{ messageId: 'contempt', start: 23, end: 30, span: 'grow up' }],
    },
    {
      text: 'ok this thread is a mess lmao touch grass',
      errors: [{ messageId: 'mocking', start: 30, end: 41, span: 'touch grass' }],
    },
    {
      text: "Because nobody's ever heard of it, Kevin.",
      errors: [{ messageId: 'contempt', start: 8, end: 33, span: "nobody's ever heard of it" }],
    },
    {
      text: 'No one has ever heard of your band.',
      errors: [{ messageId: 'contempt', start: 0, end: 34, span: 'No one has ever heard of your band' }],
    },
    {
      text: 'Nobody reads your blog.',
      errors: [{ messageId: 'contempt', start: 0, end: 22, span: 'Nobody reads your blog' }],
    },
    {
      text: 'Nobody remembers you.',
      errors: [{ messageId: 'contempt', start: 0, end: 20, span: 'Nobody remembers you' }],
    },
    {
      text: 'Honestly, no one cares about your mixtape 🙄',
      errors: [{ messageId: 'contempt', start: 10, end: 41, span: 'no one cares about your mixtape' }],
    },
    {
      text: '又是这种问题。Nobody has heard of them 😂',
      errors: [{ messageId: 'contempt', start: 7, end: 31, span: 'Nobody has heard of them' }],
    },
    {
      text: 'مرحبا lmao get a job',
      errors: [{ messageId: 'contempt', start: 11, end: 20, span: 'get a job' }],
    },
    // Treating the reader as a child, "use your brains", laughing at a person, and "for the hundredth time".
    {
      text: 'Your feedback reads like it was written mid-tantrum by a toddler.',
      errors: [{ messageId: 'insult', start: 40, end: 51, span: 'mid-tantrum' }],
    },
    {
      text: 'Stop throwing tantrums in our mentions.',
      errors: [{ messageId: 'insult', start: 0, end: 22, span: 'Stop throwing tantrums' }],
    },
    {
      text: 'This thread was clearly written by a toddler.',
      errors: [{ messageId: 'insult', start: 24, end: 44, span: 'written by a toddler' }],
    },
    {
      text: "You're behaving like a toddler.",
      errors: [{ messageId: 'insult', start: 7, end: 30, span: 'behaving like a toddler' }],
    },
    {
      text: 'What a crybaby.',
      errors: [{ messageId: 'insult', start: 7, end: 14, span: 'crybaby' }],
    },
    {
      text: "Try again when you've calmed down.",
      errors: [{ messageId: 'contempt', start: 10, end: 33, span: "when you've calmed down" }],
    },
    {
      text: 'Calm down, @user.',
      errors: [{ messageId: 'contempt', start: 0, end: 9, span: 'Calm down' }],
    },
    {
      text: 'Please, people, use your brains.',
      errors: [{ messageId: 'contempt', start: 16, end: 31, span: 'use your brains' }],
    },
    {
      text: 'Engage your brain before posting.',
      errors: [{ messageId: 'contempt', start: 0, end: 17, span: 'Engage your brain' }],
    },
    {
      text: 'Folks, use your head.',
      errors: [{ messageId: 'contempt', start: 7, end: 20, span: 'use your head' }],
    },
    {
      text: 'LMAO at the guy who cited his own Instagram 😂😂 the audacity',
      errors: [
        { messageId: 'mocking', start: 0, end: 15, span: 'LMAO at the guy' },
        { messageId: 'mocking', start: 49, end: 61, span: 'the audacity' },
      ],
    },
    {
      text: 'lol at people who think Wikipedia is written by the Foundation',
      errors: [{ messageId: 'mocking', start: 0, end: 13, span: 'lol at people' }],
    },
    {
      text: 'rofl at the vandals who tried again',
      errors: [{ messageId: 'mocking', start: 0, end: 19, span: 'rofl at the vandals' }],
    },
    {
      text: 'LOL at whoever wrote this.',
      errors: [{ messageId: 'mocking', start: 0, end: 14, span: 'LOL at whoever' }],
    },
    {
      text: 'For the hundredth time, we are not deleting your page.',
      errors: [{ messageId: 'contempt', start: 0, end: 22, span: 'For the hundredth time' }],
    },
    {
      text: 'For the umpteenth time: the deadline is midnight UTC.',
      errors: [{ messageId: 'contempt', start: 0, end: 22, span: 'For the umpteenth time' }],
    },
    {
      text: "We've told you a hundred times, the photo is CC BY-SA.",
      errors: [{ messageId: 'contempt', start: 6, end: 30, span: 'told you a hundred times' }],
    },
    {
      text: "I've explained this a dozen times.",
      errors: [{ messageId: 'contempt', start: 5, end: 33, span: 'explained this a dozen times' }],
    },
    {
      text: 'For the millionth time, Wikipedia is not run by the CIA. Give it a rest.',
      errors: [
        { messageId: 'contempt', start: 0, end: 22, span: 'For the millionth time' },
        { messageId: 'contempt', start: 57, end: 71, span: 'Give it a rest' },
      ],
    },
    {
      text: '又来了。For the hundredth time, no.',
      errors: [{ messageId: 'contempt', start: 4, end: 26, span: 'For the hundredth time' }],
    },
    {
      text: 'שלום. Calm down.',
      errors: [{ messageId: 'contempt', start: 6, end: 15, span: 'Calm down' }],
    },
    {
      text: 'Tell us you did not read the article without telling us you did not read the article.',
      errors: [{ messageId: 'mocking', start: 0, end: 55, span: 'Tell us you did not read the article without telling us' }],
    },
    {
      text: 'Sit down.',
      errors: [{ messageId: 'contempt', start: 0, end: 8, span: 'Sit down' }],
    },
    {
      text: 'Honestly, who raised you?',
      errors: [{ messageId: 'contempt', start: 10, end: 24, span: 'who raised you' }],
    },
  ],
});

describe('tone-unfriendly suggestions', () => {
  const analyzer = createAnalyzer({ rules: [rule] });
  const suggestionsFor = (text: string) => analyzer.analyze({ text }).map((f) => f.suggestions?.map((s) => s.replacement));

  it('offers neutral words where they exist', () => {
    expect(suggestionsFor('The minister is clueless.')).toEqual([['unaware']]);
    expect(suggestionsFor('Pathetic effort.')).toEqual([['Disappointing']]);
    expect(suggestionsFor('What the hell happened?')).toEqual([['What']]);
  });

  it('offers to remove intensifiers and emoji, and nothing for plain name-calling', () => {
    expect(suggestionsFor('This is f*cking great')).toEqual([['']]);
    expect(suggestionsFor('Nice edit 🤡')).toEqual([['']]);
    expect(suggestionsFor('You idiot')).toEqual([undefined]);
  });
});

describe('profanity screen', () => {
  // The cheap screen must never hide a match the obscenity package would find.
  const leet: Record<string, string> = { a: '@4', e: '3', i: '1!|', o: '0', s: '$5', t: '7' };
  const words = ['fuck', 'shit', 'cunt', 'bitch', 'asshole', 'bastard', 'twat', 'wanker', 'piss', 'slut', 'whore', 'retard', 'faggot'];
  it('passes every obfuscated form the package matches', () => {
    let checked = 0;
    for (const word of words) {
      const forms = new Set([word, word.toUpperCase(), word.replace(/^(.)/, '$1$1$1$1')]);
      for (let i = 0; i < word.length; i++) {
        for (const c of leet[word[i]!] ?? '') forms.add(word.slice(0, i) + c + word.slice(i + 1));
      }
      for (const form of forms) {
        for (const text of [form, `oh ${form}!`, `维基${form}😂`]) {
          if (profanityMatcher.getAllMatches(text).length === 0) continue;
          checked++;
          expect(mayContainProfanity(text), text).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('stays closed on ordinary posts', () => {
    expect(mayContainProfanity('Wiki Loves Monuments 2025: the winners are here 🎉')).toBe(false);
  });
});
