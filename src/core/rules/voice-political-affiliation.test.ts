import { runRuleTable } from '../../../test/unit/rule-tester.ts';
import rule from './voice-political-affiliation.ts';

const personal = 'personal' as const;
const a2k = { organisations: ['CIS-A2K', 'A2K'] };

runRuleTable(rule, {
  valid: [
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
  ],
});
