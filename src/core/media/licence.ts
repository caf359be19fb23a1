// Imports are types only: content scripts bundle licenceUnknown, and must stay small.
import type { LicenceMetadata, MediaAttachment } from '../types.ts';
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

// ---------------------------------------------------------------------------------------------------------
// Recognising a licence in text

interface CcMention {
  kind: RecognisedLicenceKind;
  version?: string;
  port?: string;
}

/** Hyphens people and fonts use between "CC", "BY" and "SA". */
const SEP = '[\\s_\\-\\u2010-\\u2014]';

const CC_URL = /creativecommons\.org\/licenses\/([a-z-]+)(?:\/(\d(?:\.\d)?))?(?:\/([a-z]{2}|igo)(?=[/?#\s"')]|$))?/giu;
const CC_SHORT = new RegExp(
  `(?<![\\p{L}\\p{N}])CC${SEP}*(BY(?:${SEP}*(?:NC|SA|ND))*)(?!\\p{L})(?:${SEP}*(\\d(?:\\.\\d)?)(?![\\d.]*\\d))?(?:${SEP}+([A-Za-z]{2,3})(?![\\p{L}\\p{N}]))?`,
  'giu',
);
const LONG_MODIFIER = `(?:non${SEP}?commercial|share${SEP}?alike|no${SEP}?deriv(?:ative)?s)`;
const CC_LONG = new RegExp(
  `(?:creative${SEP}*commons${SEP}+(?:licen[cs]e${SEP}+)?attribution((?:[\\s,\\-\\u2010-\\u2014]+${LONG_MODIFIER})*)` +
    `|\\battribution((?:\\s*[-\\u2010-\\u2014]\\s*${LONG_MODIFIER})+)` +
    `|\\battribution(?=\\s+\\d\\.\\d\\s+(?:international|unported|generic)\\b)())` +
    `(?:${SEP}+(\\d\\.\\d))?(?:${SEP}+([A-Za-z]{2,3})(?![\\p{L}\\p{N}]))?`,
  'giu',
);

const CC0 = /creativecommons\.org\/publicdomain\/zero\b|(?<![\p{L}\p{N}])CC[\s_-]?(?:0|zero)(?![\p{L}\p{N}])|creative\s*commons\s+zero\b/iu;
const PUBLIC_DOMAIN =
  /creativecommons\.org\/publicdomain\/mark\b|\bpublic[\s_-]*domain\b|\bno copyright(?:\s*[-–—:]\s*(?:united states|non-commercial use only|contractual restrictions|other known legal restrictions)|\b(?!\s+infringement))|\bPDM\b|\bPD[\s_-](?:mark|old|self|US|art|author|ineligible|textlogo|shape|simple|gov|USGov)\b/iu;
/** "not in the public domain", "isn't public domain", "never public domain": a claim of rights, not a licence. */
const NOT_PUBLIC_DOMAIN = /\b(?:not|never|isn['’]t|is\s+not|no\s+longer)\s+(?:(?:in|into|part\s+of)\s+)?(?:the\s+)?public[\s_-]*domain\b/iu;
const ALL_RIGHTS_RESERVED =
  /\ball rights reserved\b|\btous droits r[ée]serv[ée]s|\btodos los derechos reservados\b|\balle rechte vorbehalten\b|\btutti i diritti riservati\b/iu;

/** Ports ("CC BY 2.0 DE") exist for versions before 4.0, written as a country code in capitals or "IGO". */
function port(version: string | undefined, token: string | undefined): string | undefined {
  if (!token || (version && Number(version) >= 4)) return undefined;
  if (/^igo$/i.test(token)) return 'IGO';
  return /^[A-Z]{2}$/.test(token) ? token : undefined;
}

/** "by-nc-sa", "BY NC SA", "Attribution-NonCommercial-ShareAlike" all give cc-by-nc-sa. */
function ccKind(modifiers: string): RecognisedLicenceKind {
  const tokens = modifiers.toLowerCase().replace(/[\s_\-\u2010-\u2014,]+/g, '').match(/noncommercial|sharealike|noderiv(?:ative)?s|nc|sa|nd/g) ?? [];
  const nc = tokens.some((t) => t === 'nc' || t === 'noncommercial');
  const nd = tokens.some((t) => t === 'nd' || t.startsWith('noderiv'));
  const sa = tokens.some((t) => t === 'sa' || t === 'sharealike');
  if (nc) return nd ? 'cc-by-nc-nd' : sa ? 'cc-by-nc-sa' : 'cc-by-nc';
  if (nd) return 'cc-by-nd';
  return sa ? 'cc-by-sa' : 'cc-by';
}

const CC_LABEL: Partial<Record<RecognisedLicenceKind, string>> = {
  'cc-by': 'CC BY',
  'cc-by-sa': 'CC BY-SA',
  'cc-by-nc': 'CC BY-NC',
  'cc-by-nd': 'CC BY-ND',
  'cc-by-nc-sa': 'CC BY-NC-SA',
  'cc-by-nc-nd': 'CC BY-NC-ND',
};

const normaliseVersion = (version: string | undefined) => (version ? (version.includes('.') ? version : `${version}.0`) : undefined);

/** Every Creative Commons BY-family licence named in `text`, URLs first, then short and long names. */
function ccMentions(text: string): CcMention[] {
  const found: CcMention[] = [];
  for (const m of text.matchAll(CC_URL)) {
    if (!/^by(?:-(?:nc|sa|nd))*$/i.test(m[1]!)) continue;
    const version = normaliseVersion(m[2]);
    found.push({ kind: ccKind(m[1]!.slice(2)), version, port: port(version, m[3]?.toUpperCase()) });
  }
  for (const m of text.matchAll(CC_SHORT)) {
    const version = normaliseVersion(m[2]);
    found.push({ kind: ccKind(m[1]!.slice(2)), version, port: port(version, m[3]) });
  }
  for (const m of text.matchAll(CC_LONG)) {
    const version = m[4];
    found.push({ kind: ccKind(m[1] ?? m[2] ?? ''), version, port: port(version, m[5]) });
  }
  return found;
}

const ccLabel = (m: CcMention) => [CC_LABEL[m.kind], m.version, m.port].filter(Boolean).join(' ');

/**
 * Recognises a licence from a URL or words ("https://creativecommons.org/licenses/by-sa/4.0/deed.de",
 * "CC-BY-SA-4.0", "Creative Commons Attribution-ShareAlike 4.0 International", "CC BY 2.0 DE", "CC0",
 * "Public Domain Mark", "No Copyright", "All rights reserved"). Undefined when nothing is recognised.
 */
export function recogniseLicence(text: string | undefined): RecognisedLicence | undefined {
  if (!text) return undefined;
  if (CC0.test(text)) return { kind: 'cc0', label: 'CC0' };
  const cc = ccMentions(text)[0];
  if (cc) return { kind: cc.kind, label: ccLabel(cc) };
  // Reserved rights win over a mention of the public domain in the same words ("not in the public domain").
  if (ALL_RIGHTS_RESERVED.test(text)) return { kind: 'all-rights-reserved', label: 'All rights reserved' };
  if (PUBLIC_DOMAIN.test(text) && !NOT_PUBLIC_DOMAIN.test(text)) return { kind: 'public-domain', label: 'Public domain' };
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Classifying an image's metadata against a policy

/** Case, accents and punctuation aside: "Centre for Internet & Society" matches "centre for internet society". */
function comparable(text: string): string {
  return ` ${text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** "© 2021 Jane Doe. All rights reserved." gives "Jane Doe". */
export function copyrightHolder(notice: string | undefined): string | undefined {
  if (!notice) return undefined;
  const stripped = notice
    .replace(/(?:©|\(c\)|\bcopyright\b|\u2117)\s*/giu, ' ')
    .replace(/\b\d{4}(?:\s*[-–]\s*\d{2,4})?\b[,.:]?/g, ' ')
    .replace(/^\s*by\s+/i, ' ');
  const holder = stripped
    .split(/[,;|()\n]|\ball rights\b|\bsome rights\b|\blicen[cs]ed\b|\bunder\b|\bcreative\s*commons\b|(?<![\p{L}\p{N}])CC[\s_-]|\s[-–—]\s/iu)[0]!
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.:]+$/, '')
    .trim();
  if (!/\p{L}/u.test(holder) || recogniseLicence(holder)) return undefined;
  return holder.length > 200 ? undefined : holder;
}

const KIND_NAMES: Record<MediaLicenceKind, string> = {
  cc0: 'CC0',
  'cc-by': 'CC BY',
  'cc-by-sa': 'CC BY-SA',
  'public-domain': 'public domain',
};
const KIND_ORDER: readonly MediaLicenceKind[] = ['cc0', 'cc-by', 'cc-by-sa', 'public-domain'];

function allowedList(policy: MediaPolicy): string {
  const names = KIND_ORDER.filter((k) => policy.licences.includes(k)).map((k) => KIND_NAMES[k]);
  if (names.length === 0) return 'no licensed media';
  if (names.length === 1) return `only ${names[0]}`;
  return `only ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function licenceClause(licence: RecognisedLicence): string {
  if (licence.kind === 'public-domain') return 'it is in the public domain';
  if (licence.kind === 'cc0') return 'it is dedicated to the public domain (CC0)';
  if (licence.kind === 'all-rights-reserved') return 'it is marked “All rights reserved”';
  return `it is licensed ${licence.label}`;
}

const isFree = (kind: RecognisedLicenceKind): kind is MediaLicenceKind => (KIND_ORDER as readonly string[]).includes(kind);

/**
 * Classifies an image's metadata against a policy: the organisation's own media is allowed; then the licence
 * (cc:license first, the most machine-readable, then the web statement, usage terms, dc:rights and the copyright
 * notices); then a copyright notice with no licence, which names someone who has not freed the work.
 */
export function classifyLicence(metadata: LicenceMetadata | undefined, policy: MediaPolicy): LicenceVerdict {
  if (!metadata) return { class: 'unknown', reason: 'it carries no licence information' };
  const notice = [metadata.copyrightNotice, metadata.copyright, metadata.rights].find((t) => t?.trim());
  const holder = copyrightHolder(metadata.copyrightNotice) ?? copyrightHolder(metadata.copyright) ?? copyrightHolder(metadata.rights);
  const author = [metadata.attributionName, metadata.creator, metadata.artist, holder].find((t) => t?.trim())?.trim();
  const withAuthor = (verdict: LicenceVerdict): LicenceVerdict => (author ? { ...verdict, author } : verdict);

  // Owned or co-owned: the organisation is the creator, or a rights holder a notice names as such, not just a name
  // mentioned in it ("courtesy of the Wikimedia Foundation archive; © Getty Images" is Getty's).
  const creators = [metadata.creator, metadata.artist, metadata.attributionName].filter((t): t is string => Boolean(t)).map(comparable);
  const holders = [copyrightHolder(metadata.copyrightNotice), copyrightHolder(metadata.copyright), copyrightHolder(metadata.rights)]
    .filter((t): t is string => Boolean(t))
    .flatMap((t) => [t, ...t.split(/\s+(?:and|&|\+)\s+|[,/]\s*/iu)])
    .map(comparable);
  const owner = policy.owners.find((name) => {
    const wanted = comparable(name);
    return creators.some((creator) => creator.includes(wanted)) || holders.some((holder) => holder.startsWith(wanted));
  });
  if (owner) return withAuthor({ class: 'allowed', owned: true, reason: `it is ${policy.name}’s own` });

  const candidates = [metadata.license, metadata.webStatement, metadata.usageTerms, metadata.rights, metadata.copyrightNotice, metadata.copyright]
    .map(recogniseLicence)
    .filter((l): l is RecognisedLicence => l !== undefined);
  let licence = candidates.find((l) => l.kind !== 'all-rights-reserved') ?? candidates[0];
  // xmpRights:Marked False is XMP's way of saying "public domain"; a named licence says more.
  if ((!licence || licence.kind === 'all-rights-reserved') && metadata.marked === false) licence = { kind: 'public-domain', label: 'Public domain' };

  if (licence) {
    const clause = licenceClause(licence);
    if (!isFree(licence.kind)) return withAuthor({ class: 'not-allowed', licence, reason: clause });
    if (!policy.licences.includes(licence.kind)) {
      return withAuthor({ class: 'not-allowed', licence, reason: `${policy.name}’s policy allows ${allowedList(policy)}, and ${clause}` });
    }
    const needsCredit = licence.kind === 'cc-by' || licence.kind === 'cc-by-sa';
    return withAuthor({ class: needsCredit ? 'attribution' : 'allowed', licence, reason: clause });
  }
  if (notice) {
    const reason = holder ? `its copyright notice names ${holder} and gives no licence` : 'it carries a copyright notice and no licence';
    return withAuthor({ class: 'not-allowed', reason });
  }
  return withAuthor({ class: 'unknown', reason: author ? `it names ${author} but no licence` : 'it carries no licence information' });
}

// A policy that allows every free licence and owns nothing: what is left "unknown" under it is unknown under any.
const ANY_FREE_LICENCE: MediaPolicy = { name: 'Any', licences: [...KIND_ORDER], owners: [], policy: { source: '', quote: '' } };

/**
 * True when nothing can be said about an attachment's licence: its file was not read or could not be, or it
 * names neither a licence nor a rights holder. The checklist then asks the user to confirm ownership or permission.
 */
export function licenceUnknown(attachment: MediaAttachment): boolean {
  if (attachment.read !== 'read' || !attachment.metadata) return true;
  return classifyLicence(attachment.metadata, ANY_FREE_LICENCE).class === 'unknown';
}

// ---------------------------------------------------------------------------------------------------------
// Whether a post credits the work

/** Lower case without accents, whitespace runs as one space, any hyphen as "-". */
function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2010-\u2014]/g, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Scripts written without spaces between words: a name there may touch the next word. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function containsName(post: string, name: string): boolean {
  if (!name) return false;
  for (let at = post.indexOf(name); at >= 0; at = post.indexOf(name, at + 1)) {
    const before = post[at - 1];
    const after = post[at + name.length];
    const startOk = !before || !WORD_CHAR.test(before) || UNSPACED.test(name[0]!);
    const endOk = !after || !WORD_CHAR.test(after) || UNSPACED.test(name[name.length - 1]!);
    if (startOk && endOk) return true;
  }
  return false;
}

const squash = (text: string) => text.replace(/[\s._\-']+/gu, '');

/** The post names the author: the full name, each of several names, or an @handle equal to the name. */
function namesAuthor(post: string, author: string): boolean {
  const name = foldText(author);
  if (containsName(post, name)) return true;
  const handles = [...post.matchAll(/@([\p{L}\p{N}_.\-]+)/gu)].flatMap((m) => [squash(m[1]!), squash(m[1]!.split('.')[0]!)]);
  if (handles.includes(squash(name))) return true;
  const parts = name.split(/\s*(?:[,;&]|\band\b)\s*/u).filter((p) => p.length > 1);
  return parts.length > 1 && parts.every((part) => containsName(post, part) || handles.includes(squash(part)));
}

const versionOf = (label: string) => /\b(\d\.\d)\b/.exec(label)?.[1];

/** The post names the licence: "CC BY-SA 4.0", "CC-BY-SA", "CC BY SA", its long name or URL; a version, if given, must match. */
function namesLicence(post: string, licence: RecognisedLicence): boolean {
  if (licence.kind === 'cc0') return CC0.test(post);
  if (licence.kind === 'public-domain') return PUBLIC_DOMAIN.test(post) || CC0.test(post);
  if (licence.kind === 'all-rights-reserved') return ALL_RIGHTS_RESERVED.test(post);
  const version = versionOf(licence.label);
  return ccMentions(post).some((m) => m.kind === licence.kind && (!m.version || !version || m.version === version));
}

/** True when `text` credits the work: names its author (when known) and its licence (when it has one). */
export function creditsWork(text: string, verdict: LicenceVerdict): boolean {
  const post = foldText(text);
  if (verdict.author && !namesAuthor(post, verdict.author)) return false;
  return !verdict.licence || namesLicence(text, verdict.licence);
}
