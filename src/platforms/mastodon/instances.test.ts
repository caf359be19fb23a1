import { describe, expect, it } from 'vitest';
import {
  addedInstanceOrigins,
  classifyTabUrl,
  DEFAULT_INSTANCE_HOSTS,
  instanceMatchPattern,
  instanceOriginOfPattern,
  parseInstanceInput,
  type TabSite,
} from './instances.ts';

describe('parseInstanceInput', () => {
  const accepted: [typed: string, origin: string][] = [
    ['social.coop', 'https://social.coop'],
    ['  social.coop  ', 'https://social.coop'],
    ['Social.Coop.', 'https://social.coop'],
    ['https://social.coop', 'https://social.coop'],
    ['https://social.coop/', 'https://social.coop'],
    ['https://social.coop/@someone', 'https://social.coop'],
    ['https://social.coop/@someone/112233?lang=en#reply', 'https://social.coop'],
    ['HTTPS://SOCIAL.COOP/home', 'https://social.coop'],
    ['https:social.coop', 'https://social.coop'],
    ['//social.coop/about', 'https://social.coop'],
    ['social.coop/explore', 'https://social.coop'],
    ['https://social.coop:443/', 'https://social.coop'],
    ['@someone@social.coop', 'https://social.coop'],
    ['someone@social.coop', 'https://social.coop'],
    ['mastodon.online', 'https://mastodon.online'],
    ['fediscience.org', 'https://fediscience.org'],
    ['toot.community', 'https://toot.community'],
    ['social.example.org', 'https://social.example.org'],
    ['xn--bcher-kva.example', 'https://xn--bcher-kva.example'],
    // Internationalised names become punycode, the form permissions and match patterns use.
    ['bücher.example', 'https://xn--bcher-kva.example'],
    ['https://mastodon.ελ/@someone', 'https://mastodon.xn--qxam'],
    ['tooting.東京', 'https://tooting.xn--1lqs71d'],
    // A host that merely contains a platform's name is still an instance.
    ['notx.com', 'https://notx.com'],
    ['bsky.apps.example', 'https://bsky.apps.example'],
    ['wikimedia.social', 'https://wikimedia.social'],
    ['https://mastodon.social/@Wikipedia', 'https://mastodon.social'],
  ];
  it.each(accepted)('accepts %j as %s', (typed, origin) => {
    const parsed = parseInstanceInput(typed);
    expect(parsed).toMatchObject({ ok: true, origin, host: new URL(origin).hostname });
  });

  it('marks the default instances', () => {
    expect(parseInstanceInput('https://wikimedia.social')).toMatchObject({ ok: true, isDefault: true });
    expect(parseInstanceInput('Mastodon.Social.')).toMatchObject({ ok: true, isDefault: true });
    expect(parseInstanceInput('social.coop')).toMatchObject({ ok: true, isDefault: false });
  });

  // Each case: what was typed, and a fragment the message must contain so the user knows what to change.
  const refused: [typed: string, message: RegExp][] = [
    ['', /Type the address/],
    ['   ', /Type the address/],
    ['social coop', /no spaces/],
    ['http://social.coop', /only works on instances served over https/],
    ['HTTP://social.coop/@someone', /over https/],
    ['http:social.coop', /over https/],
    ['ftp://social.coop', /not a web address/],
    ['mailto:someone@social.coop', /not a web address/],
    ['javascript:alert(1)', /not a web address/],
    ['chrome://extensions', /not a web address/],
    ['https://someone:secret@social.coop/', /user name or password/],
    ['https://someone@social.coop/', /user name or password/],
    ['social.coop:8443', /standard https port/],
    ['https://social.coop:8443/@someone', /standard https port/],
    ['127.0.0.1', /not an IP address/],
    ['https://192.168.1.20/', /not an IP address/],
    ['127.1', /not an IP address/],
    ['[::1]', /not an IP address/],
    ['https://[2001:db8::1]/', /not an IP address/],
    ['localhost', /your own computer/],
    ['https://localhost/', /your own computer/],
    ['mastodon.localhost', /your own computer/],
    ['printer.local', /your own computer/],
    ['coop', /not a full domain name/],
    ['social', /not a full domain name/],
    ['*.social.coop', /does not look like a domain/],
    ['social_coop.example', /does not look like a domain/],
    ['-social.coop', /does not look like a domain/],
    ['social..coop', /does not look like a domain|does not look like a web address/],
    ['social.123', /does not look like|not an IP address/],
    [`${'a'.repeat(64)}.example`, /does not look like a domain/],
    ['https://', /does not look like a web address/],
    ['x.com', /not a Mastodon instance/],
    ['https://x.com/home', /not a Mastodon instance/],
    ['mobile.x.com', /x\.com is not a Mastodon instance/],
    ['twitter.com', /not a Mastodon instance/],
    ['bsky.app', /not a Mastodon instance/],
    ['https://www.threads.com/@someone', /threads\.com is not a Mastodon instance/],
    ['threads.net', /not a Mastodon instance/],
  ];
  it.each(refused)('refuses %j', (typed, message) => {
    const parsed = parseInstanceInput(typed);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});

describe('instanceMatchPattern', () => {
  it('covers every page of the instance', () => {
    expect(instanceMatchPattern('https://social.coop')).toBe('https://social.coop/*');
  });
});

describe('instanceOriginOfPattern', () => {
  const cases: [pattern: string, origin: string | null][] = [
    ['https://social.coop/*', 'https://social.coop'],
    ['https://xn--bcher-kva.example/*', 'https://xn--bcher-kva.example'],
    ['https://wikimedia.social/*', 'https://wikimedia.social'],
    // Not one exact https host a user could have added.
    ['https://*/*', null],
    ['<all_urls>', null],
    ['*://social.coop/*', null],
    ['https://*.social.coop/*', null],
    ['http://social.coop/*', null],
    ['https://social.coop/about/*', null],
    ['https://Social.Coop/*', null],
    ['https://social.coop:8443/*', null],
    ['https://x.com/*', null],
    ['https://localhost/*', null],
  ];
  it.each(cases)('%s -> %s', (pattern, origin) => {
    expect(instanceOriginOfPattern(pattern)).toBe(origin);
  });
});

describe('addedInstanceOrigins', () => {
  it('keeps exact added hosts, drops defaults, wildcards and duplicates, sorted', () => {
    const granted = [
      'https://wikimedia.social/*',
      'https://mastodon.social/*',
      'https://zoo.example/*',
      'https://social.coop/*',
      'https://*/*',
      'https://social.coop/*',
      'https://x.com/*',
    ];
    expect(addedInstanceOrigins(granted)).toEqual(['https://social.coop', 'https://zoo.example']);
  });

  it('is empty when only the defaults are granted', () => {
    expect(addedInstanceOrigins(DEFAULT_INSTANCE_HOSTS.map((host) => `https://${host}/*`))).toEqual([]);
  });
});

describe('classifyTabUrl', () => {
  const granted = ['https://wikimedia.social/*', 'https://mastodon.social/*', 'https://social.coop/*'];
  const cases: [url: string | undefined, site: TabSite][] = [
    ['https://fosstodon.org/@someone', { kind: 'addable', host: 'fosstodon.org', origin: 'https://fosstodon.org' }],
    ['https://social.coop/home', { kind: 'added', host: 'social.coop', origin: 'https://social.coop' }],
    ['https://wikimedia.social/home', { kind: 'built-in', host: 'wikimedia.social' }],
    ['https://mastodon.social/', { kind: 'built-in', host: 'mastodon.social' }],
    ['https://x.com/home', { kind: 'built-in', host: 'x.com' }],
    ['https://mobile.x.com/compose/post', { kind: 'built-in', host: 'mobile.x.com' }],
    ['https://bsky.app/', { kind: 'built-in', host: 'bsky.app' }],
    ['https://www.threads.com/', { kind: 'built-in', host: 'www.threads.com' }],
    ['http://social.example.org/', { kind: 'other' }],
    ['https://127.0.0.1/', { kind: 'other' }],
    ['https://localhost:8443/', { kind: 'other' }],
    ['https://social.example.org:8443/', { kind: 'other' }],
    ['chrome://extensions/', { kind: 'other' }],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html', { kind: 'other' }],
    ['about:blank', { kind: 'other' }],
    ['', { kind: 'other' }],
    [undefined, { kind: 'other' }],
  ];
  it.each(cases)('%s', (url, site) => {
    expect(classifyTabUrl(url, granted)).toEqual(site);
  });
});
