/**
 * Reads the few licence properties Guidepost needs from a raw XMP packet. exifr finds the packet in the file
 * (JPEG APP1, PNG iTXt, TIFF tag 700); its own XMP parser is not used because its regular expressions take
 * quadratic time on malformed XML (a second or more on 200 kB of unclosed tags), and a file can be anything.
 * Every search here is an indexOf or a regular expression without nested repetition, one pass per property.
 */

const NAMESPACES = {
  rights: 'http://ns.adobe.com/xap/1.0/rights/',
  cc: 'http://creativecommons.org/ns#',
  dc: 'http://purl.org/dc/elements/1.1/',
} as const;
type Namespace = keyof typeof NAMESPACES;

/** Used when a packet never declares the namespace (some writers drop declarations in extended XMP). */
const USUAL_PREFIXES: Record<Namespace, readonly string[]> = {
  rights: ['xmpRights', 'xapRights'],
  cc: ['cc'],
  dc: ['dc'],
};

export interface XmpLicenceFields {
  usageTerms?: string;
  webStatement?: string;
  license?: string;
  rights?: string;
  marked?: string;
  attributionName?: string;
  creator?: string;
}

const PROPERTIES: ReadonlyArray<[keyof XmpLicenceFields, Namespace, string]> = [
  ['usageTerms', 'rights', 'UsageTerms'],
  ['webStatement', 'rights', 'WebStatement'],
  ['marked', 'rights', 'Marked'],
  ['license', 'cc', 'license'],
  ['attributionName', 'cc', 'attributionName'],
  ['rights', 'dc', 'rights'],
  ['creator', 'dc', 'creator'],
];

/** Property values as text: language alternatives give x-default (else the first), lists are joined with ", ". */
export function readXmpLicenceFields(xmp: string): XmpLicenceFields {
  const prefixes = declaredPrefixes(xmp);
  const fields: XmpLicenceFields = {};
  for (const [field, namespace, name] of PROPERTIES) {
    for (const prefix of prefixes[namespace]) {
      const value = propertyValue(xmp, `${prefix}:${name}`);
      if (value) {
        fields[field] = value;
        break;
      }
    }
  }
  return fields;
}

function declaredPrefixes(xmp: string): Record<Namespace, string[]> {
  const found: Record<Namespace, string[]> = { rights: [], cc: [], dc: [] };
  const declaration = /xmlns:([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)')/g;
  for (const match of xmp.matchAll(declaration)) {
    const uri = match[2] ?? match[3];
    for (const namespace of Object.keys(NAMESPACES) as Namespace[]) {
      if (uri === NAMESPACES[namespace] && !found[namespace].includes(match[1]!)) found[namespace].push(match[1]!);
    }
  }
  for (const namespace of Object.keys(found) as Namespace[]) {
    for (const usual of USUAL_PREFIXES[namespace]) if (!found[namespace].includes(usual)) found[namespace].push(usual);
  }
  return found;
}

/** The value of a property written as an element (`<dc:rights>…</dc:rights>`) or as an attribute (`cc:license="…"`). */
function propertyValue(xmp: string, qname: string): string | undefined {
  let from = 0;
  for (;;) {
    const open = xmp.indexOf(`<${qname}`, from);
    if (open < 0) break;
    from = open + qname.length + 1;
    const next = xmp[from];
    if (next !== '>' && next !== '/' && next !== ' ' && next !== '\t' && next !== '\n' && next !== '\r') continue;
    const tagEnd = xmp.indexOf('>', from);
    if (tagEnd < 0) break;
    const startTag = xmp.slice(from, tagEnd);
    const resource = attribute(startTag, 'rdf:resource');
    if (resource) return resource;
    // Searching on from past each tag and element keeps the whole walk linear, however malformed the packet.
    from = tagEnd + 1;
    if (startTag.endsWith('/')) continue;
    const close = xmp.indexOf(`</${qname}>`, from);
    // A packet cut before the closing tag says nothing reliable about this property.
    if (close < 0) break;
    const value = elementText(xmp.slice(from, close));
    if (value) return value;
    from = close + qname.length + 3;
  }
  return attribute(xmp, qname);
}

function attribute(text: string, qname: string): string | undefined {
  const escaped = qname.replace(/[.]/g, '\\.');
  const match = new RegExp(`(?:^|[\\s"'])${escaped}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(text);
  const value = match ? decodeEntities(match[1] ?? match[2] ?? '').trim() : '';
  return value || undefined;
}

/** The text of an element: its rdf:li items (x-default first for a language alternative), or its own text. */
function elementText(inner: string): string | undefined {
  const items: Array<{ lang?: string; text: string }> = [];
  let from = 0;
  for (;;) {
    const open = inner.indexOf('<rdf:li', from);
    if (open < 0) break;
    const tagEnd = inner.indexOf('>', open);
    if (tagEnd < 0) break;
    const startTag = inner.slice(open + 7, tagEnd);
    const lang = attribute(startTag, 'xml:lang');
    if (startTag.endsWith('/')) {
      const resource = attribute(startTag, 'rdf:resource');
      if (resource) items.push({ lang, text: resource });
      from = tagEnd + 1;
      continue;
    }
    const close = inner.indexOf('</rdf:li>', tagEnd);
    if (close < 0) break;
    const text = plainText(inner.slice(tagEnd + 1, close)) || attribute(startTag, 'rdf:resource');
    if (text) items.push({ lang, text });
    from = close + 9;
  }
  if (items.length === 0) return plainText(inner) || undefined;
  if (/<rdf:Alt[\s>]/.test(inner)) return (items.find((i) => i.lang?.toLowerCase() === 'x-default') ?? items[0])!.text;
  return items.map((i) => i.text).join(', ');
}

function plainText(xml: string): string {
  return decodeEntities(xml.replace(/<[^<>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[entity as 'amp'];
  });
}
