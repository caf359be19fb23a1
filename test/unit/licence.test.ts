import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  classifyLicence,
  copyrightHolder,
  creditsWork,
  licenceUnknown,
  recogniseLicence,
  type LicenceVerdict,
} from '../../src/core/media/licence.ts';
import { cisA2kMedia, wikimediaFoundationMedia, type MediaPolicy } from '../../src/core/media/media-policy.ts';
import type { LicenceMetadata, MediaAttachment } from '../../src/core/types.ts';
import { MEDIA_HEAD_BYTES } from '../../src/messaging/protocol.ts';
import { readLicenceMetadata } from '../../src/media/read-licence-metadata.ts';
import { licensedImageNames, makeLicensedImages, type LicensedImages } from '../tools/licensed-images.ts';

describe('recogniseLicence', () => {
  const table: Array<[string, string | undefined, string?]> = [
    // [text, kind, label]
    ['https://creativecommons.org/licenses/by-sa/4.0/', 'cc-by-sa', 'CC BY-SA 4.0'],
    ['http://creativecommons.org/licenses/by-sa/4.0/deed.de', 'cc-by-sa', 'CC BY-SA 4.0'],
    ['https://creativecommons.org/licenses/by/4.0/legalcode.fr', 'cc-by', 'CC BY 4.0'],
    ['https://creativecommons.org/licenses/by/2.0/de/deed.en', 'cc-by', 'CC BY 2.0 DE'],
    ['https://creativecommons.org/licenses/by-sa/3.0/igo/', 'cc-by-sa', 'CC BY-SA 3.0 IGO'],
    ['http://creativecommons.org/licenses/by-nd-nc/1.0/', 'cc-by-nc-nd', 'CC BY-NC-ND 1.0'],
    ['https://creativecommons.org/licenses/by-nc-sa/4.0/', 'cc-by-nc-sa', 'CC BY-NC-SA 4.0'],
    ['https://creativecommons.org/publicdomain/zero/1.0/deed.hi', 'cc0', 'CC0'],
    ['https://creativecommons.org/publicdomain/mark/1.0/', 'public-domain', 'Public domain'],
    ['CC BY-SA 4.0', 'cc-by-sa', 'CC BY-SA 4.0'],
    ['CC-BY-SA-4.0', 'cc-by-sa', 'CC BY-SA 4.0'],
    ['cc by sa', 'cc-by-sa', 'CC BY-SA'],
    ['CC BY‑SA 3.0', 'cc-by-sa', 'CC BY-SA 3.0'],
    ['CC BY 2.0 DE', 'cc-by', 'CC BY 2.0 DE'],
    ['CC BY 4.0 by Jane Doe', 'cc-by', 'CC BY 4.0'],
    ['CC BY-NC 4.0', 'cc-by-nc', 'CC BY-NC 4.0'],
    ['CC BY-ND 2.0', 'cc-by-nd', 'CC BY-ND 2.0'],
    ['CC BY-NC-ND 4.0', 'cc-by-nc-nd', 'CC BY-NC-ND 4.0'],
    ['Creative Commons Attribution-ShareAlike 4.0 International', 'cc-by-sa', 'CC BY-SA 4.0'],
    ['Creative Commons Attribution Share Alike 3.0 Unported', 'cc-by-sa', 'CC BY-SA 3.0'],
    ['Creative Commons Attribution 4.0', 'cc-by', 'CC BY 4.0'],
    ['Attribution-NonCommercial-NoDerivatives 4.0 International', 'cc-by-nc-nd', 'CC BY-NC-ND 4.0'],
    ['Attribution 4.0 International', 'cc-by', 'CC BY 4.0'],
    ['CC0', 'cc0', 'CC0'],
    ['CC0 1.0 Universal Public Domain Dedication', 'cc0', 'CC0'],
    ['CC-0', 'cc0', 'CC0'],
    ['Public Domain Mark 1.0', 'public-domain', 'Public domain'],
    ['public domain', 'public-domain', 'Public domain'],
    ['No Copyright', 'public-domain', 'Public domain'],
    ['PD-old', 'public-domain', 'Public domain'],
    ['© 2021 Jane Doe. All rights reserved.', 'all-rights-reserved', 'All rights reserved'],
    ['Alle Rechte vorbehalten', 'all-rights-reserved', 'All rights reserved'],
    ['Tous droits réservés', 'all-rights-reserved', 'All rights reserved'],
    ['No Copyright - United States', 'public-domain', 'Public domain'],
    // Negations and reserved rights are not the public domain (an image so marked was passing silently).
    ['This image is not in the public domain. All rights reserved.', 'all-rights-reserved', 'All rights reserved'],
    ['This photo is not in the public domain', undefined],
    ['It isn’t public domain', undefined],
    ['No copyright infringement intended', undefined],
    ['Some rights reserved', undefined],
    ['GFDL', undefined],
    ['Jane Doe', undefined],
    ['Attribution required', undefined],
    ['https://example.org/licensing', undefined],
    ['ACCBY', undefined],
    ['', undefined],
  ];
  it.each(table)('%j → %s', (text, kind, label) => {
    const licence = recogniseLicence(text);
    expect(licence?.kind).toBe(kind);
    if (label) expect(licence?.label).toBe(label);
  });
});

