import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { TMP_DIR } from './certificate.ts';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const REPO_ROOT = join(import.meta.dirname, '../..');

// Playwright reads this opt-out when a worker attaches; with it set, the request log would
// silently miss everything the extension's service worker fetches.
delete process.env.PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK;

export interface BrowserRequest {
  url: string;
  method: string;
  resourceType: string;
  /** True when the extension's (or a page's) service worker made the request. */
  fromServiceWorker: boolean;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's MV3 background service worker. */
  serviceWorker: Worker;
  /** Every request the browser issued, from pages and from service workers, in order. */
  requests: BrowserRequest[];
  /** Closes the browser and deletes its temporary profile. */
  close(): Promise<void>;
}

/**
 * Host-resolver rules sending each host's HTTPS port to the fixture server, and every other
 * name (and every other port) to NOTFOUND, so nothing in the browser can reach the internet.
 * Chromium applies the first matching rule; a `host:port` pattern matches that port only.
 */
export function hostResolverRules(hosts: readonly string[], port: number): string {
  return [...hosts.map((host) => `MAP ${host}:443 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'].join(', ');
}

/**
 * Launches Chromium with the built extension unpacked, every `hosts` entry resolving to the
 * fixture server on `port`. Playwright's `headless: true` passes plain `--headless`, which in
 * Chromium 132+ is the new headless mode (the old one, which could not run extensions, is gone
 * from the browser binary), so extensions load without a display.
 */
export async function launchBrowser(options: {
  port: number;
  hosts: readonly string[];
  extensionPath?: string;
}): Promise<ExtensionBrowser> {
  const extensionPath = resolve(REPO_ROOT, options.extensionPath ?? join(process.env.GUIDEPOST_OUT_DIR || '.output', 'chrome-mv3'));
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run \`npx wxt build\` first.`);
  }
  await mkdir(TMP_DIR, { recursive: true });
  const userDataDir = await mkdtemp(join(TMP_DIR, 'profile-'));

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [
        '--no-sandbox',
        `--disable-extensions-except=${extensionPath}`,
        `--load-extension=${extensionPath}`,
        `--host-resolver-rules=${hostResolverRules(options.hosts, options.port)}`,
        '--ignore-certificate-errors',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-gpu',
        '--disable-quic',
      ],
      // Playwright adds --disable-extensions by default. --disable-extensions-except currently
      // overrides it, but dropping it means we do not depend on that precedence.
      ignoreDefaultArgs: ['--disable-extensions'],
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }

  // Registered before anything else can run so that no request is missed. Playwright 1.65
  // reports service-worker requests (extension workers included) on the context by default;
  // the old PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS switch no longer exists, there is
  // only an opt-out (PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK), which we make sure is off.
  const requests: BrowserRequest[] = [];
  context.on('request', (request) => {
    requests.push({
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      fromServiceWorker: request.serviceWorker() !== null,
    });
  });

  const close = async () => {
    await context.close().catch(() => {});
    await rm(userDataDir, { recursive: true, force: true });
  };

  try {
    const serviceWorker = await extensionServiceWorker(context);
    const extensionId = new URL(serviceWorker.url()).host;
    return { context, extensionId, serviceWorker, requests, close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function extensionServiceWorker(context: BrowserContext): Promise<Worker> {
  const isExtension = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  // The worker may have started before Playwright's listener was attached, so look first.
  const running = context.serviceWorkers().find(isExtension);
  if (running) return running;
  try {
    return await context.waitForEvent('serviceworker', { predicate: isExtension, timeout: 15_000 });
  } catch {
    throw new Error('The extension did not start a background service worker within 15 s; is it built and valid?');
  }
}
