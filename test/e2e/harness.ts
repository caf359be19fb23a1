// End-to-end harness: the built extension in a real Chromium, on fixture pages served at the
// platforms' real host names over local HTTPS. A test file usually needs only setupE2E().
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type BrowserRequest, type ExtensionBrowser } from './browser.ts';
import { buildFixtures } from './build-fixtures.ts';
import { createCertificate, PLATFORM_HOSTS, type Certificate } from './certificate.ts';
import { startFixtureServer, type FixtureServer, type ServedRequest, type Site } from './fixture-server.ts';
import type { FixtureApi } from './fixtures/fixture-api.ts';

export { hostResolverRules, launchBrowser, type BrowserRequest, type ExtensionBrowser } from './browser.ts';
export { buildFixtures } from './build-fixtures.ts';
export { createCertificate, PLATFORM_HOSTS, type Certificate } from './certificate.ts';
export { HOST_MARKER, startFixtureServer, type FixtureServer, type ServedRequest, type Site } from './fixture-server.ts';
export type { FixtureApi, MastodonFixtureApi } from './fixtures/fixture-api.ts';

/** Which fixture site (a folder under test/e2e/fixtures) is served at which host. */
export const FIXTURE_SITES: Readonly<Record<string, string>> = {
  'wikimedia.social': 'mastodon',
  'mastodon.social': 'mastodon',
  'x.com': 'x',
  'twitter.com': 'x',
  'mobile.x.com': 'x',
  'bsky.app': 'bluesky',
  'www.threads.com': 'threads',
};

export interface E2ESession {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly serviceWorker: Worker;
  /** Every request the browser made, from pages and the extension's service worker. */
  readonly browserRequests: BrowserRequest[];
  /** Every request the fixture server received. */
  readonly serverRequests: ServedRequest[];
  /** Opens a new tab at https://<host><path> and waits until the fixture app has rendered. */
  openFixture(host: string, path?: string): Promise<Page>;
  /** Browser requests that went anywhere but the fixture hosts or the extension itself. */
  unexpectedRequests(): BrowserRequest[];
}

/**
 * Starts the fixture server and the browser with the extension in `beforeAll`, and stops
 * them in `afterAll`. Call it once at the top of a test file; read the session in tests.
 * Extra `sites` (host -> directory or handler) are served besides FIXTURE_SITES, and so are
 * `fixtureSites` (host -> fixture site name, e.g. 'mastodon'), whose built directory is only
 * known once the fixtures are built.
 */
export function setupE2E(
  options: { sites?: Record<string, Site>; fixtureSites?: Record<string, string>; extensionPath?: string } = {},
): E2ESession {
  let certificate: Certificate | undefined;
  let server: FixtureServer | undefined;
  let browser: ExtensionBrowser | undefined;
  const extraHosts = [...Object.keys(options.sites ?? {}), ...Object.keys(options.fixtureSites ?? {})];
  const hosts = [...new Set([...PLATFORM_HOSTS, ...extraHosts])];

  beforeAll(async () => {
    const [built, cert] = await Promise.all([buildFixtures(), createCertificate(extraHosts)]);
    certificate = cert;
    const sites: Record<string, Site> = {};
    for (const [host, site] of Object.entries(FIXTURE_SITES)) {
      const dir = built[site];
      if (dir) sites[host] = dir;
    }
    for (const [host, site] of Object.entries(options.fixtureSites ?? {})) {
      const dir = built[site];
      if (!dir) throw new Error(`setupE2E: no fixture site named ${JSON.stringify(site)} under test/e2e/fixtures`);
      sites[host] = dir;
    }
    server = await startFixtureServer({ cert, sites: { ...sites, ...options.sites } });
    browser = await launchBrowser({ port: server.port, hosts, extensionPath: options.extensionPath });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await certificate?.dispose();
  });

  const started = (): ExtensionBrowser & { server: FixtureServer } => {
    if (!browser || !server) throw new Error('the e2e session is used before its beforeAll hook ran (or it failed)');
    return { ...browser, server };
  };

  return {
    get context() {
      return started().context;
    },
    get extensionId() {
      return started().extensionId;
    },
    get serviceWorker() {
      return started().serviceWorker;
    },
    get browserRequests() {
      return started().requests;
    },
    get serverRequests() {
      return started().server.requests;
    },
    async openFixture(host, path = '/') {
      const page = await started().context.newPage();
      await page.goto(`https://${host}${path}`);
      await page.waitForFunction(() => '__fixture' in window, null, { timeout: 10_000 });
      return page;
    },
    unexpectedRequests() {
      return started().requests.filter((request) => !isExpectedRequest(request.url, hosts));
    },
  };
}

function isExpectedRequest(url: string, hosts: readonly string[]): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === 'chrome-extension:' || parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  return parsed.protocol === 'https:' && parsed.port === '' && hosts.includes(parsed.hostname);
}

/** The page's own view of its composer (e.g. React state), read in the page's main world. */
export function readFixture(page: Page): Promise<{ text: string; posted: string[] }> {
  return page.evaluate(() => {
    const fixture = (window as unknown as { __fixture: FixtureApi }).__fixture;
    return { text: fixture.getText(), posted: [...fixture.posted] };
  });
}

