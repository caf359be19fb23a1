import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { licenceMetadataSchema } from '../../src/core/types.ts';
import { MEDIA_HEAD_BYTES } from '../../src/messaging/protocol.ts';
import { readLicenceMetadata } from '../../src/media/read-licence-metadata.ts';
import { makeLicensedImages, type LicensedImageName, type LicensedImages } from '../tools/licensed-images.ts';

let images: LicensedImages;
beforeAll(async () => {
  images = await makeLicensedImages();
}, 60_000);

/** What the content script sends: the first MEDIA_HEAD_BYTES of the file. */
async function head(name: LicensedImageName): Promise<Uint8Array> {
  const bytes = await readFile(images[name].path);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, MEDIA_HEAD_BYTES));
}

describe('readLicenceMetadata on real files written by exiftool', () => {
  const cases: Array<[LicensedImageName, Record<string, unknown>]> = [
    ['cc0License', { license: 'https://creativecommons.org/publicdomain/zero/1.0/' }],
    ['publicDomainMark', { rights: 'Public Domain Mark 1.0', creator: 'Anna Atkins' }],
    ['markedFalse', { marked: false }],
    ['ccByCreator', { license: 'https://creativecommons.org/licenses/by/4.0/', creator: 'José Núñez' }],
    [
      'ccBySaWebStatement',
      { webStatement: 'https://creativecommons.org/licenses/by-sa/4.0/deed.de', marked: true, attributionName: '王小明' },
    ],
    [
      'ccBySaUsageTerms',
      {
        usageTerms: 'This work is licensed under the Creative Commons Attribution-ShareAlike 4.0 International License.',
        creator: 'محمد علي',
      },
    ],
    ['ccByNcIptc', { copyrightNotice: 'Jane Doe, CC BY-NC 4.0', creator: 'Jane Doe' }],
    ['ccByNdExif', { copyright: 'Max Mustermann (CC BY-ND 2.0)' }],
    ['allRightsReserved', { copyright: '© 2021 Jane Doe. All rights reserved.', artist: 'Jane Doe' }],
    ['ownedIptc', { copyrightNotice: '© Wikimedia Foundation' }],
    [
      'pngXmp',
      { license: 'http://creativecommons.org/licenses/by-sa/4.0/', creator: 'Jane Doe', rights: '© 2023 Jane Doe, CC BY-SA 4.0' },
    ],
  ];

  it.each(cases)('%s: reads exactly the fields written', async (name, expected) => {
    const result = await readLicenceMetadata(await head(name));
    expect(result).toEqual({ read: 'read', metadata: expected });
    expect(licenceMetadataSchema.safeParse(result.metadata).success).toBe(true);
  });

  it.each(['noMetadata', 'pngPlain'] as const)('%s: a file with no metadata is read, with nothing in it', async (name) => {
    const result = await readLicenceMetadata(await head(name));
    expect(result.read).toBe('read');
    expect(result.metadata ?? {}).toEqual({});
  });

  it('random bytes: failed', async () => {
    await expect(readLicenceMetadata(await head('corrupt'))).resolves.toEqual({ read: 'failed' });
  });

  it('a JPEG cut inside its XMP segment: failed, nothing invented from the half packet', async () => {
    await expect(readLicenceMetadata(await head('truncated'))).resolves.toEqual({ read: 'failed' });
  });

  it('the head of a 50 MB JPEG whose licence lies past 512 KiB: read, with nothing in it', async () => {
    const bytes = await head('hugeHead');
    expect(bytes.length).toBe(MEDIA_HEAD_BYTES);
    expect((await readFile(images.hugeHead.path)).equals(bytes)).toBe(true);
    const result = await readLicenceMetadata(bytes);
    expect(result.read).toBe('read');
    expect(result.metadata ?? {}).toEqual({});
  });

  it('the whole 50 MB file does carry the licence (so the head test above means something)', async () => {
    const whole = await readFile(images.huge.path);
    expect(whole.length).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    expect(whole.includes('creativecommons.org/licenses/by-sa/4.0/')).toBe(true);
    expect(whole.subarray(0, MEDIA_HEAD_BYTES).includes('creativecommons.org')).toBe(false);
  });

  it('every cut of a licensed JPEG and PNG resolves, never throws', async () => {
    for (const name of ['ccBySaUsageTerms', 'allRightsReserved', 'ccByNcIptc', 'pngXmp'] as const) {
      const bytes = await head(name);
      for (let cut = 0; cut <= bytes.length; cut += 7) {
        const result = await readLicenceMetadata(bytes.subarray(0, cut));
        expect(['read', 'failed']).toContain(result.read);
        if (result.metadata) expect(licenceMetadataSchema.safeParse(result.metadata).success).toBe(true);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// XMP shapes the exiftool files don't cover, in a PNG iTXt chunk built here (exifr does not check chunk CRCs).

function pngWithXmp(xmp: string): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'latin1');
    data.copy(out, 8);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const itxt = Buffer.concat([Buffer.from('XML:com.adobe.xmp\0\0\0\0\0', 'latin1'), Buffer.from(xmp, 'utf8')]);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', ihdr), chunk('iTXt', itxt), chunk('IEND', Buffer.alloc(0))]));
}

const packet = (description: string, namespaces = `xmlns:dc='http://purl.org/dc/elements/1.1/' xmlns:xmpRights='http://ns.adobe.com/xap/1.0/rights/' xmlns:cc='http://creativecommons.org/ns#'`) =>
  `<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description rdf:about='' ${namespaces}>${description}</rdf:Description></rdf:RDF></x:xmpmeta>`;

describe('readLicenceMetadata on XMP shapes', () => {
  it('a language alternative gives x-default, whatever its position', async () => {
    const xmp = packet(
      `<dc:rights><rdf:Alt><rdf:li xml:lang='de'>Alle Rechte vorbehalten</rdf:li><rdf:li xml:lang='x-default'>CC BY-SA 4.0</rdf:li></rdf:Alt></dc:rights>`,
    );
    expect((await readLicenceMetadata(pngWithXmp(xmp))).metadata).toEqual({ rights: 'CC BY-SA 4.0' });
  });

  it('a list of creators is joined; entities are decoded; whitespace is trimmed', async () => {
    const xmp = packet(
      `<dc:creator><rdf:Seq><rdf:li>  Jane &amp; John Doe </rdf:li><rdf:li>&#x738B;&#23567;明</rdf:li></rdf:Seq></dc:creator>`,
    );
    expect((await readLicenceMetadata(pngWithXmp(xmp))).metadata).toEqual({ creator: 'Jane & John Doe, 王小明' });
  });

  it('properties written as attributes, and prefixes other than the usual ones', async () => {
    const xmp = packet(
      ``,
      `xmlns:r='http://ns.adobe.com/xap/1.0/rights/' xmlns:lic='http://creativecommons.org/ns#' r:Marked='False' r:WebStatement='https://creativecommons.org/publicdomain/mark/1.0/' lic:attributionName="Ada &quot;A&quot; Lovelace"`,
    );
    expect((await readLicenceMetadata(pngWithXmp(xmp))).metadata).toEqual({
      marked: false,
      webStatement: 'https://creativecommons.org/publicdomain/mark/1.0/',
      attributionName: 'Ada "A" Lovelace',
    });
  });

  it('the older xapRights prefix is read as xmpRights', async () => {
    const xmp = packet(`<xapRights:UsageTerms>CC0</xapRights:UsageTerms>`, `xmlns:xapRights='http://ns.adobe.com/xap/1.0/rights/'`);
    expect((await readLicenceMetadata(pngWithXmp(xmp))).metadata).toEqual({ usageTerms: 'CC0' });
  });

  it('a value longer than the schema allows is cut to 2000 characters, never inside a surrogate pair', async () => {
    const long = `${'a'.repeat(1999)}😀${'b'.repeat(500)}`;
    const result = await readLicenceMetadata(pngWithXmp(packet(`<xmpRights:UsageTerms>${long}</xmpRights:UsageTerms>`)));
    expect(result.metadata?.usageTerms).toBe('a'.repeat(1999));
    expect(licenceMetadataSchema.safeParse(result.metadata).success).toBe(true);
  });

  it.each([
    ['unclosed tags', '<a:b>'],
    ['unclosed list items', '<dc:rights><rdf:Alt><rdf:li>'],
    ['open attributes', `<rdf:Description dc:rights="`],
    ['nested descriptions', '<rdf:Description>'],
    ['bare angle brackets', '<<<<'],
    ['repeated empty properties', '<dc:creator></dc:creator><dc:creator>'],
  ])('half a megabyte of malformed XMP (%s) is read in bounded time', async (_, unit) => {
    const xmp = packet(unit.repeat(Math.floor(MEDIA_HEAD_BYTES / unit.length)));
    const result = await readLicenceMetadata(pngWithXmp(xmp).subarray(0, MEDIA_HEAD_BYTES));
    expect(['read', 'failed']).toContain(result.read);
  });
});
