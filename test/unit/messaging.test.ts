import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnalyzer } from '../../src/core/engine.ts';
import type { Finding } from '../../src/core/types.ts';
import { createAnalysisClient } from '../../src/messaging/analysis-client.ts';
import { serveAnalysis } from '../../src/messaging/analysis-server.ts';
import { COMPOSE_PORT_NAME, isTrustedSender } from '../../src/messaging/protocol.ts';
import { flush, InMemoryExtension } from './in-memory-runtime.ts';

const quietLog = { warn: vi.fn() };

function setup() {
  const extension = new InMemoryExtension();
  const boot = () => extension.startWorker((runtime) => serveAnalysis(runtime, () => createAnalyzer(), quietLog));
  boot();
  const received: Array<{ findings: Finding[]; text: string }> = [];
  const orphaned = vi.fn();
  const client = createAnalysisClient(extension.contentRuntime('https://mastodon.social/home', boot), {
    onFindings: (findings, input) => received.push({ findings, text: input.text }),
    onOrphaned: orphaned,
  });
  return { extension, client, received, orphaned };
}

beforeEach(() => quietLog.warn.mockClear());

describe('content script <-> background', () => {
  it('analyses text sent over the compose port', async () => {
    const { client, received } = setup();
    client.request({ text: 'Vote for Jane Smith', platform: 'mastodon' });
    await flush();
    expect(received).toHaveLength(1);
    expect(received[0]!.findings.map((f) => f.category)).toEqual(['endorsement/political']);
  });

  it('delivers only the newest answer when requests overtake each other', async () => {
    const { client, received } = setup();
    client.request({ text: 'Vote for Jane' });
    client.request({ text: 'Vote for Jane Smith /s' });
    await flush();
    expect(received.map((r) => r.text)).toEqual(['Vote for Jane Smith /s']);
  });

  it('reconnects and resends when the worker is stopped mid-request', async () => {
    const { extension, client, received } = setup();
    client.request({ text: 'first /s' });
    await flush();
    client.request({ text: 'second /s' });
    extension.stopWorker(); // the request is lost with the worker
    await flush();
    await flush();
    expect(received.map((r) => r.text)).toEqual(['first /s', 'second /s']);
    expect(extension.connects).toBe(2);
  });

  it('reconnects lazily on the next keystroke after the worker was stopped while idle', async () => {
    const { extension, client, received } = setup();
    client.request({ text: 'one /s' });
    await flush();
    extension.stopWorker();
    await flush();
    expect(extension.connects).toBe(1); // no needless wake-up
    client.request({ text: 'two /s' });
    await flush();
    expect(received.map((r) => r.text)).toEqual(['one /s', 'two /s']);
  });

  it('goes quiet after the extension is reloaded, throwing nothing', async () => {
    const { extension, client, received, orphaned } = setup();
    client.request({ text: 'one /s' });
    await flush();
    extension.reload();
    await flush();
    expect(() => client.request({ text: 'two /s' })).not.toThrow();
    await flush();
    expect(orphaned).toHaveBeenCalledTimes(1);
    expect(client.orphaned).toBe(true);
    expect(() => client.request({ text: 'three' })).not.toThrow();
    expect(received.map((r) => r.text)).toEqual(['one /s']);
  });

  it('answers a malformed request with an error instead of crashing the worker', async () => {
    const { extension } = setup();
    const port = extension.connectAs(
      { id: extension.id, url: 'https://mastodon.social/', tab: { id: 1 } as never },
      COMPOSE_PORT_NAME,
    );
    const answers: unknown[] = [];
    port.onMessage.addListener((m: unknown) => void answers.push(m));
    await flush();
    port.postMessage({ type: 'analyze', seq: 4, input: { text: 12 } });
    await flush();
    expect(answers).toEqual([{ type: 'error', seq: 4, message: expect.stringMatching(/input\.text/) }]);
    expect(quietLog.warn).toHaveBeenCalled();
  });

  it('refuses ports from other extensions', async () => {
    const { extension } = setup();
    const port = extension.connectAs({ id: 'someone-else', url: 'https://mastodon.social/', tab: {} as never }, COMPOSE_PORT_NAME);
    const disconnected = vi.fn();
    port.onDisconnect.addListener(disconnected);
    await flush();
    await flush();
    expect(disconnected).toHaveBeenCalled();
  });
});

describe('one-shot messages from extension pages', () => {
  it('answers a trusted extension page and ignores anything else', async () => {
    const { extension } = setup();
    const page = { id: extension.id, url: `chrome-extension://${extension.id}/popup.html` };
    await expect(extension.sendMessage({ type: 'ping' }, page)).resolves.toEqual({ type: 'pong', version: '9.9.9' });
    await expect(extension.sendMessage({ type: 'analyze', input: { text: 'Nice /s' } }, page)).resolves.toMatchObject({
      type: 'findings',
      findings: [{ category: 'tone/sarcasm' }],
    });
    await expect(extension.sendMessage({ type: 'launch-rockets' }, page)).resolves.toMatchObject({ type: 'error' });
    await expect(extension.sendMessage({ type: 'ping' }, { id: 'other', url: 'chrome-extension://other/x.html' })).resolves.toBeUndefined();
  });
});

describe('isTrustedSender', () => {
  const id = 'abc';
  const origin = 'chrome-extension://abc';
  it.each([
    [{ id, url: 'chrome-extension://abc/options.html' }, true],
    [{ id, url: 'https://mastodon.social/home', tab: {} }, true],
    [{ id: 'evil', url: 'chrome-extension://evil/options.html' }, false],
    [{ id, url: 'https://mastodon.social/home' }, false], // a page URL without a tab is not a content script
    [{ url: 'https://example.org/', tab: {} }, false],
    [undefined, false],
  ])('%j -> %s', (sender, trusted) => {
    expect(isTrustedSender(sender, id, origin)).toBe(trusted);
  });
});

describe('waking the worker before typing', () => {
  it('starts a stopped worker and warms its analyser once per worker life, answering nothing', async () => {
    const extension = new InMemoryExtension();
    let built = 0;
    const boot = () => extension.startWorker((runtime) => serveAnalysis(runtime, () => (built++, createAnalyzer()), quietLog));
    const received: unknown[] = [];
    const client = createAnalysisClient(extension.contentRuntime('https://bsky.app/', boot), { onFindings: (f) => received.push(f) });
    client.wake();
    await flush();
    expect(extension.connects).toBe(1);
    expect(built).toBe(1);
    client.wake();
    await flush();
    expect(built).toBe(1);
    extension.stopWorker();
    client.wake();
    await flush();
    expect(extension.connects).toBe(2);
    expect(built).toBe(2);
    expect(received).toEqual([]);
  });
});
