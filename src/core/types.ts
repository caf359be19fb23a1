// zod/mini keeps the content script small: it only needs these two schemas, not the whole zod API.
import './zod-config.ts';
import * as z from 'zod/mini';

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
  text: z.string().check(z.maxLength(MAX_TEXT_LENGTH, `text is longer than ${MAX_TEXT_LENGTH} characters`)),
  reply: z.optional(z.boolean()),
  quoted: z.optional(z.string().check(z.maxLength(MAX_TEXT_LENGTH))),
  profile: z.optional(z.enum(profiles)),
  lang: z.optional(z.string().check(z.minLength(2), z.maxLength(35))),
  platform: z.optional(z.enum(platforms)),
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
  /** Set when the finding is in the quoted or reposted text; offsets then point into `quoted`. */
  quoted?: boolean;
}

export const suggestionSchema = z.object({ replacement: z.string(), label: z.string() });
export const findingSchema = z.object({
  rule: z.string(),
  category: z.enum(categories),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  severity: z.enum(severities),
  message: z.string(),
  explanation: z.string(),
  policy: z.object({ source: z.string(), quote: z.string() }),
  suggestions: z.optional(z.array(suggestionSchema)),
  quoted: z.optional(z.boolean()),
});
