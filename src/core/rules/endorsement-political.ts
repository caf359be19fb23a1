import { z } from 'zod';
import { defineRule } from '../define-rule.ts';
import { notCandidates } from '../lexicons/en/not-candidates.ts';
import { matchSpans } from '../nlp.ts';
import { citations } from '../policy-citations.ts';

// Latin letters only around the verb, so "请Vote for ..." (CJK right before) still matches.
const CALL = /(?<![\p{Script=Latin}\p{N}_-])(vote\s+for|vote\s+against|re-?elect|elect|vote)\s+(?:(the)\s+)?/giu;
const NAME_WORD = String.raw`\p{Lu}[\p{Script=Latin}\p{M}'’-]*`;
const PARTICLE = String.raw`(?:de|da|do|dos|das|van|von|der|den|del|la|le|bin|binti|al|el)`;
const TITLE = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Prof|Sen|Gov|Rep|Shri|Smt)\.?\s+)`;
// Sticky and case-sensitive: a name is a run of up to four capitalised words.
const NAME = new RegExp(`${TITLE}?${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){0,3}`, 'uy');
const excluded = new Set(notCandidates.map((e) => e.text));

type MessageId = 'voteFor' | 'voteAgainst' | 'elect';

export default defineRule({
  meta: {
    id: 'endorsement-political',
    category: 'endorsement/political',
    severity: 'error',
    description: 'Calls to vote for or against, or to elect, a named candidate or party.',
    messages: {
      voteFor: 'This asks people to vote for {name}.',
      voteAgainst: 'This asks people to vote against {name}.',
      elect: 'This asks people to elect {name}.',
    },
    explanation:
      'Official accounts stay neutral and never endorse or oppose candidates or parties. Encourage people to vote and to read about the election instead, without naming anyone.',
    policy: citations.politicalCandidates,
    options: z.object({
      names: z.array(z.string().min(1)).default([]).describe('Extra candidate or party names to flag even in lower case.'),
    }),
    profiles: ['official'],
    trigger: /vote|elect/i,
  },
  *check({ text, nlp, options }) {
    const extraNames = options.names.map((n) => n.toLowerCase());
    for (const call of text.matchAll(CALL)) {
      const verb = call[1]!.toLowerCase().replace(/\s+/g, ' ');
      const after = call.index! + call[0].length;
      const name = nameAt(text, after, call[2] !== undefined, extraNames, nlp);
      if (!name) continue;
      const messageId: MessageId = verb === 'vote against' ? 'voteAgainst' : verb.endsWith('elect') ? 'elect' : 'voteFor';
      if (verb === 'vote' && name.lowerCase) continue; // "vote smith" is too rare to risk "vote early" style misses
      const start = call.index!;
      const end = name.end;
      const capital = /^\p{Lu}/u.test(text[start]!);
      yield {
        start,
        end,
        messageId,
        data: { name: name.text },
        suggestions: [
          {
            replacement: capital ? 'Learn about the candidates' : 'learn about the candidates',
            label: 'Encourage voting without naming anyone',
          },
        ],
      };
    }
  },
});

interface NameMatch {
  end: number;
  text: string;
  lowerCase: boolean;
}

function nameAt(
  text: string,
  at: number,
  afterThe: boolean,
  extraNames: readonly string[],
  nlp: () => import('../nlp.ts').View,
): NameMatch | undefined {
  const rest = text.slice(at).toLowerCase();
  const listed = extraNames.find((n) => rest.startsWith(n) && !/[\p{L}\p{N}]/u.test(rest[n.length] ?? ''));
  if (listed) return { end: at + listed.length, text: text.slice(at, at + listed.length), lowerCase: false };

  NAME.lastIndex = at;
  const match = NAME.exec(text);
  if (match) {
    const first = match[0].split(/\s+/)[0]!.replace(/\.$/, '').toLowerCase();
    if (excluded.has(first) || /wiki/i.test(match[0])) return undefined;
    // "vote for the Greens" names a party; "vote for the Best Photo" is caught by the exclusions above.
    return { end: at + match[0].length, text: match[0], lowerCase: false };
  }
  if (afterThe) return undefined;
  // Lower-case names ("vote for jane smith"): only when compromise recognises a person right here.
  const person = matchSpans(nlp(), '#Person+').find((p) => p.start === at);
  return person ? { end: person.end, text: person.text, lowerCase: true } : undefined;
}
