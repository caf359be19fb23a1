import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/engine.ts';
import { classifyCommonsFile, commonsCredit, findCommonsLinks, parseCommonsResponse, plainText } from '../../src/core/media/commons.ts';
import { cisA2kMedia, wikimediaFoundationMedia } from '../../src/core/media/media-policy.ts';
import type { CommonsFile } from '../../src/core/types.ts';

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/commons', name), 'utf8'));

/** The links found in `text`, each as the text it spans and its title. */
const links = (text: string) => findCommonsLinks(text).map((l) => ({ linked: text.slice(l.start, l.end), title: l.title }));

describe('findCommonsLinks', () => {
  const cases: Array<[string, string, string]> = [
    // [post, the URL as written, title]
    ['See https://commons.wikimedia.org/wiki/File:Foo_bar.jpg today', 'https://commons.wikimedia.org/wiki/File:Foo_bar.jpg', 'File:Foo bar.jpg'],
    ['https://commons.m.wikimedia.org/wiki/File:Foo_bar.jpg', 'https://commons.m.wikimedia.org/wiki/File:Foo_bar.jpg', 'File:Foo bar.jpg'],
    ['http://commons.wikimedia.org/wiki/File:Foo.png?uselang=de#Licensing', 'http://commons.wikimedia.org/wiki/File:Foo.png?uselang=de#Licensing', 'File:Foo.png'],
    ['commons.wikimedia.org/wiki/File:Foo.jpg', 'commons.wikimedia.org/wiki/File:Foo.jpg', 'File:Foo.jpg'],
    ['https://commons.wikimedia.org/wiki/File:Caf%C3%A9_au_lait.JPG', 'https://commons.wikimedia.org/wiki/File:Caf%C3%A9_au_lait.JPG', 'File:Café au lait.JPG'],
    ['https://commons.wikimedia.org/wiki/Datei:Berliner_Dom.jpg', 'https://commons.wikimedia.org/wiki/Datei:Berliner_Dom.jpg', 'File:Berliner Dom.jpg'],
    ['https://commons.wikimedia.org/wiki/Fichier:Tour_Eiffel.jpg', 'https://commons.wikimedia.org/wiki/Fichier:Tour_Eiffel.jpg', 'File:Tour Eiffel.jpg'],
    ['https://commons.wikimedia.org/wiki/Archivo:Sagrada_Fam%C3%ADlia.jpg', 'https://commons.wikimedia.org/wiki/Archivo:Sagrada_Fam%C3%ADlia.jpg', 'File:Sagrada Família.jpg'],
    ['https://commons.wikimedia.org/wiki/Image:old_style.gif', 'https://commons.wikimedia.org/wiki/Image:old_style.gif', 'File:Old style.gif'],
    ['https://commons.wikimedia.org/wiki/%D0%A4%D0%B0%D0%B9%D0%BB:Kremlin.jpg', 'https://commons.wikimedia.org/wiki/%D0%A4%D0%B0%D0%B9%D0%BB:Kremlin.jpg', 'File:Kremlin.jpg'],
    ['https://commons.wikimedia.org/w/index.php?title=File:Foo_bar.jpg&uselang=fr', 'https://commons.wikimedia.org/w/index.php?title=File:Foo_bar.jpg&uselang=fr', 'File:Foo bar.jpg'],
    ['https://commons.wikimedia.org/wiki/Special:FilePath/Foo_bar.jpg?width=300', 'https://commons.wikimedia.org/wiki/Special:FilePath/Foo_bar.jpg?width=300', 'File:Foo bar.jpg'],
    ['https://commons.wikimedia.org/wiki/Special:Redirect/file/Foo.svg', 'https://commons.wikimedia.org/wiki/Special:Redirect/file/Foo.svg', 'File:Foo.svg'],
    ['https://upload.wikimedia.org/wikipedia/commons/a/ab/Foo_bar.jpg', 'https://upload.wikimedia.org/wikipedia/commons/a/ab/Foo_bar.jpg', 'File:Foo bar.jpg'],
    [
      'https://upload.wikimedia.org/wikipedia/commons/thumb/a/ab/Foo_bar.jpg/640px-Foo_bar.jpg',
      'https://upload.wikimedia.org/wikipedia/commons/thumb/a/ab/Foo_bar.jpg/640px-Foo_bar.jpg',
      'File:Foo bar.jpg',
    ],
    [
      'upload.wikimedia.org/wikipedia/commons/thumb/0/0f/Ma%C3%AFs.svg/120px-Ma%C3%AFs.svg.png',
      'upload.wikimedia.org/wikipedia/commons/thumb/0/0f/Ma%C3%AFs.svg/120px-Ma%C3%AFs.svg.png',
      'File:Maïs.svg',
    ],
    [
      'https://upload.wikimedia.org/wikipedia/commons/archive/a/ab/20200101120000%21Foo.jpg',
      'https://upload.wikimedia.org/wikipedia/commons/archive/a/ab/20200101120000%21Foo.jpg',
      'File:Foo.jpg',
    ],
    // Brackets inside the name stay; sentence punctuation and a closing bracket around the link go.
    ['(https://commons.wikimedia.org/wiki/File:Foo_(bar).jpg).', 'https://commons.wikimedia.org/wiki/File:Foo_(bar).jpg', 'File:Foo (bar).jpg'],
    ['Look: https://commons.wikimedia.org/wiki/File:Foo.jpg, isn’t it lovely?', 'https://commons.wikimedia.org/wiki/File:Foo.jpg', 'File:Foo.jpg'],
  ];
  for (const [post, linked, title] of cases) {
    it(`finds ${title} in ${post}`, () => {
      expect(links(post)).toEqual([{ linked, title }]);
    });
  }

  it('gives UTF-16 spans after emoji, CJK and right-to-left text', () => {
    const url = 'https://commons.wikimedia.org/wiki/File:%E7%8C%AB.jpg';
    for (const before of ['🎉👩‍👩‍👧 ', '维基共享资源 ', 'ويكيميديا كومنز ', 'cafe\u0301 ']) {
      const text = `${before}${url} ✨`;
      const [link] = findCommonsLinks(text);
      expect(link).toEqual({ start: before.length, end: before.length + url.length, title: 'File:猫.jpg' });
    }
  });

  it('finds several links in order, the same file twice included', () => {
    const text = 'A commons.wikimedia.org/wiki/File:A.jpg and B https://upload.wikimedia.org/wikipedia/commons/b/bc/B.png, A again commons.wikimedia.org/wiki/File:A.jpg';
    expect(findCommonsLinks(text).map((l) => l.title)).toEqual(['File:A.jpg', 'File:B.png', 'File:A.jpg']);
  });

  it('ignores what is not a Commons file', () => {
    for (const text of [
      'https://commons.wikimedia.org/wiki/Category:Cats',
      'https://commons.wikimedia.org/wiki/Main_Page',
      'https://en.wikipedia.org/wiki/File:Foo.jpg',
      'https://upload.wikimedia.org/wikipedia/en/a/ab/Local_only.jpg',
      'https://notcommons.wikimedia.org/wiki/File:Foo.jpg',
      'https://www.commons.wikimedia.org/wiki/File:Foo.jpg',
      'mail me at someone@commons.wikimedia.org/wiki/File:Foo.jpg',
      // Still being typed: no extension yet, or a half-written escape.
      'https://commons.wikimedia.org/wiki/File:Foo_ba',
      'https://commons.wikimedia.org/wiki/File:Caf%C3',
      'https://commons.wikimedia.org/wiki/File:',
      'commons.wikimedia.org is where our photos live',
    ]) {
      expect(findCommonsLinks(text), text).toEqual([]);
    }
  });
});

