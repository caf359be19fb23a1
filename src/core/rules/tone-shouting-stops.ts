import { z } from '../zod.ts';
import { defineRule } from '../define-rule.ts';
import { citations } from '../policy-citations.ts';
import type { Vocabulary } from '../vocabulary.ts';

/*
 * "Stop. Tagging. Us. In. Your. Crypto. Scams.": a full stop after every word hammers the words out one at a
 * time, like shouting. Each word is a sentence of its own to the segmenter, so tone-shouting (sentence by
 * sentence) can't see it, and this rule reads the whole post. It re-runs on every keystroke, so the trigger is
 * one cheap pattern that needs four one-word sentences in a row (or three).
 *
 * Slogans use the same rhythm with content words only ("Learn. Edit. Share.", "Discover. Learn. Edit. Share."),
 * so a run must carry a small word that only gets its own full stop when someone is hammering a sentence out
 * (us, your, the, not …). Three words in a row count only as a command ("Read. The. Article.", "Stop. Tagging.
 * Us."), not as a cheer ("We. Did. It."). Runs in capitals are tone-shouting's.
 */

const WORD = String.raw`\p{L}[\p{L}\p{M}'’-]*`;
// One-word sentences in a row; initials ("J. R. R. Tolkien") are single letters and don't start a run.
const RUN = new RegExp(String.raw`(?<![\p{L}\p{N}_'’.-])(?:${WORD}\.(?:[ \t]+|$|(?=[\p{Extended_Pictographic}\n]))){3,}`, 'gu');
const WORDS = new RegExp(WORD, 'gu');
const TRIGGER = new RegExp(String.raw`\p{L}\.[ \t]+\p{L}[\p{L}'’-]*\.[ \t]+\p{L}[\p{L}'’-]*\.`, 'u');

// Words that only get a full stop of their own when a sentence is being hammered out.
const SMALL_WORDS = new Set([
  'a', 'an', 'the', 'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', "you're", 'they', 'them', 'their', 'he', 'she',
  'him', 'her', 'it', "it's", 'this', 'that', 'these', 'those', 'is', 'are', 'was', 'were', 'be', 'am', 'do', 'does',
  'did', "don't", "doesn't", "didn't", 'not', 'no', 'never', 'in', 'on', 'at', 'to', 'of', 'for', 'with', 'by',
  'from', 'about', 'and', 'or', 'but', 'if', 'so', 'just', 'again', 'ever', 'have', 'has', "can't", 'cannot', 'will',
  "won't", 'what', 'who', 'how', 'why', 'please',
]);
const COMMANDS = new Set(['stop', 'read', 'do', "don't", 'please', 'quit', 'enough', 'seriously', 'just', 'never', 'check', 'learn']);
const fold = (word: string) => word.replace(/’/g, "'").toLowerCase();
// A run starts a sentence: at the start, after a full stop or line break, or after an emoji or another script
// ("维基百科 Read. The. Article."). "We said this before. Read. The. Guidelines." starts at "Read".
const SENTENCE_START = /(?:^|[.!?…。！？\n]|[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}\s,;'’-])\s*$/u;

export default defineRule({
  meta: {
    id: 'tone-shouting-stops',
    category: 'tone/unfriendly',
    severity: 'warning',
    description: 'Shouting with a full stop after every word: “Stop. Tagging. Us. In. Your. Mentions.”',
    messages: {
      stops: '“{words}”: a full stop after every word reads as shouting.',
    },
    explanation:
      'A full stop after every word hammers the message out like shouting, and screen readers pause at each one. Write it as one calm sentence.',
    policy: citations.unfriendly,
    options: z.object({}),
    profiles: ['official'],
    scope: 'text',
    trigger: TRIGGER,
  },
  *check({ text, vocabulary }) {
    for (const m of text.matchAll(RUN)) {
      let words = [...m[0].matchAll(WORDS)].map((w) => ({ text: w[0], start: m.index + w.index }));
      if (!SENTENCE_START.test(text.slice(0, m.index))) words = words.slice(1);
      if (words.length < 3) continue;
      const folded = words.map((w) => fold(w.text));
      if (words.some((w) => w.text.length === 1 && !/^[aAI]$/.test(w.text))) continue; // initials
      if (!folded.some((w) => SMALL_WORDS.has(w))) continue;
      if (words.length === 3 && !COMMANDS.has(folded[0]!)) continue;
      // All in capitals: tone-shouting flags it already.
      if (words.every((w) => !/\p{Ll}/u.test(w.text))) continue;
      const last = words[words.length - 1]!;
      const start = words[0]!.start;
      const end = last.start + last.text.length + 1; // with its full stop
      const found = text.slice(start, end);
      const sentence = asSentence(words.map((w) => w.text), vocabulary);
      yield {
        start,
        end,
        messageId: 'stops' as const,
        data: { words: found },
        suggestions: [{ replacement: sentence, label: `Write “${sentence}”` }],
      };
    }
  },
});

/** "Stop. Tagging. Us." -> "Stop tagging us.": capitals kept for acronyms, "I" and the organisation's names. */
function asSentence(words: string[], vocabulary: Vocabulary): string {
  let out = words
    .map((w, i) => {
      if (i === 0) return w;
      if (w === 'I' || /^I['’]/.test(w) || (w.length > 1 && w === w.toUpperCase())) return w;
      return w.toLowerCase();
    })
    .join(' ');
  for (const m of vocabulary.ownNames.matchAll(out)) {
    const name = m.text.replace(/\p{L}+/gu, (w) => w.slice(0, 1).toUpperCase() + w.slice(1));
    out = out.slice(0, m.start) + name + out.slice(m.end);
  }
  return `${out}.`;
}
