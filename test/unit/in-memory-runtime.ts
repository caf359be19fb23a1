import type { Runtime } from 'webextension-polyfill';
import type { ClientRuntime } from '../../src/messaging/analysis-client.ts';
import type { ServerRuntime } from '../../src/messaging/analysis-server.ts';

type Listener<A extends unknown[]> = (...args: A) => void;

class Event<A extends unknown[]> {
  listeners: Array<Listener<A>> = [];
  addListener(l: Listener<A>) { this.listeners.push(l); }
  removeListener(l: Listener<A>) { this.listeners = this.listeners.filter((x) => x !== l); }
  hasListener(l: Listener<A>) { return this.listeners.includes(l); }
  hasListeners() { return this.listeners.length > 0; }
  emit(...args: A) { for (const l of [...this.listeners]) l(...args); }
}

/**
 * A stand-in for the browser's extension messaging with the semantics that matter here: ports deliver
 * asynchronously, stopping the worker disconnects every port (the other side sees onDisconnect), posting
 * on a dead port throws, and after a reload the old content script has no runtime id and cannot connect.
 */
export class InMemoryExtension {
  readonly id = 'guidepost-test-id';
  private workerPorts = new Set<{ disconnect(): void }>();
  private worker?: WorkerRuntime;
  alive = true;
  connects = 0;

  startWorker(setup: (runtime: ServerRuntime) => void): void {
    this.worker = new WorkerRuntime(this.id);
    setup(this.worker);
  }

  /** What Chrome does to an idle MV3 worker: all its state goes, all its ports disconnect. */
  stopWorker(): void {
    for (const port of [...this.workerPorts]) port.disconnect();
    this.workerPorts.clear();
    this.worker = undefined;
  }

  reload(): void {
    this.stopWorker();
    this.alive = false;
  }

  /** A content script's runtime in a tab of `url`. */
  contentRuntime(url: string, onWake: () => void): ClientRuntime {
    const extension = this;
    return {
      get id() { return extension.alive ? extension.id : undefined; },
      connect({ name }) {
        if (!extension.alive) throw new Error('Extension context invalidated.');
        if (!extension.worker) onWake(); // a connection wakes a stopped worker
        extension.connects++;
        const [page, worker] = createPortPair(name, { id: extension.id, url, tab: { id: 1 } as Runtime.MessageSender['tab'] });
        extension.workerPorts.add(worker);
        queueMicrotask(() => extension.worker?.onConnect.emit(worker));
        return page;
      },
    };
  }

  /** Sends a one-shot message as `sender`, the way `runtime.sendMessage` reaches `onMessage`. */
  async sendMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> {
    for (const listener of this.worker?.onMessage.listeners ?? []) {
      const answer = listener(message, sender);
      if (answer !== undefined) return answer;
    }
    return undefined;
  }

  /** Opens a port from an arbitrary sender (to test refusals). */
  connectAs(sender: Runtime.MessageSender, name: string): Runtime.Port {
    const [page, worker] = createPortPair(name, sender);
    queueMicrotask(() => this.worker?.onConnect.emit(worker));
    return page;
  }
}

class WorkerRuntime implements ServerRuntime {
  onConnect = new Event<[Runtime.Port]>();
  onMessage = new Event<[unknown, Runtime.MessageSender]>() as unknown as Event<[unknown, Runtime.MessageSender]> & {
    listeners: Array<(m: unknown, s: Runtime.MessageSender) => Promise<unknown> | undefined>;
  };
  constructor(readonly id: string) {}
  getURL(path: string) { return `chrome-extension://${this.id}${path}`; }
  getManifest() { return { version: '9.9.9' }; }
}

function createPortPair(name: string, sender: Runtime.MessageSender): [Runtime.Port, Runtime.Port] {
  const make = (): Runtime.Port & { peer?: Runtime.Port & { closed: boolean }; closed: boolean } => {
    const onMessage = new Event<[unknown, Runtime.Port]>();
    const onDisconnect = new Event<[Runtime.Port]>();
    const port = {
      name,
      closed: false,
      onMessage,
      onDisconnect,
      postMessage(message: unknown) {
        if (port.closed) throw new Error('Attempting to use a disconnected port object');
        const copy = structuredClone(message);
        const peer = port.peer!;
        queueMicrotask(() => { if (!peer.closed) (peer.onMessage as Event<[unknown, Runtime.Port]>).emit(copy, peer); });
      },
      disconnect() {
        if (port.closed) return;
        port.closed = true;
        const peer = port.peer!;
        peer.closed = true;
        // Like the browser: the side that calls disconnect() gets no event, the other side does.
        queueMicrotask(() => (peer.onDisconnect as Event<[Runtime.Port]>).emit(peer));
      },
    } as unknown as Runtime.Port & { peer?: Runtime.Port & { closed: boolean }; closed: boolean };
    return port;
  };
  const page = make();
  const worker = make();
  page.peer = worker;
  worker.peer = page;
  worker.sender = sender;
  return [page, worker];
}

export const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
