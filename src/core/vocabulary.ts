import { z } from './zod.ts';
import { createPhraseMatcher, normalizePhrase, type PhraseMatcher } from './phrases.ts';

const phraseList = (what: string) =>
  z
    .array(z.string().trim().min(1, `${what} must not be empty`).max(200, `${what} must be at most 200 characters`))
    .max(5000, `at most 5000 ${what}s`);

/**
 * The organisation-specific words the rules need. Organisation and project names replace the defaults when
 * given (another organisation is not Wikimedia); the other lists add to the built-in lexicons.
 */
export const vocabularySchema = z.object({
  organisations: phraseList('an organisation name').optional(),
  projects: phraseList('a project name').optional(),
  brands: phraseList('a brand name').default([]),
  candidates: phraseList('a candidate name').default([]),
  parties: phraseList('a party name').default([]),
  /** Phrases the user chose to "always ignore": a finding whose flagged text is one of them is dropped. */
  ignore: phraseList('an ignored phrase').default([]),
});
export type VocabularyInput = z.input<typeof vocabularySchema>;

/** The default organisation: the Wikimedia Foundation. */
export const defaultOrganisations = ['Wikimedia Foundation', 'Wikimedia', 'WMF'] as const;

/** Its projects and events. "Commons" alone is left out: "House of Commons" is politics, not Wikimedia. */
export const defaultProjects = [
  'Wikipedia', 'Wikipedian', 'Wikipedians', 'Wikimedia Commons', 'Wikidata', 'Wiktionary', 'Wikisource',
  'Wikivoyage', 'Wikibooks', 'Wikinews', 'Wikiquote', 'Wikiversity', 'Wikispecies', 'Wikifunctions',
  'MediaWiki', 'Meta-Wiki', 'Wikimania', 'Wiki Loves Monuments', 'Wiki Loves Earth', 'Wiki Loves Africa',
  'Wikimedian', 'Wikimedians',
] as const;

/** The vocabulary compiled once per analyser, as the rules use it. */
export interface Vocabulary {
  organisations: PhraseMatcher;
  projects: PhraseMatcher;
  /** Organisation or project names, for "does this post mention us?". */
  ownNames: PhraseMatcher;
  brands: PhraseMatcher;
  candidates: PhraseMatcher;
  parties: PhraseMatcher;
  /** The organisation's main name, for messages and suggestions. */
  organisationName: string;
  isIgnored(flagged: string): boolean;
}

export function compileVocabulary(input: z.output<typeof vocabularySchema>): Vocabulary {
  const organisations = input.organisations ?? [...defaultOrganisations];
  const projects = input.projects ?? [...defaultProjects];
  const ignored = new Set(input.ignore.map(normalizePhrase));
  return {
    organisations: createPhraseMatcher(organisations),
    projects: createPhraseMatcher(projects),
    ownNames: createPhraseMatcher([...organisations, ...projects]),
    brands: createPhraseMatcher(input.brands),
    candidates: createPhraseMatcher(input.candidates),
    parties: createPhraseMatcher(input.parties),
    organisationName: organisations[0] ?? 'the organisation',
    isIgnored: (flagged) => ignored.size > 0 && ignored.has(normalizePhrase(flagged)),
  };
}
