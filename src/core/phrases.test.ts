import { describe, expect, it } from 'vitest';
import { createPhraseMatcher, normalizePhrase } from './phrases.ts';

describe('createPhraseMatcher', () => {
  const m = createPhraseMatcher(['best app', 'best app ever', '#ad', "don't miss", 'Coca-Cola']);

  it('finds phrases on word edges only, longest first', () => {
    expect(m.matchAll('The best app ever!').map((x) => x.text)).toEqual(['best app ever']);
    expect(m.matchAll('#ad #admin bad').map((x) => x.text)).toEqual(['#ad']);
    expect(m.test('bestapp')).toBe(false);
  });

  it('treats spaces as any whitespace and either apostrophe', () => {
    expect(m.matchAll('Don’t\nmiss it').map((x) => [x.start, x.end, x.index])).toEqual([[0, 10, 3]]);
  });

  it('keeps UTF-16 offsets next to emoji, CJK and right-to-left text', () => {
    const text = '🎉可口Coca-Cola مرحبا';
    const [hit] = m.matchAll(text);
    expect(text.slice(hit!.start, hit!.end)).toBe('Coca-Cola');
  });

  it('does not split a word joined by a combining mark', () => {
    expect(createPhraseMatcher(['cafe']).test('cafe\u0301')).toBe(false);
  });

  it('is empty and inert for an empty list', () => {
    const none = createPhraseMatcher(['', '  ']);
    expect(none.size).toBe(0);
    expect(none.matchAll('anything')).toEqual([]);
    expect(none.test('anything')).toBe(false);
  });

  it('escapes regular-expression characters in phrases', () => {
    expect(createPhraseMatcher(['a+b (c)']).matchAll('x a+b (c) y')).toHaveLength(1);
  });
});

it('normalizePhrase ignores case, spacing and Unicode form', () => {
  expect(normalizePhrase('  Cafe\u0301   AU  lait ')).toBe(normalizePhrase('café au lait'));
});

it('matches a phrase written in an unspaced script inside a sentence of it', () => {
  const text = '大家都喝可口可乐吗';
  const [hit] = createPhraseMatcher(['可口可乐']).matchAll(text);
  expect(text.slice(hit!.start, hit!.end)).toBe('可口可乐');
});
