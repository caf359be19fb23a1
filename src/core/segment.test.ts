import { describe, expect, it } from 'vitest';
import { MAX_SEGMENT_LENGTH, splitSentences } from './segment.ts';

const texts = (post: string) => splitSentences(post).map((s) => s.text);

describe('splitSentences', () => {
  it('tiles the whole text, so offsets map back exactly', () => {
    for (const post of ['', 'One. Two! Three?', 'a\n\nb', '你好。世界！', 'x. ', 'Ends with dot.', '🎉 Done. 🙄 /s']) {
      const segments = splitSentences(post);
      expect(segments.map((s) => s.text).join('')).toBe(post);
      for (const s of segments) expect(post.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('splits on sentence ends and line breaks', () => {
    expect(texts('Hello there. How are you?\nFine!')).toEqual(['Hello there. ', 'How are you?', '\n', 'Fine!']);
  });

  it('splits CJK full stops without a following space', () => {
    expect(texts('维基百科很好。请投票。')).toEqual(['维基百科很好。', '请投票。']);
  });

  it('keeps abbreviations, initials, decimals and domains inside the sentence', () => {
    expect(texts('Vote for Dr. Rao and J. Smith today.')).toEqual(['Vote for Dr. Rao and J. Smith today.']);
    expect(texts('Version 3.5 is on wikimedia.org now. Great.')).toEqual(['Version 3.5 is on wikimedia.org now. ', 'Great.']);
  });

  it('ends a sentence after a tone tag or hashtag followed by a full stop', () => {
    expect(texts('Oh great /s. Also, thanks')).toEqual(['Oh great /s. ', 'Also, thanks']);
  });

  it('keeps closing quotes and brackets with their sentence', () => {
    expect(texts('He said "great." Then left.')).toEqual(['He said "great." ', 'Then left.']);
  });
});

describe('very long segments', () => {
  it('cuts a run without full stops into pieces of at most MAX_SEGMENT_LENGTH that tile the text', () => {
    for (const post of ['!'.repeat(5000), 'word '.repeat(900), '🙄'.repeat(1500), `${'A'.repeat(2500)}. Short one.`]) {
      const segments = splitSentences(post);
      expect(segments.map((s) => s.text).join('')).toBe(post);
      for (const s of segments) {
        expect(s.end - s.start).toBeLessThanOrEqual(MAX_SEGMENT_LENGTH);
        expect(post.slice(s.start, s.end)).toBe(s.text);
        expect(/^[\udc00-\udfff]/.test(s.text), 'no segment starts inside a surrogate pair').toBe(false);
      }
    }
  });

  it('prefers to cut after a space', () => {
    const segments = splitSentences('word '.repeat(900));
    expect(segments[0]!.text.endsWith(' ')).toBe(true);
  });
});
