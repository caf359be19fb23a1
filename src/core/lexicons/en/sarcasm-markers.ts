import type { LexiconEntry } from '../types.ts';

export type SarcasmMarkerKind =
  /** Only counts at the end of a sentence ("Great, another outage /s"). */
  | 'trailing-tag'
  /** A hashtag anywhere, not followed by more letters (#not, but not #nothing). */
  | 'hashtag'
  /** An emoji anywhere. */
  | 'emoji';

export const sarcasmMarkers: ReadonlyArray<LexiconEntry & { kind: SarcasmMarkerKind }> = [
  {
    text: '/s',
    kind: 'trailing-tag',
    note: 'Tone tag appended to a sentence to say it was meant sarcastically.',
    source: 'https://en.wiktionary.org/wiki//s',
  },
  {
    text: '/sarc',
    kind: 'trailing-tag',
    note: 'Longer form of the /s tone tag.',
    source: 'https://en.wiktionary.org/wiki//s',
  },
  {
    text: '/sarcasm',
    kind: 'trailing-tag',
    note: 'Spelled-out form of the /s tone tag.',
    source: 'https://en.wiktionary.org/wiki//s',
  },
  {
    text: '#not',
    kind: 'hashtag',
    note: 'Hashtag added after a statement to reverse it ("Love Mondays #not").',
    source: 'https://en.wiktionary.org/wiki/not#Interjection',
  },
  {
    text: '#sarcasm',
    kind: 'hashtag',
    note: 'Labels the post itself as sarcastic.',
    source: 'https://en.wiktionary.org/wiki/sarcasm',
  },
  {
    text: '🙄',
    kind: 'emoji',
    note: 'Face with rolling eyes (U+1F644): disdain or exasperation.',
    source: 'https://www.unicode.org/emoji/charts/full-emoji-list.html#1f644',
  },
  {
    text: '🙃',
    kind: 'emoji',
    note: 'Upside-down face (U+1F643): commonly read as irony or passive-aggressive resignation.',
    source: 'https://www.unicode.org/emoji/charts/full-emoji-list.html#1f643',
  },
];
