// The toolbar popup against a tab with a fixture compose box, the badge, the audit log on the options page, the
// keyboard shortcut's message, and axe-core on the popup and the options page.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { overlayFindings, readModel, SCREENSHOT_DIR, waitForFindings } from './composer-suite.ts';
import { setupE2E } from './harness.ts';
import { badgeText, GATE_TARGETS, tabIdOf, type WorkerChrome } from './gate-targets.ts';

/** The worker's global: functions passed to `serviceWorker.evaluate` run there. */
declare const chrome: WorkerChrome;

const session = setupE2E();
const TWO_FINDINGS = 'Please vote for Jane Smith. Oh great, the servers are down again /s';
const pages: Page[] = [];
afterEach(async () => {
  for (const page of pages.splice(0)) await page.close();
});

/** The popup as an extension page pointed at the fixture's tab (`?tab=`), as the toolbar would show it for that tab. */
async function openPopup(tabId: number): Promise<Page> {
  const popup = await session.context.newPage();
  pages.push(popup);
  await popup.setViewportSize({ width: 360, height: 640 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

const popupFindings = (popup: Page) =>
  popup.evaluate(() => [...document.querySelectorAll('#checklist-findings li.gp-finding')].map((li) => li.getAttribute('data-category')).sort());
const popupGroups = (popup: Page) =>
  popup.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('#checklist-groups li.gp-group')].map((li) => [li.getAttribute('data-group-id'), li.getAttribute('data-group-status')])),
  );
const popupState = (popup: Page) => popup.evaluate(() => document.querySelector('#checklist-root')?.getAttribute('data-state') ?? null);

describe('the toolbar popup', () => {
  for (const target of GATE_TARGETS) {
    it(`${target.platform}: shows the same findings as the overlay, with the rule groups, and the badge counts them`, async () => {
      const page = await session.openFixture(target.host, target.path);
      pages.push(page);
      await target.open(page);
      await page.keyboard.type(TWO_FINDINGS);
      await waitForFindings(page, 'endorsement/political tone/sarcasm');
      const tabId = await tabIdOf(session, page);
      const popup = await openPopup(tabId);
      await expect.poll(() => popupState(popup)).toBe('current');
      const overlay = (await overlayFindings(page))[0]!.split(' ').sort();
      expect(await popupFindings(popup)).toEqual(overlay);
      expect(await popupGroups(popup)).toMatchObject({ endorsement: 'warn', tone: 'warn', conduct: 'pass', voice: 'pass', length: 'pass' });
      await expect.poll(() => badgeText(session, tabId)).toBe('2');

      // Live: rewriting the post in the tab updates the open popup and the badge.
      await page.bringToFront();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('Please vote for Jane Smith');
      await waitForFindings(page, 'endorsement/political');
      await expect.poll(() => popupFindings(popup)).toEqual(['endorsement/political']);
      await expect.poll(() => badgeText(session, tabId)).toBe('1');
    });
  }

  it('marks a post as doubtful, which adds "checked with the communications team" to the publish checklist; "Show in post" moves the caret', async () => {
    const target = GATE_TARGETS.find((t) => t.platform === 'x')!;
    const page = await session.openFixture(target.host, target.path);
    pages.push(page);
    await target.open(page);
    await page.keyboard.type('Big announcement tomorrow. Vote for Jane Smith');
    await waitForFindings(page, 'endorsement/political');
    const popup = await openPopup(await tabIdOf(session, page));
    await expect.poll(() => popupState(popup)).toBe('current');
    await popup.locator('#checklist-doubtful').check();
    await expect.poll(() => popup.locator('#checklist-manual-list input[data-manual-id="comms-team"]').count()).toBe(1);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: join(SCREENSHOT_DIR, 'popup.png'), fullPage: true });

    await popup.locator('button.gp-show-finding').first().click();
    const start = 'Big announcement tomorrow. '.length;
    await expect.poll(async () => (await readModel(page)).caret).toEqual({ start, end: start });

    await target.publishButton(page).click();
    await page.waitForFunction(() => document.querySelector('guidepost-checklist'));
    const text = await page.evaluate(() => (document.querySelector('guidepost-checklist')!.shadowRoot!.querySelector('[role="dialog"]') as HTMLElement).innerText);
    expect(text).toContain('I checked this post with the communications team');
    expect((await readModel(page)).posted).toEqual([]);
  });

  it('says so on a page with no compose box', async () => {
    const page = await session.openFixture('bsky.app');
    pages.push(page);
    const popup = await openPopup(await tabIdOf(session, page));
    await expect.poll(() => popupState(popup)).toBe('no-compose');
    expect(await popup.locator('#checklist-status').textContent()).toContain('There is no compose box open in this tab');
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('the keyboard shortcut’s message opens the checklist for the active compose box, in review mode', async () => {
    const manifest = await session.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.commands?.['open-checklist']?.suggested_key).toMatchObject({ default: 'Alt+Shift+G' });
    const target = GATE_TARGETS.find((t) => t.platform === 'mastodon')!;
    const page = await session.openFixture(target.host, target.path);
    pages.push(page);
    await target.open(page);
    await page.keyboard.type('Oh great /s');
    await waitForFindings(page, 'tone/sarcasm');
    // The browser's own shortcut handling can't be driven headless; what it sends to the tab can.
    const tabId = await tabIdOf(session, page);
    const answer = await session.serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'open-checklist' }), tabId);
    expect(answer).toEqual({ opened: true });
    await page.waitForFunction(() => document.querySelector('guidepost-checklist'));
    const text = await page.evaluate(() => (document.querySelector('guidepost-checklist')!.shadowRoot!.querySelector('[role="dialog"]') as HTMLElement).innerText);
    expect(text).toContain('Guidepost checklist');
    expect(text).toContain('Sarcasm or irony');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.querySelector('guidepost-checklist'))).toBeNull();
    expect((await readModel(page)).posted).toEqual([]);
  });
});

