import { runRuleTable } from '../../../test/unit/rule-tester.ts';
import rule from './voice-official.ts';

const personal = 'personal' as const;
const a2k = { organisations: ['CIS-A2K', 'A2K'] };

runRuleTable(rule, {
  valid: [
    // Hard negatives: saying where you work, disclaimers, pride in colleagues, sharing news.
    { text: 'I work at the Wikimedia Foundation', profile: personal },
    { text: 'Views are my own', profile: personal },
    { text: 'Proud of my colleagues at Wikimedia for shipping this', profile: personal },
    { text: 'Wikimedia announced today that it will close the Berlin office (link)', profile: personal },
    // A sentence framed as the writer's own opinion is a personal view, not official messaging.
    { text: 'I think we at Wikimedia could do better', profile: personal },
    { text: 'Posting this on behalf of myself', profile: personal },
    { text: 'I don’t speak for Wikimedia, but this is wonderful.', profile: personal },
    { text: 'I’m not speaking on behalf of the Wikimedia Foundation here.', profile: personal },
    { text: 'The Foundation’s position is wrong, in my view.', profile: personal },
    { text: 'What is the Foundation’s position on AI training?', profile: personal },
    { text: 'Will WMF launch a new editor next month?', profile: personal },
    { text: 'I hope the Foundation will reconsider.', profile: personal },
    { text: 'I heard WMF will move to Mastodon.', profile: personal },
    { text: 'Read the Wikimedia Foundation’s statement here: https://wikimediafoundation.org/news', profile: personal },
    { text: 'Statement from WMF: https://wikimediafoundation.org/news/statement', profile: personal },
    // Ordinary personal posts by staff.
    { text: 'Eight years at Wikimedia Indonesia and I’ve never been prouder.', profile: personal },
    { text: 'First week at Wikimedia Indonesia done! So many acronyms 🙏', profile: personal },
    { text: 'Working on the Foundation’s annual report this month. Send me your favourite Wikipedia moment!', profile: personal },
    { text: 'Our team at WMF shipped dark mode today! So proud of them 🌙', profile: personal },
    { text: 'Our friends at Wikimedia Deutschland did a great job with WikiCon.', profile: personal },
    { text: 'At Wikimania we met so many people!', profile: personal },
    { text: 'Wikimedia Commons will hit 120 million files this year', profile: personal },
    { text: 'The Foundation has been my home for eight years.', profile: personal },
    { text: 'Personal account, views my own. Wrapped up my fifth year at WMF today.', profile: personal },
    // Official accounts speak for the organisation: this rule is for personal accounts only.
    'At Wikimedia we decided to sunset the old mobile editor this quarter.',
    { text: 'On behalf of the Wikimedia Foundation, thank you!', profile: 'official' },
    // Another organisation's vocabulary: Wikimedia is then not "us" for the announcement wordings.
    { text: 'Wikimedia has decided to close the Berlin office.', profile: personal, vocabulary: a2k },
    { text: 'The Foundation’s position is clear.', profile: personal, vocabulary: a2k },
    { text: 'A2K has decided to move all trainings online.', profile: personal },
    { text: 'I work at CIS-A2K (views my own).', profile: personal, vocabulary: a2k },
  ],
  invalid: [
    {
      text: 'At Wikimedia we decided to sunset the old mobile editor this quarter.',
      profile: personal,
      errors: [{ messageId: 'weAt', start: 0, end: 15, span: 'At Wikimedia we' }],
    },
    {
      text: 'at Wikimedia, we ship every Thursday.',
      profile: personal,
      errors: [{ messageId: 'weAt', start: 0, end: 16, span: 'at Wikimedia, we' }],
    },
    {
      text: 'We at Wikimedia believe knowledge should be free.',
      profile: personal,
      errors: [{ messageId: 'weAt', start: 0, end: 15, span: 'We at Wikimedia' }],
    },
    {
      text: 'Our official position is that AI models must credit Wikipedia.',
      profile: personal,
      errors: [{ messageId: 'official', start: 0, end: 21, span: 'Our official position' }],
    },
    {
      text: 'Officially announcing on behalf of the Wikimedia Foundation: Wikimania 2027 will be in Lima!',
      profile: personal,
      errors: [{ messageId: 'official', start: 0, end: 21, span: 'Officially announcing' }],
    },
    {
      text: 'On behalf of the Wikimedia Foundation, thank you to every volunteer 💙',
      profile: personal,
      errors: [{ messageId: 'onBehalf', start: 0, end: 37, span: 'On behalf of the Wikimedia Foundation' }],
    },
    {
      text: 'The Foundation’s position is simple: we will never hand over editors’ identities.',
      profile: personal,
      errors: [{ messageId: 'position', start: 0, end: 25, span: 'The Foundation’s position' }],
    },
    {
      text: 'Wikimedia has decided to close the Berlin office.',
      profile: personal,
      errors: [{ messageId: 'announcement', start: 0, end: 21, span: 'Wikimedia has decided' }],
    },
    {
      text: 'Quick update for everyone asking: the Foundation is dropping X as an official channel from January.',
      profile: personal,
      errors: [{ messageId: 'announcement', start: 34, end: 60, span: 'the Foundation is dropping' }],
    },
    {
      text: 'Speaking for WMF: we are not selling data.',
      profile: personal,
      errors: [{ messageId: 'speakingFor', start: 0, end: 16, span: 'Speaking for WMF' }],
    },
    {
      text: 'WMF will launch a new editor next month.',
      profile: personal,
      errors: [{ messageId: 'announcement', start: 0, end: 15, span: 'WMF will launch' }],
    },
    {
      text: 'Wikimedia Polska’s official view on the copyright bill: we support Article 3.',
      profile: personal,
      errors: [{ messageId: 'position', start: 0, end: 32, span: 'Wikimedia Polska’s official view' }],
    },
    {
      text: 'I can say on behalf of the whole Wikimedia Brasil team that we condemn the harassment.',
      profile: personal,
      errors: [{ messageId: 'onBehalf', start: 10, end: 54, span: 'on behalf of the whole Wikimedia Brasil team' }],
    },
    {
      text: 'Took it to leadership and we’ve agreed: no more Wikimedia sponsorships of crypto events.',
      profile: personal,
      errors: [{ messageId: 'announcement', start: 26, end: 38, span: 'we’ve agreed' }],
    },
    {
      text: 'We’re thrilled to announce that WMF will co-host the summit in Nairobi! 🎉',
      profile: personal,
      errors: [{ messageId: 'announcement', start: 0, end: 26, span: 'We’re thrilled to announce' }],
    },
    {
      text: 'Heads up from the Foundation side: the venue gets announced next Thursday.',
      profile: personal,
      errors: [{ messageId: 'announcement', start: 14, end: 33, span: 'the Foundation side' }],
    },
    {
      text: 'Statement from Wikimedia Argentina: we will not take part in the programme.',
      profile: personal,
      errors: [{ messageId: 'announcement', start: 0, end: 34, span: 'Statement from Wikimedia Argentina' }],
    },
    {
      // "we at" + an organisation-like name works without settings.
      text: 'We at CIS-A2K have chosen to move all our Kannada training sessions online.',
      profile: personal,
      errors: [{ messageId: 'weAt', start: 0, end: 13, span: 'We at CIS-A2K' }],
    },
    {
      // Another organisation set in the vocabulary.
      text: 'A2K has decided to move all trainings online.',
      profile: personal,
      vocabulary: a2k,
      errors: [{ messageId: 'announcement', start: 0, end: 15, span: 'A2K has decided' }],
    },
    {
      text: 'At CIS-A2K, we believe every Indic language deserves a Wikipedia.',
      profile: personal,
      vocabulary: a2k,
      errors: [{ messageId: 'weAt', start: 0, end: 14, span: 'At CIS-A2K, we' }],
    },
    {
      text: 'CIS-A2K’s position is that all workshop photos must be CC0.',
      profile: personal,
      vocabulary: a2k,
      errors: [{ messageId: 'position', start: 0, end: 18, span: 'CIS-A2K’s position' }],
    },
    // Emoji, CJK and right-to-left text right next to the match.
    {
      text: '🎉维基媒体：At Wikimedia we decided to open a Beijing hub🇨🇳',
      profile: personal,
      errors: [{ messageId: 'weAt', start: 7, end: 22, span: 'At Wikimedia we' }],
    },
    {
      text: 'مرحبا! On behalf of Wikimedia Deutschland, شكرا لكم',
      profile: personal,
      errors: [{ messageId: 'onBehalf', start: 7, end: 41, span: 'On behalf of Wikimedia Deutschland' }],
    },
    {
      text: 'שלום 👋WMF has rejected the takedown request.',
      profile: personal,
      errors: [{ messageId: 'announcement', start: 7, end: 23, span: 'WMF has rejected' }],
    },
    {
      text: 'ウィキメディア財団より。Our official stance is clear.',
      profile: personal,
      errors: [{ messageId: 'official', start: 12, end: 31, span: 'Our official stance' }],
    },
  ],
});
