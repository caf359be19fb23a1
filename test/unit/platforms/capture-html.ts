// Saves each fixture scene's DOM as committed, sanitised HTML for the platform selector tests
// (test/unit/platforms/*.test.ts), so selectors are tested against what a real browser rendered
// without starting one. The pages are the e2e fixtures, opened in the e2e browser with the built
// extension; what the extension adds (overlays, highlight styles) is taken out again.
//
// Regenerate after a fixture's markup changes (all scenes, or those whose name contains a filter):
//   GUIDEPOST_OUT_DIR=.output-pt npx wxt build
//   GUIDEPOST_OUT_DIR=.output-pt npx tsx test/unit/platforms/capture-html.ts [name-filter]
// then run `npx vitest run --project unit test/unit/platforms` and review the diff: Draft.js
// offset keys and the Threads fixture's timestamps change on every capture.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import * as blueskyMedia from '../../e2e/media/bluesky.ts';
import * as mastodonMedia from '../../e2e/media/mastodon.ts';
import * as threadsMedia from '../../e2e/media/threads.ts';
import * as xMedia from '../../e2e/media/x.ts';
import {
  buildFixtures,
  createCertificate,
  FIXTURE_SITES,
  launchBrowser,
  PLATFORM_HOSTS,
  startFixtureServer,
  type Site,
} from '../../e2e/harness.ts';
import { REDACTED_TOKEN, THREAD_TEXTS } from './scene-texts.ts';

const HTML_DIR = join(import.meta.dirname, 'html');

/** What the scenes call on `window.__fixture` (each fixture implements the ones it has). */
type FixtureCall =
  | { helper: 'openCompose' | 'openComposer'; argument?: undefined }
  | { helper: 'openReply' | 'openQuote'; argument: number };

interface Scene {
  /** File name without extension: <platform>-<scene>. */
  name: string;
  host: string;
  path: string;
  /** Brings the page into the scene; resolves once it shows it. */
  setup?(page: Page): Promise<void>;
}

const callFixture = (page: Page, call: FixtureCall) =>
  page.evaluate(({ helper, argument }) => {
    const fixture = (window as unknown as { __fixture: Record<string, (argument?: number) => unknown> }).__fixture;
    return fixture[helper]!(argument);
  }, call);

/** Waits until `count` elements match `selector`. */
async function waitForCount(page: Page, selector: string, count: number): Promise<void> {
  await page.waitForFunction(({ selector, count }) => document.querySelectorAll(selector).length === count, { selector, count }, { timeout: 10_000 });
}

const X_EDITOR = '[data-testid^="tweetTextarea_"][contenteditable="true"]';
const X_DIALOG_EDITOR = `#layers [role="dialog"] ${X_EDITOR}`;
const X_ADD_POST = '#layers [role="dialog"] [data-testid="addButton"]';
const BLUESKY_EDITOR = '[data-testid="composePostView"] .ProseMirror[contenteditable="true"]';
const BLUESKY_ADD_POST = '[role="dialog"] button[aria-label="Add new post"]';
const THREADS_EDITOR = '[role="dialog"] [data-lexical-editor="true"]';

/** Opens a composer with the fixture's helper and waits for its editor (plus `others` already on the page). */
const openWith = (call: FixtureCall, editor: string, others = 0) => async (page: Page) => {
  await callFixture(page, call);
  await waitForCount(page, editor, others + 1);
};

/** Types THREAD_TEXTS into the composer's first editor and, after "Add post", into a second one. */
async function typeThread(page: Page, editor: string, addPost: () => Promise<void>): Promise<void> {
  await page.locator(editor).first().click();
  await page.keyboard.type(THREAD_TEXTS[0]);
  await addPost();
  await waitForCount(page, editor, 2);
  await page.locator(editor).nth(1).click();
  await page.keyboard.type(THREAD_TEXTS[1]);
}

const xThread = (page: Page) => typeThread(page, X_DIALOG_EDITOR, () => page.locator(X_ADD_POST).click());
const blueskyThread = (page: Page) => typeThread(page, BLUESKY_EDITOR, () => page.locator(BLUESKY_ADD_POST).click());
const threadsThread = (page: Page) =>
  typeThread(page, THREADS_EDITOR, () => page.locator('[role="dialog"] [role="button"]', { hasText: 'Add to thread' }).click());

/** Two small images for the media scenes (red and green), written once per capture run. */
let images: Promise<{ red: string; green: string }> | undefined;
function sceneImages(): Promise<{ red: string; green: string }> {
  images ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'guidepost-scenes-'));
    const solid = async (name: string, rgb: readonly [number, number, number]) => {
      const png = new PNG({ width: 8, height: 6 });
      for (let i = 0; i < png.data.length; i += 4) png.data.set([...rgb, 255], i);
      const path = join(dir, name);
      await writeFile(path, PNG.sync.write(png));
      return path;
    };
    return { red: await solid('red.png', [220, 30, 30]), green: await solid('green.png', [30, 200, 60]) };
  })();
  return images;
}