describe('copyrightHolder', () => {
  it.each([
    ['© 2021 Jane Doe. All rights reserved.', 'Jane Doe'],
    ['Copyright (c) 2019–2021 J. R. Smith', 'J. R. Smith'],
    ['Jane Doe, CC BY-NC 4.0', 'Jane Doe'],
    ['© Wikimedia Foundation', 'Wikimedia Foundation'],
    ['© 2020 王小明', '王小明'],
    ['Public Domain Mark 1.0', undefined],
    ['© 2021', undefined],
  ])('%j → %j', (notice, holder) => {
    expect(copyrightHolder(notice)).toBe(holder);
  });
});

const verdict = (metadata: LicenceMetadata, policy: MediaPolicy) => classifyLicence(metadata, policy);

describe('classifyLicence', () => {
  type Row = [string, LicenceMetadata, Partial<LicenceVerdict>, Partial<LicenceVerdict>];
  // [what, metadata, under the Wikimedia Foundation's policy, under CIS-A2K's]
  const rows: Row[] = [
    [
      'CC0 in cc:license',
      { license: 'https://creativecommons.org/publicdomain/zero/1.0/' },
      { class: 'allowed', licence: { kind: 'cc0', label: 'CC0' } },
      { class: 'allowed', licence: { kind: 'cc0', label: 'CC0' } },
    ],
    [
      'the Public Domain Mark in the web statement',
      { webStatement: 'https://creativecommons.org/publicdomain/mark/1.0/', creator: 'Anna Atkins' },
      { class: 'allowed', licence: { kind: 'public-domain', label: 'Public domain' }, author: 'Anna Atkins' },
      { class: 'allowed', licence: { kind: 'public-domain', label: 'Public domain' } },
    ],
    [
      'xmpRights:Marked false',
      { marked: false },
      { class: 'allowed', licence: { kind: 'public-domain', label: 'Public domain' } },
      { class: 'allowed' },
    ],
    [
      'CC BY 4.0 with a creator',
      { license: 'https://creativecommons.org/licenses/by/4.0/', creator: 'José Núñez' },
      { class: 'attribution', licence: { kind: 'cc-by', label: 'CC BY 4.0' }, author: 'José Núñez', reason: 'it is licensed CC BY 4.0' },
      {
        class: 'not-allowed',
        author: 'José Núñez',
        reason: 'CIS-A2K’s policy allows only CC0 and public domain, and it is licensed CC BY 4.0',
      },
    ],
    [
      'CC BY-SA in words, attribution name preferred over creator',
      { usageTerms: 'Licensed under Creative Commons Attribution-ShareAlike 4.0 International', creator: 'M. Ali', attributionName: 'محمد علي' },
      { class: 'attribution', licence: { kind: 'cc-by-sa', label: 'CC BY-SA 4.0' }, author: 'محمد علي' },
      { class: 'not-allowed', reason: 'CIS-A2K’s policy allows only CC0 and public domain, and it is licensed CC BY-SA 4.0' },
    ],
    [
      'CC BY-NC in the IPTC notice',
      { copyrightNotice: 'Jane Doe, CC BY-NC 4.0' },
      { class: 'not-allowed', licence: { kind: 'cc-by-nc', label: 'CC BY-NC 4.0' }, author: 'Jane Doe', reason: 'it is licensed CC BY-NC 4.0' },
      { class: 'not-allowed', reason: 'it is licensed CC BY-NC 4.0' },
    ],
    [
      'CC BY-ND in EXIF Copyright',
      { copyright: 'Max Mustermann (CC BY-ND 2.0)' },
      { class: 'not-allowed', reason: 'it is licensed CC BY-ND 2.0', author: 'Max Mustermann' },
      { class: 'not-allowed', reason: 'it is licensed CC BY-ND 2.0' },
    ],
    [
      'all rights reserved',
      { copyright: '© 2021 Jane Doe. All rights reserved.', artist: 'Jane D.' },
      { class: 'not-allowed', licence: { kind: 'all-rights-reserved', label: 'All rights reserved' }, author: 'Jane D.', reason: 'it is marked “All rights reserved”' },
      { class: 'not-allowed', reason: 'it is marked “All rights reserved”' },
    ],
    [
      'a copyright notice naming someone else, no licence',
      { copyrightNotice: '© 2020 Getty Images' },
      { class: 'not-allowed', author: 'Getty Images', reason: 'its copyright notice names Getty Images and gives no licence' },
      { class: 'not-allowed', reason: 'its copyright notice names Getty Images and gives no licence' },
    ],
    [
      'owned by the Foundation (IPTC)',
      { copyrightNotice: '© Wikimedia Foundation' },
      { class: 'allowed', owned: true, reason: 'it is Wikimedia Foundation’s own' },
      { class: 'not-allowed', reason: 'its copyright notice names Wikimedia Foundation and gives no licence' },
    ],
    [
      'owned by CIS-A2K (creator, other punctuation and case)',
      { creator: 'centre for internet and society', copyright: '© 2022 Centre for Internet & Society. All rights reserved.' },
      { class: 'not-allowed', reason: 'it is marked “All rights reserved”' },
      { class: 'allowed', owned: true, reason: 'it is CIS-A2K’s own' },
    ],
    [
      'owned, even under a licence the policy does not allow',
      { license: 'https://creativecommons.org/licenses/by-sa/4.0/', rights: '© 2024 Wikimedia Foundation, Inc.' },
      { class: 'allowed', owned: true },
      { class: 'not-allowed' },
    ],
    [
      'a licence wins over an all-rights-reserved notice elsewhere',
      { license: 'https://creativecommons.org/licenses/by-sa/4.0/', copyright: 'All rights reserved' },
      { class: 'attribution', licence: { kind: 'cc-by-sa', label: 'CC BY-SA 4.0' } },
      { class: 'not-allowed' },
    ],
    [
      'a CC BY 2.0 DE port',
      { usageTerms: 'CC BY 2.0 DE' },
      { class: 'attribution', licence: { kind: 'cc-by', label: 'CC BY 2.0 DE' } },
      { class: 'not-allowed' },
    ],
    ['no metadata', {}, { class: 'unknown' }, { class: 'unknown' }],
    ['only a creator', { creator: 'Jane Doe' }, { class: 'unknown', author: 'Jane Doe' }, { class: 'unknown' }],
    ['an unrecognised web statement', { webStatement: 'https://example.org/rights' }, { class: 'unknown' }, { class: 'unknown' }],
    ['marked true, nothing else', { marked: true }, { class: 'unknown' }, { class: 'unknown' }],
  ];

  it.each(rows)('%s', (_, metadata, wmf, cis) => {
    expect(verdict(metadata, wikimediaFoundationMedia)).toMatchObject(wmf);
    expect(verdict(metadata, cisA2kMedia)).toMatchObject(cis);
  });

  it('undefined metadata is unknown', () => {
    expect(classifyLicence(undefined, wikimediaFoundationMedia).class).toBe('unknown');
  });

  it('not-allowed and attribution verdicts always carry a reason a sentence can use', () => {
    for (const [, metadata] of rows) {
      for (const policy of [wikimediaFoundationMedia, cisA2kMedia]) {
        const v = verdict(metadata, policy);
        expect(v.reason).toMatch(/^(it|its|CIS-A2K’s|Wikimedia Foundation’s) /);
        expect(v.reason).not.toMatch(/\.$/);
      }
    }
  });

  it('a notice that only mentions the organisation is not its ownership; one naming it among holders is', () => {
    const rights = 'Photo courtesy of the Wikimedia Foundation archive; © Getty Images';
    expect(classifyLicence({ rights }, wikimediaFoundationMedia)).toMatchObject({ class: 'not-allowed' });
    expect(classifyLicence({ copyright: '© 2020 Jane Doe and Wikimedia Foundation' }, wikimediaFoundationMedia)).toMatchObject({ class: 'allowed', owned: true });
  });

  it('an owner name must match whole words', () => {
    const policy: MediaPolicy = { ...wikimediaFoundationMedia, owners: ['ACME'] };
    expect(classifyLicence({ creator: 'ACMEX Photo' }, policy).owned).toBeUndefined();
    expect(classifyLicence({ creator: 'Photo: Acmé' }, policy).owned).toBe(true);
  });

  it('a policy that allows only CC BY turns CC BY-SA away, naming what it allows', () => {
    const policy: MediaPolicy = { ...wikimediaFoundationMedia, name: 'Example', licences: ['cc-by'] };
    expect(classifyLicence({ usageTerms: 'CC BY-SA 4.0' }, policy)).toMatchObject({
      class: 'not-allowed',
      reason: 'Example’s policy allows only CC BY, and it is licensed CC BY-SA 4.0',
    });
  });
});

