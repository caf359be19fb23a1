// A Mastodon instance the user adds at run time: no content script before the permission is granted, the
// content script in new and already-open tabs after it, none after the permission is removed. Granted
// through the extension's own UI (options page, toolbar popup) with real clicks.
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INSTANCE_HOSTS } from '../../src/platforms/mastodon/instances.ts';
import { setupE2E } from './harness.ts';

// Hosts that are not default instances, served with the Mastodon fixture.
const ADDED_HOST = 'social.example.org';
const POPUP_HOST = 'toot.example.net';
const session = setupE2E({ fixtureSites: { [ADDED_HOST]: 'mastodon', [POPUP_HOST]: 'mastodon' } });

const TEXTAREA = 'textarea.autosuggest-textarea__textarea';
const SCRIPT_ID = 'mastodon-added-instances';
// The machine may be slow, and a stopped service worker takes a moment to start again.
const PATIENT = { timeout: 10_000 };

interface ChromeForTests {
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[]; js?: string[] }[]> };
  runtime: { getManifest(): { content_scripts?: { matches: string[]; js: string[] }[]; optional_host_permissions?: string[] } };
  developerPrivate: { addHostPermission(extensionId: string, host: string): Promise<void> };
}

/** Types a post that Guidepost flags, and waits for an overlay to show it. */
async function expectGuidepostWorks(page: Page, text = 'Oh great /s'): Promise<void> {
  await page.locator(TEXTAREA).pressSequentially(text);
  await page.waitForFunction(
    () => [...document.querySelectorAll('guidepost-overlay')].some((o) => o.getAttribute('data-guidepost-findings')?.includes('tone/sarcasm')),
    null,
    { timeout: 10_000 },
  );
}

/**
 * Types the same post in a page without the content script and in one with it (a default instance), so
 * the absence is checked only after the content script had time to react where it runs. Returns how many
 * overlays the content script draws on the fixture when it runs once (one per field it checks).
 */
async function expectNoGuidepost(page: Page): Promise<number> {
  const control = await session.openFixture('mastodon.social');
  await Promise.all([page.locator(TEXTAREA).pressSequentially('Oh great /s'), expectGuidepostWorks(control)]);
  const overlaysWhenRunningOnce = await control.locator('guidepost-overlay').count();
  await control.close();
  expect(await page.locator('guidepost-overlay').count()).toBe(0);
  return overlaysWhenRunningOnce;
}

/** The extension's options page, as the browser opens it. */
async function openOptions(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.locator('[data-default-list] li').first().waitFor();
  return page;
}

/** What the extension has now: granted origins and the dynamic content scripts, read in an extension page. */
function extensionState(extensionPage: Page) {
  return extensionPage.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: ChromeForTests }).chrome;
    const [{ origins = [] }, scripts] = await Promise.all([chrome.permissions.getAll(), chrome.scripting.getRegisteredContentScripts()]);
    return { origins: origins.sort(), scripts };
  });
}

/**
 * What the host-access control of chrome://extensions does: records `https://host/*` as allowed for the
 * extension. For an optional host permission that is not a grant by itself (the test checks): the
 * extension still has to ask, from a user gesture, and then Chromium grants it without showing the prompt
 * a headless browser could not answer.
 */
async function allowInBrowserSettings(host: string): Promise<void> {
  const page = await session.context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(
    ([id, pattern]) => (globalThis as unknown as { chrome: ChromeForTests }).chrome.developerPrivate.addHostPermission(id!, pattern!),
    [session.extensionId, `https://${host}/*`],
  );
  await page.close();
}

/** Stops the extension's service worker, as the browser does when it is idle. */
async function stopServiceWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(session.extensionId));
  expect(worker).toBeDefined();
  await cdp.send('Target.closeTarget', { targetId: worker!.targetId });
  await expect
    .poll(async () => (await cdp.send('Target.getTargets')).targetInfos.some((t) => t.targetId === worker!.targetId), PATIENT)
    .toBe(false);
  await cdp.detach();
}

/**
 * The toolbar popup, opened on `page`'s tab the way a click on the toolbar button does (CDP
 * Extensions.triggerAction, which also grants activeTab). Playwright does not list extension popups as
 * pages, so it is driven through the browser's CDP session with the target's messages relayed.
 */
