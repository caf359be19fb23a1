/**
 * Whole-post rules run again on every keystroke, but a keystroke changes one sentence: such a rule keeps its
 * per-sentence work here, keyed by the sentence (and whatever else the work depends on). Bounded: the entry
 * stored longest ago goes first.
 */
export function createSentenceMemo<T>(limit = 500): (key: string, compute: () => T) => T {
  const remembered = new Map<string, T>();
  return (key, compute) => {
    if (remembered.has(key)) return remembered.get(key)!;
    const value = compute();
    if (remembered.size >= limit) remembered.delete(remembered.keys().next().value!);
    remembered.set(key, value);
    return value;
  };
}