describe('licenceUnknown', () => {
  const attachment = (read: MediaAttachment['read'], metadata?: LicenceMetadata): MediaAttachment => ({
    id: 'a1',
    kind: 'image',
    alt: 'present',
    read,
    ...(metadata ? { metadata } : {}),
  });
  it.each([
    ['unread', attachment('unread'), true],
    ['failed', attachment('failed'), true],
    ['read, nothing in it', attachment('read'), true],
    ['read, empty', attachment('read', {}), true],
    ['only a creator', attachment('read', { creator: 'Jane Doe' }), true],
    ['marked true only', attachment('read', { marked: true }), true],
    ['CC BY-SA', attachment('read', { license: 'https://creativecommons.org/licenses/by-sa/4.0/' }), false],
    ['CC BY-NC', attachment('read', { copyrightNotice: 'CC BY-NC 4.0' }), false],
    ['a copyright notice', attachment('read', { copyright: '© Jane Doe' }), false],
    ['marked false', attachment('read', { marked: false }), false],
  ])('%s → %s', (_, a, expected) => {
    expect(licenceUnknown(a)).toBe(expected);
  });
});

describe('creditsWork', () => {
  const attribution = (author: string | undefined, label: string, kind: 'cc-by' | 'cc-by-sa' = 'cc-by-sa'): LicenceVerdict => ({
    class: 'attribution',
    licence: { kind, label },
    ...(author ? { author } : {}),
    reason: `it is licensed ${label}`,
  });

  const table: Array<[string, LicenceVerdict, boolean]> = [
    ['Photo: Jane Doe, CC BY-SA 4.0', attribution('Jane Doe', 'CC BY-SA 4.0'), true],
    ['photo by jane   doe (cc-by-sa)', attribution('Jane Doe', 'CC BY-SA 4.0'), true],
    ['Jane Doe, CC BY SA', attribution('Jane Doe', 'CC BY-SA 4.0'), true],
    ['Jane Doe, CC-BY-SA-4.0', attribution('Jane Doe', 'CC BY-SA 4.0'), true],
    ['Jane Doe, Creative Commons Attribution-ShareAlike 4.0', attribution('Jane Doe', 'CC BY-SA 4.0'), true],
    ['Jane Doe, creativecommons.org/licenses/by-sa/4.0', attribution('Jane Doe', 'CC BY-SA 4.0'), true],
    ['Photo: @JaneDoe, CC BY-SA 4.0', attribution('Jane Doe', 'CC BY-SA 4.0'), true],
    ['Photo: @jane_doe@mastodon.social, CC BY-SA', attribution('Jane Doe', 'CC BY-SA 4.0'), true],
    ['Photo: @janedoe.bsky.social, CC BY-SA', attribution('Jane Doe', 'CC BY-SA 4.0'), true],
    ['Photo: José Núñez, CC BY 4.0', attribution('José Núñez', 'CC BY 4.0', 'cc-by'), true],
    ['Photo: JOSE NUNEZ, CC BY 4.0', attribution('José Núñez', 'CC BY 4.0', 'cc-by'), true],
    ['Foto: Jose Nunez, CC BY', attribution('José Núñez', 'CC BY 4.0', 'cc-by'), true],
    ['摄影：王小明，CC BY-SA 4.0', attribution('王小明', 'CC BY-SA 4.0'), true],
    ['王小明摄，CC BY-SA', attribution('王小明', 'CC BY-SA 4.0'), true],
    ['تصوير: محمد علي، CC BY-SA 4.0', attribution('محمد علي', 'CC BY-SA 4.0'), true],
    ['Photo: Jane Doe and John Roe, CC BY-SA 4.0', attribution('Jane Doe, John Roe', 'CC BY-SA 4.0'), true],
    ['Photo: CC BY-SA 4.0', attribution(undefined, 'CC BY-SA 4.0'), true],
    ['Photo: CC BY 2.0', attribution(undefined, 'CC BY 2.0 DE', 'cc-by'), true],
    // missing or wrong parts
    ['Photo: Jane Doe', attribution('Jane Doe', 'CC BY-SA 4.0'), false],
    ['Photo: CC BY-SA 4.0', attribution('Jane Doe', 'CC BY-SA 4.0'), false],
    ['Photo: Jane, CC BY-SA 4.0', attribution('Jane Doe', 'CC BY-SA 4.0'), false],
    ['Photo: Jane Does, CC BY-SA 4.0', attribution('Jane Doe', 'CC BY-SA 4.0'), false],
    ['Photo: MaryJane Doe, CC BY-SA 4.0', attribution('Jane Doe', 'CC BY-SA 4.0'), false],
    ['Photo: @JaneDoe123, CC BY-SA 4.0', attribution('Jane Doe', 'CC BY-SA 4.0'), false],
    ['Photo: Jane Doe, CC BY 4.0', attribution('Jane Doe', 'CC BY-SA 4.0'), false],
    ['Photo: Jane Doe, CC BY-SA 3.0', attribution('Jane Doe', 'CC BY-SA 4.0'), false],
    ['Photo: Jane Doe, CC BY-SA 4.0', attribution('Jane Doe', 'CC BY 4.0', 'cc-by'), false],
    ['Photo: Jane Doe, CC BY-NC-SA 4.0', attribution('Jane Doe', 'CC BY-SA 4.0'), false],
    ['Photo: 王小, CC BY-SA 4.0', attribution('王小明', 'CC BY-SA 4.0'), false],
    ['تصوير: محمد، CC BY-SA 4.0', attribution('محمد علي', 'CC BY-SA 4.0'), false],
    ['Photo: Jane Doe, CC BY-SA 4.0', attribution('Jane Doe, John Roe', 'CC BY-SA 4.0'), false],
    ['', attribution(undefined, 'CC BY-SA 4.0'), false],
  ];
  it.each(table)('%j credits %j: %s', (text, v, expected) => {
    expect(creditsWork(text, v)).toBe(expected);
  });
});

