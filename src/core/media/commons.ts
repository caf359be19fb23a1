import { commonsFileSchema, type CommonsFile } from '../types.ts';
import { recogniseLicence, type LicenceVerdict, type RecognisedLicence } from './licence.ts';
import type { MediaPolicy } from './media-policy.ts';

/** A link in a post to a Wikimedia Commons file (a file page, or an upload.wikimedia.org file or thumbnail). */
export interface CommonsLink {
  start: number;
  end: number;
  /** "File:Example photo.jpg": underscores as spaces, percent-escapes decoded. */
  title: string;
}

/**
 * The names of the File namespace people paste from other-language wikis; Commons resolves each to "File:".
 * Matched without regard to case (MediaWiki namespace names are case-insensitive).
 */
const FILE_NAMESPACES = [
  'file', 'image', 'media',
  'datei', 'bild', // de
  'fichier', // fr
  'archivo', 'imagen', // es
  'ficheiro', 'arquivo', 'imagem', // pt, gl
  'immagine', // it
  'bestand', 'afbeelding', // nl
  'plik', 'grafika', // pl
  'fitxer', // ca
  'fil', // sv, da, nb
  'tiedosto', // fi
  'soubor', // cs
  'súbor', // sk
  'fájl', // hu
  'dosya', // tr
  'berkas', // id
  'tập tin', // vi
  'файл', 'изображение', // ru, uk, bg
  'ملف', // ar
  'קובץ', // he
  'चित्र', // hi
  'ファイル', '画像', // ja
  '文件', '檔案', '档案', '图像', // zh
  '파일', // ko
];
const FILE_NAMESPACE_SET = new Set(FILE_NAMESPACES);

