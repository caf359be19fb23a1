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
    { text: 'Oh well 🙄', options: { emoji: false } },
    'http://example.org/s is a link', // /s inside a URL is not a tone tag
  ],
  invalid: [
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
  ],
});