/** Attaches `file` through the index-th file input matching `input`, then waits for `previews` more previews. */
async function attachTo(page: Page, input: string, index: number, file: string, previews: string, count: number): Promise<void> {
  await page.locator(input).nth(index).setInputFiles(file);
  await waitForCount(page, previews, count);
}

const SCENES: readonly Scene[] = [
  { name: 'x-home', host: 'x.com', path: '/home', setup: (page) => waitForCount(page, X_EDITOR, 1) },
  {
    name: 'x-compose-thread',
    host: 'x.com',
    path: '/home',
    setup: async (page) => {
      await openWith({ helper: 'openCompose' }, X_EDITOR, 1)(page);
      await xThread(page);
    },
  },
  { name: 'x-reply', host: 'x.com', path: '/home', setup: openWith({ helper: 'openReply', argument: 1 }, X_EDITOR, 1) },
  { name: 'x-quote', host: 'x.com', path: '/home', setup: openWith({ helper: 'openQuote', argument: 2 }, X_EDITOR, 1) },
  {
    name: 'x-quote-thread',
    host: 'x.com',
    path: '/home',
    setup: async (page) => {
      await openWith({ helper: 'openQuote', argument: 2 }, X_EDITOR, 1)(page);
      await xThread(page);
    },
  },
  // Lena's post quotes another: the reply box answers her words, not the post she quotes.
  { name: 'x-status', host: 'x.com', path: '/lena_edits/status/1880000000000000004', setup: (page) => waitForCount(page, X_EDITOR, 1) },
  { name: 'x-mobile', host: 'mobile.x.com', path: '/home', setup: (page) => waitForCount(page, 'textarea[data-testid="tweetTextarea_0"]', 1) },

  { name: 'bluesky-new', host: 'bsky.app', path: '/', setup: openWith({ helper: 'openComposer' }, BLUESKY_EDITOR) },
  { name: 'bluesky-reply', host: 'bsky.app', path: '/', setup: openWith({ helper: 'openReply', argument: 0 }, BLUESKY_EDITOR) },
  { name: 'bluesky-quote', host: 'bsky.app', path: '/', setup: openWith({ helper: 'openQuote', argument: 1 }, BLUESKY_EDITOR) },
  {
    name: 'bluesky-thread',
    host: 'bsky.app',
    path: '/',
    setup: async (page) => {
      await openWith({ helper: 'openComposer' }, BLUESKY_EDITOR)(page);
      await blueskyThread(page);
    },
  },
  {
    name: 'bluesky-quote-thread',
    host: 'bsky.app',
    path: '/',
    setup: async (page) => {
      await openWith({ helper: 'openQuote', argument: 1 }, BLUESKY_EDITOR)(page);
      await blueskyThread(page);
    },
  },

  { name: 'threads-new', host: 'www.threads.com', path: '/', setup: openWith({ helper: 'openComposer' }, THREADS_EDITOR) },
  { name: 'threads-reply', host: 'www.threads.com', path: '/', setup: openWith({ helper: 'openReply', argument: 0 }, THREADS_EDITOR) },
  { name: 'threads-quote', host: 'www.threads.com', path: '/', setup: openWith({ helper: 'openQuote', argument: 1 }, THREADS_EDITOR) },
  {
    name: 'threads-thread',
    host: 'www.threads.com',
    path: '/',
    setup: async (page) => {
      await openWith({ helper: 'openComposer' }, THREADS_EDITOR)(page);
      await threadsThread(page);
    },
  },
  {
    name: 'threads-quote-thread',
    host: 'www.threads.com',
    path: '/',
    setup: async (page) => {
      await openWith({ helper: 'openQuote', argument: 1 }, THREADS_EDITOR)(page);
      await threadsThread(page);
    },
  },

  // The Mastodon fixture has no reply mode, so only the plain compose column.
  { name: 'mastodon-plain', host: 'wikimedia.social', path: '/', setup: (page) => waitForCount(page, 'textarea.autosuggest-textarea__textarea', 1) },

  // Media (issue 6): images attached through each page's own controls, described where the page allows it.
  {
    name: 'x-media',
    host: 'x.com',
    path: '/home',
    setup: async (page) => {
      const { red, green } = await sceneImages();
      await waitForCount(page, X_EDITOR, 1);
      await xMedia.attachImage(page, red);
      await xMedia.attachImage(page, green);
      await xMedia.addAltText(page, 0, 'A red square');
    },
  },
  {
    name: 'x-media-thread',
    host: 'x.com',
    path: '/home',
    setup: async (page) => {
      const { red, green } = await sceneImages();
      await openWith({ helper: 'openCompose' }, X_EDITOR, 1)(page);
      await xThread(page);
      // X's one toolbar attaches to the post being edited.
      const input = '#layers [role="dialog"] input[data-testid="fileInput"]';
      const previews = `#layers [role="dialog"] ${xMedia.previewSelector}`;
      await page.locator(X_DIALOG_EDITOR).nth(0).click();
      await attachTo(page, input, 0, red, previews, 1);
      await page.locator(X_DIALOG_EDITOR).nth(1).click();
      await attachTo(page, input, 0, green, previews, 2);
      await xMedia.addAltText(page, 0, 'A red square');
    },
  },
  {
    name: 'bluesky-media',
    host: 'bsky.app',
    path: '/',
    setup: async (page) => {
      const { red } = await sceneImages();
      await openWith({ helper: 'openComposer' }, BLUESKY_EDITOR)(page);
      await page.keyboard.type('Photos from the edit-a-thon');
      await blueskyMedia.attachImage(page, red);
    },
  },
  {
    name: 'bluesky-media-alt',
    host: 'bsky.app',
    path: '/',
    setup: async (page) => {
      const { red, green } = await sceneImages();
      await openWith({ helper: 'openComposer' }, BLUESKY_EDITOR)(page);
      await page.keyboard.type('Photos from the edit-a-thon');
      await blueskyMedia.attachImage(page, red);
      await blueskyMedia.pasteImage(page, green);
      await blueskyMedia.addAltText(page, 0, 'A red square');
    },
  },
  {
    name: 'threads-media',
    host: 'www.threads.com',
    path: '/',
    setup: async (page) => {
      const { red, green } = await sceneImages();
      await openWith({ helper: 'openComposer' }, THREADS_EDITOR)(page);
      await threadsMedia.attachImage(page, red);
      await threadsMedia.attachImage(page, green);
    },
  },
  {
    name: 'threads-media-thread',
    host: 'www.threads.com',
    path: '/',
    setup: async (page) => {
      const { red, green } = await sceneImages();
      await openWith({ helper: 'openComposer' }, THREADS_EDITOR)(page);
      await threadsThread(page);
      const input = '[role="dialog"] input[type="file"]';
      const previews = `[role="dialog"] ${threadsMedia.previewSelector}`;
      await attachTo(page, input, 0, red, previews, 1);
      await attachTo(page, input, 1, green, previews, 2);
    },
  },
  {
    name: 'mastodon-media',
    host: 'wikimedia.social',
    path: '/',
    setup: async (page) => {
      const { red } = await sceneImages();
      await waitForCount(page, 'textarea.autosuggest-textarea__textarea', 1);
      await mastodonMedia.attachImage(page, red);
    },
  },
  {
    name: 'mastodon-media-alt',
    host: 'wikimedia.social',
    path: '/',
    setup: async (page) => {
      const { red, green } = await sceneImages();
      await waitForCount(page, 'textarea.autosuggest-textarea__textarea', 1);
      await mastodonMedia.attachImage(page, red);
      await mastodonMedia.pasteImage(page, green);
      await mastodonMedia.addAltText(page, 0, 'A red square');
    },
  },
];

