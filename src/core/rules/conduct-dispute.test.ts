import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine.ts';
import { runRuleTable } from '../../../test/unit/rule-tester.ts';
import rule from './conduct-dispute.ts';

runRuleTable(rule, {
  valid: [
    // Thanks and polite corrections.
    { text: "You're right, thanks for the correction!", reply: true },
    { text: "Thanks for flagging this — you're right, we've fixed it", reply: true },
    { text: "Good catch! We've updated the post", reply: true },
    { text: 'Good catch — that’s not true any more, we’ve updated the post. Thanks!', reply: true },
    { text: 'Small correction: Wikipedia launched on 15 January 2001, not 2000. Easy one to mix up!', reply: true },
    // A courteous, sourced correction without a retort or an accusation stays quiet: it is what the
    // guideline asks for instead of a dispute.
    { text: "That's not quite what the study says; here is the source: https://doi.org/10.1000/182", reply: true },
    // Quizzes, questions, reported claims and myth-busting that address nobody.
    'Not true? Check the article to learn more',
    { text: 'Is it true that octopuses have three hearts? 🐙', reply: true },
    { text: 'The claim that the bridge was built in 1900 is not true, says the article.', reply: true },
    'Myth: Wikipedia is written by bots. Fact: over 100,000 volunteers edit it every month.',
    "Myth: you can't cite Wikipedia. That's false: you can, as a starting point.",
    "Some say Wikipedia is written by AI. That's simply not true.",
    'Think you know Wikipedia? Prove it! Take our quiz 🧠',
    "You're wrong if you think editing is hard! Our tutorial takes five minutes.",
    // Topics and tips, not retorts.
    'Do your research with Wikipedia, then follow the citations to the sources!',
    'Students: learn to read sources critically with our new course.',
    "Bots are spreading misinformation faster than ever. Here's how editors fight back.",
    'Read about Greta Thunberg’s “How dare you” speech at the UN.',
    'Happy 25th birthday, Wikipedia! 🎉 Thank you to every volunteer.',
    // Answers and conditionals.
    { text: "Nope, no ads on Wikipedia, ever. It's funded by readers like you 💙", reply: true },
    { text: "If that's not true, let us know and we'll fix our post.", reply: true },
    { text: 'Wrong date in our last post, sorry! The edit-a-thon is on Saturday.', reply: true },
    // Round 2: hard negatives that share words with the constructions.
    { text: "That's a false alarm, the servers are fine.", reply: true },
    { text: "You're spreading the word, thank you! 💙", reply: true },
    { text: "You keep us going 💚", reply: true },
    { text: "You can ignore the email, it's a test.", reply: true },
    { text: "Where did you take this photo? It's stunning!", reply: true },
    { text: "Where did you find that quote? Love it.", reply: true },
    { text: "Fix the article yourself, anyone can edit!", reply: true },
    { text: "Edit your post to add alt text 🙏", reply: true },
    { text: "It's not true that you need an account: anyone can edit.", reply: true },
    { text: "That's not quite right, but thanks for raising it!", reply: true },
    { text: "This is not the case for Commons, where files need a free licence.", reply: true },
    { text: "That's wrong, sorry! We fixed the date in our post.", reply: true },
    { text: "You clearly love maps as much as we do 🗺️", reply: true },
    { text: "You have no idea how much this means to us 💙", reply: true },
    { text: "You know better than anyone how hard this was.", reply: true },
    { text: "Your team never mentioned the deadline, could you resend it?", reply: true },
    { text: "Everything you know about Vikings is wrong 🪓", reply: true },
    "Stop spreading misinformation: check the sources before you share.",
    { text: "Try reading the FAQ, it explains everything!", reply: true },
    { text: "Please read the guidelines before posting your photos 📸", reply: true },
    { text: "We never said that editing is easy, but it's fun!", reply: true },
    "Educate yourself about copyright with our free course.",
    { text: "If you got it wrong, no worries, just edit again.", reply: true },
    { text: "Take it down a notch? Never! 🎉", reply: true },
    { text: "How many times have you edited Wikipedia this year?", reply: true },
    { text: "This is ridiculous 😂 best cat photo ever", reply: true },
    { text: "That's embarrassing, we forgot the link! Here it is.", reply: true },
    "Check your facts before you share anything online.",
    "Bad reporting spreads myths. Here's how to spot it.",
    { text: "Your idea is absurdly good 😂", reply: true },
    { text: "Hmm, that doesn't make sense, can you send a screenshot?", reply: true },
    { text: "It doesn't add up to much, but every edit counts!", reply: true },
    // Options and profiles.
    { text: "That's not true.", reply: true, options: { contradictions: false } },
    { text: 'Shame on you for posting this.', profile: 'personal' },
    // Round 3: habits, earlier corrections, straw men and dismissed sources that must stay quiet when friendly.
    { text: "You always do this so well, thank you! 💙", reply: true },
    { text: "We already told you that the meetup moved to Saturday!", reply: true },
    { text: "Our mentors have already told you about the Teahouse, right?", reply: true },
    { text: "Nobody said it would be easy, but 300 volunteers did it! 🎉", reply: true },
    { text: "What we said at Wikimania is now on YouTube.", reply: true },
    { text: "Loved this essay, I'll read it again tonight!", reply: true },
    { text: "Read it again in Arabic: our translation is live!", reply: true },
    { text: "Your source is a great read, thanks for sharing!", reply: true },
    { text: "Cope with burnout: tips from long-time editors.", reply: true },
    { text: "Bad take on our part, sorry!", reply: true },
    "Nobody said Wikipedia was perfect. Here's how errors get fixed!",
  ],
  invalid: [
    {
      text: "You're wrong. Wikipedia has never run ads.",
      reply: true,
      errors: [
        { messageId: 'accusation', start: 0, end: 12, span: "You're wrong" },
      ],
    },
    {
      text: "That's simply not true.",
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 0, end: 22, span: "That's simply not true" },
      ],
    },
    {
      text: "Nope, that's false. Wikipedia has never sold user data.",
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 0, end: 18, span: "Nope, that's false" },
      ],
    },
    {
      text: 'Stop spreading misinformation about our editors, @newsdesk.',
      errors: [
        { messageId: 'accusation', start: 0, end: 29, span: 'Stop spreading misinformation' },
      ],
    },
    {
      text: 'Prove it.',
      reply: true,
      errors: [
        { messageId: 'challenge', start: 0, end: 9, span: 'Prove it.' },
      ],
    },
    {
      text: 'Shame on you for posting this.',
      errors: [
        { messageId: 'accusation', start: 0, end: 12, span: 'Shame on you' },
      ],
    },
    {
      text: 'How dare you accuse our volunteers of bias?',
      errors: [
        { messageId: 'accusation', start: 0, end: 12, span: 'How dare you' },
      ],
    },
    {
      text: "If you'd bothered to check the edit history, you'd know it was reverted in a minute.",
      errors: [
        { messageId: 'challenge', start: 0, end: 17, span: "If you'd bothered" },
      ],
    },
    {
      text: 'Did you even read the article?',
      errors: [
        { messageId: 'challenge', start: 0, end: 17, span: 'Did you even read' },
      ],
    },
    {
      text: "You clearly don't understand how citations work.",
      errors: [
        { messageId: 'challenge', start: 0, end: 28, span: "You clearly don't understand" },
      ],
    },
    {
      text: 'Do your homework before posting.',
      reply: true,
      errors: [
        { messageId: 'challenge', start: 0, end: 16, span: 'Do your homework' },
      ],
    },
    {
      text: 'Get your facts straight, @QuickTakesNews. Wikipedia has more than 300 language editions.',
      errors: [
        { messageId: 'challenge', start: 0, end: 25, span: 'Get your facts straight, ' },
      ],
    },
    {
      text: "You have no idea what you're talking about.",
      errors: [
        { messageId: 'challenge', start: 0, end: 43, span: "You have no idea what you're talking about." },
      ],
    },
    {
      text: 'Stop twisting the facts. Our financial statements are audited every year.',
      errors: [
        { messageId: 'accusation', start: 0, end: 25, span: 'Stop twisting the facts. ' },
      ],
    },
    {
      text: 'Wrong! The Eiffel Tower is 330 m tall.',
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 0, end: 7, span: 'Wrong! ' },
      ],
    },
    {
      text: 'Your claim is baseless, and every number in that thread is made up.',
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 0, end: 24, span: 'Your claim is baseless, ' },
        { messageId: 'contradiction', start: 28, end: 66, span: 'every number in that thread is made up' },
      ],
    },
    {
      text: "That's not what happened and you know it.",
      reply: true,
      errors: [
        { messageId: 'accusation', start: 0, end: 41, span: "That's not what happened and you know it." },
      ],
    },
    {
      text: "Actually, you're the one who got it wrong here.",
      reply: true,
      errors: [
        { messageId: 'accusation', start: 10, end: 41, span: "you're the one who got it wrong" },
      ],
    },
    {
      text: '🤔 That’s not true 👎',
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 3, end: 18, span: 'That’s not true' },
      ],
    },
    {
      text: '维基百科That’s not true。',
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 4, end: 19, span: 'That’s not true' },
      ],
    },
    {
      text: 'ウィキペディアyou’re wrong、残念',
      reply: true,
      errors: [
        { messageId: 'accusation', start: 7, end: 19, span: 'you’re wrong' },
      ],
    },
    {
      text: 'ويكيبيديا you are lying',
      reply: true,
      errors: [
        { messageId: 'accusation', start: 10, end: 23, span: 'you are lying' },
      ],
    },
    {
      text: 'שלום! That’s a lie.',
      reply: true,
      errors: [
        { messageId: 'accusation', start: 6, end: 19, span: 'That’s a lie.' },
      ],
    },
    {
      text: 'Worth a read.',
      quoted: '@journo nope. That’s false and you know it.',
      errors: [
        { messageId: 'accusation', start: 14, end: 43, span: 'That’s false and you know it.', quoted: true },
      ],
    },
    {
      text: 'Incorrect. The Foundation does not edit articles.',
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 0, end: 11, span: 'Incorrect. ' },
      ],
    },
    // Round 2: constructions rather than fixed phrases.
    {
      text: "That's absolutely false.",
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 0, end: 23, span: "That's absolutely false" },
      ],
    },
    {
      text: "This is pure propaganda 🙄",
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 0, end: 23, span: "This is pure propaganda" },
      ],
    },
    {
      text: "That isn't journalism, it's clickbait.",
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 0, end: 37, span: "That isn't journalism, it's clickbait" },
      ],
    },
    {
      text: "What you wrote is simply wrong.",
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 0, end: 31, span: "What you wrote is simply wrong." },
      ],
    },
    {
      text: "The numbers you cited are way off.",
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 0, end: 34, span: "The numbers you cited are way off." },
      ],
    },
    {
      text: "Every single claim in your video has been debunked by actual doctors.",
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 0, end: 50, span: "Every single claim in your video has been debunked" },
      ],
    },
    {
      text: "You're dead wrong about the funding.",
      reply: true,
      errors: [
        { messageId: 'accusation', start: 0, end: 17, span: "You're dead wrong" },
      ],
    },
    {
      text: "You've got it all backwards.",
      reply: true,
      errors: [
        { messageId: 'accusation', start: 0, end: 27, span: "You've got it all backwards" },
      ],
    },
    {
      text: "You keep moving the goalposts.",
      reply: true,
      errors: [
        { messageId: 'accusation', start: 0, end: 30, span: "You keep moving the goalposts." },
      ],
    },
    {
      text: "You conveniently left out the part where the edit was reverted.",
      reply: true,
      errors: [
        { messageId: 'accusation', start: 0, end: 25, span: "You conveniently left out" },
      ],
    },
    {
      text: "You're spreading the same debunked claims again.",
      reply: true,
      errors: [
        { messageId: 'accusation', start: 0, end: 41, span: "You're spreading the same debunked claims" },
      ],
    },
    {
      text: "You took that quote out of context.",
      reply: true,
      errors: [
        { messageId: 'accusation', start: 0, end: 35, span: "You took that quote out of context." },
      ],
    },
    {
      text: "Your thread leaves out every fact that doesn't fit your story.",
      errors: [
        { messageId: 'accusation', start: 0, end: 22, span: "Your thread leaves out" },
      ],
    },
    {
      text: "Funny how your 'investigation' never once asked us for comment.",
      errors: [
        { messageId: 'accusation', start: 10, end: 50, span: "your 'investigation' never once asked us" },
      ],
    },
    {
      text: "You never once contacted us before publishing.",
      reply: true,
      errors: [
        { messageId: 'accusation', start: 0, end: 24, span: "You never once contacted" },
      ],
    },
    {
      text: "Since you clearly won't: the article was never deleted.",
      reply: true,
      errors: [
        { messageId: 'challenge', start: 6, end: 23, span: "you clearly won't" },
      ],
    },
    {
      text: "Respectfully, you have no idea how Wikipedia's funding works.",
      errors: [
        { messageId: 'challenge', start: 14, end: 34, span: "you have no idea how" },
      ],
    },
    {
      text: "You'd know that if you had opened the page history yourself.",
      reply: true,
      errors: [
        { messageId: 'challenge', start: 0, end: 33, span: "You'd know that if you had opened" },
      ],
    },
    {
      text: "Quit posting this nonsense.",
      reply: true,
      errors: [
        { messageId: 'accusation', start: 0, end: 27, span: "Quit posting this nonsense." },
      ],
    },
    {
      text: "We're not letting that one slide. Correct your post.",
      reply: true,
      errors: [
        { messageId: 'accusation', start: 34, end: 52, span: "Correct your post." },
      ],
    },
    {
      text: "Where exactly did you get that number? 🤨",
      reply: true,
      errors: [
        { messageId: 'challenge', start: 0, end: 37, span: "Where exactly did you get that number" },
      ],
    },
    {
      text: "Maybe check the edit history next time?",
      reply: true,
      errors: [
        { messageId: 'challenge', start: 0, end: 38, span: "Maybe check the edit history next time" },
      ],
    },
    {
      text: "Nobody at Wikimedia South Africa said anything of the sort.",
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 0, end: 58, span: "Nobody at Wikimedia South Africa said anything of the sort" },
      ],
    },
    {
      text: "Nothing in that screenshot is real.",
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 0, end: 35, span: "Nothing in that screenshot is real." },
      ],
    },
    {
      text: "@healthguru Absolutely false.",
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 12, end: 29, span: "Absolutely false." },
      ],
    },
    {
      text: "谢谢。That’s a complete fabrication!",
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 3, end: 32, span: "That’s a complete fabrication" },
      ],
    },
    {
      text: "ありがとう。You keep twisting our words。",
      reply: true,
      errors: [
        { messageId: 'accusation', start: 6, end: 33, span: "You keep twisting our words" },
      ],
    },
    {
      text: "שלום, you never mention the 600 volunteers who fixed it.",
      reply: true,
      errors: [
        { messageId: 'accusation', start: 6, end: 23, span: "you never mention" },
      ],
    },
    {
      text: "مرحبا Stop posting this 🚫",
      reply: true,
      errors: [
        { messageId: 'accusation', start: 6, end: 23, span: "Stop posting this" },
      ],
    },

    {
      text: "Your argument is absurd.",
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 0, end: 24, span: "Your argument is absurd." },
      ],
    },
    {
      text: "Your reporting is sloppy and one-sided.",
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 0, end: 24, span: "Your reporting is sloppy" },
      ],
    },
    {
      text: "Your numbers don't add up.",
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 0, end: 25, span: "Your numbers don't add up" },
      ],
    },
    {
      text: "That doesn't hold up to scrutiny.",
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 0, end: 32, span: "That doesn't hold up to scrutiny" },
      ],
    },
    {
      text: "That's not what we said.",
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 0, end: 23, span: "That's not what we said" },
      ],
    },
    {
      text: "Check your facts, @dailybuzz.",
      reply: true,
      errors: [
        { messageId: 'challenge', start: 0, end: 18, span: "Check your facts, " },
      ],
    },
    {
      text: "You should be ashamed of this headline.",
      reply: true,
      errors: [
        { messageId: 'accusation', start: 0, end: 21, span: "You should be ashamed" },
      ],
    },
    {
      text: "Shameful.",
      reply: true,
      errors: [
        { messageId: 'accusation', start: 0, end: 9, span: "Shameful." },
      ],
    },
    {
      text: "Lazy journalism, plain and simple.",
      reply: true,
      errors: [
        { messageId: 'accusation', start: 0, end: 17, span: "Lazy journalism, " },
      ],
    },
    {
      text: "We'd expect better from a national newspaper.",
      reply: true,
      errors: [
        { messageId: 'accusation', start: 0, end: 23, span: "We'd expect better from" },
      ],
    },
    // Round 3: new constructions, each in several wordings, next to emoji, CJK and Arabic.
    {
      text: "You always do this: crop a quote and call it a scandal.",
      reply: true,
      errors: [
        { messageId: 'accusation', start: 0, end: 20, span: "You always do this: " },
      ],
    },
    {
      text: "You keep confusing the Foundation with the volunteers.",
      reply: true,
      errors: [
        { messageId: 'accusation', start: 0, end: 18, span: "You keep confusing" },
      ],
    },
    {
      text: "And you're once again mixing up Wikipedia and Wikimedia 🙄",
      reply: true,
      errors: [
        { messageId: 'accusation', start: 4, end: 31, span: "you're once again mixing up" },
      ],
    },
    {
      text: "Honestly, you constantly conflate the two projects.",
      reply: true,
      errors: [
        { messageId: 'accusation', start: 10, end: 33, span: "you constantly conflate" },
      ],
    },
    {
      text: "维基百科You keep doing that.",
      reply: true,
      errors: [
        { messageId: 'accusation', start: 4, end: 23, span: "You keep doing that" },
      ],
    },
    {
      text: "Four people in this thread have already told you so.",
      reply: true,
      errors: [
        { messageId: 'challenge', start: 27, end: 51, span: "have already told you so" },
      ],
    },
    {
      text: "We've already explained this to you twice.",
      reply: true,
      errors: [
        { messageId: 'challenge', start: 6, end: 41, span: "already explained this to you twice" },
      ],
    },
    {
      text: "مرحبا We already corrected you.",
      reply: true,
      errors: [
        { messageId: 'challenge', start: 9, end: 30, span: "already corrected you" },
      ],
    },
    {
      text: "Nobody said Wikipedia was perfect.",
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 0, end: 33, span: "Nobody said Wikipedia was perfect" },
      ],
    },
    {
      text: "No one ever claimed the article is flawless.",
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 0, end: 43, span: "No one ever claimed the article is flawless" },
      ],
    },
    {
      text: "Nobody here said editors are infallible 🙂",
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 0, end: 39, span: "Nobody here said editors are infallible" },
      ],
    },
    {
      text: "What we actually said was that donations fund the servers.",
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 0, end: 21, span: "What we actually said" },
      ],
    },
    {
      text: "What we said is that mistakes get fixed quickly.",
      reply: true,
      errors: [
        { messageId: 'contradiction', start: 0, end: 15, span: "What we said is" },
      ],
    },
    {
      text: "Read it again, slowly this time.",
      reply: true,
      errors: [
        { messageId: 'challenge', start: 0, end: 32, span: "Read it again, slowly this time." },
      ],
    },
    {
      text: "Maybe read the policy again.",
      reply: true,
      errors: [
        { messageId: 'challenge', start: 0, end: 28, span: "Maybe read the policy again." },
      ],
    },
    {
      text: "Try re-reading our statement once more.",
      reply: true,
      errors: [
        { messageId: 'challenge', start: 0, end: 39, span: "Try re-reading our statement once more." },
      ],
    },
    {
      text: "Read it again 🙄",
      reply: true,
      errors: [
        { messageId: 'challenge', start: 0, end: 13, span: "Read it again" },
      ],
    },
    {
      text: "Your source is a blog with no author.",
      reply: true,
      errors: [
        { messageId: 'challenge', start: 0, end: 21, span: "Your source is a blog" },
      ],
    },
    {
      text: "your evidence is just a tweet from 2019",
      reply: true,
      errors: [
        { messageId: 'challenge', start: 0, end: 29, span: "your evidence is just a tweet" },
      ],
    },
    {
      text: "Your only source is some anonymous Reddit thread.",
      reply: true,
      errors: [
        { messageId: 'challenge', start: 0, end: 49, span: "Your only source is some anonymous Reddit thread." },
      ],
    },
    {
      text: "Cope. The article stays sourced.",
      reply: true,
      errors: [
        { messageId: 'challenge', start: 0, end: 6, span: "Cope. " },
      ],
    },
    {
      text: "L take. A paywalled source is still a source.",
      reply: true,
      errors: [
        { messageId: 'challenge', start: 0, end: 8, span: "L take. " },
      ],
    },
    {
      text: "Skill issue!",
      reply: true,
      errors: [
        { messageId: 'challenge', start: 0, end: 12, span: "Skill issue!" },
      ],
    },
    {
      text: "You cropped out the context to make it look bad.",
      reply: true,
      errors: [
        { messageId: 'accusation', start: 0, end: 27, span: "You cropped out the context" },
      ],
    },
    {
      text: "「You keep confusing」the two projects.",
      reply: true,
      errors: [
        { messageId: 'accusation', start: 1, end: 19, span: "You keep confusing" },
      ],
    },
  ],
});

describe('conduct-dispute suggestions', () => {
  const analyzer = createAnalyzer({ rules: [rule] });

  it('offers to point to the sources instead of a contradiction', () => {
    const [finding] = analyzer.analyze({ text: "That's simply not true.", reply: true });
    expect(finding?.suggestions).toEqual([
      { replacement: 'Here’s what reliable sources say', label: 'Point to the sources instead of arguing' },
    ]);
  });

  it('offers to drop a retort that opens the sentence, with its punctuation', () => {
    const text = 'Wrong! The Eiffel Tower is 330 m tall.';
    const [finding] = analyzer.analyze({ text, reply: true });
    const fixed = text.slice(0, finding!.start) + finding!.suggestions![0]!.replacement + text.slice(finding!.end);
    expect(fixed).toBe('The Eiffel Tower is 330 m tall.');
  });

  it('offers nothing where removing the words would break the sentence', () => {
    const [finding] = analyzer.analyze({ text: 'Shame on you for posting this.' });
    expect(finding?.suggestions).toBeUndefined();
  });
});
