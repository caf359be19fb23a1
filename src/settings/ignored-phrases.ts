import { z } from '../core/zod.ts';

/**
 * The user's "Always ignore this phrase" list, kept in `storage.local` (it can outgrow `storage.sync`'s
 * per-item quota). Read defensively: a damaged list keeps every entry that is still valid, and says what it
 * dropped, so one bad value never switches the feature off.
 */
export const IGNORED_PHRASES_KEY = 'ignoredPhrases';
export const MAX_IGNORED_PHRASES = 5000;

const phraseSchema = z.string().trim().min(1).max(200);

/** The storage area methods this needs (a subset of `browser.storage.local`). */
export interface PhraseStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export function parseIgnoredPhrases(value: unknown): { phrases: string[]; problems: string[] } {
  if (value === undefined) return { phrases: [], problems: [] };
  if (!Array.isArray(value)) return { phrases: [], problems: [`${IGNORED_PHRASES_KEY} is not a list; it was reset`] };
  const phrases: string[] = [];
  const seen = new Set<string>();
  const problems: string[] = [];
  value.forEach((entry, index) => {
    const parsed = phraseSchema.safeParse(entry);
    if (!parsed.success) {
      problems.push(`${IGNORED_PHRASES_KEY}[${index}] was dropped: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      return;
    }
    const key = parsed.data.normalize('NFC').toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    phrases.push(parsed.data);
  });
  if (phrases.length > MAX_IGNORED_PHRASES) {
    problems.push(`${IGNORED_PHRASES_KEY} kept its newest ${MAX_IGNORED_PHRASES} phrases`);
    phrases.splice(0, phrases.length - MAX_IGNORED_PHRASES);
  }
  return { phrases, problems };
}

export async function readIgnoredPhrases(storage: PhraseStorage): Promise<{ phrases: string[]; problems: string[] }> {
  const stored = await storage.get(IGNORED_PHRASES_KEY);
  return parseIgnoredPhrases(stored[IGNORED_PHRASES_KEY]);
}

/** Adds `phrase` (if new) and returns the stored list. */
export async function addIgnoredPhrase(storage: PhraseStorage, phrase: string): Promise<string[]> {
  const { phrases } = await readIgnoredPhrases(storage);
  const updated = parseIgnoredPhrases([...phrases, phrase]).phrases;
  if (updated.length !== phrases.length) await storage.set({ [IGNORED_PHRASES_KEY]: updated });
  return updated;
}