/** Commons' own hosts (desktop and mobile) and its file server; "www." is not a Commons host. */
const CANDIDATE = /(?:https?:\/\/)?(?:commons(?:\.m)?\.wikimedia\.org|upload\.wikimedia\.org)(?=\/)[^\s<>"\u00ab\u00bb\u201c\u201d\u300c\u300d]*/giu;

/** What may end a sentence right after a link, and so is not part of it. */
const TRAILING = /[.,;:!?'\u2019*…]$/u;
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** Every Commons file link in `text`, in order. */
export function findCommonsLinks(text: string): CommonsLink[] {
  const links: CommonsLink[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const start = match.index;
    // "notcommons.wikimedia.org" or "user@commons…" is some other name that happens to end the same way.
    if (start > 0 && /[\p{L}\p{N}_.@/-]/u.test(text[start - 1]!)) continue;
    const url = trimTrailing(match[0]);
    const title = fileTitleOf(url);
    if (title) links.push({ start, end: start + url.length, title });
  }
  return links;
}

/** Drops sentence punctuation and unbalanced closing brackets from the end of a URL as written. */
function trimTrailing(url: string): string {
  let out = url;
  for (;;) {
    const last = out.at(-1);
    if (last === undefined) return out;
    if (TRAILING.test(last)) {
      out = out.slice(0, -1);
      continue;
    }
    const opener = CLOSERS[last];
    // "File:Foo_(bar).jpg" keeps its brackets; "(see commons…/File:Foo.jpg)" loses the last one.
    if (opener && count(out, last) > count(out, opener)) {
      out = out.slice(0, -1);
      continue;
    }
    return out;
  }
}

const count = (text: string, char: string) => text.split(char).length - 1;

/** The normalised "File:…" title a Commons URL points at, or undefined when it is no file link. */
function fileTitleOf(url: string): string | undefined {
  const withScheme = /^https?:\/\//i.test(url) ? url : `https://${url}`;
  const schemeEnd = withScheme.indexOf('//') + 2;
  const pathStart = withScheme.indexOf('/', schemeEnd);
  const host = withScheme.slice(schemeEnd, pathStart).toLowerCase();
  const rest = withScheme.slice(pathStart);
  const [beforeHash] = rest.split('#', 1) as [string];
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt < 0 ? beforeHash : beforeHash.slice(0, queryAt);
  const query = queryAt < 0 ? '' : beforeHash.slice(queryAt + 1);

  if (host === 'upload.wikimedia.org') return uploadTitle(path);

  // /wiki/File:Foo.jpg, /wiki/Special:FilePath/Foo.jpg, /wiki/Special:Redirect/file/Foo.jpg
  const wiki = /^\/wiki\/(.+)$/.exec(path);
  if (wiki) return pageTitle(wiki[1]!);
  // /w/index.php?title=File:Foo.jpg&uselang=de
  if (/^\/w\/index\.php$/.test(path)) {
    const title = /(?:^|&)title=([^&]+)/.exec(query);
    if (title) return pageTitle(title[1]!.replace(/\+/g, ' '));
  }
  return undefined;
}

/** A title from a Commons page path: a File page, or the file a Special:FilePath or Special:Redirect link serves. */
function pageTitle(raw: string): string | undefined {
  const decoded = decode(raw);
  if (decoded === undefined) return undefined;
  const special = /^special:\s*(?:filepath|redirect\/file)\/(.+)$/i.exec(decoded);
  if (special) return fileTitle(special[1]!);
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const namespace = clean(decoded.slice(0, colon)).toLowerCase();
  if (!FILE_NAMESPACE_SET.has(namespace)) return undefined;
  return fileTitle(decoded.slice(colon + 1));
}

/**
 * /wikipedia/commons/a/ab/Foo.jpg, its thumbnails (/thumb/a/ab/Foo.jpg/640px-Foo.jpg), transcoded video
 * (/transcoded/a/ab/Foo.webm/Foo.webm.480p.webm) and old versions (/archive/a/ab/20200101000000!Foo.jpg).
 * Other wikis' local uploads (/wikipedia/en/…) are not on Commons.
 */
function uploadTitle(path: string): string | undefined {
  const match = /^\/wikipedia\/commons\/(?:(?:thumb|transcoded|archive)\/)?[0-9a-f]\/[0-9a-f]{2}\/([^/]+)/i.exec(path);
  if (!match) return undefined;
  const decoded = decode(match[1]!);
  if (decoded === undefined) return undefined;
  return fileTitle(decoded.replace(/^\d{14}!/, ''));
}

function decode(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    // A half-typed "%E2%8" is not a link yet.
    return undefined;
  }
}

const clean = (name: string) => name.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * "File:<Name>" as the API normalises it: spaces for underscores, the first letter capitalised. Names MediaWiki
 * can't hold, and names without a file extension (every Commons file has one; a URL still being typed often
 * doesn't), are no file.
 */
function fileTitle(rawName: string): string | undefined {
  const name = clean(rawName);
  if (name.length === 0 || name.length > 240) return undefined;
  if (/[#<>[\]|{}\u0000-\u001f\u007f]/.test(name)) return undefined;
  if (!/\.[\p{L}\p{N}]{2,5}$/u.test(name)) return undefined;
  const first = name.codePointAt(0)!;
  const head = String.fromCodePoint(first);
  const upper = head.toUpperCase();
  // ß → SS and the like: MediaWiki leaves letters whose capital is longer as they are.
  return `File:${[...upper].length === 1 ? upper : head}${name.slice(head.length)}`;
}

/** Classifies a Commons file against a policy. */
export function classifyCommonsFile(file: CommonsFile, policy: MediaPolicy): LicenceVerdict {
  const author = file.author || undefined;
  if (file.status === 'missing') return { class: 'unknown', reason: 'Wikimedia Commons has no such file' };
  if (file.nonFree) {
    return { class: 'not-allowed', author, reason: 'it is a non-free file, used on a wiki under a fair-use claim' };
  }
  const licence = commonsLicence(file);
  if (!licence) {
    // A licence Commons names that is not CC or public domain (GFDL, Free Art License) is not one either policy
    // lists; with no licence named at all, nothing can be said.
    if (file.licence?.trim()) {
      return { class: 'not-allowed', author, reason: `its licence on Commons, “${file.licence.trim()}”, is not one ${policy.name}’s guidelines list` };
    }
    return { class: 'unknown', author, reason: 'Commons names no licence for it' };
  }
  const base = { licence, author };
  switch (licence.kind) {
    case 'public-domain':
    case 'cc0':
      return policy.licences.includes(licence.kind)
        ? { ...base, class: 'allowed', reason: licence.kind === 'cc0' ? 'it is dedicated to the public domain (CC0)' : 'it is in the public domain' }
        : { ...base, class: 'not-allowed', reason: `it is marked ${licence.label}` };
    case 'cc-by':
    case 'cc-by-sa':
      return policy.licences.includes(licence.kind)
        ? { ...base, class: 'attribution', reason: `it is licensed ${licence.label}, which asks for credit` }
        : { ...base, class: 'not-allowed', reason: `it is licensed ${licence.label}` };
    case 'all-rights-reserved':
      return { ...base, class: 'not-allowed', reason: 'all rights to it are reserved' };
    default:
      // NC and ND licences are never free.
      return { ...base, class: 'not-allowed', reason: `it is licensed ${licence.label}` };
  }
}

/**
 * The licence Commons names, labelled as Commons writes it ("CC BY-SA 2.0 fr") so that the credit and the check
 * of whether a post gives it agree; the URL is the fallback, and Copyrighted "False" alone means public domain.
 */
function commonsLicence(file: CommonsFile): RecognisedLicence | undefined {
  const named = recogniseLicence(file.licence);
  if (named) return { kind: named.kind, label: file.licence!.trim() };
  const fromUrl = recogniseLicence(file.licenceUrl);
  if (fromUrl) return fromUrl;
  if (file.copyrighted === false) return { kind: 'public-domain', label: 'Public domain' };
  return undefined;
}

/** The ready attribution: "Photo: <author>, <licence>, via Wikimedia Commons". */
export function commonsCredit(file: CommonsFile): string {
  const licence = file.licence?.trim() || recogniseLicence(file.licenceUrl)?.label;
  const parts = [file.author?.trim(), licence].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? `Photo: ${parts.join(', ')}, via Wikimedia Commons` : 'Photo via Wikimedia Commons';
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The files described by a MediaWiki API answer to
 * `action=query&prop=imageinfo&iiprop=extmetadata&titles=File:A|File:B` (formatversion 1 or 2). Each file is listed
 * under the title the API settled on and also under every title it was asked as (`normalized`, `redirects`), so a
 * caller can look up what it sent. Anything malformed is left out: an unusable answer gives [].
 */
export function parseCommonsResponse(json: unknown): CommonsFile[] {
  if (!isObject(json) || !isObject(json.query)) return [];
  const query = json.query;
  const pages = Array.isArray(query.pages) ? query.pages : isObject(query.pages) ? Object.values(query.pages) : [];
  const files = new Map<string, CommonsFile>();
  for (const page of pages) {
    const file = parsePage(page);
    if (file) files.set(file.title, file);
  }

  // "File:A_b.jpg" → "File:A b.jpg" (normalized) → "File:C.jpg" (redirects): each asked-for title gets its answer.
  const aliases = new Map<string, string>();
  for (const list of [query.normalized, query.redirects]) {
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      if (isObject(entry) && typeof entry.from === 'string' && typeof entry.to === 'string') aliases.set(entry.from, entry.to);
    }
  }
  const out = [...files.values()];
  for (const from of aliases.keys()) {
    let to: string | undefined = from;
    // A chain is at most normalised then redirected; the bound guards against a loop in a bad answer.
    for (let hop = 0; hop < 4 && to !== undefined && !files.has(to); hop++) to = aliases.get(to);
    const target = to === undefined ? undefined : files.get(to);
    if (!target || files.has(from)) continue;
    const alias = commonsFileSchema.safeParse({ ...target, title: from });
    if (alias.success) out.push(alias.data);
  }
  return out;
}

function parsePage(page: unknown): CommonsFile | undefined {
  if (!isObject(page) || typeof page.title !== 'string') return undefined;
  // Only the File namespace holds files; an invalid title ("File:") has no page at all.
  if (page.ns !== 6 || 'invalid' in page) return undefined;
  const info = Array.isArray(page.imageinfo) && isObject(page.imageinfo[0]) ? page.imageinfo[0] : undefined;
  // A Wikipedia says "missing" (with "known") for a file that lives on Commons: the file info decides.
  if (!info) return checked({ title: page.title, status: 'missing' });
  const meta = isObject(info.extmetadata) ? info.extmetadata : {};
  const text = (key: string) => metadataValue(meta[key]);
  const licenceUrl = text('LicenseUrl');
  return checked({
    title: page.title,
    status: 'found',
    licence: limit(plainText(text('LicenseShortName') ?? ''), 200),
    licenceUrl: licenceUrl && /^https?:\/\//i.test(licenceUrl.trim()) && licenceUrl.length <= 500 ? licenceUrl.trim() : undefined,
    author: limit(plainText(text('Artist') ?? ''), 500),
    attributionRequired: flag(text('AttributionRequired')),
    nonFree: flag(text('NonFree')),
    copyrighted: flag(text('Copyrighted')),
  });
}

function checked(file: CommonsFile): CommonsFile | undefined {
  const compact = Object.fromEntries(Object.entries(file).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = commonsFileSchema.safeParse(compact);
  return parsed.success ? parsed.data : undefined;
}

/** An extmetadata field's value: a string, a number, or (with iiextmetadatamultilang) one string per language. */
function metadataValue(field: unknown): string | undefined {
  if (!isObject(field)) return undefined;
  const { value } = field;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isObject(value)) {
    const english = value.en;
    if (typeof english === 'string') return english;
    return Object.values(value).find((v): v is string => typeof v === 'string' && v !== 'lang');
  }
  return undefined;
}

/** "true"/"True"/"1" and "false"/"False"/"0"/"" as the API writes its flags; anything else is unknown. */
function flag(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'true' || v === '1' || v === 'yes') return true;
  if (v === 'false' || v === '0' || v === 'no' || v === '') return false;
  return undefined;
}

function limit(text: string, max: number): string | undefined {
  if (!text) return undefined;
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * HTML from extmetadata (Artist is a link, a list, or a table) as one line of plain text: list items and line
 * breaks become "; ", tags go, entities are decoded.
 */
export function plainText(html: string): string {
  const text = html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\s*(?:br|\/li|\/p|\/div|\/tr|\/dd)\b[^>]*>/gi, '; ')
    .replace(/<\s*\/?\s*(?:ul|ol|li|p|div|table|tbody|tr|td|th|dl|dd|dt|hr)\b[^>]*>/gi, ' ')
    // Inline tags join what they split: "Bea<b>o</b>" is one name.
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([;,.:])/g, '$1')
    .replace(/(?:;\s*)+/g, '; ')
    .replace(/^[\s;]+|[\s;]+$/g, '');
}
