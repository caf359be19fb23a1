/**
 * Real image files with licence metadata, made at test time (nothing binary is committed): a small JPEG (jpeg-js)
 * and PNG (pngjs), copies of them with metadata written by exiftool, and files that are broken on purpose.
 * Unit tests read them with readLicenceMetadata; end-to-end tests attach them to the fixtures' composers.
 *
 *   const images = await makeLicensedImages();
 *   images.ccByNcIptc.path   // absolute path of a JPEG whose IPTC copyright notice says CC BY-NC 4.0
 *
 * Files are cached by content under test/.tmp/licensed-images/<hash of the recipes>/, so only the first run
 * (or one after a recipe changes) pays for exiftool; concurrent test workers each build in a private folder
 * and the first to finish wins the rename.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import * as jpeg from 'jpeg-js';
import { PNG } from 'pngjs';

const run = promisify(execFile);

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const LICENSED_IMAGES_DIR = join(ROOT, 'test/.tmp/licensed-images');
const EXIFTOOL = join(ROOT, 'node_modules/exiftool-vendored.pl/bin/exiftool');

/** What readLicenceMetadata reads from the first bytes of a file (MEDIA_HEAD_BYTES), so huge files are cut there. */
const HEAD_BYTES = 512 * 1024;
const HUGE_BYTES = 50 * 1024 * 1024;

type Class = 'allowed' | 'attribution' | 'not-allowed' | 'unknown';

interface Recipe {
  file: string;
  mime: 'image/jpeg' | 'image/png';
  /** What the file is, for test names. */
  description: string;
  /** The expected class under the Wikimedia Foundation's and CIS-A2K's built-in media policies. */
  classes: { 'wikimedia-foundation': Class; 'cis-a2k': Class };
  /** How it is made: exiftool arguments over a base image, or one of the broken files. */
  make:
    | { base: 'jpeg' | 'png'; exiftool: string[] }
    | { base: 'jpeg' | 'png'; plain: true }
    | { corrupt: true }
    | { truncatedFrom: string }
    | { huge: 'whole' | 'head' };
}

const recipe = <const R extends Record<string, Recipe>>(recipes: R) => recipes;

