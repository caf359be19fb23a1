import type { CommonsFile } from '../types.ts';
import type { LicenceVerdict } from './licence.ts';
import type { MediaPolicy } from './media-policy.ts';

/** A link in a post to a Wikimedia Commons file (a file page, or an upload.wikimedia.org file or thumbnail). */
export interface CommonsLink {
  start: number;
  end: number;
  /** "File:Example photo.jpg": underscores as spaces, percent-escapes decoded. */
  title: string;
}

/** Every Commons file link in `text`, in order. Placeholder until the Commons part of the media issue lands. */
export function findCommonsLinks(text: string): CommonsLink[] {
  void text;
  return [];
}

/** Classifies a Commons file against a policy. */
export function classifyCommonsFile(file: CommonsFile, policy: MediaPolicy): LicenceVerdict {
  void file;
  void policy;
  return { class: 'unknown', reason: 'no licence information' };
}

/** The ready attribution: "Photo: <author>, <licence>, via Wikimedia Commons". */
export function commonsCredit(file: CommonsFile): string {
  return `Photo: ${file.author ?? 'unknown author'}, ${file.licence ?? 'unknown licence'}, via Wikimedia Commons`;
}

