/**
 * Reads an attached image's licence and ownership fields, in the background worker, from the first
 * MEDIA_HEAD_BYTES of the file (licence metadata sits in the first segments of JPEG, PNG and TIFF files).
 *
 * exifr is imported from its sources, core plus the JPEG, PNG and TIFF file parsers and the TIFF (EXIF) and
 * IPTC segment parsers: its prebuilt "lite" bundle has no IPTC or PNG, and "full" adds ICC, HEIC, JFIF, tag
 * dictionaries and Node fetch and fs fallbacks the worker never uses. Raw XMP packets are read by
 * xmp-licence-fields.ts.
 */
import { parse } from 'exifr/src/core.mjs';
import 'exifr/src/file-parsers/jpeg.mjs';
import 'exifr/src/file-parsers/png.mjs';
import 'exifr/src/file-parsers/tiff.mjs';
import 'exifr/src/segment-parsers/tiff-exif.mjs';
import 'exifr/src/segment-parsers/iptc.mjs';
import 'exifr/src/segment-parsers/xmp.mjs';
import type { LicenceMetadata } from '../core/types.ts';
import { readXmpLicenceFields } from './xmp-licence-fields.ts';

export interface LicenceMetadataResult {
  read: 'read' | 'failed';
  metadata?: LicenceMetadata;
}

const TAG_ARTIST = 0x013b;
const TAG_COPYRIGHT = 0x8298;
const IPTC_BYLINE = 80;
const IPTC_COPYRIGHT_NOTICE = 116;
const MAX_TEXT = 2000;

// One options object: exifr caches its parsed options by identity. Keys stay numeric (no tag dictionaries
// bundled), XMP stays a string, and errors are collected so one broken segment doesn't hide the others.
const EXIFR_OPTIONS = {
  tiff: true,
  ifd0: true,
  exif: false,
  gps: false,
  interop: false,
  ifd1: false,
  makerNote: false,
  userComment: false,
  xmp: { parse: false },
  iptc: true,
  icc: false,
  jfif: false,
  ihdr: false,
  translateKeys: false,
  translateValues: false,
  reviveValues: false,
  sanitize: false,
  mergeOutput: false,
  silentErrors: true,
  multiSegment: true,
  chunked: false,
};

/** Never throws: a file exifr can't parse, or one whose only metadata segment is broken, is "failed". */
export async function readLicenceMetadata(bytes: Uint8Array): Promise<LicenceMetadataResult> {
  let output: Record<string, unknown> | undefined;
  try {
    output = await parse(bytes, EXIFR_OPTIONS);
  } catch {
    return { read: 'failed' };
  }
  try {
    const metadata = licenceFields(output ?? {});
    if (Object.keys(metadata).length > 0) return { read: 'read', metadata };
    const errors = output?.errors;
    return Array.isArray(errors) && errors.length > 0 ? { read: 'failed' } : { read: 'read' };
  } catch {
    return { read: 'failed' };
  }
}

function licenceFields(output: Record<string, unknown>): LicenceMetadata {
  const ifd0 = record(output.ifd0);
  const iptc = record(output.iptc);
  const xmp = typeof output.xmp === 'string' ? readXmpLicenceFields(output.xmp) : {};
  const metadata: LicenceMetadata = {
    usageTerms: text(xmp.usageTerms),
    webStatement: text(xmp.webStatement),
    license: text(xmp.license),
    rights: text(xmp.rights),
    copyrightNotice: text(iptc[IPTC_COPYRIGHT_NOTICE]),
    copyright: text(ifd0[TAG_COPYRIGHT]),
    artist: text(ifd0[TAG_ARTIST]),
    creator: text(xmp.creator) ?? text(iptc[IPTC_BYLINE]),
    attributionName: text(xmp.attributionName),
    marked: marked(xmp.marked),
  };
  for (const key of Object.keys(metadata) as Array<keyof LicenceMetadata>) {
    if (metadata[key] === undefined) delete metadata[key];
  }
  return metadata;
}

function record(value: unknown): Record<string | number, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function marked(value: string | undefined): boolean | undefined {
  const word = value?.trim().toLowerCase();
  return word === 'true' ? true : word === 'false' ? false : undefined;
}

/**
 * One line of text: repeated IPTC datasets become a list, EXIF's "photographer\0editor" copyright two parts.
 * Cut to the schema's limit without splitting a surrogate pair.
 */
function text(value: unknown): string | undefined {
  const parts = (Array.isArray(value) ? value : [value]).filter((v): v is string | number => typeof v === 'string' || typeof v === 'number');
  const joined = parts
    .map(String)
    .flatMap((v) => v.split('\0'))
    .map((v) => v.replace(/[\s\u0000-\u001f]+/g, ' ').trim())
    .filter(Boolean)
    .join('; ');
  if (!joined) return undefined;
  if (joined.length <= MAX_TEXT) return joined;
  const cut = /[\ud800-\udbff]/.test(joined[MAX_TEXT - 1]!) ? MAX_TEXT - 1 : MAX_TEXT;
  return joined.slice(0, cut).trimEnd();
}