export const licensedImageRecipes = recipe({
  cc0License: {
    file: 'cc0-license.jpg',
    mime: 'image/jpeg',
    description: 'CC0 in XMP cc:license (a URL)',
    classes: { 'wikimedia-foundation': 'allowed', 'cis-a2k': 'allowed' },
    make: { base: 'jpeg', exiftool: ['-XMP-cc:License=https://creativecommons.org/publicdomain/zero/1.0/'] },
  },
  publicDomainMark: {
    file: 'public-domain-mark.jpg',
    mime: 'image/jpeg',
    description: 'the Public Domain Mark in XMP dc:rights',
    classes: { 'wikimedia-foundation': 'allowed', 'cis-a2k': 'allowed' },
    make: { base: 'jpeg', exiftool: ['-XMP-dc:Rights=Public Domain Mark 1.0', '-XMP-dc:Creator=Anna Atkins'] },
  },
  markedFalse: {
    file: 'marked-false.jpg',
    mime: 'image/jpeg',
    description: 'XMP xmpRights:Marked=False (public domain)',
    classes: { 'wikimedia-foundation': 'allowed', 'cis-a2k': 'allowed' },
    make: { base: 'jpeg', exiftool: ['-XMP-xmpRights:Marked=False'] },
  },
  ccByCreator: {
    file: 'cc-by-creator.jpg',
    mime: 'image/jpeg',
    description: 'CC BY 4.0 in XMP cc:license, author in dc:creator',
    classes: { 'wikimedia-foundation': 'attribution', 'cis-a2k': 'not-allowed' },
    make: {
      base: 'jpeg',
      exiftool: ['-XMP-cc:License=https://creativecommons.org/licenses/by/4.0/', '-XMP-dc:Creator=José Núñez'],
    },
  },
  ccBySaWebStatement: {
    file: 'cc-by-sa-web-statement.jpg',
    mime: 'image/jpeg',
    description: 'CC BY-SA 4.0 in XMP xmpRights:WebStatement (a deed URL), author in cc:attributionName',
    classes: { 'wikimedia-foundation': 'attribution', 'cis-a2k': 'not-allowed' },
    make: {
      base: 'jpeg',
      exiftool: [
        '-XMP-xmpRights:WebStatement=https://creativecommons.org/licenses/by-sa/4.0/deed.de',
        '-XMP-xmpRights:Marked=True',
        '-XMP-cc:AttributionName=王小明',
      ],
    },
  },
  ccBySaUsageTerms: {
    file: 'cc-by-sa-usage-terms.jpg',
    mime: 'image/jpeg',
    description: 'CC BY-SA 4.0 in words in XMP xmpRights:UsageTerms, author in dc:creator',
    classes: { 'wikimedia-foundation': 'attribution', 'cis-a2k': 'not-allowed' },
    make: {
      base: 'jpeg',
      exiftool: [
        '-XMP-xmpRights:UsageTerms=This work is licensed under the Creative Commons Attribution-ShareAlike 4.0 International License.',
        '-XMP-dc:Creator=محمد علي',
      ],
    },
  },
  ccByNcIptc: {
    file: 'cc-by-nc-iptc.jpg',
    mime: 'image/jpeg',
    description: 'CC BY-NC 4.0 in the IPTC copyright notice, author in IPTC By-line',
    classes: { 'wikimedia-foundation': 'not-allowed', 'cis-a2k': 'not-allowed' },
    make: { base: 'jpeg', exiftool: ['-IPTC:CopyrightNotice=Jane Doe, CC BY-NC 4.0', '-IPTC:By-line=Jane Doe'] },
  },
  ccByNdExif: {
    file: 'cc-by-nd-exif.jpg',
    mime: 'image/jpeg',
    description: 'CC BY-ND 2.0 in EXIF Copyright',
    classes: { 'wikimedia-foundation': 'not-allowed', 'cis-a2k': 'not-allowed' },
    make: { base: 'jpeg', exiftool: ['-EXIF:Copyright=Max Mustermann (CC BY-ND 2.0)'] },
  },
  allRightsReserved: {
    file: 'all-rights-reserved.jpg',
    mime: 'image/jpeg',
    description: '“All rights reserved” in EXIF Copyright, with EXIF Artist',
    classes: { 'wikimedia-foundation': 'not-allowed', 'cis-a2k': 'not-allowed' },
    make: { base: 'jpeg', exiftool: ['-EXIF:Copyright=© 2021 Jane Doe. All rights reserved.', '-EXIF:Artist=Jane Doe'] },
  },
  ownedIptc: {
    file: 'owned-iptc.jpg',
    mime: 'image/jpeg',
    description: 'owned: IPTC copyright notice “© Wikimedia Foundation”',
    classes: { 'wikimedia-foundation': 'allowed', 'cis-a2k': 'not-allowed' },
    make: { base: 'jpeg', exiftool: ['-IPTC:CopyrightNotice=© Wikimedia Foundation'] },
  },
  noMetadata: {
    file: 'no-metadata.jpg',
    mime: 'image/jpeg',
    description: 'a JPEG with no metadata at all',
    classes: { 'wikimedia-foundation': 'unknown', 'cis-a2k': 'unknown' },
    make: { base: 'jpeg', plain: true },
  },
  pngXmp: {
    file: 'png-xmp.png',
    mime: 'image/png',
    description: 'a PNG with XMP: CC BY-SA 4.0 in cc:license, dc:creator and dc:rights',
    classes: { 'wikimedia-foundation': 'attribution', 'cis-a2k': 'not-allowed' },
    make: {
      base: 'png',
      exiftool: [
        '-XMP-cc:License=http://creativecommons.org/licenses/by-sa/4.0/',
        '-XMP-dc:Creator=Jane Doe',
        '-XMP-dc:Rights=© 2023 Jane Doe, CC BY-SA 4.0',
      ],
    },
  },
  pngPlain: {
    file: 'png-plain.png',
    mime: 'image/png',
    description: 'a PNG with no metadata at all',
    classes: { 'wikimedia-foundation': 'unknown', 'cis-a2k': 'unknown' },
    make: { base: 'png', plain: true },
  },
  corrupt: {
    file: 'corrupt.jpg',
    mime: 'image/jpeg',
    description: 'random bytes named .jpg',
    classes: { 'wikimedia-foundation': 'unknown', 'cis-a2k': 'unknown' },
    make: { corrupt: true },
  },
  truncated: {
    file: 'truncated.jpg',
    mime: 'image/jpeg',
    description: 'a JPEG cut in the middle of its XMP segment',
    classes: { 'wikimedia-foundation': 'unknown', 'cis-a2k': 'unknown' },
    make: { truncatedFrom: 'ccBySaUsageTerms' as const },
  },
  huge: {
    file: 'huge.jpg',
    mime: 'image/jpeg',
    description: 'a 50 MB JPEG: 50 MB of comment segments, then a CC BY-SA licence past the first 512 KiB',
    classes: { 'wikimedia-foundation': 'unknown', 'cis-a2k': 'unknown' },
    make: { huge: 'whole' },
  },
  hugeHead: {
    file: 'huge-head.jpg',
    mime: 'image/jpeg',
    description: 'the first 512 KiB of huge.jpg, as the content script sends it',
    classes: { 'wikimedia-foundation': 'unknown', 'cis-a2k': 'unknown' },
    make: { huge: 'head' },
  },
});

