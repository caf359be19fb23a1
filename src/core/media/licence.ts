import type { LicenceMetadata } from '../types.ts';
import type { MediaLicenceKind, MediaPolicy } from './media-policy.ts';

/** Every licence Guidepost can name; the free ones are those a policy may allow. */
export type RecognisedLicenceKind =
  | MediaLicenceKind
  | 'cc-by-nc'
  | 'cc-by-nd'
  | 'cc-by-nc-sa'
  | 'cc-by-nc-nd'
  | 'all-rights-reserved';

export interface RecognisedLicence {
  kind: RecognisedLicenceKind;
  /** How people write it: "CC BY-SA 4.0", "CC0", "Public domain", "All rights reserved". */
  label: string;
}

export type LicenceClass = 'allowed' | 'attribution' | 'not-allowed' | 'unknown';

export interface LicenceVerdict {
  class: LicenceClass;
  /** The licence recognised, when one was. */
  licence?: RecognisedLicence;
  /** Set when the media is the organisation's own (an owner name matched). */
  owned?: boolean;
  /** The author or rights holder, as the metadata names them. */
  author?: string;
  /** One short clause saying why, for the finding's message ("it is licensed CC BY-NC 4.0"). */
  reason: string;
}

const CC_NAMES: Record<string, RecognisedLicenceKind> = {
  by: 'cc-by',
  'by-sa': 'cc-by-sa',
  'by-nc': 'cc-by-nc',
  'by-nd': 'cc-by-nd',
  'by-nc-sa': 'cc-by-nc-sa',
  'by-nc-nd': 'cc-by-nc-nd',
};

/**
 * Recognises a licence from a URL or words ("https://creativecommons.org/licenses/by-sa/4.0/", "CC BY-SA 4.0",
 * "CC0", "Public domain", "All rights reserved"). Undefined when nothing is recognised.
 */
export function recogniseLicence(text: string | undefined): RecognisedLicence | undefined {
  if (!text) return undefined;
  const url = /creativecommons\.org\/licenses\/(by(?:-nc)?(?:-sa|-nd)?)\/(\d(?:\.\d)?)/i.exec(text);
  if (url) {
    const kind = CC_NAMES[url[1]!.toLowerCase()];
    if (kind) return { kind, label: `CC ${url[1]!.toUpperCase()} ${url[2]}` };
  }
  if (/creativecommons\.org\/publicdomain\/zero\//i.test(text) || /\bCC[\s-]?0\b|\bCC[\s-]?Zero\b/i.test(text)) return { kind: 'cc0', label: 'CC0' };
  if (/creativecommons\.org\/publicdomain\/mark\//i.test(text) || /\bpublic[\s-]domain\b|\bPD[\s-]?(?:mark|old|self|US)\b/i.test(text)) {
    return { kind: 'public-domain', label: 'Public domain' };
  }
  const words = /\bCC[\s-]+(BY(?:[\s-]+NC)?(?:[\s-]+(?:SA|ND))?)(?:[\s-]+(\d\.\d))?/i.exec(text);
  if (words) {
    const name = words[1]!.toLowerCase().replace(/[\s-]+/g, '-');
    const kind = CC_NAMES[name];
    if (kind) return { kind, label: `CC ${name.toUpperCase()}${words[2] ? ` ${words[2]}` : ''}` };
  }
  if (/\ball rights reserved\b/i.test(text)) return { kind: 'all-rights-reserved', label: 'All rights reserved' };
  return undefined;
}

/** Classifies an image's metadata against a policy. Placeholder until the media issue's classifier lands. */
export function classifyLicence(metadata: LicenceMetadata | undefined, policy: MediaPolicy): LicenceVerdict {
  void metadata;
  void policy;
  return { class: 'unknown', reason: 'no licence information' };
}

/** True when `text` credits the work: names its author and its licence. */
export function creditsWork(text: string, verdict: LicenceVerdict): boolean {
  void text;
  void verdict;
  return false;
}
