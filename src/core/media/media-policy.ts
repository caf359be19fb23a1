import '../zod-config.ts';
import * as z from 'zod/mini';
import { citations } from '../policy-citations.ts';
import type { PolicyCitation } from '../types.ts';

/**
 * The licences a policy can accept for media. "Free CC licences" are the two the Creative Commons calls free
 * cultural works besides CC0: BY and BY-SA. NC and ND licences are never free, so no policy can list them.
 */
export const mediaLicenceKinds = ['public-domain', 'cc0', 'cc-by', 'cc-by-sa'] as const;
export type MediaLicenceKind = (typeof mediaLicenceKinds)[number];

/** The media part of an organisation's policy. Owned media and media used with permission are always allowed. */
export const mediaPolicySchema = z.object({
  /** Shown in messages: "CIS-A2K's policy does not allow CC BY-SA". */
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  licences: z.array(z.enum(mediaLicenceKinds)).check(z.maxLength(mediaLicenceKinds.length)),
  /** Names that mark media as the organisation's own in a copyright, creator or rights field. */
  owners: z.array(z.string().check(z.minLength(2), z.maxLength(200))).check(z.maxLength(50)),
  /** The guideline line the media rule quotes. */
  policy: z.object({ source: z.string(), quote: z.string() }),
});
export type MediaPolicy = z.infer<typeof mediaPolicySchema>;

/** The Foundation's 2024/25 strategy: any free CC licence, public domain, owned, or with permission. */
export const wikimediaFoundationMedia: MediaPolicy = {
  name: 'Wikimedia Foundation',
  licences: ['public-domain', 'cc0', 'cc-by', 'cc-by-sa'],
  owners: ['Wikimedia Foundation', 'Wikimedia Foundation, Inc.'],
  policy: citations.mediaFreeLicences satisfies PolicyCitation,
};

/** CIS-A2K's best practices: CC0 or public domain only, besides owned media or written permission. */
export const cisA2kMedia: MediaPolicy = {
  name: 'CIS-A2K',
  licences: ['public-domain', 'cc0'],
  owners: ['CIS-A2K', 'Centre for Internet and Society', 'Centre for Internet & Society', 'The Centre for Internet and Society'],
  policy: citations.mediaCc0Only satisfies PolicyCitation,
};

/** The built-in organisation policies' media parts, by id (the options issue adds the rest of a policy). */
export const builtInMediaPolicies = { 'wikimedia-foundation': wikimediaFoundationMedia, 'cis-a2k': cisA2kMedia } as const;
export type BuiltInPolicyId = keyof typeof builtInMediaPolicies;