async function openToolbarPopup(page: Page) {
  const browser = page.context().browser();
  const cdp: CDPSession = browser ? await browser.newBrowserCDPSession() : await page.context().newCDPSession(page);
  const tabs = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = tabs.targetInfos.find((t) => t.url === page.url());
  expect(tab, `a tab target at ${page.url()}`).toBeDefined();
  await cdp.send('Extensions.triggerAction', { id: session.extensionId, targetId: tab!.targetId });

  const popupUrl = `chrome-extension://${session.extensionId}/popup.html`;
  let popup: { targetId: string } | undefined;
  await expect
    .poll(async () => {
      popup = (await cdp.send('Target.getTargets')).targetInfos.find((t) => t.type === 'page' && t.url === popupUrl);
      return popup !== undefined;
    }, PATIENT)
    .toBe(true);
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: popup!.targetId, flatten: false });

  let nextId = 1;
  const replies = new Map<number, (reply: { result?: unknown; error?: { message: string } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (reply.id !== undefined) replies.get(reply.id)?.(reply);
  });
  const send = async <T>(method: string, params: object): Promise<T> => {
    const id = nextId++;
    const reply = new Promise<{ result?: unknown; error?: { message: string } }>((resolve) => replies.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    const { result, error } = await reply;
    if (error) throw new Error(`${method}: ${error.message}`);
    return result as T;
  };
  const evaluate = async <T>(expression: string): Promise<T> => {
    const { result, exceptionDetails } = await send<{ result: { value: T }; exceptionDetails?: { text: string } }>('Runtime.evaluate', {
      expression,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`popup: ${exceptionDetails.text}`);
    return result.value;
  };

  return {
    /** The popup's visible text, once its first render is done. */
    text: () => evaluate<string>('document.body.innerText'),
    waitForText: (fragment: string) => expect.poll(() => evaluate<string>('document.body.innerText'), PATIENT).toContain(fragment),
    /** Clicks the button with this text with real mouse input (a user gesture). */
    async click(label: string) {
      const box = await evaluate<{ x: number; y: number } | null>(`(() => {
        const button = [...document.querySelectorAll('button')].find((b) => !b.hidden && b.textContent === ${JSON.stringify(label)});
        if (!button) return null;
        const r = button.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      })()`);
      expect(box, `a visible "${label}" button in the popup`).not.toBeNull();
      for (const type of ['mousePressed', 'mouseReleased']) {
        await send('Input.dispatchMouseEvent', { type, x: box!.x, y: box!.y, button: 'left', clickCount: 1 });
      }
    },
    async close() {
      await cdp.send('Target.closeTarget', { targetId: popup!.targetId }).catch(() => {});
      await cdp.detach();
    },
  };
}

describe('Mastodon instances added at run time', () => {
  it('declares the default instances statically and every other https host as optional', async () => {
    const manifest = await session.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeForTests }).chrome.runtime.getManifest(),
    );
    const mastodonScript = manifest.content_scripts?.find((script) => script.js.includes('content-scripts/mastodon.js'));
    expect(mastodonScript?.matches.sort()).toEqual(DEFAULT_INSTANCE_HOSTS.map((host) => `https://${host}/*`).sort());
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
  });

  let openTab: Page;
  // As many overlays as on a default instance: more would mean the content script started twice.
  let overlaysWhenRunningOnce = 0;

  it('leaves an instance that was not added alone', async () => {
    openTab = await session.openFixture(ADDED_HOST);
    overlaysWhenRunningOnce = await expectNoGuidepost(openTab);
    expect(overlaysWhenRunningOnce).toBeGreaterThan(0);
  });

  it('options page: lists the defaults, explains the permission and refuses what is not an instance', async () => {
    const options = await openOptions();
    expect(await options.locator('[data-default-list] li .instance__host').allTextContents()).toEqual([...DEFAULT_INSTANCE_HOSTS]);
    expect(await options.locator('[data-default-list] button').count()).toBe(0);
    await expect.poll(() => options.locator('[data-none-added]').isVisible(), PATIENT).toBe(true);
    expect(await options.locator('#mastodon-instances').innerText()).toMatch(/never leaves/);

    const input = options.getByLabel('Add an instance');
    const status = options.locator('#mastodon-instance-status');
    const cases: [typed: string, message: RegExp][] = [
      ['', /Type the address/],
      [`http://${ADDED_HOST}`, /served over https/],
      ['https://192.168.1.20/', /not an IP address/],
      ['x.com', /x\.com is not a Mastodon instance/],
    ];
    for (const [typed, message] of cases) {
      await input.fill(typed);
      await options.getByRole('button', { name: 'Add', exact: true }).click();
      await expect.poll(() => status.textContent(), PATIENT).toMatch(message);
      expect(await input.getAttribute('aria-invalid')).toBe('true');
      expect(await options.evaluate(() => document.activeElement?.id)).toBe('mastodon-instance-address');
    }
    // Enter submits too; a default instance is explained, not added.
    await input.fill('https://wikimedia.social/@Wikipedia');
    await input.press('Enter');
    await expect.poll(() => status.textContent(), PATIENT).toMatch(/wikimedia\.social is always on/);
    expect(await input.getAttribute('aria-invalid')).toBe('false');
    expect((await extensionState(options)).scripts).toEqual([]);
    await options.close();
  });

  it('options page: asks for the permission from the click, and leaves things unchanged while the prompt is open', async () => {
    const options = await openOptions();
    await options.getByLabel('Add an instance').fill('unanswered.example.com');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    // Headless Chromium shows no prompt anyone could answer: the request stays pending.
    await expect.poll(() => options.locator('#mastodon-instance-status').textContent(), PATIENT).toMatch(/Asking your browser to allow Guidepost on unanswered\.example\.com/);
    expect((await extensionState(options)).origins).not.toContain('https://unanswered.example.com/*');
    await options.close();
  });

  it('options page: Add grants the permission; the open tab and new tabs get the content script', async () => {
    await allowInBrowserSettings(ADDED_HOST);
    const options = await openOptions();
    // Allowing the site in the browser's settings grants nothing by itself: the extension must ask.
    expect(await extensionState(options)).toEqual({ origins: expect.not.arrayContaining([`https://${ADDED_HOST}/*`]), scripts: [] });

    // The permission event must wake a stopped worker: its listeners are registered at the top of the worker.
    await stopServiceWorker(options);
    await options.getByLabel('Add an instance').fill(`https://${ADDED_HOST.toUpperCase()}/@someone`);
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => options.locator('#mastodon-instance-status').textContent(), PATIENT).toMatch(`Added ${ADDED_HOST}`);
    expect(await options.getByLabel('Add an instance').inputValue()).toBe('');
    expect(await options.locator('[data-added-list] .instance__host').allTextContents()).toEqual([ADDED_HOST]);
    expect(await options.locator('[data-none-added]').isVisible()).toBe(false);
    await expect
      .poll(async () => (await extensionState(options)).scripts, PATIENT)
      .toEqual([expect.objectContaining({ id: SCRIPT_ID, matches: [`https://${ADDED_HOST}/*`], js: ['content-scripts/mastodon.js'] })]);

    // The tab that was open before the grant, without a reload.
    await openTab.locator(TEXTAREA).press('ControlOrMeta+a');
    await openTab.locator(TEXTAREA).press('Backspace');
    await expectGuidepostWorks(openTab);
    expect(await openTab.locator('guidepost-overlay').count()).toBe(overlaysWhenRunningOnce);
    await openTab.close();

    const newTab = await session.openFixture(ADDED_HOST, '/home');
    await expectGuidepostWorks(newTab);
    expect(await newTab.locator('guidepost-overlay').count()).toBe(overlaysWhenRunningOnce);
    await newTab.close();

    // Adding it again is explained, not asked again.
    await options.getByLabel('Add an instance').fill(ADDED_HOST);
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => options.locator('#mastodon-instance-status').textContent(), PATIENT).toMatch(/already in your list/);
    await options.close();
  });

  it('toolbar popup: offers to check posts on the tab’s site, and turns Guidepost on there', async () => {
    await allowInBrowserSettings(POPUP_HOST);
    // Opened last, so it is the active tab, the one a toolbar click is about.
    const tab = await session.openFixture(POPUP_HOST, '/home?popup');
    const popup = await openToolbarPopup(tab);
    try {
      await popup.waitForText('Add this Mastodon instance');
      await popup.click('Add this Mastodon instance');
      await popup.waitForText(`Guidepost is checking your posts on ${POPUP_HOST}.`);
      expect(await popup.text()).not.toContain('Add this Mastodon instance');
    } finally {
      await popup.close();
    }
    await expectGuidepostWorks(tab);
    expect(await tab.locator('guidepost-overlay').count()).toBe(overlaysWhenRunningOnce);
    await tab.close();

    // An added instance is reported as on.
    const added = await session.openFixture(ADDED_HOST, '/home?popup');
    const again = await openToolbarPopup(added);
    try {
      await again.waitForText(`Guidepost is checking your posts on ${ADDED_HOST}.`);
      expect(await again.text()).toContain('Manage Mastodon instances');
    } finally {
      await again.close();
    }
    await added.close();
  });

  it('options page: Remove takes the permission away and new tabs get no content script', async () => {
    const options = await openOptions();
    await expect.poll(() => options.locator('[data-added-list] .instance__host').allTextContents(), PATIENT).toEqual([ADDED_HOST, POPUP_HOST]);
    await options.getByRole('button', { name: `Remove ${ADDED_HOST}` }).click();
    await expect.poll(() => options.locator('#mastodon-instance-status').textContent(), PATIENT).toMatch(`Removed ${ADDED_HOST}`);
    expect(await options.locator('[data-added-list] .instance__host').allTextContents()).toEqual([POPUP_HOST]);
    // Focus moves to the Remove button that took the removed one's place.
    expect(await options.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Remove ${POPUP_HOST}`);
    await expect
      .poll(async () => (await extensionState(options)).scripts.map((s) => s.matches), PATIENT)
      .toEqual([[`https://${POPUP_HOST}/*`]]);

    await options.keyboard.press('Enter');
    await expect.poll(() => options.locator('#mastodon-instance-status').textContent(), PATIENT).toMatch(`Removed ${POPUP_HOST}`);
    await expect.poll(() => options.locator('[data-none-added]').isVisible(), PATIENT).toBe(true);
    await expect.poll(async () => (await extensionState(options)).scripts, PATIENT).toEqual([]);
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('mastodon-instance-address');
    await options.close();

    const page = await session.openFixture(ADDED_HOST, '/after-removal');
    await expectNoGuidepost(page);
    await page.close();
  });

  it('made no request beyond the fixture hosts', () => {
    // chrome://extensions loads its own chrome:// resources, from inside the browser.
    expect(session.unexpectedRequests().filter((request) => !request.url.startsWith('chrome://'))).toEqual([]);
  });
});
