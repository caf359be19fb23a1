import { describe, expect, it } from 'vitest';
import { addIgnoredPhrase, IGNORED_PHRASES_KEY, MAX_IGNORED_PHRASES, parseIgnoredPhrases, readIgnoredPhrases, type PhraseStorage } from './ignored-phrases.ts';

function memoryStorage(initial: Record<string, unknown> = {}): PhraseStorage & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => void Object.assign(data, structuredClone(items)),
  };
}

describe('ignored phrases', () => {
  it('keeps the valid entries of a damaged list and names what it dropped', () => {
    const { phrases, problems } = parseIgnoredPhrases(['Wikipedia rocks', 42, '', 'x'.repeat(201), 'wikipedia ROCKS', ' 维基百科 ']);
    expect(phrases).toEqual(['Wikipedia rocks', '维基百科']);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/ignoredPhrases\[1\] was dropped/);
  });

  it('resets a list that is not a list, and reads a missing one as empty', () => {
    expect(parseIgnoredPhrases({ oops: true })).toEqual({ phrases: [], problems: ['ignoredPhrases is not a list; it was reset'] });
    expect(parseIgnoredPhrases(undefined)).toEqual({ phrases: [], problems: [] });
  });

  it('caps the list, keeping the newest', () => {
    const many = Array.from({ length: MAX_IGNORED_PHRASES + 2 }, (_, i) => `phrase ${i}`);
    const { phrases, problems } = parseIgnoredPhrases(many);
    expect(phrases).toHaveLength(MAX_IGNORED_PHRASES);
    expect(phrases[0]).toBe('phrase 2');
    expect(problems).toHaveLength(1);
  });

  it('adds a phrase once, case-insensitively, and stores the repaired list', async () => {
    const storage = memoryStorage({ [IGNORED_PHRASES_KEY]: ['great job', 7] });
    expect(await addIgnoredPhrase(storage, 'Oh great')).toEqual(['great job', 'Oh great']);
    expect(await addIgnoredPhrase(storage, 'oh GREAT')).toEqual(['great job', 'Oh great']);
    expect(storage.data[IGNORED_PHRASES_KEY]).toEqual(['great job', 'Oh great']);
    expect((await readIgnoredPhrases(storage)).problems).toEqual([]);
  });
});
