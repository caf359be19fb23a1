import type { Runtime } from 'webextension-polyfill';
import type { AnalyzeInput, Finding } from '../core/types.ts';
import { COMPOSE_PORT_NAME, composeResponseSchema, type ComposeRequest } from './protocol.ts';

/** The post's length as the worker counted it (X only), without the platform. */
export interface AnsweredLength {
  count: number;
  limit: number;
  unit: 'weighted characters' | 'characters';
  over: boolean;
}

/** The parts of `browser.runtime` a content script needs. `id` turns undefined once the extension is reloaded. */
export interface ClientRuntime {
  readonly id: string | undefined;
  connect(info: { name: string }): Runtime.Port;
}

export interface AnalysisClientEvents {
  /** Findings for the latest text sent; earlier answers that arrive late are dropped. */
  onFindings(findings: Finding[], input: AnalyzeInput, length?: AnsweredLength): void;
  /** Settings that change findings were saved: check again. */
  onSettingsChanged?(): void;
  /** The background reported an error for the latest request. */
  onError?(message: string): void;
  /** The extension was reloaded or removed: this content script is orphaned and must go quiet. */
  onOrphaned?(): void;
}

export interface AnalysisClient {
  /** Sends the compose box's current text; only the newest request is ever answered to the caller. */
  request(input: AnalyzeInput): void;
  /** Asks the background to add a phrase to the always-ignored list. */
  ignorePhrase(phrase: string): void;
  /** Starts the worker (if it sleeps) and warms it, because the user is about to type. */
  wake(): void;
  dispose(): void;
  readonly orphaned: boolean;
}

const MAX_RECONNECTS = 5;

/**
 * One long-lived port per compose box. The MV3 worker may be stopped at any time, which disconnects the
 * port: the client reconnects and resends the unanswered request. A reloaded extension leaves this script
 * orphaned (no runtime id, `connect` throws): it then stops for good without throwing into the page.
 */
export function createAnalysisClient(
  runtime: ClientRuntime,
  events: AnalysisClientEvents,
  context: { account?: string } = {},
): AnalysisClient {
  let port: Runtime.Port | undefined;
  let seq = 0;
  let pending: { seq: number; input: AnalyzeInput } | undefined;
  let reconnects = 0;
  let orphaned = false;
  let disposed = false;

  function goQuiet(): void {
    if (orphaned) return;
    orphaned = true;
    port = undefined;
    pending = undefined;
    events.onOrphaned?.();
  }

  function connect(): Runtime.Port | undefined {
    if (port) return port;
    if (!isAlive()) {
      goQuiet();
      return undefined;
    }
    try {
      const opened = runtime.connect({ name: COMPOSE_PORT_NAME });
      opened.onMessage.addListener(receive);
      opened.onDisconnect.addListener(() => {
        if (port === opened) port = undefined;
        if (disposed || orphaned) return;
        if (!isAlive()) return goQuiet();
        // The worker was stopped or restarted: resend what is still unanswered, but not forever.
        if (pending && reconnects < MAX_RECONNECTS) {
          reconnects++;
          queueMicrotask(() => pending && send(pending));
        }
      });
      port = opened;
      return opened;
    } catch {
      goQuiet();
      return undefined;
    }
  }

  function isAlive(): boolean {
    try {
      return Boolean(runtime.id);
    } catch {
      return false;
    }
  }

  function send(request: { seq: number; input: AnalyzeInput }): void {
    const target = connect();
    if (!target) return;
    const message: ComposeRequest = {
      type: 'analyze', seq: request.seq, input: request.input, ...(context.account ? { account: context.account } : {}),
    };
    try {
      target.postMessage(message);
    } catch {
      // A port disconnected under us (worker stopped): drop it and try once more on a fresh one.
      port = undefined;
      if (!isAlive()) return goQuiet();
      if (reconnects++ < MAX_RECONNECTS) queueMicrotask(() => pending && send(pending));
    }
  }

  /** A message that needs no answer. A port that died unnoticed (worker stopped) is replaced once. */
  function post(message: ComposeRequest, retry = true): void {
    if (disposed || orphaned) return;
    try {
      connect()?.postMessage(message);
    } catch {
      port = undefined;
      if (retry && isAlive()) post(message, false);
    }
  }

  function receive(message: unknown): void {
    const parsed = composeResponseSchema.safeParse(message);
    if (!parsed.success) return;
    if (parsed.data.type === 'settings-changed' || parsed.data.type === 'recheck') {
      // Either way the box checks again; a Commons lookup that finished answers the next request from its cache.
      events.onSettingsChanged?.();
      return;
    }
    if (!pending || parsed.data.seq !== pending.seq) return;
    const answered = pending;
    pending = undefined;
    reconnects = 0;
    if (parsed.data.type === 'findings') events.onFindings(parsed.data.findings, answered.input, parsed.data.length);
    else events.onError?.(parsed.data.message);
  }

  return {
    request(input) {
      if (disposed || orphaned) return;
      pending = { seq: ++seq, input };
      send(pending);
    },
    ignorePhrase(phrase) {
      post({ type: 'ignore-phrase', phrase });
    },
    wake() {
      post({ type: 'wake' });
    },
    dispose() {
      disposed = true;
      pending = undefined;
      const open = port;
      port = undefined;
      try {
        open?.disconnect();
      } catch {
        // Already gone.
      }
    },
    get orphaned() {
      return orphaned;
    },
  };
}
