// Smoke test of the e2e harness itself: fixture hosting, the React fixture, the extension's
// service worker and the request log. Needs `npx wxt build` first.
import { describe, expect, it } from 'vitest';
import { readFixture, setupE2E } from './harness.ts';

const e2e = setupE2E();

describe('Mastodon fixture', () => {
  for (const host of ['mastodon.social', 'wikimedia.social']) {
    it(`is served at https://${host}/ with that domain in its initial state`, async () => {
      const page = await e2e.openFixture(host);
      expect(page.url()).toBe(`https://${host}/`);
      const initialState = JSON.parse((await page.locator('script#initial-state').textContent()) ?? '') as {
        meta: { domain: string; access_token: string };
      };
      expect(initialState.meta.domain).toBe(host);
      expect(initialState.meta.access_token).toBe('FIXTURE-SECRET-TOKEN');

      const form = page.locator('form.compose-form');
      await expect
        .poll(() => form.locator('.compose-form__highlightable .autosuggest-textarea textarea.autosuggest-textarea__textarea').getAttribute('placeholder'))
        .toBe("What's on your mind?");
      expect(await form.locator('input#cw-spoiler-input').count()).toBe(1);
      expect(await form.locator('.character-counter').textContent()).toBe('500');
      expect(await form.locator('.compose-form__submit > button[type="submit"]').textContent()).toBe('Post');
      expect(e2e.serverRequests).toContainEqual({ host, method: 'GET', path: '/' });
      await page.close();
    });
  }

  it('serves index.html for unknown app routes and 404 for unknown files', async () => {
    const page = await e2e.openFixture('mastodon.social', '/home');
    expect(await page.locator('textarea.autosuggest-textarea__textarea').count()).toBe(1);
    expect(await page.evaluate(() => fetch('/no-such-file.js').then((r) => r.status))).toBe(404);
    await page.close();
  });

  it('keeps React state in step with typing, including emoji and CJK, and posts through React', async () => {
    const page = await e2e.openFixture('mastodon.social');
    const textarea = page.locator('textarea.autosuggest-textarea__textarea');
    const text = 'Hello from Guidepost 👋🏽 — こんにちは 你好 🇺🇦!';
    await textarea.pressSequentially(text);
    expect((await readFixture(page)).text).toBe(text);
    expect(await textarea.inputValue()).toBe(text);
    expect(await page.locator('.character-counter').textContent()).toBe(String(500 - Array.from(text).length));

    await page.keyboard.type(' More.');
    expect((await readFixture(page)).text).toBe(`${text} More.`);

    await page.locator('.compose-form__submit > button[type="submit"]').click();
    // Clicked right after typing: Guidepost's publish check may wait a few milliseconds for the last keystroke's answer.
    await expect.poll(() => readFixture(page)).toEqual({ text: '', posted: [`${text} More.`] });
    expect(await textarea.inputValue()).toBe('');
    await page.close();
  });

  it('is really React-controlled: a bare value assignment bypasses React, the native setter plus input does not', async () => {
    const page = await e2e.openFixture('mastodon.social');
    await page.locator('textarea.autosuggest-textarea__textarea').pressSequentially('abc');
    const after = (how: 'assign' | 'native-setter') =>
      page.evaluate((how) => {
        const textarea = document.querySelector('textarea')!;
        const value = `${textarea.value}!`;
        // React tracks the last value it saw through the element's own `value` property.
        if (how === 'assign') textarea.value = value;
        else Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(textarea, value);
        textarea.dispatchEvent(new Event('input', { bubbles: true }));
      }, how);
    await after('assign');
    expect((await readFixture(page)).text).toBe('abc');
    await after('native-setter');
    expect((await readFixture(page)).text).toBe('abc!!');
    await page.close();
  });
});

describe('extension', () => {
  it('runs its MV3 background service worker', async () => {
    expect(e2e.extensionId).toMatch(/^[a-p]{32}$/);
    expect(e2e.serviceWorker.url()).toBe(`chrome-extension://${e2e.extensionId}/background.js`);
    // `chrome` is the worker's global, not something this Node-side file has types for.
    const runtimeId = await e2e.serviceWorker.evaluate(
      () => (globalThis as unknown as { chrome: { runtime: { id: string } } }).chrome.runtime.id,
    );
    expect(runtimeId).toBe(e2e.extensionId);
  });

  it('has its service worker requests recorded', async () => {
    await e2e.serviceWorker.evaluate(() => fetch('https://mastodon.social/sw-probe', { mode: 'no-cors' }).then(() => {}));
    expect(e2e.browserRequests).toContainEqual(
      expect.objectContaining({ url: 'https://mastodon.social/sw-probe', fromServiceWorker: true }),
    );
    expect(e2e.serverRequests).toContainEqual({ host: 'mastodon.social', method: 'GET', path: '/sw-probe' });
  });
});

describe('network isolation', () => {
  it('logs only requests to fixture hosts and the extension, and cannot reach other hosts', async () => {
    expect(e2e.browserRequests.length).toBeGreaterThan(0);
    expect(e2e.unexpectedRequests()).toEqual([]);

    const page = await e2e.openFixture('mastodon.social');
    const outcome = await page.evaluate(() =>
      fetch('https://example.com/', { mode: 'no-cors' }).then(
        () => 'reached',
        () => 'failed',
      ),
    );
    expect(outcome).toBe('failed');
    await page.close();
  });
});