describe('from file to verdict: readLicenceMetadata then classifyLicence', () => {
  let images: LicensedImages;
  beforeAll(async () => {
    images = await makeLicensedImages();
  }, 60_000);

  it.each(licensedImageNames)('%s under both built-in policies', async (name) => {
    const image = images[name];
    const bytes = await readFile(image.path);
    const result = await readLicenceMetadata(new Uint8Array(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, MEDIA_HEAD_BYTES)));
    const attachment: MediaAttachment = { id: name, name: image.file, kind: 'image', alt: 'present', read: result.read, ...(result.metadata ? { metadata: result.metadata } : {}) };
    expect(classifyLicence(result.metadata, wikimediaFoundationMedia).class).toBe(image.classes['wikimedia-foundation']);
    expect(classifyLicence(result.metadata, cisA2kMedia).class).toBe(image.classes['cis-a2k']);
    expect(licenceUnknown(attachment)).toBe(image.classes['wikimedia-foundation'] === 'unknown');
  });

  it('the expected classes cover every class under each policy', () => {
    const wmf = new Set(licensedImageNames.map((n) => images[n].classes['wikimedia-foundation']));
    const cis = new Set(licensedImageNames.map((n) => images[n].classes['cis-a2k']));
    expect([...wmf].sort()).toEqual(['allowed', 'attribution', 'not-allowed', 'unknown']);
    expect([...cis].sort()).toEqual(['allowed', 'not-allowed', 'unknown']);
  });

  it('an attribution file is credited by its own credit line', async () => {
    const bytes = await readFile(images.ccBySaWebStatement.path);
    const { metadata } = await readLicenceMetadata(new Uint8Array(bytes));
    const v = classifyLicence(metadata, wikimediaFoundationMedia);
    expect(v).toMatchObject({ class: 'attribution', author: '王小明', licence: { label: 'CC BY-SA 4.0' } });
    expect(creditsWork(`Photo: ${v.author}, ${v.licence!.label}`, v)).toBe(true);
    expect(creditsWork('Photo: someone, CC BY-SA 4.0', v)).toBe(false);
  });
});
