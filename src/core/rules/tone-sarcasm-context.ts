import { z } from '../zod.ts';
import { defineRule } from '../define-rule.ts';
import { citations } from '../policy-citations.ts';
import { splitSentences } from '../segment.ts';
import { createSentenceMemo } from '../sentence-memo.ts';
import {
  explanation,
  messages,
  neighbourSituation,
  PRAISE_SENTENCE,
  sarcasmInSentence,
  STANDALONE_PRAISE,
  standalonePraise,
} from './tone-sarcasm.ts';

/*
 * The one part of sarcasm that needs more than a sentence: praise standing alone ("Just what we needed.",
 * "Great.") reads as sincere or sarcastic only with the sentence before or after it ("The upload tool is broken
 * again. Just what we needed."). Everything else is tone-sarcasm's, judged sentence by sentence and cached; this
 * rule sees the whole post and re-runs on every keystroke, so its trigger only lets through posts with a
 * sentence made of nothing but praise.
 */

// A keystroke changes one sentence: the verdicts on the others are remembered (keyed by the text alone, since
// they take no options).
function memo<T>(fn: (text: string) => T): (text: string) => T {
  const remember = createSentenceMemo<T>();
  return (text) => remember(text, () => fn(text));
}
// The praise of a sentence made of nothing else, unless tone-sarcasm already flags that sentence ("Great 🙄").
const praiseOf = memo((text) => {
  if (!PRAISE_SENTENCE.test(text)) return undefined;
  const praise = standalonePraise(text);
  return praise && sarcasmInSentence(text).length === 0 ? praise : undefined;
});
const situationOf = memo((text) => neighbourSituation({ start: 0, end: text.length, text }));

export default defineRule({
  meta: {
    id: 'tone-sarcasm-context',
    category: 'tone/sarcasm',
    severity: 'warning',
    description: 'Sarcasm across sentences: praise on its own next to a bad situation (“The site is down again. Just what we needed.”).',
    messages: { irony: messages.irony },
    explanation,
    policy: citations.sarcasm,
    options: z.object({}),
    profiles: ['official'],
    scope: 'text',
    trigger: STANDALONE_PRAISE,
  },
  *check({ text }) {
    const sentences = splitSentences(text).filter((s) => s.text.trim() !== '');
    for (let i = 0; i < sentences.length; i++) {
      const sentence = sentences[i]!;
      const praise = praiseOf(sentence.text);
      if (!praise) continue;
      const before = sentences[i - 1];
      const after = sentences[i + 1];
      const situation = (before && situationOf(before.text)) ?? (after && situationOf(after.text));
      if (!situation) continue;
      yield {
        start: sentence.start + praise.start,
        end: sentence.start + praise.end,
        messageId: 'irony' as const,
        data: { marker: praise.text, situation },
      };
    }
  },
});
