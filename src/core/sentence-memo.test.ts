import { expect, it } from 'vitest';
import { createSentenceMemo } from './sentence-memo.ts';

it('computes each key once and forgets the oldest beyond its limit', () => {
  const memo = createSentenceMemo<number>(2);
  let calls = 0;
  const length = (s: string) => memo(s, () => (calls++, s.length));
  expect([length('a'), length('bb'), length('a')]).toEqual([1, 2, 1]);
  expect(calls).toBe(2);
  length('ccc'); // evicts 'a'
  length('bb');
  expect(calls).toBe(3);
  length('a');
  expect(calls).toBe(4);
});