export type LicensedImageName = keyof typeof licensedImageRecipes;
export const licensedImageNames = Object.keys(licensedImageRecipes) as LicensedImageName[];

export interface LicensedImage {
  name: LicensedImageName;
  /** Absolute path. */
  path: string;
  /** The file's name, as a page would show it. */
  file: string;
  mime: Recipe['mime'];
  description: string;
  classes: Recipe['classes'];
}
export type LicensedImages = { [N in LicensedImageName]: LicensedImage };

/** The licence the huge file carries past its head: found in the whole file, never in the part that is read. */
const HUGE_SOURCE_ARGS = ['-XMP-cc:License=https://creativecommons.org/licenses/by-sa/4.0/', '-XMP-dc:Creator=Jane Doe'];

// Bump when the way files are made changes without the recipes changing.
const GENERATOR_VERSION = 1;

/** Makes (or finds in the cache) every test image; `root` defaults to test/.tmp/licensed-images. */
export async function makeLicensedImages(root: string = LICENSED_IMAGES_DIR): Promise<LicensedImages> {
  const key = createHash('sha256')
    .update(JSON.stringify({ GENERATOR_VERSION, licensedImageRecipes, HUGE_SOURCE_ARGS, HEAD_BYTES, HUGE_BYTES }))
    .digest('hex')
    .slice(0, 16);
  const dir = join(root, key);
  if (!existsSync(join(dir, '.complete'))) await build(dir);
  const images = {} as Record<LicensedImageName, LicensedImage>;
  for (const name of licensedImageNames) {
    const { file, mime, description, classes } = licensedImageRecipes[name] as Recipe;
    images[name] = { name, path: join(dir, file), file, mime, description, classes };
  }
  return images;
}

