import { runRuleTable } from '../../../test/unit/rule-tester.ts';
import rule from './voice-political-affiliation.ts';

const personal = 'personal' as const;
const a2k = { organisations: ['CIS-A2K', 'A2K'] };

runRuleTable(rule, {
  valid: [
    // Dread, votes against, lies and anger only with a political target: a contest, a members' meeting, oneself, a king in history.
    { text: "If Wikipedia wins the Webby I'm buying cake 😩", profile: personal },
    { text: "If the CDU wins, Wikipedia's article on the election will need updating.", profile: personal },
    { text: "If the Greens win the photo contest at Wikimedia I'm done 😭", profile: personal },
    { text: "I voted against the proposal at the Wikimedia Deutschland members' meeting.", profile: personal },
    { text: "I'm voting against the budget at the Wikimedia UK AGM.", profile: personal },
    { text: "The Commons has voted on the bill; Wikipedia's article is updated.", profile: personal },
    { text: "Wikipedia's article explains why historians say the king lied.", profile: personal },
    { text: "Furious at myself for missing the Wikimedia hackathon deadline.", profile: personal },
    { text: "Commons has 100 million files now!", profile: personal },
    { text: "We're out of ideas for the Wikipedia quiz night.", profile: personal },
    // A political opinion with no mention of the organisation is the staff member's own business.
    { text: 'Can’t stand Senator Ellison. Every interview is worse than the last. Vote him out.', profile: personal },
    { text: 'Out canvassing for Helena Castro all Saturday. My feet hurt but it was worth it 🇧🇷', profile: personal },
    // A neutral mention of the organisation next to politics.
    { text: 'Wikipedia’s article on the 2024 election is up to date', profile: personal },
    { text: 'I edit Wikipedia articles about elections', profile: personal },
    { text: 'Reading the Wikipedia article on the 1994 election before tonight’s documentary. Surprisingly gripping.', profile: personal },
    { text: 'Politics aside, Wikipedia’s article on the 2025 federal election is a masterclass in neutral writing.', profile: personal },
    { text: 'The senator who edited his own Wikipedia page resigned in 2012.', profile: personal },
    { text: 'Our minister of culture visited the Wikimedia Argentina office today!', profile: personal },
    { text: 'Wikimedia UK’s response to the Online Safety Act is on the blog.', profile: personal },
    // Civic encouragement with no one named.
    { text: 'Go vote! Wikipedia has neutral articles on every candidate.', profile: personal },
    {
      text: 'Voting today. Yes, I work at the Wikimedia Foundation, but this isn’t about that. Go vote, whoever you’re voting for.',
      profile: personal,
    },
    // Movement votes and photo contests are not politics.
    { text: 'Vote for your favourite photo on Wikimedia Commons!', profile: personal },
    { text: 'We support the Wikimedia movement strategy and the election of new board members.', profile: personal },
    // "House of Commons" is not Wikimedia Commons.
    { text: 'The House of Commons voted to gut the privacy bill. Shameful.', profile: personal },
    { text: 'MPs in the Commons are useless. Vote them out.', profile: personal },
    // Ordinary staff posts.
    { text: 'Our launch party at the Wikimedia office was a disaster 😂', profile: personal },
    { text: 'I support Arsenal and Wikipedia, in that order.', profile: personal },
    { text: '#CheckItOut: the new Wikipedia app has dark mode', profile: personal },
    { text: 'Dear airline that lost my bag on the way to Wikimania: you are the worst.', profile: personal },
    // Official accounts are checked by the endorsement rules instead.
    'Vote for Jane Smith and read about her on Wikipedia!',
    // With another organisation's vocabulary, its own names are what count.
    { text: 'Wikimedia meetup tonight, then I’m campaigning for Rafael Ortiz.', profile: personal, vocabulary: { ...a2k, projects: [] } },
    // Round 2 hard negatives: articles about politicians, photographers at rallies, other people's parties, the
    // organisation's own offices, contests, non-Wikimedia wikis, policy positions on a law.
    { text: 'The Wikipedia article on Lula is the best-sourced one in Portuguese.', profile: personal },
    { text: 'Lula is the most-viewed article on Portuguese Wikipedia this week.', profile: personal },
    { text: 'I photographed the Trump rally for Commons. Interesting crowd.', profile: personal },
    { text: 'An SPD activist was quoted in the Wikipedia article.', profile: personal },
    { text: 'A Labour member of parliament visited the Wikimedia UK office.', profile: personal },
    { text: 'Trump supporters vandalised the Wikipedia article again; it’s protected now.', profile: personal },
    { text: 'Happy Labour Day from the Wikimedia Nigeria team! Volunteers, rest well.', profile: personal },
    { text: 'This government website cites Wikipedia.', profile: personal },
    { text: 'Typical Wikipedia rabbit hole: started on the Tories, ended on medieval cheese.', profile: personal },
    { text: 'The Foundation joined the Open Knowledge Alliance.', profile: personal },
    { text: 'The European Union is brilliant at funding Wikidata projects.', profile: personal },
    { text: 'I support the Wikimedia movement strategy and the president of the chapter.', profile: personal },
    { text: 'The House of Commons picture in the article is from 2019. This parliament, honestly, has the best chairs.', profile: personal },
    { text: 'Wikidata is terrifying at first, but you learn.', profile: personal },
    { text: 'Uploaded 40 photos to Commons. Depressing weather though.', profile: personal },
    { text: 'Spent the evening on WikiLeaks documents. The government is lying.', profile: personal },
    { text: 'The EFF wrote a great post about Wikipedia and net neutrality. Brilliant work.', profile: personal },
    { text: 'Hoping the Wikipedia article on Tusk gets better sources.', profile: personal },
    { text: 'Fingers crossed the Wikimania visa goes through.', profile: personal },
    { text: 'How is the Wikipedia article on Milei still so short?', profile: personal },
    { text: 'The government plans to block Wikipedia next week, according to reports.', profile: personal },
    { text: 'The minister wants to visit the Wikimedia office.', profile: personal },
    { text: 'Our old server doesn’t survive five minutes of Commons traffic.', profile: personal },
    { text: 'Wikimania in a heatwave? Never again 😅', profile: personal },
    { text: 'Representing Wikimedia México at the Senate hearing today, my message was simple: we oppose the new content law.', profile: personal },
    { text: 'Volunteering for Wikipedia is the best thing I’ve done.', profile: personal },
    { text: 'Peter Obi’s article on Wikipedia got protected.', profile: personal },
    { text: '#Wikipedia25 is coming!', profile: personal },
    { text: '#Election2024 coverage on Wikipedia is great.', profile: personal },
    { text: 'The Wikipedia article on Modi 📚 is well sourced.', profile: personal },
    { text: '#WLM2025 starts tomorrow on Commons.', profile: personal },
  ],
  invalid: [
    {
      text: 'Can’t believe the Tories now think Wikipedia should have age verification. Yet another reason they have to go.',
      profile: personal,
      errors: [{ messageId: 'mention', start: 35, end: 44, span: 'Wikipedia' }],
    },
    {
      text: 'Eight years at Wikimedia Indonesia and I’ve never seen a law this bad. Shameful government.',
      profile: personal,
      errors: [{ messageId: 'mention', start: 15, end: 34, span: 'Wikimedia Indonesia' }],
    },
    {
      text: 'Working on Wikipedia’s infrastructure and watching the Senate gut net neutrality makes me furious. Vote these clowns out in November.',
      profile: personal,
      errors: [{ messageId: 'mention', start: 11, end: 20, span: 'Wikipedia' }],
    },
    {
      text: 'Proud WMF staffer. Even prouder to have voted against the Liberty Union today 🗳️',
      profile: personal,
      errors: [{ messageId: 'mention', start: 6, end: 9, span: 'WMF' }],
    },
    {
      text: 'I love my job at the Foundation, and that’s exactly why I’m voting Green this year.',
      profile: personal,
      errors: [{ messageId: 'mention', start: 21, end: 31, span: 'Foundation' }],
    },
    {
      // Bare "Commons" after "for" is Wikimedia Commons; the judgement is in the sentence after the target.
      text: 'Took this photo of the parliament building for Commons last year. Shame the people inside are still useless. #Pemilu2024',
      profile: personal,
      errors: [{ messageId: 'mention', start: 47, end: 54, span: 'Commons' }],
    },
    {
      text: 'Wikimedia Commons jury duty this morning, then off to the rally for Kowalska. Poland needs her 🇵🇱',
      profile: personal,
      errors: [{ messageId: 'mention', start: 0, end: 17, span: 'Wikimedia Commons' }],
    },
    {
      text: 'Me at the edit-a-thon: strict neutral point of view. Me at the ballot box: anyone but the National Renewal Party.',
      profile: personal,
      errors: [
        { messageId: 'work', start: 10, end: 21, span: 'edit-a-thon' },
        { messageId: 'work', start: 30, end: 51, span: 'neutral point of view' },
      ],
    },
    {
      text: '#VoteBlue and happy #Wikipedia day',
      profile: personal,
      errors: [{ messageId: 'mention', start: 20, end: 30, span: '#Wikipedia' }],
    },
    {
      text: 'Wikipedia Day and Election Day in the same week 🎉 Celebrate both by voting for Priya Nair!',
      profile: personal,
      errors: [{ messageId: 'mention', start: 0, end: 9, span: 'Wikipedia' }],
    },
    {
      text: 'Honestly, Wikidata would run this country better than the current cabinet.',
      profile: personal,
      errors: [{ messageId: 'mention', start: 10, end: 18, span: 'Wikidata' }],
    },
    {
      text: 'Proud to work at WMF. I support the Greens.',
      profile: personal,
      errors: [{ messageId: 'mention', start: 17, end: 20, span: 'WMF' }],
    },
    {
      text: 'The government is destroying public libraries, and Wikipedia editors see it every day.',
      profile: personal,
      errors: [{ messageId: 'mention', start: 51, end: 60, span: 'Wikipedia' }],
    },
    {
      text: 'Wikimedia meetup tonight, then I’m campaigning for Rafael Ortiz.',
      profile: personal,
      errors: [{ messageId: 'mention', start: 0, end: 9, span: 'Wikimedia' }],
    },
    {
      text: 'Wikidata nerd by day. #ModiMustGo',
      profile: personal,
      errors: [{ messageId: 'mention', start: 0, end: 8, span: 'Wikidata' }],
    },
    {
      // Every mention is flagged: each is a place to change.
      text: 'Wikipedia editor, Wikidata fan, and I’ll never vote Conservative Union.',
      profile: personal,
      errors: [
        { messageId: 'mention', start: 0, end: 9, span: 'Wikipedia' },
        { messageId: 'mention', start: 18, end: 26, span: 'Wikidata' },
      ],
    },
    {
      // Another organisation set in the vocabulary.
      text: 'A2K workshop done. Now off to vote for Priya Nair!',
      profile: personal,
      vocabulary: a2k,
      errors: [{ messageId: 'mention', start: 0, end: 3, span: 'A2K' }],
    },
    // Round 2: a jab at a target, working for a party, praise of a politician, reactions, hopes, disbelief,
    // hostile aims, dismissals, rejections, lost votes, pronouns for someone just named.
    {
      text: 'Commons picture of the day is the new parliament building. This government, honestly.',
      profile: personal,
      errors: [{ messageId: 'mention', start: 0, end: 7, span: 'Commons' }],
    },
    {
      text: 'Spent the day on Wikidata. Typical Tories.',
      profile: personal,
      errors: [{ messageId: 'mention', start: 17, end: 25, span: 'Wikidata' }],
    },
    {
      text: 'Day job: Wikimedia Foundation. Night job: stuffing envelopes for the Greens’ Berlin campaign 💚',
      profile: personal,
      errors: [{ messageId: 'mention', start: 9, end: 29, span: 'Wikimedia Foundation' }],
    },
    {
      text: 'Wikipedia editor by day, Labour Party volunteer by night.',
      profile: personal,
      errors: [{ messageId: 'mention', start: 0, end: 9, span: 'Wikipedia' }],
    },
    {
      text: 'Volunteering with the SNP this weekend, so no Wikipedia edits from me.',
      profile: personal,
      errors: [{ messageId: 'mention', start: 46, end: 55, span: 'Wikipedia' }],
    },
    {
      text: 'Wikipedian and lifelong Democrat.',
      profile: personal,
      errors: [{ messageId: 'mention', start: 0, end: 10, span: 'Wikipedian' }],
    },
    {
      text: 'I’ve explained Wikipedia’s neutrality policy at a hundred workshops, but Sheinbaum is the best thing to happen to Mexican science in decades.',
      profile: personal,
      errors: [{ messageId: 'mention', start: 15, end: 24, span: 'Wikipedia' }],
    },
    {
      text: 'Lula is a hero, and I say that as a Wikipedia admin.',
      profile: personal,
      errors: [{ messageId: 'mention', start: 36, end: 45, span: 'Wikipedia' }],
    },
    {
      text: 'Glad I gave my talk at WMDE’s WikiCon before the results came in. The AfD at 20%. Unbelievable and terrifying.',
      profile: personal,
      errors: [{ messageId: 'mention', start: 23, end: 27, span: 'WMDE' }, { messageId: 'work', start: 30, end: 37, span: 'WikiCon' }],
    },
    {
      text: 'Wikimedia Polska meetup tonight. PiS lost. What a relief!',
      profile: personal,
      errors: [{ messageId: 'mention', start: 0, end: 16, span: 'Wikimedia Polska' }],
    },
    {
      text: 'Uploading my photos of the Warsaw march to Commons and praying Tusk’s coalition holds until 2027',
      profile: personal,
      errors: [{ messageId: 'mention', start: 43, end: 50, span: 'Commons' }],
    },
    {
      text: 'Can’t wait for Modi to be out. Wikidata workshop tomorrow.',
      profile: personal,
      errors: [{ messageId: 'mention', start: 31, end: 39, span: 'Wikidata' }],
    },
    {
      text: 'Honest question from someone who works on the Wikipedia apps: how is Milei still polling above 40%?',
      profile: personal,
      errors: [{ messageId: 'mention', start: 46, end: 55, span: 'Wikipedia' }],
    },
    {
      text: 'As a WMF engineer I keep Wikipedia up for everyone, including the people in Le Pen’s party who would happily ban half of it.',
      profile: personal,
      errors: [{ messageId: 'mention', start: 5, end: 8, span: 'WMF' }, { messageId: 'mention', start: 25, end: 34, span: 'Wikipedia' }],
    },
    {
      text: 'PDP or APC, same recycled crowd. The only thing that has improved in Nigeria is Hausa Wikipedia',
      profile: personal,
      errors: [{ messageId: 'mention', start: 86, end: 95, span: 'Wikipedia' }],
    },
    {
      text: 'The BJP’s manifesto doesn’t survive five minutes of Wikidata fact-checking.',
      profile: personal,
      errors: [{ messageId: 'mention', start: 52, end: 60, span: 'Wikidata' }],
    },
    {
      text: 'Wikimedia South Africa won’t be inviting the EFF to our forum. That party has shown nothing but contempt for a free press.',
      profile: personal,
      errors: [{ messageId: 'mention', start: 0, end: 22, span: 'Wikimedia South Africa' }],
    },
    {
      text: 'Spent lunch fixing Wikidata items, then caught Bolsonaro’s latest speech. Ele não. Never again',
      profile: personal,
      errors: [{ messageId: 'mention', start: 19, end: 27, span: 'Wikidata' }],
    },
    {
      text: 'Ran a Wikipedia workshop, then read that the ANC wants to cut the library grant. They’ve lost my vote for good.',
      profile: personal,
      errors: [{ messageId: 'mention', start: 6, end: 15, span: 'Wikipedia' }],
    },
    {
      text: 'The Karnataka government has done more for Kannada Wikipedia than any before it, and it deserves another term.',
      profile: personal,
      errors: [{ messageId: 'mention', start: 51, end: 60, span: 'Wikipedia' }],
    },
    {
      text: 'Reminder that Indonesian Wikipedia volunteers get harassed for editing the article on Prabowo’s past. I will never support that man.',
      profile: personal,
      errors: [{ messageId: 'mention', start: 25, end: 34, span: 'Wikipedia' }],
    },
    {
      text: 'Le Pen’s party wants to ban Wikipedia. Vote against them.',
      profile: personal,
      errors: [{ messageId: 'mention', start: 28, end: 37, span: 'Wikipedia' }],
    },
    {
      text: '#Lula2026 and a happy Wikipedia Day',
      profile: personal,
      errors: [{ messageId: 'mention', start: 22, end: 31, span: 'Wikipedia' }],
    },
    {
      text: 'Modi 🤡 Anyway, Wikidata time.',
      profile: personal,
      errors: [{ messageId: 'mention', start: 16, end: 24, span: 'Wikidata' }],
    },
    {
      text: 'Editing Wikipedia while Trump talks 🤮',
      profile: personal,
      errors: [{ messageId: 'mention', start: 8, end: 17, span: 'Wikipedia' }],
    },
    {
      text: '#NotMyPresident. Back to Commons uploads for Wiki Loves Earth.',
      profile: personal,
      errors: [{ messageId: 'mention', start: 25, end: 32, span: 'Commons' }, { messageId: 'mention', start: 45, end: 61, span: 'Wiki Loves Earth' }],
    },
    {
      text: '#ForaBolsonaro and see you at the Wikidata meetup',
      profile: personal,
      errors: [{ messageId: 'mention', start: 34, end: 42, span: 'Wikidata' }],
    },
    // Emoji, CJK and right-to-left text right next to the match.
    {
      text: '维基百科Wikipedia的编辑都知道：the minister is lying 🤥',
      profile: personal,
      errors: [{ messageId: 'mention', start: 4, end: 13, span: 'Wikipedia' }],
    },
    {
      text: 'ويكيبيديا Wikipedia يوم سعيد. The government must resign!',
      profile: personal,
      errors: [{ messageId: 'mention', start: 10, end: 19, span: 'Wikipedia' }],
    },
    {
      text: '🗳️Vote for Jane Smith🇺🇸 and edit Wikipedia.',
      profile: personal,
      errors: [{ messageId: 'mention', start: 36, end: 45, span: 'Wikipedia' }],
    },
    {
      text: 'Wikidata📊PDP or APC, same recycled crowd 🙄',
      profile: personal,
      errors: [{ messageId: 'mention', start: 0, end: 8, span: 'Wikidata' }],
    },
    {
      text: 'ويكيبيديا Wikipedia: Lula is a hero 🇧🇷',
      profile: personal,
      errors: [{ messageId: 'mention', start: 10, end: 19, span: 'Wikipedia' }],
    },
    {
      text: '维基数据Wikidata讲座结束：can’t wait for Modi to be out',
      profile: personal,
      errors: [{ messageId: 'mention', start: 4, end: 12, span: 'Wikidata' }],
    },
    {
      text: 'עברית Wikipedia. This government, honestly 😤',
      profile: personal,
      errors: [{ messageId: 'mention', start: 6, end: 15, span: 'Wikipedia' }],
    },
    // Lies and empty ideas, anger at a target, dread at a named party winning, votes against an office, Commons as a subject.
    {
      text: "Wikidata shows the government lied about the hospitals.",
      profile: personal,
      errors: [{ messageId: 'mention', start: 0, end: 8, span: "Wikidata" }],
    },
    {
      text: "The minister lied to us, and the Wikipedia edit history proves it.",
      profile: personal,
      errors: [{ messageId: 'mention', start: 33, end: 42, span: "Wikipedia" }],
    },
    {
      text: "Commons has more photos of Milei's rallies than of universities. What a president.",
      profile: personal,
      errors: [{ messageId: 'mention', start: 0, end: 7, span: "Commons" }],
    },
    {
      text: "Wikimedia hackathon done. Now furious at the government's finance bill.",
      profile: personal,
      errors: [{ messageId: 'mention', start: 0, end: 9, span: "Wikimedia" }],
    },
    {
      text: "Not a single coherent idea in the Congress manifesto, and I have read Wikipedia's whole policy library.",
      profile: personal,
      errors: [{ messageId: 'mention', start: 70, end: 79, span: "Wikipedia" }],
    },
    {
      text: "If the CDU wins I'm moving into the Wikimedia Deutschland office 😩",
      profile: personal,
      errors: [{ messageId: 'mention', start: 36, end: 57, span: "Wikimedia Deutschland" }],
    },
    {
      text: "If the CDU wins the election I'm leaving Wikipedia for good 😩",
      profile: personal,
      errors: [{ messageId: 'mention', start: 41, end: 50, span: "Wikipedia" }],
    },
    {
      text: "If Milei gets re-elected I'm emigrating, Wikipedia job or not.",
      profile: personal,
      errors: [{ messageId: 'mention', start: 41, end: 50, span: "Wikipedia" }],
    },
    {
      text: "As someone who builds Wikipedia's tools, I'm voting against every MP who backed it.",
      profile: personal,
      errors: [{ messageId: 'mention', start: 22, end: 31, span: "Wikipedia" }],
    },
    {
      text: "Vote out the ministers who backed it. Then back to Wikidata.",
      profile: personal,
      errors: [{ messageId: 'mention', start: 51, end: 59, span: "Wikidata" }],
    },
    {
      text: "Wikipedia🎉If the CDU wins I'm leaving",
      profile: personal,
      errors: [{ messageId: 'mention', start: 0, end: 9, span: "Wikipedia" }],
    },
    {
      text: "مرحبا Wikidata: the government lied.",
      profile: personal,
      errors: [{ messageId: 'mention', start: 6, end: 14, span: "Wikidata" }],
    },
    {
      text: "维基百科Wikipedia讲座：the opposition is out of ideas.",
      profile: personal,
      errors: [{ messageId: 'mention', start: 4, end: 13, span: "Wikipedia" }],
    },
  ],
});
