import { runRuleTable } from '../../../test/unit/rule-tester.ts';
import rule from './endorsement-political.ts';

runRuleTable(rule, {
  valid: [
    'Elections are coming: read the election articles on Wikipedia.',
    'Vote for your favourite photo in Wiki Loves Monuments!',
    'Vote for Picture of the Year on Commons.',
    'Vote Now: the Wiki Loves Earth jury needs you',
    'She was elected mayor in 2019, says the article.',
    'The community will elect a new board this year.',
    'Remember to vote on Sunday.',
    { text: 'Vote for Jane Smith!', profile: 'personal' },
    'President-elect Smith spoke today.',
    // Non-partisan civic posts and neutral facts.
    'Elections are coming in India: 970 million people can vote. Read about the Lok Sabha on Wikipedia.',
    'The BJP article is one of the most edited pages on English Wikipedia this month.',
    'Lula was first elected president of Brazil in 2002, says the article.',
    'Labour won the 2024 UK general election; the article was updated within minutes.',
    'Happy Labour Day! Thank you to every volunteer who keeps Wikipedia running.',
    'We support Labour Day events across South Africa with free edit-a-thons.',
    'Photos from Trump Tower and the Reichstag are on Commons.',
    'Vote for your favourite photo! #WikiLovesMonuments #VoteWLM',
    'Polls close at 8pm. #VoteEarly #GoVote #Vote2026',
    'Our board election is open: #VoteForTheBoard',
    'We stand with Ukraine’s librarians and archivists.',
    'We support open access for all researchers.',
    'The Wikimedia Foundation supports the Democratic Alliance for Open Knowledge? No such thing: check the facts.',
    'Milei’s economic reforms have their own article, with 400 sources.',
    'Stop by our booth at Wikimania 2026!',
    'Trump v. Anderson is a Supreme Court case with a detailed article.',
    'The Greens Federation article needs sources.',
    '#Wikimania2026 #WLM2025 #Euro2024',
    'We back the Wiki Loves Africa photographers 100%.',
    'Amina took this stunning photo of Lagos: vote for her entry in Wiki Loves Africa!',
    'The European Union is the only union of its kind, says the article.',
    'Join our launch party! The Wikidata Birthday Party is the best night of the year.',
    'Thanks to Jane Smith for council work on the library archive.',
    'Maria Lopez, a candidate for mayor, edited Wikipedia as a student, the article says.',
    'The American Civil Liberties Union is the subject of a featured article.',
  ],
  invalid: [
    {
      text: 'Vote for Jane Smith on Tuesday!',
      errors: [{ messageId: 'voteFor', start: 0, end: 19, span: 'Vote for Jane Smith' }],
    },
    {
      text: 'Please vote against Dr. Rao Kumar.',
      errors: [{ messageId: 'voteAgainst', start: 7, end: 33, span: 'vote against Dr. Rao Kumar' }],
    },
    {
      text: 'Re-elect Maria da Silva for a better Brazil',
      errors: [{ messageId: 'elect', start: 0, end: 23, span: 'Re-elect Maria da Silva' }],
    },
    {
      text: 'Time to vote for the Greens.',
      errors: [{ messageId: 'voteFor', start: 8, end: 27, span: 'vote for the Greens' }],
    },
    {
      text: 'Vote Labour on Thursday',
      errors: [{ messageId: 'voteFor', start: 0, end: 11, span: 'Vote Labour' }],
    },
    {
      // Emoji and CJK around the match.
      text: '🗳️投票Vote for Jane Smith🇺🇸 大家好',
      errors: [{ messageId: 'voteFor', start: 5, end: 24, span: 'Vote for Jane Smith' }],
    },
    {
      text: 'everyone should vote for mary johnson',
      errors: [{ messageId: 'voteFor', start: 16, end: 37, span: 'vote for mary johnson' }],
    },
    {
      text: 'Don’t vote for Jair Bolsonaro.',
      errors: [{ messageId: 'voteAgainst', start: 0, end: 29, span: 'Don’t vote for Jair Bolsonaro' }],
    },
    {
      text: 'We proudly stand with the ANC this election.',
      errors: [{ messageId: 'support', start: 0, end: 29, span: 'We proudly stand with the ANC' }],
    },
    {
      text: 'We are backing Maria Lopez for mayor of Córdoba!',
      errors: [{ messageId: 'support', start: 0, end: 36, span: 'We are backing Maria Lopez for mayor' }],
    },
    {
      text: 'Down with the Tories, time for change',
      errors: [{ messageId: 'oppose', start: 0, end: 20, span: 'Down with the Tories' }],
    },
    {
      text: 'Honestly, the BJP is ruining this country.',
      errors: [{ messageId: 'judge', start: 14, end: 28, span: 'BJP is ruining' }],
    },
    {
      text: 'Peter Obi is our only hope for Nigeria',
      errors: [{ messageId: 'judge', start: 0, end: 26, span: 'Peter Obi is our only hope' }],
    },
    {
      text: 'Lula 2026! #Lula2026',
      errors: [
        { messageId: 'judge', start: 0, end: 10, span: 'Lula 2026!' },
        { messageId: 'hashtag', start: 11, end: 20, span: '#Lula2026' },
      ],
    },
    {
      text: 'Get out and vote! #VoteBlue',
      errors: [{ messageId: 'hashtag', start: 18, end: 27, span: '#VoteBlue' }],
    },
    {
      text: 'Twelve years of nothing. #VoteThemOut',
      errors: [{ messageId: 'hashtag', start: 25, end: 37, span: '#VoteThemOut' }],
    },
    {
      text: 'She has fought for libraries all her life. Vote for her on Sunday.',
      errors: [{ messageId: 'call', start: 43, end: 55, span: 'Vote for her' }],
    },
    {
      text: 'Senator Mark Ellison is a disgrace.',
      errors: [{ messageId: 'judge', start: 0, end: 34, span: 'Senator Mark Ellison is a disgrace' }],
    },
    {
      text: 'The Progressive Alliance has had long enough.',
      errors: [{ messageId: 'judge', start: 4, end: 44, span: 'Progressive Alliance has had long enough' }],
    },
    {
      text: 'Our choice is clear: Helena Castro for president.',
      errors: [
        { messageId: 'call', start: 0, end: 19, span: 'Our choice is clear' },
        { messageId: 'support', start: 21, end: 48, span: 'Helena Castro for president' },
      ],
    },
    {
      text: 'On 14 February, vote number 2 for the future!',
      errors: [{ messageId: 'call', start: 16, end: 29, span: 'vote number 2' }],
    },
    {
      text: 'Big rally tonight #SmithForMayor',
      errors: [{ messageId: 'hashtag', start: 18, end: 32, span: '#SmithForMayor' }],
    },
    {
      text: 'Kaczyński must go.',
      errors: [{ messageId: 'judge', start: 0, end: 17, span: 'Kaczyński must go' }],
    },
    {
      // Right-to-left text next to the match.
      text: 'انتخابات Vote for Maria Lopez مرحبا',
      errors: [{ messageId: 'voteFor', start: 9, end: 29, span: 'Vote for Maria Lopez' }],
    },
    {
      text: '支持Support the Aam Aadmi Party！',
      errors: [{ messageId: 'support', start: 2, end: 29, span: 'Support the Aam Aadmi Party' }],
    },
    {
      text: 'We endorse Ana Ruiz for mayor.',
      vocabulary: { candidates: ['Ana Ruiz'] },
      errors: [{ messageId: 'support', start: 0, end: 19, span: 'We endorse Ana Ruiz' }],
    },
    {
      text: 'Proud to stand behind the Harbour Party',
      vocabulary: { parties: ['Harbour Party'] },
      errors: [{ messageId: 'support', start: 9, end: 39, span: 'stand behind the Harbour Party' }],
    },
    {
      text: 'vote for greenfield party now',
      options: { names: ['Greenfield Party'] },
      errors: [{ messageId: 'voteFor', start: 0, end: 25, span: 'vote for greenfield party' }],
    },
  ],
});