describe('"Post anyway" leaves a local record, shown on the options page', () => {
  it('records when and which findings were published over, and the options page lists it; axe finds nothing there', async () => {
    await session.serviceWorker.evaluate(() => chrome.storage.local.remove('guidepost.auditLog'));
    const target = GATE_TARGETS.find((t) => t.platform === 'bluesky')!;
    const page = await session.openFixture(target.host, target.path);
    pages.push(page);
    await target.open(page);
    await page.keyboard.type('Please vote for Jane Smith');
    await waitForFindings(page, 'endorsement/political');
    await target.publishButton(page).click();
    await page.locator('guidepost-checklist').getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(async () => (await readModel(page)).posted).toEqual(['Please vote for Jane Smith']);

    const readLog = () => session.serviceWorker.evaluate(async () => ((await chrome.storage.local.get('guidepost.auditLog'))['guidepost.auditLog'] ?? []) as unknown[]);
    await expect.poll(readLog).toHaveLength(1);
    const log = await readLog();
    expect(log[0]).toMatchObject({
      platform: 'bluesky',
      host: 'bsky.app',
      trigger: 'button',
      findings: [{ category: 'endorsement/political', phrase: 'vote for Jane Smith' }],
    });
    expect(Date.now() - Date.parse((log[0] as { at: string }).at)).toBeLessThan(60_000);

    const options = await session.context.newPage();
    pages.push(options);
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await expect.poll(() => options.locator('body').innerText()).toContain('vote for Jane Smith');
    expect(await axeViolations(options)).toEqual([]);
  });
});

describe('the reminder after publishing', () => {
  it('is off by default; turned on, a published post sets an alarm for the chosen delay', async () => {
    const target = GATE_TARGETS.find((t) => t.platform === 'mastodon')!;
    const alarms = () => session.serviceWorker.evaluate(() => chrome.alarms.getAll());
    await session.serviceWorker.evaluate(async () => {
      await chrome.alarms.clearAll();
      await chrome.storage.local.remove('guidepost.reminder');
    });
    const publishClean = async (text: string) => {
      const page = await session.openFixture(target.host, target.path);
      pages.push(page);
      await target.open(page);
      await page.keyboard.type(text);
      await waitForFindings(page, '');
      await target.publishButton(page).click();
      await expect.poll(async () => (await readModel(page)).posted).toEqual([text]);
    };
    try {
      await publishClean('Thank you to everyone at the edit-a-thon');
      // Nothing is scheduled while the reminder is off (the default).
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await alarms()).toEqual([]);

      await session.serviceWorker.evaluate(() => chrome.storage.local.set({ 'guidepost.reminder': { enabled: true, delayMinutes: 15 } }));
      const before = Date.now();
      await publishClean('Photos from the meetup are on Commons');
      await expect.poll(async () => (await alarms()).map((a) => a.name.split(':').slice(0, 2).join(':'))).toEqual(['guidepost-reminder:mastodon']);
      const [alarm] = await alarms();
      expect(alarm!.scheduledTime - before).toBeGreaterThan(14 * 60_000);
      expect(alarm!.scheduledTime - before).toBeLessThan(16 * 60_000);
    } finally {
      await session.serviceWorker.evaluate(async () => {
        await chrome.alarms.clearAll();
        await chrome.storage.local.remove('guidepost.reminder');
      });
    }
  });
});
