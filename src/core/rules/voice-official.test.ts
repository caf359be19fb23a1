import { runRuleTable } from '../../../test/unit/rule-tester.ts';
import rule from './voice-official.ts';

const personal = 'personal' as const;
const a2k = { organisations: ['CIS-A2K', 'A2K'] };

runRuleTable(rule, {
  valid: [
    // Possessive forms only when they claim the voice: negated, reporting what someone said, a volunteer, a question.
    { text: "I'm not posting on WMF's behalf, to be clear.", profile: personal },
    { text: "As WMF's CEO said last week, the servers are fine.", profile: personal },
    { text: "On Wikimedia's birthday I baked a cake 🎂", profile: personal },
    { text: "As a Wikimedia Philippines volunteer, I loved this workshop.", profile: personal },
    { text: "The Foundation signed up for the climate pledge years ago, says the report.", profile: personal },
    { text: "Did the Foundation sign off on this?", profile: personal },
    // "This is <org> speaking" and "our answer at <Org>" only when they claim the voice: negated, questions, other senses.
    { text: "This is not the organisation speaking, just me on a Sunday.", profile: personal },
    { text: "Is this the Foundation speaking or just you?", profile: personal },
    { text: "This is the Foundation speaking tour I mentioned: five cities in May.", profile: personal },
    { text: "This is my employer's new office, speaking of moves!", profile: personal },
    { text: "Our answer at the pub quiz was Wikipedia, obviously.", profile: personal },
    { text: "I don't know our answer at WMDE yet.", profile: personal },
    { text: "What will our answer at CIS-A2K be?", profile: personal },
    { text: "Personally, our answer at Wikimedia UK should be yes.", profile: personal },
    { text: "This is Wikimedia Deutschland's new office in Berlin.", profile: personal },
    { text: "Our decision at the meetup: pizza for everyone 🍕", profile: personal },
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
    // Round 2 hard negatives: dates before "I", personal stands, personal accounts, other hats, facts.
    { text: 'From next year I’ll be working at the Foundation.', profile: personal },
    { text: 'In 2015 the Foundation moved to a new office, and I started there that year.', profile: personal },
    { text: 'I stand with the Wikimedia volunteers in Indonesia.', profile: personal },
    { text: 'Wikimedia stands for free knowledge.', profile: personal },
    { text: 'My account is locked again, ugh.', profile: personal },
    { text: 'Our joint account is frozen until the bank calls back.', profile: personal },
    { text: 'Since my Twitter account is suspended, posting here instead.', profile: personal },
    { text: 'I heard the Foundation has picked a new venue.', profile: personal },
    { text: 'Has the Foundation picked a venue yet?', profile: personal },
    { text: 'The official trailer is coming soon!', profile: personal },
    { text: 'I hope the Foundation will fight this in court.', profile: personal },
    { text: 'Wikimedia Deutschland meetup tonight, we’ll share slides after.', profile: personal },
    { text: 'My friends at Wikimedia Deutschland and I went hiking; we will never do that again 😂', profile: personal },
    { text: 'The Foundation said it stands behind the volunteers.', profile: personal },
    { text: 'Speaking as a mum: bedtime is a lie.', profile: personal },
    { text: 'Speaking as a former board member, I miss the meetings.', profile: personal },
    { text: 'Wearing my volunteer hat today at the edit-a-thon!', profile: personal },
    { text: 'Representing Wikimedia UK at MozFest this weekend! Come say hi.', profile: personal },
    { text: 'We’ve officially moved into our new flat 🏡', profile: personal },
    { text: 'The Foundation does not run ads, and never has.', profile: personal },
    { text: 'As someone who works on Wikimedia’s policy team, I find this fascinating.', profile: personal },
    { text: 'Speaking as a WMF employee, I love this photo.', profile: personal },
    { text: 'Did WMF sign the letter?', profile: personal },
    { text: 'Wikimedia folks, we support you!', profile: personal },
    { text: 'Wikimedia volunteers, we stand with you 💙', profile: personal },
    { text: 'We welcome everyone at the Wikimedia Deutschland meetup tonight!', profile: personal },
    { text: 'Our board games night at the Wikimedia office was fun.', profile: personal },
    { text: 'I urge everyone to read the Foundation\'s report.', profile: personal },
    { text: 'Do we oppose the WMF plan?', profile: personal },
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
    // Round 2: the organisation taking a stand, refusing, or committing "we" to something.
    {
      text: 'The Foundation stands behind the volunteers who wrote that article, and we will defend them in court.',
      profile: personal,
      errors: [{ messageId: 'announcement', start: 0, end: 28, span: 'The Foundation stands behind' }],
    },
    {
      text: 'Wikimedia condemns the arrest of our editors.',
      profile: personal,
      errors: [{ messageId: 'announcement', start: 0, end: 18, span: 'Wikimedia condemns' }],
    },
    {
      text: 'The ruling is out and WMF is not going to back down.',
      profile: personal,
      errors: [{ messageId: 'announcement', start: 22, end: 41, span: 'WMF is not going to' }],
    },
    {
      text: 'The Wikimedia Foundation does not, and will not, comply with the Ministry’s takedown order.',
      profile: personal,
      errors: [{ messageId: 'announcement', start: 0, end: 55, span: 'The Wikimedia Foundation does not, and will not, comply' }],
    },
    {
      text: 'Wikimedia South Africa won’t be inviting them to our digital rights forum.',
      profile: personal,
      errors: [{ messageId: 'announcement', start: 0, end: 28, span: 'Wikimedia South Africa won’t' }],
    },
    {
      text: 'Our friends keep asking, so: the Foundation cannot accept these conditions, and we will appeal.',
      profile: personal,
      errors: [{ messageId: 'announcement', start: 29, end: 57, span: 'the Foundation cannot accept' }],
    },
    // Decisions with a time before the subject, and more decision verbs.
    {
      text: 'So the decision’s been made: from next year the Foundation will only fund first-time attendees.',
      profile: personal,
      errors: [{ messageId: 'announcement', start: 44, end: 73, span: 'the Foundation will only fund' }],
    },
    {
      text: 'Starting in January, WMF will stop sponsoring crypto events.',
      profile: personal,
      errors: [{ messageId: 'announcement', start: 21, end: 34, span: 'WMF will stop' }],
    },
    {
      text: 'Effective immediately, the Foundation is pausing all travel grants.',
      profile: personal,
      errors: [{ messageId: 'announcement', start: 23, end: 48, span: 'the Foundation is pausing' }],
    },
    {
      text: 'Between me and the whole internet: Wikimedia Indonesia has picked Makassar for WikiNusantara next year.',
      profile: personal,
      errors: [{ messageId: 'announcement', start: 35, end: 65, span: 'Wikimedia Indonesia has picked' }],
    },
    {
      text: 'WMDE has chosen Leipzig for WikiCon.',
      profile: personal,
      errors: [{ messageId: 'announcement', start: 0, end: 15, span: 'WMDE has chosen' }],
    },
    {
      text: 'We’ve officially greenlit the Hausa voice-typing pilot at WMNG 🎉',
      profile: personal,
      errors: [{ messageId: 'announcement', start: 0, end: 25, span: 'We’ve officially greenlit' }],
    },
    {
      text: 'Wearing my WMDE hat for a second: we’re formally asking the committee for an exemption.',
      profile: personal,
      errors: [{ messageId: 'capacity', start: 0, end: 19, span: 'Wearing my WMDE hat' }],
    },
    // Standing in for the official account, insider news, official roles.
    {
      text: 'Posting this here since the A2K handle is locked: the Odia outreach programme is paused.',
      profile: personal,
      errors: [{ messageId: 'standIn', start: 24, end: 48, span: 'the A2K handle is locked' }],
    },
    {
      text: 'Our official account got suspended, so posting here: registration closes Friday.',
      profile: personal,
      errors: [{ messageId: 'standIn', start: 0, end: 34, span: 'Our official account got suspended' }],
    },
    {
      text: 'Official post coming soon 🤫',
      profile: personal,
      errors: [{ messageId: 'official', start: 0, end: 20, span: 'Official post coming' }],
    },
    {
      text: 'Speaking as programme lead: the Odia workshops are moving online.',
      profile: personal,
      errors: [{ messageId: 'capacity', start: 0, end: 26, span: 'Speaking as programme lead' }],
    },
    {
      text: 'Speaking as the chapter’s treasurer, we can’t fund this.',
      profile: personal,
      errors: [{ messageId: 'capacity', start: 0, end: 35, span: 'Speaking as the chapter’s treasurer' }],
    },
    {
      text: 'In my capacity as chair of Wikimedia UK, I can confirm the AGM is postponed.',
      profile: personal,
      errors: [{ messageId: 'capacity', start: 0, end: 23, span: 'In my capacity as chair' }],
    },
    {
      text: 'Representing Wikimedia México at the hearing today, my message was simple: we oppose the law.',
      profile: personal,
      errors: [{ messageId: 'speakingFor', start: 0, end: 29, span: 'Representing Wikimedia México' }],
    },
    {
      text: 'A2K’s view, and mine: the Karnataka government deserves another term.',
      profile: personal,
      errors: [{ messageId: 'position', start: 0, end: 10, span: 'A2K’s view' }],
    },
    {
      text: 'WMF here: we urge lawmakers to drop the levy.',
      profile: personal,
      errors: [{ messageId: 'announcement', start: 10, end: 17, span: 'we urge' }],
    },
    {
      text: 'We\'re deeply concerned by the ruling against Wikimedia Russia.',
      profile: personal,
      errors: [{ messageId: 'announcement', start: 0, end: 22, span: 'We\'re deeply concerned' }],
    },
    {
      text: 'The Foundation has seen the bill and we strongly oppose it.',
      profile: personal,
      errors: [{ messageId: 'announcement', start: 37, end: 55, span: 'we strongly oppose' }],
    },
    {
      text: 'We condemn the court\'s decision, says everyone at Wikimedia UK.',
      profile: personal,
      errors: [{ messageId: 'announcement', start: 0, end: 10, span: 'We condemn' }],
    },
    {
      text: 'Our board has approved the new strategy at Wikimedia Polska.',
      profile: personal,
      errors: [{ messageId: 'announcement', start: 0, end: 22, span: 'Our board has approved' }],
    },
    {
      text: 'We call on the government to unblock Wikipedia, and WMF will keep pushing.',
      profile: personal,
      errors: [{ messageId: 'announcement', start: 0, end: 10, span: 'We call on' }],
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
    {
      text: '维基媒体德国🎉WMDE has chosen Leipzig for WikiCon',
      profile: personal,
      errors: [{ messageId: 'announcement', start: 8, end: 23, span: 'WMDE has chosen' }],
    },
    {
      text: 'مرحبا 👋Speaking as programme lead: the workshops move online.',
      profile: personal,
      errors: [{ messageId: 'capacity', start: 8, end: 34, span: 'Speaking as programme lead' }],
    },
    {
      text: 'ウィキメディア財団。The Foundation stands behind the volunteers.',
      profile: personal,
      errors: [{ messageId: 'announcement', start: 10, end: 38, span: 'The Foundation stands behind' }],
    },
    {
      text: 'שלום! Official post coming soon🤫',
      profile: personal,
      errors: [{ messageId: 'official', start: 6, end: 26, span: 'Official post coming' }],
    },
    // The writer presents the post as the organisation's voice, or gives its answer in the first person.
    {
      text: "For the record, and yes, this is the organisation speaking: Wikimedia ZA has no ties to the agency.",
      profile: personal,
      errors: [{ messageId: 'speakingFor', start: 25, end: 58, span: "this is the organisation speaking" }],
    },
    {
      text: "This is WMF talking: the Hindi workshop is cancelled.",
      profile: personal,
      errors: [{ messageId: 'speakingFor', start: 0, end: 19, span: "This is WMF talking" }],
    },
    {
      text: "OK, this is the chapter speaking now. The grants round closes Friday.",
      profile: personal,
      errors: [{ messageId: 'speakingFor', start: 4, end: 36, span: "this is the chapter speaking now" }],
    },
    {
      text: "This is Wikimedia Polska speaking — the meetup moves to June.",
      profile: personal,
      errors: [{ messageId: 'speakingFor', start: 0, end: 33, span: "This is Wikimedia Polska speaking" }],
    },
    {
      text: "Our answer at CIS-A2K is no: we won't run sessions sponsored by that app company.",
      profile: personal,
      errors: [{ messageId: 'position', start: 0, end: 21, span: "Our answer at CIS-A2K" }],
    },
    {
      text: "Our final decision at Wikimedia UK is to keep the office.",
      profile: personal,
      errors: [{ messageId: 'position', start: 0, end: 34, span: "Our final decision at Wikimedia UK" }],
    },
    {
      text: "Our response as WMDE: we will appeal.",
      profile: personal,
      errors: [{ messageId: 'position', start: 0, end: 20, span: "Our response as WMDE" }],
    },
    {
      text: "our position here at the Foundation remains unchanged.",
      profile: personal,
      errors: [{ messageId: 'position', start: 0, end: 35, span: "our position here at the Foundation" }],
    },
    {
      text: "Our verdict at A2K — the app partnership is off.",
      profile: personal,
      errors: [{ messageId: 'position', start: 0, end: 18, span: "Our verdict at A2K" }],
    },
    {
      text: "مرحبا👋this is the organisation speaking: no ties to that agency.",
      profile: personal,
      errors: [{ messageId: 'speakingFor', start: 7, end: 40, span: "this is the organisation speaking" }],
    },
    {
      text: "维基媒体🎉Our answer at WMDE is yes.",
      profile: personal,
      errors: [{ messageId: 'position', start: 6, end: 24, span: "Our answer at WMDE" }],
    },
    // "On <Org>'s behalf", "as <Org>'s <role>,", and a sign-off only insiders report.
    {
      text: "Just to clarify on WMF's behalf: we have not sold Wikipedia data to any AI lab.",
      profile: personal,
      errors: [{ messageId: 'onBehalf', start: 16, end: 31, span: "on WMF's behalf" }],
    },
    {
      text: "On the Foundation's behalf, thank you all.",
      profile: personal,
      errors: [{ messageId: 'onBehalf', start: 0, end: 26, span: "On the Foundation's behalf" }],
    },
    {
      text: "Confirming, as Wikimedia Philippines' comms lead, that we're ending the partnership.",
      profile: personal,
      errors: [{ messageId: 'capacity', start: 12, end: 48, span: "as Wikimedia Philippines' comms lead" }],
    },
    {
      text: "As WMDE's project manager: the call closes Friday.",
      profile: personal,
      errors: [{ messageId: 'capacity', start: 0, end: 25, span: "As WMDE's project manager" }],
    },
    {
      text: "Yes, and it's final. The Foundation signed off on it this week.",
      profile: personal,
      errors: [{ messageId: 'announcement', start: 21, end: 49, span: "The Foundation signed off on" }],
    },
    {
      text: "WMF greenlit the new logo this morning.",
      profile: personal,
      errors: [{ messageId: 'announcement', start: 0, end: 12, span: "WMF greenlit" }],
    },
    {
      text: "مرحبا👋on WMF’s behalf: no data was sold.",
      profile: personal,
      errors: [{ messageId: 'onBehalf', start: 7, end: 22, span: "on WMF’s behalf" }],
    },
    {
      text: "ウィキメディア。The Foundation okayed the budget.",
      profile: personal,
      errors: [{ messageId: 'announcement', start: 8, end: 29, span: "The Foundation okayed" }],
    },
  ],
});
