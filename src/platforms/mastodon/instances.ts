/**
 * Which Mastodon instances Guidepost runs on. Pure functions (no browser APIs): the options page and the
 * popup turn what a user types into an origin here, and the background turns granted permissions back
 * into instances.
 */

/**
 * Instances that are always on: the Foundation's own and the largest public one. The static content
 * script in entrypoints/mastodon.content.ts matches exactly these (the e2e test checks the manifest).
 */
export const DEFAULT_INSTANCE_HOSTS = ['wikimedia.social', 'mastodon.social'] as const;

/**
 * Hosts of the other platforms Guidepost supports (and their subdomains). They have their own content
 * scripts; running the Mastodon one there too would draw a second set of underlines.
 */
const OTHER_PLATFORM_DOMAINS = ['x.com', 'twitter.com', 'bsky.app', 'threads.com', 'threads.net'] as const;

export type InstanceParseResult =
  | { ok: true; /** `https://host`, lower-case, punycode. */ origin: string; host: string; isDefault: boolean }
  | { ok: false; error: string };

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// A Mastodon handle as people copy it: @name@host or name@host.
const HANDLE = /^@?[\w.-]+@([^@\s/?#:]+)$/;
const HOST_AND_PORT = /^[^:/?#@]+:\d*(?:[/?#]|$)/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^\d+(\.\d+){3}$/;

const fail = (error: string): InstanceParseResult => ({ ok: false, error });

/**
 * Turns what a user typed ("social.coop", "https://social.coop/@someone", "@someone@social.coop",
 * "Social.Coop.") into the instance's https origin, or a message saying what to change.
 */
export function parseInstanceInput(input: string): InstanceParseResult {
  const typed = input.trim();
  if (typed === '') return fail('Type the address of a Mastodon instance, for example social.coop.');
  if (/\s/.test(typed)) return fail('An instance address has no spaces; type it like social.coop.');

  let address = typed;
  const handle = HANDLE.exec(typed);
  if (handle && !SCHEME.test(typed)) address = `https://${handle[1]}`;
  else if (typed.startsWith('//')) address = `https:${typed}`;
  // "host:port" would parse as a scheme; a real scheme without "//" (http:host) is kept for the checks below.
  else if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(typed) && (HOST_AND_PORT.test(typed) || !SCHEME.test(typed))) address = `https://${typed}`;

  const scheme = SCHEME.exec(address)?.[1]?.toLowerCase();
  if (scheme === 'http') return fail('Guidepost only works on instances served over https. Use the https:// address.');
  if (scheme !== 'https') return fail('That is not a web address. Type the instance’s address, for example social.coop.');

  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return fail('That does not look like a web address. Type it like social.coop.');
  }
  if (url.username !== '' || url.password !== '') {
    return fail('Leave out any user name or password: type just the instance’s address, like social.coop.');
  }
  if (url.port !== '') return fail('Guidepost only works on instances at the standard https port; leave out the “:port”.');

  const host = url.hostname.replace(/\.$/, '');
  if (host.startsWith('[') || IPV4.test(host)) {
    return fail('Type the instance’s domain name, not an IP address.');
  }
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) {
    return fail('That is an address on your own computer or network; type the domain of a public instance.');
  }
  const labels = host.split('.');
  if (labels.length < 2) return fail(`“${host}” is not a full domain name; type it like social.coop.`);
  if (host.length > 253 || !labels.every((label) => LABEL.test(label)) || /^\d+$/.test(labels.at(-1)!)) {
    return fail('That does not look like a domain name. Type it like social.coop.');
  }
  const platform = OTHER_PLATFORM_DOMAINS.find((domain) => host === domain || host.endsWith(`.${domain}`));
  if (platform) return fail(`${platform} is not a Mastodon instance; Guidepost already checks posts there.`);

  return { ok: true, origin: `https://${host}`, host, isDefault: isDefaultInstanceHost(host) };
}

export function isDefaultInstanceHost(host: string): boolean {
  return (DEFAULT_INSTANCE_HOSTS as readonly string[]).includes(host);
}

/** The match pattern (and host permission) covering every page of an instance: `https://host/*`. */
export function instanceMatchPattern(origin: string): string {
  return `${origin}/*`;
}

/**
 * The instance origin a granted host permission stands for, or null when it is not one exact https host
 * a user could have added (wildcards, http, paths, other platforms). Defaults count: callers filter them.
 */
export function instanceOriginOfPattern(pattern: string): string | null {
  const match = /^https:\/\/([^/*]+)\/\*$/.exec(pattern);
  if (!match) return null;
  const parsed = parseInstanceInput(`https://${match[1]}`);
  return parsed.ok && parsed.host === match[1] ? parsed.origin : null;
}

/** The added instances among granted host permissions: exact https hosts, defaults left out, sorted, unique. */
export function addedInstanceOrigins(grantedOrigins: readonly string[]): string[] {
  const origins = new Set<string>();
  for (const pattern of grantedOrigins) {
    const origin = instanceOriginOfPattern(pattern);
    if (origin && !isDefaultInstanceHost(new URL(origin).hostname)) origins.add(origin);
  }
  return [...origins].sort();
}

/** What the toolbar popup can offer for the page in the active tab. */
export type TabSite =
  /** Not an https site Guidepost could be turned on for (browser pages, http, IP addresses, no address). */
  | { kind: 'other' }
  /** X, Bluesky, Threads or a default Mastodon instance: Guidepost is always on there. */
  | { kind: 'built-in'; host: string }
  /** An instance the user already added. */
  | { kind: 'added'; host: string; origin: string }
  /** Any other https site: the popup offers to turn Guidepost on there. */
  | { kind: 'addable'; host: string; origin: string };

export function classifyTabUrl(url: string | undefined, grantedOrigins: readonly string[]): TabSite {
  if (!url || !/^https:\/\//i.test(url)) return { kind: 'other' };
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return { kind: 'other' };
  }
  if (OTHER_PLATFORM_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`))) {
    return { kind: 'built-in', host };
  }
  const parsed = parseInstanceInput(url);
  if (!parsed.ok) return { kind: 'other' };
  if (parsed.isDefault) return { kind: 'built-in', host: parsed.host };
  const kind = addedInstanceOrigins(grantedOrigins).includes(parsed.origin) ? 'added' : 'addable';
  return { kind, host: parsed.host, origin: parsed.origin };
}
