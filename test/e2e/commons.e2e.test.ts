import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clickCardButton, hoverFinding, openCard, overlayFindings, waitForFindings } from './composer-suite.ts';
import { readFixture, setupE2E } from './harness.ts';

// A stand-in for the MediaWiki API at commons.wikimedia.org, answering with a recorded answer's shape
// (formatversion 1, from wmde/attribution-generator-api: see test/unit/fixtures/commons/) and counting requests.
const recorded = JSON.parse(readFileSync(join(import.meta.dirname, '../unit/fixtures/commons/fv1-normalized-shared.json'), 'utf8')) as {
  query: { pages: Record<string, { title: string }> };
};
const LISA_PAGE = recorded.query.pages['-1']!;
const LISA = LISA_PAGE.title; // "File:Apple Lisa2-IMG 1517.jpg"
const LINK = 'https://commons.wikimedia.org/wiki/File:Apple_Lisa2-IMG_1517.jpg';
const CREDIT = 'Photo: Rama & Musée Bolo, CC BY-SA 2.0 fr, via Wikimedia Commons';
const POST = `Our guest today: ${LINK}`;
const TEXTAREA = 'textarea.autosuggest-textarea__textarea';

interface ApiCall {
  titles: string[];
  params: Record<string, string>;
  cookie: string | undefined;
}
const apiCalls: ApiCall[] = [];

const session = setupE2E({
  sites: {
    'commons.wikimedia.org': (req, res, url) => {
      if (url.pathname !== '/w/api.php') {
        res.writeHead(404).end();
        return;
      }
      const titles = url.searchParams.get('titles')?.split('|') ?? [];
      apiCalls.push({ titles, params: Object.fromEntries(url.searchParams), cookie: req.headers.cookie });
      const pages = titles.map((title) => (title === LISA ? LISA_PAGE : { ns: 6, title, missing: '', imagerepository: '' }));
      const body = { batchcomplete: '', query: { pages: Object.fromEntries(pages.map((page, i) => [String(-1 - i), page])) } };
      // What the real API sends for origin=*: an anonymous cross-origin answer any origin may read.
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Access-Control-Allow-Origin': '*' });
      res.end(JSON.stringify(body));
    },
  },
});

async function openOptions(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.locator('#commons-enabled').waitFor();
  return page;
}

async function typePost(text: string): Promise<Page> {
  const page = await session.openFixture('mastodon.social');
  await page.locator(TEXTAREA).pressSequentially(text);
  return page;
}

/** Requests the browser made to Commons (the extension's worker is the only thing that may). */
const commonsRequests = () => session.browserRequests.filter((r) => new URL(r.url).hostname === 'commons.wikimedia.org');

describe('Wikimedia Commons lookups', () => {
  it('(a) with lookups off, as they are by default, a Commons link makes no request and no finding', async () => {
    const page = await typePost(POST);
    await waitForFindings(page, '');
    // Longer than the lookup's batching delay: a request would have gone by now.
    await page.waitForTimeout(1500);
    expect(await overlayFindings(page)).toEqual(['', '']);
    expect(apiCalls).toEqual([]);
    expect(commonsRequests()).toEqual([]);
    await page.close();
  });

  let page: Page;
  let options: Page;

  it('(b) once turned on, a CC BY-SA file link gets the credit as a suggestion, and applying it clears the finding', async () => {
    page = await typePost(POST);
    await waitForFindings(page, '');
    options = await openOptions();
    await options.getByLabel('Look up the licences of Commons files linked in my posts').check();
    await expect.poll(() => options.locator('#commons-status').textContent()).toContain('Lookups are on');

    // The open box checks again by itself, the worker looks the file up, and the box checks once more.
    await waitForFindings(page, 'media/license');
    expect(apiCalls).toHaveLength(1);
    const [call] = apiCalls;
    expect(call!.titles).toEqual([LISA]);
    expect(call!.params).toMatchObject({ action: 'query', prop: 'imageinfo', iiprop: 'extmetadata', origin: '*' });
    expect(call!.cookie).toBeUndefined();
    // Only the file's name left the device: nothing of the post, and only from the extension's worker.
    const requests = commonsRequests();
    expect(requests).toHaveLength(1);
    expect(requests[0]!.fromServiceWorker).toBe(true);
    expect(decodeURIComponent(requests[0]!.url)).not.toContain('Our guest');

    await hoverFinding(page, 'media/license');
    await expect.poll(() => openCard(page).then((card) => card?.category)).toBe('media/license');
    const card = (await openCard(page))!;
    // The button's label, then what the link becomes.
    expect(card.buttons[0]).toBe(`Add “${CREDIT}”${LINK} ${CREDIT}`);
    await clickCardButton(page, CREDIT);
    await expect.poll(() => readFixture(page).then((f) => f.text)).toBe(`${POST} ${CREDIT}`);
    await waitForFindings(page, '');
    expect(apiCalls).toHaveLength(1);
  });

  it('(c) switching the policy to CIS-A2K turns the same link into a not-allowed finding', async () => {
    await options.getByLabel('Apply the guidelines of').selectOption('cis-a2k');
    await expect.poll(() => options.locator('#policy-status').textContent()).toContain('CIS-A2K');
    // The credit is in the post, but CIS-A2K accepts no CC BY-SA at all.
    await waitForFindings(page, 'media/license');
    await page.mouse.move(0, 0);
    await hoverFinding(page, 'media/license');
    await expect.poll(() => openCard(page).then((card) => card?.text ?? '')).toContain('CIS-A2K');
    expect((await openCard(page))!.buttons.some((b) => b.startsWith('Add'))).toBe(false);
    expect(apiCalls).toHaveLength(1);
    await page.close();
  });

  it('(d) the same link checked again, in a new tab, is answered from the cache', async () => {
    const again = await typePost(`Again: ${LINK}`);
    await waitForFindings(again, 'media/license');
    expect(apiCalls).toHaveLength(1);
    expect(commonsRequests()).toHaveLength(1);
    await again.close();
    await options.close();
  });
});
