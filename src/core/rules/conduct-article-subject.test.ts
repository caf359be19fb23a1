import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine.ts';
import { runRuleTable } from '../../../test/unit/rule-tester.ts';
import rule from './conduct-article-subject.ts';

const FAQ = 'https://en.wikipedia.org/wiki/Wikipedia:FAQ/Article_subjects';

runRuleTable(rule, {
  valid: [
    // Inviting people to edit, and sharing articles.
    'Anyone can edit: learn how to edit your first article',
    "Want to improve your town's article? Join our edit-a-thon",
    "Bring your laptop and we'll help you fix your first article.",
    'Wondering how to edit your article draft? Volunteers at the Teahouse can help.',
    'Is your favourite article missing a photo? Wiki Loves Monuments starts today! 📸',
    { text: 'Read her biography on Wikipedia', reply: true },
    { text: 'Sorry for the delay! Read her biography on Wikipedia.', reply: true },
    'The article on the 2024 Olympics was edited 12,000 times this summer.',
    { text: 'Yes, her biography was updated after the award. Volunteers are fast! 💙', reply: true },
    { text: 'Yes, the article on cats is semi-protected because it gets vandalised a lot.', reply: true },
    // Replies that already give the right answer.
    { text: `See the FAQ for article subjects: ${FAQ}`, reply: true },
    { text: `Sorry to hear that! The FAQ for article subjects explains how to raise concerns about your article: ${FAQ}`, reply: true },
    {
      text: "Hi! Wikipedia is written by volunteers, so we can't change your page, but the FAQ for article subjects explains what you can do.",
      reply: true,
    },
    // The organisation's own posts, apps and profiles.
    { text: 'Good catch, we fixed the typo in our post.', reply: true },
    { text: "Thanks for your article on Wikipedia's 25th birthday! We fixed the link in our post.", reply: true },
    { text: 'Please update your app to get dark mode.', reply: true },
    { text: 'You can update your profile page on Meta at any time.', reply: true },
    { text: 'We’ll pass your feedback about the app on to the team. Thanks!', reply: true },
    { text: "You're right, thanks for the correction!", reply: true },
    { text: 'Your fans are amazing! Thanks for the shoutout 💙', reply: true },
    // Round 2: hard negatives that share words with the constructions.
    { text: "Thanks for the feedback on the app! Someone from the team is on it.", reply: true },
    { text: "We're on it! The upload bug should be fixed by tonight.", reply: true },
    { text: "Good point! The article on jollof rice covers that in the History section.", reply: true },
    { text: "You have a point, the edit-a-thon should start later. We'll move it to 10am.", reply: true },
    { text: "Calling you a legend is an understatement 💙", reply: true },
    { text: "Give us till Friday to announce the winners 🏆", reply: true },
    { text: "Fair point, our post had the wrong date. Fixed!", reply: true },
    { text: "Sorry you had to wait so long for the livestream!", reply: true },
    { text: "Let me check with the team about the meetup date.", reply: true },
    { text: "Thanks! We'll update the schedule section of the event page.", reply: true },
    "Ever wondered how your favourite footballer's page gets updated seconds after a goal? Meet the volunteers behind it ⚽",
    { text: "Your user page looks fine, welcome aboard!", reply: true },
    { text: "Asking the editors on the article's talk page is the best way to raise it.", reply: true },
    // Personal accounts are not checked for this.
    { text: "We've fixed your page.", reply: true, profile: 'personal' },
    // Round 3: reassurances, progressive fixes and additions that must stay quiet without an article subject.
    { text: "Fixing it now!", reply: true },
    { text: "Sorry, the link was broken. Fixing it now!", reply: true },
    { text: "Your page is getting a lot of views today! 🎉", reply: true },
    "Add your town's photo to its article! Wiki Loves Monuments is on.",
    { text: "We've added a new tutorial for new editors.", reply: true },
    { text: "Your edits were great, thanks for contributing!", reply: true },
    { text: "Our servers aren't going anywhere 💪", reply: true },
    { text: "Your article draft is getting a review from the Teahouse hosts.", reply: true },
    { text: "Your photo is getting a feature on the Main Page this week!", reply: true },
  ],
  invalid: [
    {
      text: "We'll fix your page right away! 💜",
      reply: true,
      errors: [
        { messageId: 'promise', start: 0, end: 31, span: "We'll fix your page right away!" },
      ],
    },
    {
      text: "We've reverted the vandalism on your article.",
      reply: true,
      errors: [
        { messageId: 'promise', start: 0, end: 45, span: "We've reverted the vandalism on your article." },
      ],
    },
    {
      text: "Thanks for letting us know about your biography. We'll have that section removed.",
      reply: true,
      errors: [
        { messageId: 'promise', start: 49, end: 81, span: "We'll have that section removed." },
      ],
    },
    {
      text: "Hi! We'll ask the editors to change it.",
      reply: true,
      errors: [
        { messageId: 'promise', start: 4, end: 39, span: "We'll ask the editors to change it." },
      ],
    },
    {
      text: 'So sorry about what your page says 😢',
      reply: true,
      errors: [
        { messageId: 'apology', start: 0, end: 37, span: 'So sorry about what your page says 😢' },
      ],
    },
    {
      text: 'We apologise for the edits to your biography.',
      reply: true,
      errors: [
        { messageId: 'apology', start: 0, end: 45, span: 'We apologise for the edits to your biography.' },
      ],
    },
    {
      text: "You're right, your article is unfair.",
      reply: true,
      errors: [
        { messageId: 'judgement', start: 0, end: 37, span: "You're right, your article is unfair." },
      ],
    },
    {
      text: "Hey fans! We've updated his page with the new album 🎶",
      reply: true,
      errors: [
        { messageId: 'promise', start: 10, end: 54, span: "We've updated his page with the new album 🎶" },
      ],
    },
    {
      text: "We've fixed Taylor Swift's Wikipedia page, thanks!",
      reply: true,
      errors: [
        { messageId: 'promise', start: 0, end: 50, span: "We've fixed Taylor Swift's Wikipedia page, thanks!" },
      ],
    },
    {
      text: '@DJKwame your bio has been restored 👍',
      errors: [
        { messageId: 'promise', start: 9, end: 38, span: 'your bio has been restored 👍' },
      ],
    },
    {
      text: "Sorry about your Wikipedia entry! We'll get it fixed today.",
      reply: true,
      errors: [
        { messageId: 'promise', start: 0, end: 59, span: "Sorry about your Wikipedia entry! We'll get it fixed today." },
      ],
    },
    {
      text: 'With respect, the article about your company is accurate, and it won’t be changed.',
      reply: true,
      errors: [
        { messageId: 'judgement', start: 0, end: 82, span: 'With respect, the article about your company is accurate, and it won’t be changed.' },
      ],
    },
    {
      text: 'Your fans have been flooding our mentions. Fine, the article has been changed.',
      reply: true,
      errors: [
        { messageId: 'promise', start: 43, end: 78, span: 'Fine, the article has been changed.' },
      ],
    },
    {
      text: "That's a fair complaint. Your biography really shouldn't call you a former novelist.",
      reply: true,
      errors: [
        { messageId: 'judgement', start: 0, end: 84, span: "That's a fair complaint. Your biography really shouldn't call you a former novelist." },
      ],
    },
    {
      text: 'Our editors made a mistake with your date of birth. It will be corrected shortly.',
      reply: true,
      errors: [
        { messageId: 'promise', start: 0, end: 81, span: 'Our editors made a mistake with your date of birth. It will be corrected shortly.' },
      ],
    },
    {
      text: '谢谢！We’ll fix your page 今天。',
      reply: true,
      errors: [
        { messageId: 'promise', start: 3, end: 26, span: 'We’ll fix your page 今天。' },
      ],
    },
    {
      text: 'ありがとう！Your article has been corrected.',
      reply: true,
      errors: [
        { messageId: 'promise', start: 6, end: 38, span: 'Your article has been corrected.' },
      ],
    },
    {
      text: 'شكرا! We’ve removed the rumour from your biography.',
      reply: true,
      errors: [
        { messageId: 'promise', start: 6, end: 51, span: 'We’ve removed the rumour from your biography.' },
      ],
    },
    {
      text: 'תודה! Sorry about what your page says.',
      reply: true,
      errors: [
        { messageId: 'apology', start: 6, end: 38, span: 'Sorry about what your page says.' },
      ],
    },
    {
      text: "We'll fix your page.",
      reply: true,
      options: {"faqUrl": "https://de.wikipedia.org/wiki/Wikipedia:Hilfe_f\u00fcr_Betroffene"},
      errors: [
        { messageId: 'promise', start: 0, end: 20, span: "We'll fix your page." },
      ],
    },
    {
      text: 'Our community never sleeps 💚',
      quoted: 'Fixed your Wikipedia bio, @AyoBanks 🙏',
      errors: [
        { messageId: 'promise', start: 0, end: 38, span: 'Fixed your Wikipedia bio, @AyoBanks 🙏', quoted: true },
      ],
    },
    // Round 2: constructions rather than fixed phrases.
    {
      text: "Thanks for flagging your page! Someone from our team is on it.",
      reply: true,
      errors: [
        { messageId: 'promise', start: 31, end: 62, span: "Someone from our team is on it." },
      ],
    },
    {
      text: "We've seen all the messages about Tiwa's Wikipedia page 👀 Someone from the team is on it, give us till the weekend.",
      reply: true,
      errors: [
        { messageId: 'promise', start: 0, end: 116, span: "We've seen all the messages about Tiwa's Wikipedia page 👀 Someone from the team is on it, give us till the weekend." },
      ],
    },
    {
      text: "Someone from the team will fix your bio today.",
      reply: true,
      errors: [
        { messageId: 'promise', start: 0, end: 46, span: "Someone from the team will fix your bio today." },
      ],
    },
    {
      text: "Let me check with the editors about your biography.",
      reply: true,
      errors: [
        { messageId: 'promise', start: 0, end: 51, span: "Let me check with the editors about your biography." },
      ],
    },
    {
      text: "Raising it with the editors right now 🙏",
      reply: true,
      errors: [
        { messageId: 'promise', start: 0, end: 40, span: "Raising it with the editors right now 🙏" },
      ],
    },
    {
      text: "Rest assured, your entry will show your new title by tomorrow morning.",
      reply: true,
      errors: [
        { messageId: 'promise', start: 0, end: 70, span: "Rest assured, your entry will show your new title by tomorrow morning." },
      ],
    },
    {
      text: "You've got a point, the article about you is outdated.",
      reply: true,
      errors: [
        { messageId: 'judgement', start: 0, end: 54, span: "You've got a point, the article about you is outdated." },
      ],
    },
    {
      text: "Honestly, you have a point: calling your start-up 'defunct' isn't fair. We'll see what we can do.",
      reply: true,
      errors: [
        { messageId: 'promise', start: 0, end: 97, span: "Honestly, you have a point: calling your start-up 'defunct' isn't fair. We'll see what we can do." },
      ],
    },
    {
      text: "The article calls you a 'former' singer, which isn't fair at all.",
      reply: true,
      errors: [
        { messageId: 'judgement', start: 0, end: 65, span: "The article calls you a 'former' singer, which isn't fair at all." },
      ],
    },
    {
      text: "That paragraph about your clinic shouldn't be there, and we'll get it cleaned up.",
      reply: true,
      errors: [
        { messageId: 'promise', start: 0, end: 81, span: "That paragraph about your clinic shouldn't be there, and we'll get it cleaned up." },
      ],
    },
    {
      text: "Your complaint about the 'Early life' section is fair. Expect it to look quite different soon.",
      reply: true,
      errors: [
        { messageId: 'promise', start: 0, end: 94, span: "Your complaint about the 'Early life' section is fair. Expect it to look quite different soon." },
      ],
    },
    {
      text: "For the hundredth time, we are not deleting your Wikipedia page because you don't like the photo.",
      reply: true,
      errors: [
        { messageId: 'judgement', start: 0, end: 97, span: "For the hundredth time, we are not deleting your Wikipedia page because you don't like the photo." },
      ],
    },
    {
      text: "Don't worry about the bad-reviews section, we'll have someone trim it down so it reads more balanced 👍",
      reply: true,
      errors: [
        { messageId: 'promise', start: 0, end: 103, span: "Don't worry about the bad-reviews section, we'll have someone trim it down so it reads more balanced 👍" },
      ],
    },
    {
      text: "Your page looks fine to us, honestly 🤷",
      reply: true,
      errors: [
        { messageId: 'judgement', start: 0, end: 39, span: "Your page looks fine to us, honestly 🤷" },
      ],
    },
    {
      text: "谢谢！Someone from the team is on your page now.",
      reply: true,
      errors: [
        { messageId: 'promise', start: 3, end: 45, span: "Someone from the team is on your page now." },
      ],
    },
    {
      text: "مرحبا! That nickname in your biography is uncalled for.",
      reply: true,
      errors: [
        { messageId: 'judgement', start: 7, end: 55, span: "That nickname in your biography is uncalled for." },
      ],
    },
    {
      text: "Ouch, that nickname in your biography is uncalled for. Sorry you had to read that about yourself 😔",
      reply: true,
      errors: [
        { messageId: 'judgement', start: 0, end: 99, span: "Ouch, that nickname in your biography is uncalled for. Sorry you had to read that about yourself 😔" },
      ],
    },
    {
      text: "Your page should now be correct.",
      reply: true,
      errors: [
        { messageId: 'promise', start: 0, end: 32, span: "Your page should now be correct." },
      ],
    },

    // Round 3: new constructions, each in several wordings, next to emoji, CJK and Arabic.
    {
      text: "Your Wikipedia page isn't going anywhere, @chef_tunde.",
      reply: true,
      errors: [
        { messageId: 'judgement', start: 0, end: 54, span: "Your Wikipedia page isn't going anywhere, @chef_tunde." },
      ],
    },
    {
      text: "Don't worry, your bio won't be going anywhere.",
      reply: true,
      errors: [
        { messageId: 'judgement', start: 0, end: 46, span: "Don't worry, your bio won't be going anywhere." },
      ],
    },
    {
      text: "Your management's complaint is noted, but it's a minor wording issue in your article and not worth changing.",
      reply: true,
      errors: [
        { messageId: 'judgement', start: 0, end: 108, span: "Your management's complaint is noted, but it's a minor wording issue in your article and not worth changing." },
      ],
    },
    {
      text: "It's a small thing in your bio, not something worth fixing.",
      reply: true,
      errors: [
        { messageId: 'judgement', start: 0, end: 59, span: "It's a small thing in your bio, not something worth fixing." },
      ],
    },
    {
      text: "Oi! 💚 The chart positions on her article are getting a proper update.",
      reply: true,
      errors: [
        { messageId: 'promise', start: 4, end: 70, span: "💚 The chart positions on her article are getting a proper update." },
      ],
    },
    {
      text: "Your page is getting a quick fix this week 🛠️",
      reply: true,
      errors: [
        { messageId: 'promise', start: 0, end: 46, span: "Your page is getting a quick fix this week 🛠️" },
      ],
    },
    {
      text: "Saw the error on your Wikipedia page. Fixing it now 👍",
      reply: true,
      errors: [
        { messageId: 'promise', start: 0, end: 54, span: "Saw the error on your Wikipedia page. Fixing it now 👍" },
      ],
    },
    {
      text: "Your entry will finally be complete once the editors add the award 🏆",
      reply: true,
      errors: [
        { messageId: 'promise', start: 0, end: 69, span: "Your entry will finally be complete once the editors add the award 🏆" },
      ],
    },
    {
      text: "Your PR firm's edits were reverted, fair enough. But we'll get the factual parts put back in for you.",
      reply: true,
      errors: [
        { messageId: 'promise', start: 49, end: 101, span: "But we'll get the factual parts put back in for you." },
      ],
    },
    {
      text: "We've added the award to your page.",
      reply: true,
      errors: [
        { messageId: 'promise', start: 0, end: 35, span: "We've added the award to your page." },
      ],
    },
    {
      text: "We'll reinstate the photo on your article.",
      reply: true,
      errors: [
        { messageId: 'promise', start: 0, end: 42, span: "We'll reinstate the photo on your article." },
      ],
    },
    {
      text: "维基百科your page is getting an update.",
      reply: true,
      errors: [
        { messageId: 'promise', start: 0, end: 35, span: "维基百科your page is getting an update." },
      ],
    },
    {
      text: "شكرا! Your bio isn't going anywhere.",
      reply: true,
      errors: [
        { messageId: 'judgement', start: 6, end: 36, span: "Your bio isn't going anywhere." },
      ],
    },
  ],
});

describe('conduct-article-subject suggestion', () => {
  it('replaces the promise with a pointer to the FAQ for article subjects', () => {
    const [finding] = createAnalyzer({ rules: [rule] }).analyze({ text: "We'll fix your page right away!", reply: true });
    expect(finding?.suggestions).toEqual([
      {
        replacement: `Wikipedia’s volunteer editors decide what articles say. The FAQ for article subjects explains how to raise a concern: ${FAQ}`,
        label: 'Point to the FAQ for article subjects',
      },
    ]);
  });

  it('links the FAQ set in the options', () => {
    const faqUrl = 'https://de.wikipedia.org/wiki/Wikipedia:Hilfe_für_Betroffene';
    const analyzer = createAnalyzer({ rules: [rule], settings: { [rule.meta.id]: { options: { faqUrl } } } });
    const [finding] = analyzer.analyze({ text: "We'll fix your page.", reply: true });
    expect(finding?.suggestions?.[0]?.replacement).toContain(faqUrl);
  });
});