async function build(dir: string): Promise<void> {
  const work = `${dir}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await mkdir(work, { recursive: true });
  try {
    await writeFile(join(work, 'base.jpg'), baseJpeg());
    await writeFile(join(work, 'base.png'), basePng());

    // One exiftool process for every file: perl starts once, not once per image.
    const args: string[] = ['-charset', 'utf8'];
    const edited: string[] = [];
    for (const name of licensedImageNames) {
      const r = licensedImageRecipes[name] as Recipe;
      if (!('base' in r.make)) continue;
      const base = r.make.base === 'jpeg' ? 'base.jpg' : 'base.png';
      if ('plain' in r.make) {
        await writeFile(join(work, r.file), await readFile(join(work, base)));
      } else {
        args.push(...r.make.exiftool, '-o', r.file, base, '-execute');
        edited.push(r.file);
      }
    }
    args.push(...HUGE_SOURCE_ARGS, '-o', 'huge-source.jpg', 'base.jpg', '-execute');
    // Each argument on its own line; exiftool reads the file as UTF-8, so names in any script survive.
    await writeFile(join(work, 'args.txt'), `${args.join('\n')}\n`);
    await run('perl', [EXIFTOOL, '-q', '-@', 'args.txt'], { cwd: work });
    for (const file of edited) if (!existsSync(join(work, file))) throw new Error(`exiftool did not write ${file}`);

    await writeFile(join(work, 'corrupt.jpg'), seededBytes(64 * 1024, 0x5eed));
    const truncatedFrom = licensedImageRecipes[licensedImageRecipes.truncated.make.truncatedFrom];
    await writeFile(join(work, 'truncated.jpg'), cutInXmp(await readFile(join(work, truncatedFrom.file))));
    await writeHuge(join(work, 'huge.jpg'), join(work, 'huge-head.jpg'), await readFile(join(work, 'huge-source.jpg')));
    await rm(join(work, 'args.txt'));
    await writeFile(join(work, '.complete'), '');
    await mkdir(join(dir, '..'), { recursive: true });
    try {
      await rename(work, dir);
    } catch (error) {
      // Another worker finished first: its files are the same.
      if (!existsSync(join(dir, '.complete'))) throw error;
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** A 64×48 colour gradient: enough for a real image, small enough to encode in a millisecond. */
function pixels(width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      data[i] = (x * 255) / width;
      data[i + 1] = (y * 255) / height;
      data[i + 2] = 160;
      data[i + 3] = 255;
    }
  }
  return data;
}

function baseJpeg(): Buffer {
  return jpeg.encode({ width: 64, height: 48, data: pixels(64, 48) }, 80).data;
}

function basePng(): Buffer {
  const png = new PNG({ width: 64, height: 48 });
  pixels(64, 48).copy(png.data);
  return PNG.sync.write(png);
}

/** Deterministic noise (xorshift), so the corrupt file is the same on every machine. */
function seededBytes(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let s = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    out[i] = s & 0xff;
  }
  // Never start like a JPEG, PNG or TIFF by chance.
  out[0] = 0x00;
  return out;
}

/** The JPEG's segments before its image data: [marker, start, end) of each. */
function jpegSegments(bytes: Buffer): Array<{ marker: number; start: number; end: number }> {
  const segments: Array<{ marker: number; start: number; end: number }> = [];
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    const end = at + 2 + bytes.readUInt16BE(at + 2);
    segments.push({ marker, start: at, end });
    if (marker === 0xda) break;
    at = end;
  }
  return segments;
}

/** Cuts a JPEG halfway through its XMP segment (APP1 starting "http://ns.adobe.com/xap/1.0/"). */
function cutInXmp(bytes: Buffer): Buffer {
  const xmp = jpegSegments(bytes).find((s) => s.marker === 0xe1 && bytes.toString('latin1', s.start + 4, s.start + 32).startsWith('http://ns.adobe.com/xap'));
  if (!xmp) throw new Error('no XMP segment to cut');
  return bytes.subarray(0, Math.floor((xmp.start + xmp.end) / 2));
}

/**
 * A valid 50 MB JPEG: SOI, then comment (COM) segments of filler up to 50 MB, then the source file's own
 * segments (its XMP licence among them). Only comments fit in the first 512 KiB, and the head ends inside one.
 */
async function writeHuge(path: string, headPath: string, source: Buffer): Promise<void> {
  const comment = Buffer.alloc(0xffff + 2, 0x20);
  comment[0] = 0xff;
  comment[1] = 0xfe;
  comment.writeUInt16BE(0xffff, 2);
  comment.write('Guidepost test filler', 4, 'latin1');
  const count = Math.ceil(HUGE_BYTES / comment.length);
  const handle = await open(path, 'w');
  try {
    await handle.write(source.subarray(0, 2));
    for (let i = 0; i < count; i++) await handle.write(comment);
    await handle.write(source.subarray(2));
  } finally {
    await handle.close();
  }
  const head = Buffer.alloc(HEAD_BYTES);
  const reader = await open(path, 'r');
  try {
    await reader.read(head, 0, HEAD_BYTES, 0);
  } finally {
    await reader.close();
  }
  await writeFile(headPath, head);
}
