import { z } from 'zod';
import { defineRule, type RuleHit } from '../define-rule.ts';
import { sarcasmMarkers } from '../lexicons/en/sarcasm-markers.ts';
import { citations } from '../policy-citations.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const tags = sarcasmMarkers.filter((m) => m.kind === 'trailing-tag').map((m) => escape(m.text));
const hashtags = sarcasmMarkers.filter((m) => m.kind === 'hashtag').map((m) => escape(m.text));
const emoji = sarcasmMarkers.filter((m) => m.kind === 'emoji').map((m) => escape(m.text));

// Longest first, so "/sarcasm" wins over "/s". A tag must stand alone and end the sentence, apart from
// closing punctuation, spaces and emoji ("Great idea /s 😂").
const byLength = (a: string, b: string) => b.length - a.length;
const TRAILING_TAG = new RegExp(
  `(?<![\\p{L}\\p{N}_/])(${tags.sort(byLength).join('|')})(?=[\\s.!?,)\\]\\p{Extended_Pictographic}\\u200d\\ufe0f]*$)`,
  'giu',
);
const HASHTAG = new RegExp(`(?<![\\p{L}\\p{N}_])(${hashtags.sort(byLength).join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
const EMOJI = new RegExp(`(${emoji.join('|')})\\ufe0f?`, 'gu');

export default defineRule({
  meta: {
    id: 'tone-sarcasm',
    category: 'tone/sarcasm',
    severity: 'warning',
    description: 'Sarcasm markers such as a trailing “/s”, “#not” or an eye-roll emoji.',
    messages: {
      tag: '“{marker}” marks this sentence as sarcastic.',
      hashtag: '“{marker}” signals that the post means the opposite of what it says.',
      emoji: 'The {marker} emoji reads as sarcasm or exasperation.',
    },
    explanation:
      'Sarcasm is easily misread by a global audience and official accounts don’t post it. Say what you mean plainly and kindly instead.',
    policy: citations.sarcasm,
    options: z.object({
      emoji: z.boolean().default(true).describe('Also flag eye-roll and upside-down-face emoji.'),
    }),
    profiles: ['official'],
    trigger: /\/s|#(?:not|sarcasm)|\u{1F644}|\u{1F643}/iu,
  },
  *check({ text, options }) {
    for (const m of text.matchAll(TRAILING_TAG)) {
      yield hit(m, 'tag');
    }
    for (const m of text.matchAll(HASHTAG)) {
      yield hit(m, 'hashtag');
    }
    if (options.emoji) {
      for (const m of text.matchAll(EMOJI)) {
        yield { ...hit(m, 'emoji'), suggestions: [{ replacement: '', label: `Remove ${m[1]}` }] };
      }
    }
  },
});

function hit(m: RegExpMatchArray, messageId: 'tag' | 'hashtag' | 'emoji'): RuleHit<'tag' | 'hashtag' | 'emoji'> {
  const start = m.index!;
  return { start, end: start + m[0].length, messageId, data: { marker: m[1] ?? m[0] } };
}
