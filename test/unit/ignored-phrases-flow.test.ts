import { describe, expect, it, vi } from 'vitest';
import { createAnalyzerService, type SettingsStorage } from '../../src/background/analyzer-service.ts';
import type { Finding } from '../../src/core/types.ts';
import { createAnalysisClient } from '../../src/messaging/analysis-client.ts';
import { serveAnalysis } from '../../src/messaging/analysis-server.ts';
import { IGNORED_PHRASES_KEY } from '../../src/settings/ignored-phrases.ts';
import { flush, InMemoryExtension } from './in-memory-runtime.ts';

/** storage.local with onChanged, as the browser fires it: after the write, for every writer. */
function memoryStorage(initial: Record<string, unknown> = {}): SettingsStorage & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  const listeners: Array<(changes: Record<string, unknown>, area: string) => void> = [];
  return {
    data,
    local: {
      get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
      set: async (items) => {
        Object.assign(data, structuredClone(items));
        const changes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }]));
        queueMicrotask(() => listeners.forEach((l) => l(changes, 'local')));
      },
    },
    onChanged: { addListener: (l) => void listeners.push(l) },
  };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 6; i++) await flush();
}

function setup(storage = memoryStorage()) {
  const extension = new InMemoryExtension();
  const log = { warn: vi.fn() };
  const boot = () =>
    extension.startWorker((runtime) => {
      const service = createAnalyzerService(storage, log);
      serveAnalysis(runtime, service.getAnalyzer, log, service.settings);
    });
  boot();
  const box = (name: string) => {
    const received: Finding[][] = [];
    const settingsChanged = vi.fn();
    const client = createAnalysisClient(extension.contentRuntime(`https://x.com/${name}`, boot), {
      onFindings: (findings) => received.push(findings),
      onSettingsChanged: settingsChanged,
    });
    return { client, received, settingsChanged };
  };
  return { storage, log, extension, box };
}

describe('"Always ignore this phrase", from a compose box to storage and back to every box', () => {
  it('stores the phrase, tells every open box, and later answers leave it out', async () => {
    const { storage, box } = setup();
    const first = box('home');
    const second = box('compose');
    first.client.request({ text: 'Yeah, right. Vote for Jane Smith' });
    second.client.request({ text: 'Yeah, right.' });
    await settle();
    expect(first.received.at(-1)!.map((f) => f.category).sort()).toEqual(['endorsement/political', 'tone/sarcasm']);

    first.client.ignorePhrase('Yeah, right');
    await settle();
    expect(storage.data[IGNORED_PHRASES_KEY]).toEqual(['Yeah, right']);
    expect(first.settingsChanged).toHaveBeenCalledTimes(1);
    expect(second.settingsChanged).toHaveBeenCalledTimes(1);

    first.client.request({ text: 'Yeah, right. Vote for Jane Smith' });
    second.client.request({ text: 'yeah, RIGHT.' });
    await settle();
    expect(first.received.at(-1)!.map((f) => f.category)).toEqual(['endorsement/political']);
    expect(second.received.at(-1)).toEqual([]);
  });

  it('reads the stored list when the worker starts, before answering the first request', async () => {
    const { box } = setup(memoryStorage({ [IGNORED_PHRASES_KEY]: ['Yeah, right'] }));
    const { client, received } = box('home');
    client.request({ text: 'Yeah, right.' });
    await settle();
    expect(received).toEqual([[]]);
  });

  it('keeps working with defaults when the stored list is damaged, and says what it dropped', async () => {
    const { box, log } = setup(memoryStorage({ [IGNORED_PHRASES_KEY]: ['Yeah, right', { not: 'a phrase' }] }));
    const { client, received } = box('home');
    client.request({ text: 'Yeah, right. Nice /s' });
    await settle();
    expect(received.at(-1)!.map((f) => f.category)).toEqual(['tone/sarcasm']);
    expect(log.warn).toHaveBeenCalledWith(expect.stringMatching(/ignoredPhrases\[1\] was dropped/));
  });

  it('drops a malformed ignore request with a reason and stores nothing', async () => {
    const { storage, extension, log } = setup();
    const port = extension.connectAs({ id: extension.id, url: 'https://x.com/', tab: { id: 1 } as never }, 'guidepost/compose');
    await flush();
    port.postMessage({ type: 'ignore-phrase', phrase: '   ' });
    await settle();
    expect(storage.data[IGNORED_PHRASES_KEY]).toBeUndefined();
    expect(log.warn).toHaveBeenCalledWith(expect.stringMatching(/malformed compose message/));
  });
});
