import type { Runtime } from 'webextension-polyfill';
import type { ClientRuntime } from '../messaging/analysis-client.ts';
import { createAnalysisClient } from '../messaging/analysis-client.ts';
import {
  CHECKLIST_PORT_NAME,
  checklistPortRequestSchema,
  tabCommandSchema,
  type TabEvent,
} from '../messaging/protocol.ts';
import type { PlatformDefinition } from '../platforms/platform.ts';
import { ChecklistHub } from './checklist-hub.ts';
import { MediaTracker } from './media-tracker.ts';
import { installPublishGate } from './publish-gate.ts';
import { watchComposeBoxes } from './watch-compose-boxes.ts';

/** Marks this page's isolated world as watched, so a second injection does nothing. */
const STARTED = Symbol.for('guidepost.content-script');

/** The parts of `browser.runtime` a content script uses. */
export interface ContentRuntime extends ClientRuntime {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined): void;
    removeListener(listener: (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined): void;
  };
  onConnect: {
    addListener(listener: (port: Runtime.Port) => void): void;
    removeListener(listener: (port: Runtime.Port) => void): void;
  };
}

/**
 * What every platform's content script does: watch its compose boxes (one analysis port per box), hold back a
 * publish that needs a look (the checklist), answer the popup and the keyboard shortcut, and keep the badge
 * current. A tab can receive the script twice (a Mastodon instance granted while its page loads gets both the
 * registered script and the one injected into open tabs); the second copy shares the isolated world and leaves.
 */
export function startContentScript(platform: PlatformDefinition, runtime: ContentRuntime): void {
  const world = globalThis as typeof globalThis & { [STARTED]?: boolean };
  if (world[STARTED]) return;
  world[STARTED] = true;

  const send = (event: TabEvent) => {
    try {
      // The worker may be waking or gone; the badge or a record is not worth an error in the page.
      void runtime.sendMessage(event).catch(() => undefined);
    } catch {
      // Orphaned: the extension was reloaded.
    }
  };
  const hub = new ChecklistHub(platform, document, { send });
  const gate = installPublishGate(hub);
  const tracker = new MediaTracker(platform, document, (message) => runtime.sendMessage(message), () => hub.composerScopes());
  hub.trackMedia(tracker);

  const fromUs = (sender: Runtime.MessageSender | undefined) => sender?.id !== undefined && sender.id === runtime.id;
  const onMessage = (message: unknown, sender: Runtime.MessageSender) => {
    if (!fromUs(sender)) return undefined;
    const command = tabCommandSchema.safeParse(message);
    if (!command.success) return undefined;
    return Promise.resolve({ opened: gate.openChecklist() });
  };
  const onConnect = (port: Runtime.Port) => {
    if (port.name !== CHECKLIST_PORT_NAME || !fromUs(port.sender)) return;
    const post = () => {
      try {
        port.postMessage({ type: 'snapshot', snapshot: hub.snapshot() });
      } catch {
        // The popup closed: its port is gone.
        stopListening();
        clearInterval(refresh);
      }
    };
    // Typing changes the snapshot on every keystroke; the popup needs it a few times a second at most. A timer,
    // not an animation frame: the tab is in the background while the popup is open in a window of its own.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      timer ??= setTimeout(() => ((timer = undefined), post()), 50);
    };
    const stopListening = hub.onChange(schedule);
    // Media attached or removed changes the checklist without a keystroke: refreshed while the popup is open.
    const refresh = setInterval(schedule, 1000);
    port.onDisconnect.addListener(() => {
      stopListening();
      clearTimeout(timer);
      clearInterval(refresh);
    });
    port.onMessage.addListener((message: unknown) => {
      const request = checklistPortRequestSchema.safeParse(message);
      try {
        if (request.success) hub.apply(request.data);
      } catch (error) {
        console.warn(`Guidepost: could not apply the popup's ${request.data?.type ?? 'request'} (${error instanceof Error ? error.message : String(error)})`);
      }
      post();
    });
    post();
  };
  runtime.onMessage.addListener(onMessage);
  runtime.onConnect.addListener(onConnect);

  watchComposeBoxes(platform, (events, context) => createAnalysisClient(runtime, events, context), document, {
    added: (session) => hub.add(session),
    removed: (session) => hub.remove(session),
    media: (session) => hub.mediaFor(session),
    mediaElement: (id) => hub.mediaElement(id),
    stopped() {
      gate.stop();
      tracker.dispose();
      hub.dispose();
      try {
        runtime.onMessage.removeListener(onMessage);
        runtime.onConnect.removeListener(onConnect);
      } catch {
        // An orphaned runtime may refuse; its events no longer fire anyway.
      }
    },
  });
}
