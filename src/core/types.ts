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

const metadataText = z.optional(z.string().check(z.maxLength(2000)));

/**
 * The licence and ownership fields read from an image file's own metadata (XMP, IPTC, EXIF), as text. Read in
 * the background worker (src/media); classified by src/core/media/licence.ts against the organisation's policy.
 */
export const licenceMetadataSchema = z.object({
  /** XMP xmpRights:UsageTerms: the licence in words ("This work is licensed under CC BY-SA 4.0"). */
  usageTerms: metadataText,
  /** XMP xmpRights:WebStatement: a URL of the licence or rights statement. */
  webStatement: metadataText,
  /** XMP cc:license: the Creative Commons licence URL. */
  license: metadataText,
  /** XMP dc:rights. */
  rights: metadataText,
  /** IPTC CopyrightNotice (2:116). */
  copyrightNotice: metadataText,
  /** EXIF Copyright (IFD0 0x8298). */
  copyright: metadataText,
  /** EXIF Artist (IFD0 0x013B). */
  artist: metadataText,
  /** XMP dc:creator, or IPTC By-line (2:80). */
  creator: metadataText,
  /** XMP cc:attributionName: how the author asks to be credited. */
  attributionName: metadataText,
  /** XMP xmpRights:Marked: true for a rights-managed work, false for public domain. */
  marked: z.optional(z.boolean()),
});
export type LicenceMetadata = z.infer<typeof licenceMetadataSchema>;

/** One piece of media attached to a post, as the page shows it and as far as Guidepost could read its file. */
export const mediaAttachmentSchema = z.object({
  /** Stable while the attachment stays in the composer. */
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** The file name, when the file was seen. */
  name: z.optional(z.string().check(z.maxLength(255))),
  kind: z.enum(['image', 'video', 'other']),
  /** Whether the platform shows a description (alt text) for it; "unknown" where the page doesn't tell. */
  alt: z.enum(['present', 'missing', 'unknown']),
  /** "read": metadata was read (it may hold nothing); "unread": no file to read; "failed": unreadable or corrupt. */
  read: z.enum(['read', 'unread', 'failed']),
  metadata: z.optional(licenceMetadataSchema),
  /**
   * Whether the metadata names a licence or a rights holder, as the worker judged it when it read the file (so the
   * page needs no classifier to know which files to ask about).
   */
  licensed: z.optional(z.boolean()),
});
export type MediaAttachment = z.infer<typeof mediaAttachmentSchema>;

/** What the Wikimedia Commons API says about a file a post links to (the worker looks it up when allowed). */
export const commonsFileSchema = z.object({
  /** "File:Example.jpg", with spaces, as the API normalises it. */
  title: z.string().check(z.minLength(1), z.maxLength(300)),
  /** "found", or "missing" when Commons has no such file. */
  status: z.enum(['found', 'missing']),
  /** LicenseShortName, e.g. "CC BY-SA 4.0", "Public domain", "CC0". */
  licence: z.optional(z.string().check(z.maxLength(200))),
  licenceUrl: z.optional(z.string().check(z.maxLength(500))),
  /** The author as plain text (Artist, HTML removed). */
  author: z.optional(z.string().check(z.maxLength(500))),
  /** AttributionRequired. */
  attributionRequired: z.optional(z.boolean()),
  /** NonFree: the file is used under a fair-use claim. */
  nonFree: z.optional(z.boolean()),
  /** Copyrighted: "False" for public domain works. */
  copyrighted: z.optional(z.boolean()),
});
export type CommonsFile = z.infer<typeof commonsFileSchema>;

export const analyzeInputSchema = z.object({
  text: z.string().check(z.maxLength(MAX_TEXT_LENGTH, `text is longer than ${MAX_TEXT_LENGTH} characters`)),
  reply: z.optional(z.boolean()),
  quoted: z.optional(z.string().check(z.maxLength(MAX_TEXT_LENGTH))),
  profile: z.optional(z.enum(profiles)),
  lang: z.optional(z.string().check(z.minLength(2), z.maxLength(35))),
  platform: z.optional(z.enum(platforms)),
  /** Media attached to this post (checked for licence and alt text). */
  media: z.optional(z.array(mediaAttachmentSchema).check(z.maxLength(20))),
  /** Commons files the post links to, as looked up by the worker (never sent by a content script). */
  commons: z.optional(z.array(commonsFileSchema).check(z.maxLength(20))),
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
  /** The attachment (`MediaAttachment.id`) a media finding is about; its span is then empty. */
  media?: string;
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
  media: z.optional(z.string().check(z.maxLength(64))),
});
