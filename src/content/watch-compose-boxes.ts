import type { AnalyzeInput, Finding } from '../core/types.ts';
import { createTextareaEditor } from '../editors/textarea.ts';
import { OverlayHost } from '../overlay/overlay-host.ts';
import type { PlatformDefinition } from '../platforms/platform.ts';
import { startComposeSession, type AnalysisChannel, type ComposeSession } from './compose-session.ts';

export interface ChannelEvents {
  onFindings(findings: Finding[], input: AnalyzeInput): void;
  /** The extension went away (reloaded or removed): every session must stop. */
  onOrphaned(): void;
}

/**
 * Finds compose boxes as single-page apps add and remove them, and gives each its own session. The
 * channel factory is the only link to the extension, so this file never touches extension APIs.
 */
export function watchComposeBoxes(
  platform: PlatformDefinition,
  openChannel: (events: ChannelEvents) => AnalysisChannel,
  doc: Document = document,
): { stop(): void } {
  const sessions = new Map<HTMLElement, ComposeSession>();
  let scheduled = false;
  let stopped = false;

  function scan(): void {
    scheduled = false;
    if (stopped) return;
    for (const [element, session] of sessions) {
      if (!element.isConnected) {
        session.dispose();
        sessions.delete(element);
      }
    }
    for (const box of platform.findComposeBoxes(doc)) {
      if (sessions.has(box) || !(box instanceof HTMLTextAreaElement)) continue;
      const overlay = new OverlayHost(doc);
      const editor = createTextareaEditor(box, overlay.root);
      let session: ComposeSession | undefined;
      const channel = openChannel({
        onFindings: (findings, input) => session?.showFindings(findings, input),
        onOrphaned: stop,
      });
      session = startComposeSession({
        editor, overlay, platform: platform.id, isReply: () => platform.isReply(box), channel,
      });
      sessions.set(box, session);
    }
  }

  // Mutation bursts (timeline updates) are coalesced into one scan per frame.
  const observer = new MutationObserver(() => {
    if (scheduled || stopped) return;
    scheduled = true;
    (doc.defaultView ?? window).requestAnimationFrame(scan);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  scan();

  function stop(): void {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    for (const session of sessions.values()) session.dispose();
    sessions.clear();
  }
  return { stop };
}