describe('parseCommonsResponse (recorded answer shapes)', () => {
  it('formatversion 1: a shared file keyed "-1", missing and known, normalized, HTML and &amp; in Artist', () => {
    const files = parseCommonsResponse(fixture('fv1-normalized-shared.json'));
    const expected: CommonsFile = {
      title: 'File:Apple Lisa2-IMG 1517.jpg',
      status: 'found',
      licence: 'CC BY-SA 2.0 fr',
      licenceUrl: 'https://creativecommons.org/licenses/by-sa/2.0/fr/deed.en',
      author: 'Rama & Musée Bolo',
      attributionRequired: true,
      copyrighted: true,
    };
    // Listed under the API's title and under the title as asked.
    expect(files).toEqual([expected, { ...expected, title: 'File:Apple_Lisa2-IMG_1517.jpg' }]);
  });

  it('formatversion 2: a list of pages, booleans, an Artist list with a name split by inline tags', () => {
    const [file, ...rest] = parseCommonsResponse(fixture('fv2-list-artist.json'));
    expect(rest).toEqual([]);
    expect(file).toEqual({
      title: 'File:Douglas adams portrait cropped.jpg',
      status: 'found',
      licence: 'CC BY-SA 2.0',
      licenceUrl: 'https://creativecommons.org/licenses/by-sa/2.0',
      author: 'Douglas_adams_portrait.jpg: michael hughes from berlin, germany; derivative work: Beao',
      attributionRequired: true,
      copyrighted: true,
    });
  });

  it('public domain: Copyrighted "False", AttributionRequired "false"', () => {
    expect(parseCommonsResponse(fixture('fv2-public-domain.json'))).toEqual([
      {
        title: 'File:Elizabeth I George Gower.jpg',
        status: 'found',
        licence: 'Public domain',
        author: 'George Gower',
        attributionRequired: false,
        copyrighted: false,
      },
    ]);
  });

  it('missing files, in both formats, under both titles', () => {
    expect(parseCommonsResponse(fixture('fv2-missing.json'))).toEqual([
      { title: 'File:No such file here.jpg', status: 'missing' },
      { title: 'File:No_such_file_here.jpg', status: 'missing' },
    ]);
    expect(parseCommonsResponse(fixture('fv1-missing.json'))).toEqual([
      { title: 'File:Undefined.png', status: 'missing' },
      { title: 'File:undefined.png', status: 'missing' },
    ]);
  });

  it('NonFree, and a redirect: the file answers for the title asked', () => {
    const files = parseCommonsResponse(fixture('fv2-nonfree-redirect.json'));
    expect(files.map((f) => [f.title, f.nonFree, f.licence])).toEqual([
      ['File:Example corp logo.png', true, 'Fair use'],
      ['File:Old logo name.png', true, 'Fair use'],
    ]);
  });

  it('gives [] for anything malformed, and drops malformed pages alone', () => {
    for (const bad of [null, 'text', 42, [], {}, { query: null }, { query: { pages: 'x' } }, { error: { code: 'badvalue' } }]) {
      expect(parseCommonsResponse(bad)).toEqual([]);
    }
    const mixed = {
      query: {
        pages: [
          null,
          { ns: 6 },
          { ns: 0, title: 'Main Page' },
          { ns: 6, title: 'File:', invalid: true, invalidreason: 'empty title' },
          { ns: 6, title: 'File:Ok.jpg', imageinfo: [{ extmetadata: { LicenseShortName: { value: 'CC0' }, Artist: { value: 42 } } }] },
          { ns: 6, title: 'x'.repeat(400), imageinfo: [{}] },
          { ns: 6, title: 'File:Bad url.jpg', imageinfo: [{ extmetadata: { LicenseUrl: { value: 'javascript:alert(1)' } } }] },
        ],
      },
    };
    expect(parseCommonsResponse(mixed)).toEqual([
      { title: 'File:Ok.jpg', status: 'found', licence: 'CC0', author: '42' },
      { title: 'File:Bad url.jpg', status: 'found' },
    ]);
  });

  it('reads multilingual values and caps long authors', () => {
    const answer = {
      query: {
        pages: [
          {
            ns: 6,
            title: 'File:Multi.jpg',
            imageinfo: [{ extmetadata: { Artist: { value: { _type: 'lang', de: 'Jemand', en: 'Someone' } }, LicenseShortName: { value: 'CC BY 4.0' } } }],
          },
          { ns: 6, title: 'File:Long.jpg', imageinfo: [{ extmetadata: { Artist: { value: 'word '.repeat(200) } } }] },
        ],
      },
    };
    const [multi, long] = parseCommonsResponse(answer);
    expect(multi!.author).toBe('Someone');
    expect(long!.author!.length).toBeLessThanOrEqual(500);
    expect(long!.author!.endsWith('…')).toBe(true);
  });
});

