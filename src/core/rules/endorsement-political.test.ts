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
      text: 'vote for greenfield party now',
      options: { names: ['Greenfield Party'] },
      errors: [{ messageId: 'voteFor', start: 0, end: 25, span: 'vote for greenfield party' }],
    },
  ],
});