/**
 * The page's HTML without what would run or load (scripts, style sheet links: the tests get no network),
 * without what the extension added, and with the server-rendered access token replaced.
 */
function sanitisedHtml(page: Page): Promise<string> {
  return page.evaluate((redacted) => {
    const root = document.documentElement.cloneNode(true) as HTMLElement;
    const removable = [
      'script:not([type="application/json"])',
      'link[rel="stylesheet"]',
      'link[rel="modulepreload"]',
      'guidepost-overlay',
      '#guidepost-highlight-styles',
    ];
    for (const element of root.querySelectorAll(removable.join(','))) element.remove();
    for (const data of root.querySelectorAll('script[type="application/json"]')) {
      data.textContent = (data.textContent ?? '').replace(/("access_token"\s*:\s*")[^"]*(")/g, `$1${redacted}$2`);
    }
    return `<!DOCTYPE html>\n${root.outerHTML}\n`;
  }, REDACTED_TOKEN);
}

async function main(filter = ''): Promise<void> {
  const scenes = SCENES.filter((scene) => scene.name.includes(filter));
  if (scenes.length === 0) throw new Error(`no scene name contains ${JSON.stringify(filter)}`);
  const [built, cert] = await Promise.all([buildFixtures(), createCertificate()]);
  const sites: Record<string, Site> = {};
  for (const [host, site] of Object.entries(FIXTURE_SITES)) if (built[site]) sites[host] = built[site];
  const server = await startFixtureServer({ cert, sites });
  const browser = await launchBrowser({ port: server.port, hosts: PLATFORM_HOSTS });
  try {
    await mkdir(HTML_DIR, { recursive: true });
    for (const scene of scenes) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`https://${scene.host}${scene.path}`);
      await page.waitForFunction(() => '__fixture' in window, null, { timeout: 10_000 });
      await scene.setup?.(page);
      // Let the apps finish the frame (placeholders, decorations) before reading the DOM.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const file = join(HTML_DIR, `${scene.name}.html`);
      await writeFile(file, await sanitisedHtml(page));
      console.log(`wrote ${file}`);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
    await cert.dispose();
  }
}

if (process.argv[1] === import.meta.filename) {
  main(process.argv[2]).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