describe('plainText', () => {
  it('strips tags and decodes entities', () => {
    expect(plainText('<a href="x">Cook &amp; Co</a> &lt;3 &#8211; &#x263A;&nbsp;ok')).toBe('Cook & Co <3 – ☺ ok');
    expect(plainText('<table><tr><td>Anna</td></tr><tr><td>Bo</td></tr></table>')).toBe('Anna; Bo');
    expect(plainText('First<br>Second<br/>')).toBe('First; Second');
    expect(plainText('<script>alert(1)</script>Name')).toBe('Name');
  });
});

describe('classifyCommonsFile', () => {
  const file = (licence: string | undefined, extra: Partial<CommonsFile> = {}): CommonsFile => ({
    title: 'File:X.jpg',
    status: 'found',
    author: 'Jane Doe',
    ...(licence === undefined ? {} : { licence }),
    ...extra,
  });

  it('allows public domain and CC0 under both policies', () => {
    for (const policy of [wikimediaFoundationMedia, cisA2kMedia]) {
      expect(classifyCommonsFile(file('Public domain'), policy).class).toBe('allowed');
      expect(classifyCommonsFile(file('CC0'), policy).class).toBe('allowed');
      // No licence named, but Commons says it isn't copyrighted.
      expect(classifyCommonsFile(file(undefined, { copyrighted: false }), policy).class).toBe('allowed');
    }
  });

  it('asks for attribution for CC BY and BY-SA where the policy allows them, and refuses them where not', () => {
    for (const licence of ['CC BY 4.0', 'CC BY-SA 2.0 fr', 'CC-BY-SA-3.0']) {
      const verdict = classifyCommonsFile(file(licence), wikimediaFoundationMedia);
      expect(verdict).toMatchObject({ class: 'attribution', author: 'Jane Doe', licence: { label: licence } });
      const refused = classifyCommonsFile(file(licence), cisA2kMedia);
      expect(refused.class).toBe('not-allowed');
      expect(refused.reason).toContain(licence);
    }
    // Recognised from the URL when the short name is something else.
    expect(classifyCommonsFile(file('Attribution-ShareAlike', { licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0' }), wikimediaFoundationMedia).class).toBe(
      'attribution',
    );
  });

  it('refuses non-free files and NC or ND licences', () => {
    expect(classifyCommonsFile(file('CC BY-SA 4.0', { nonFree: true }), wikimediaFoundationMedia).class).toBe('not-allowed');
    expect(classifyCommonsFile(file('Fair use', { nonFree: true }), wikimediaFoundationMedia).reason).toContain('non-free');
    for (const licence of ['CC BY-NC 4.0', 'CC BY-ND 2.0', 'CC BY-NC-SA 3.0', 'All rights reserved']) {
      expect(classifyCommonsFile(file(licence), wikimediaFoundationMedia).class, licence).toBe('not-allowed');
    }
  });

  it('refuses a licence Commons names that is not CC or public domain; unknown with none named, or a missing file', () => {
    // Neither policy lists the GFDL or the Free Art License: only CC licences, CC0 and the public domain.
    const verdict = classifyCommonsFile(file('GFDL'), wikimediaFoundationMedia);
    expect(verdict.class).toBe('not-allowed');
    expect(verdict.reason).toBe('its licence on Commons, “GFDL”, is not one Wikimedia Foundation’s guidelines list');
    expect(classifyCommonsFile(file('Free Art License'), cisA2kMedia).class).toBe('not-allowed');
    expect(classifyCommonsFile({ title: 'File:X.jpg', status: 'found', author: 'A' }, wikimediaFoundationMedia).class).toBe('unknown');
    expect(classifyCommonsFile({ title: 'File:X.jpg', status: 'missing' }, wikimediaFoundationMedia).class).toBe('unknown');
  });
});

describe('commonsCredit', () => {
  it('names the author and the licence', () => {
    expect(commonsCredit({ title: 'File:X.jpg', status: 'found', author: 'Rama & Musée Bolo', licence: 'CC BY-SA 2.0 fr' })).toBe(
      'Photo: Rama & Musée Bolo, CC BY-SA 2.0 fr, via Wikimedia Commons',
    );
  });

  it('leaves out what Commons does not say', () => {
    expect(commonsCredit({ title: 'File:X.jpg', status: 'found', licenceUrl: 'https://creativecommons.org/licenses/by/4.0/' })).toBe(
      'Photo: CC BY 4.0, via Wikimedia Commons',
    );
    expect(commonsCredit({ title: 'File:X.jpg', status: 'found' })).toBe('Photo via Wikimedia Commons');
  });
});

describe('the engine with Commons facts', () => {
  const url = 'https://commons.wikimedia.org/wiki/File:Douglas_adams_portrait_cropped.jpg';
  const text = `🎉 Our guest today: ${url}`;
  const [file] = parseCommonsResponse(fixture('fv2-list-artist.json'));

  it('warns on the link with the credit as a suggestion (Wikimedia Foundation policy)', () => {
    const [finding, ...rest] = createAnalyzer({ media: wikimediaFoundationMedia }).analyze({ text, commons: [file!] });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ category: 'media/license', start: text.indexOf(url), end: text.length });
    expect(finding!.suggestions?.[0]?.replacement).toBe(`${url} ${commonsCredit(file!)}`);
  });

  it('says nothing more once the suggested credit is in the post', () => {
    const analyzer = createAnalyzer({ media: wikimediaFoundationMedia });
    const [finding] = analyzer.analyze({ text, commons: [file!] });
    const applied = text.slice(0, finding!.start) + finding!.suggestions![0]!.replacement + text.slice(finding!.end);
    expect(analyzer.analyze({ text: applied, commons: [file!] })).toEqual([]);
  });

  it('flags the same link as not allowed under CIS-A2K’s policy', () => {
    const [finding] = createAnalyzer({ media: cisA2kMedia }).analyze({ text, commons: [file!] });
    expect(finding).toMatchObject({ category: 'media/license', severity: 'error', start: text.indexOf(url) });
    expect(finding!.message).toContain('CC BY-SA 2.0');
    expect(finding!.suggestions).toBeUndefined();
  });

  it('says nothing about a public-domain file', () => {
    const [pd] = parseCommonsResponse(fixture('fv2-public-domain.json'));
    const post = 'Elizabeth I: https://commons.wikimedia.org/wiki/File:Elizabeth_I_George_Gower.jpg';
    expect(createAnalyzer({ media: cisA2kMedia }).analyze({ text: post, commons: [pd!] })).toEqual([]);
  });
});
