import type { Runtime } from 'webextension-polyfill';
import type { Analyzer } from '../core/engine.ts';
import { measurePost } from '../checklist/length-limits.ts';
import { findCommonsLinks } from '../core/media/commons.ts';
import { licenceUnknown } from '../core/media/licence.ts';
import type { CommonsFile, LicenceMetadata } from '../core/types.ts';
import {
  COMPOSE_PORT_NAME,
  readMediaRequestSchema,
  composeRequestSchema,
  describeInvalid,
  isTrustedSender,
  runtimeRequestSchema,
  tabEventSchema,
  type ComposeResponse,
  type TabEvent,
  type ReadMediaResponse,
  type RuntimeResponse,
} from './protocol.ts';

/** The parts of `browser.runtime` the background needs; tests pass a real polyfill or an in-memory one. */
export interface ServerRuntime {
  id: string;
  getURL(path: string): string;
  getManifest(): { version: string };
  onConnect: { addListener(listener: (port: Runtime.Port) => void): void };
  onMessage: {
    addListener(listener: (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined): void;
  };
}

export interface ServerLog {
  warn(message: string): void;
}

/** The settings the compose port can change, and how the server hears that they changed. */
export interface ServerSettings {
  ignorePhrase(phrase: string): Promise<void>;
  /** Calls back after any change that can change findings (from any tab or the options page). */
  onChanged(listener: () => void): void;
}

/** A post that reaches every rule's trigger, so warming up compiles what a real post will need. */
const WARM_UP_TEXT =
  'Please vote for Jane Smith, buy the best app ever and stop spreading lies, you clowns!!! ' +
  'Oh great, the site is down again /s. At Wikimedia we think your article is wrong. THIS IS. NOT. FINE.';

/** Handles what a content script reports about its tab (badge, audit record, a post going out). */
export type TabEventHandler = (event: TabEvent, sender: Runtime.MessageSender) => Promise<void> | void;

/** Reads licence metadata from the start of a file (src/media; exifr stays in the worker). */
export type MediaReader = (bytes: Uint8Array) => Promise<{ read: 'read' | 'failed'; metadata?: LicenceMetadata }>;

/** Wikimedia Commons lookups (off unless the user turned them on; src/background/commons-lookup.ts). */
export interface CommonsSource {
  /** What is already known (cached) about these titles; nothing when lookups are off. */
  known(titles: readonly string[]): Promise<CommonsFile[]>;
  /** Looks up the titles not known yet, if lookups are on; calls `done` once when any result was stored. */
  lookUp(titles: readonly string[], done: () => void): void;
}

export interface AnalysisExtras {
  readMedia?: MediaReader;
  commons?: CommonsSource;
}

/** The analyser for the current settings; a promise while settings are still being read at worker start. */
export type AnalyzerSource = () => Analyzer | Promise<Analyzer>;

/**
 * Serves analysis to content scripts (one port per compose box) and to extension pages (one-shot
 * messages). Untrusted senders and malformed payloads are dropped with a warning; the rule engine is
 * obtained per request so settings changes take effect on the next keystroke.
 */
export function serveAnalysis(
  runtime: ServerRuntime,
  getAnalyzer: AnalyzerSource,
  log: ServerLog = console,
  settings?: ServerSettings,
  onTabEvent?: TabEventHandler,
  extras: AnalysisExtras = {},
): void {
  const origin = runtime.getURL('/').replace(/\/$/, '');
  const ports = new Set<Runtime.Port>();
  let warmed = false;
  /**
   * Runs one analysis the first time a box gets focus in this worker's life: building the analyser and the
   * first pass through every rule's patterns (compiled on first use) then happen before the first keystroke.
   */
  const warmUp = async () => {
    if (warmed) return;
    warmed = true;
    try {
      (await getAnalyzer()).analyze({ text: WARM_UP_TEXT });
    } catch {
      // A broken analyser reports itself on the first real request.
    }
  };
  settings?.onChanged(() => {
    for (const port of ports) reply(port, { type: 'settings-changed' });
  });

  runtime.onConnect.addListener((port) => {
    if (port.name !== COMPOSE_PORT_NAME) return;
    if (!isTrustedSender(port.sender, runtime.id, origin)) {
      log.warn(`Guidepost: refused a connection from ${port.sender?.url ?? 'an unknown sender'}`);
      port.disconnect();
      return;
    }
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
    port.onMessage.addListener(async (message: unknown) => {
      const parsed = composeRequestSchema.safeParse(message);
      if (!parsed.success) {
        log.warn(`Guidepost: dropped a malformed compose message (${describeInvalid(parsed.error)})`);
        const seq = typeof (message as { seq?: unknown })?.seq === 'number' ? (message as { seq: number }).seq : 0;
        reply(port, { type: 'error', seq, message: describeInvalid(parsed.error) });
        return;
      }
      if (parsed.data.type === 'wake') {
        await warmUp();
        return;
      }
      if (parsed.data.type === 'ignore-phrase') {
        if (!settings) return;
        // Every open box hears of it through onChanged once it is stored.
        await settings.ignorePhrase(parsed.data.phrase).catch((error: unknown) => {
          log.warn(`Guidepost: could not save an ignored phrase (${error instanceof Error ? error.message : String(error)})`);
        });
        return;
      }
      const { seq } = parsed.data;
      try {
        const input = await withCommons(parsed.data.input, port);
        const findings = (await getAnalyzer()).analyze(input);
        // X counts in twitter-text's weighted characters, which the content scripts are too small to carry.
        const length = input.platform === 'x' ? measurePost({ platform: 'x', text: input.text }) : undefined;
        reply(port, {
          type: 'findings', seq, findings,
          ...(length ? { length: { count: length.count, limit: length.limit, unit: length.unit, over: length.over } } : {}),
        });
      } catch (error) {
        reply(port, { type: 'error', seq, message: error instanceof Error ? error.message : String(error) });
      }
    });
  });

  runtime.onMessage.addListener((message, sender) => {
    if (!isTrustedSender(sender, runtime.id, origin)) {
      log.warn(`Guidepost: ignored a message from ${sender.url ?? 'an unknown sender'}`);
      return undefined;
    }
    const media = sender.tab ? readMediaRequestSchema.safeParse(message) : undefined;
    if (media?.success) return readMedia(media.data.head);
    // Tab events come only from content scripts; they need no answer beyond "done".
    const event = sender.tab ? tabEventSchema.safeParse(message) : undefined;
    if (event?.success) {
      if (!onTabEvent) return undefined;
      return Promise.resolve(onTabEvent(event.data, sender)).then(
        () => ({ type: 'done' }),
        (error: unknown) => {
          log.warn(`Guidepost: could not handle "${event.data.type}" (${error instanceof Error ? error.message : String(error)})`);
          return { type: 'error', message: error instanceof Error ? error.message : String(error) };
        },
      );
    }
    return answer(message);
  });

  /** Adds what Commons says about the files the post links to; asks the box to check again when more arrives. */
  async function withCommons<T extends { text: string; commons?: CommonsFile[] }>(input: T, port: Runtime.Port): Promise<T> {
    // Content scripts never supply Commons facts: only the worker's own lookups count.
    const { commons: _ignored, ...own } = input;
    const source = extras.commons;
    if (!source) return own as T;
    const titles = [...new Set(findCommonsLinks(own.text).map((link) => link.title))].slice(0, 20);
    if (titles.length === 0) return own as T;
    try {
      const known = await source.known(titles);
      if (known.length < titles.length) {
        const missing = titles.filter((title) => !known.some((file) => file.title === title));
        source.lookUp(missing, () => reply(port, { type: 'recheck' }));
      }
      return known.length > 0 ? ({ ...own, commons: known.slice(0, 20) } as T) : (own as T);
    } catch (error) {
      log.warn(`Guidepost: Commons lookup failed (${error instanceof Error ? error.message : String(error)})`);
      return own as T;
    }
  }

  async function readMedia(head: string): Promise<ReadMediaResponse> {
    if (!extras.readMedia) return { type: 'media-metadata', read: 'failed' };
    try {
      const bytes = Uint8Array.from(atob(head), (c) => c.charCodeAt(0));
      const result = await extras.readMedia(bytes);
      const licensed = result.read === 'read' && !licenceUnknown({ id: 'file', kind: 'image', alt: 'unknown', read: 'read', metadata: result.metadata });
      return { type: 'media-metadata', read: result.read, ...(result.metadata ? { metadata: result.metadata } : {}), licensed };
    } catch (error) {
      log.warn(`Guidepost: could not read a file's metadata (${error instanceof Error ? error.message : String(error)})`);
      return { type: 'media-metadata', read: 'failed' };
    }
  }

  async function answer(message: unknown): Promise<RuntimeResponse> {
    const parsed = runtimeRequestSchema.safeParse(message);
    if (!parsed.success) return { type: 'error', message: describeInvalid(parsed.error) };
    const request = parsed.data;
    try {
      return request.type === 'ping'
        ? { type: 'pong', version: runtime.getManifest().version }
        : { type: 'findings', findings: (await getAnalyzer()).analyze(request.input) };
    } catch (error) {
      return { type: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }
}

function reply(port: Runtime.Port, response: ComposeResponse): void {
  try {
    port.postMessage(response);
  } catch {
    // The tab went away between request and answer; nothing to tell.
  }
}
