import { z } from 'zod';

export const categories = [
  'endorsement/product',
  'endorsement/political',
  'conduct/dispute',
  'conduct/article-subject',
  'tone/sarcasm',
  'tone/unfriendly',
  'media/license',
  'media/alt-text',
  'voice/official',
  'voice/political-affiliation',
] as const;
export type Category = (typeof categories)[number];

export const severities = ['error', 'warning', 'info'] as const;
export type Severity = (typeof severities)[number];

export const platforms = ['x', 'bluesky', 'mastodon', 'threads'] as const;
export type Platform = (typeof platforms)[number];

export const profiles = ['official', 'personal'] as const;
export type Profile = (typeof profiles)[number];

/** Posts longer than this are analysed only up to the limit: no platform allows more, and typing must stay fast. */
export const MAX_TEXT_LENGTH = 100_000;

export const analyzeInputSchema = z.object({
  text: z.string().max(MAX_TEXT_LENGTH, `text is longer than ${MAX_TEXT_LENGTH} characters`),
  reply: z.boolean().optional(),
  quoted: z.string().max(MAX_TEXT_LENGTH).optional(),
  profile: z.enum(profiles).optional(),
  lang: z.string().min(2).max(35).optional(),
  platform: z.enum(platforms).optional(),
});
export type AnalyzeInput = z.infer<typeof analyzeInputSchema>;

/** The guideline a rule enforces: which seed document, and the line quoted from it. */
export interface PolicyCitation {
  source: string;
  quote: string;
}

export interface Suggestion {
  /** Replacement text for [start, end); an empty string removes the span. */
  replacement: string;
  label: string;
}

export interface Finding {
  rule: string;
  category: Category;
  /** UTF-16 code unit offsets into the analysed text, end exclusive. */
  start: number;
  end: number;
  severity: Severity;
  message: string;
  explanation: string;
  policy: PolicyCitation;
  suggestions?: Suggestion[];
}

export const suggestionSchema = z.object({ replacement: z.string(), label: z.string() });
export const findingSchema = z.object({
  rule: z.string(),
  category: z.enum(categories),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  severity: z.enum(severities),
  message: z.string(),
  explanation: z.string(),
  policy: z.object({ source: z.string(), quote: z.string() }),
  suggestions: z.array(suggestionSchema).optional(),
});
