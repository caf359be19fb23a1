import type { AnalyzeInput, Finding, MediaAttachment } from '../core/types.ts';
import type { AnsweredLength } from '../messaging/analysis-client.ts';
import { createRichEditor } from '../editors/contenteditable.ts';
import type { EditorAdapter } from '../editors/editor-adapter.ts';
import { createTextareaEditor } from '../editors/textarea.ts';
import { OverlayHost } from '../overlay/overlay-host.ts';
import type { ComposeBox, PlatformDefinition } from '../platforms/platform.ts';
import { startComposeSession, type AnalysisChannel, type ComposeSession } from './compose-session.ts';

export interface ChannelEvents {
  onFindings(findings: Finding[], input: AnalyzeInput, length?: AnsweredLength): void;
  /** The background could not check the latest text (a broken rule, a worker that failed). */
  onError(message: string): void;
  /** Settings changed in the background (e.g. a phrase is now ignored): check again. */
  onSettingsChanged(): void;
  /** The extension went away (reloaded or removed): every session must stop. */
  onOrphaned(): void;
}

/** Who is posting, as far as the page shows it; the background picks the account's rules by it. */
export interface ChannelContext {
  account?: string;
}

/**
 * Finds compose boxes as single-page apps add and remove them (navigation, modals opening and closing), and
 * gives each its own session. The channel factory is the only link to the extension, so this file never
 * touches extension APIs.
 */
/** Who else needs to know about the page's sessions (the checklist hub). */
export interface SessionHooks {
  added(session: ComposeSession): void;
  removed(session: ComposeSession): void;
  /** Every session stopped for good (the extension went away). */
  stopped(): void;
  /** The media attached to a session's post, and where an attachment's preview is (the checklist hub). */
  media?(session: ComposeSession): readonly MediaAttachment[];
  mediaElement?(id: string): HTMLElement | undefined;
}

export function watchComposeBoxes(
  platform: PlatformDefinition,
  openChannel: (events: ChannelEvents, context: ChannelContext) => AnalysisChannel,
  doc: Document = document,
  hooks?: SessionHooks,
): { stop(): void } {
  const sessions = new Map<HTMLElement, ComposeSession>();
  let scheduled = false;
  let stopped = false;

  function createEditor(box: ComposeBox, overlay: OverlayHost): EditorAdapter | undefined {
    const { element } = box;
    if (box.editor === 'textarea') {
      if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) return createTextareaEditor(element, overlay.root);
      return undefined;
    }
    // Draft.js, Lexical and ProseMirror are read and edited the same way (see createRichEditor).
    return element.isContentEditable ? createRichEditor(element) : undefined;
  }

  function scan(): void {
    scheduled = false;
    if (stopped) return;
    for (const [element, session] of sessions) {
      if (!element.isConnected) {
        hooks?.removed(session);
        session.dispose();
        sessions.delete(element);
      }
    }
    for (const box of platform.findComposeBoxes(doc)) {
      if (sessions.has(box.element)) continue;
      const overlay = new OverlayHost(doc, { platform: platform.id, field: box.field });
      const editor = createEditor(box, overlay);
      if (!editor) {
        overlay.remove();
        continue;
      }
      let session: ComposeSession | undefined;
      const channel = openChannel(
        {
          onFindings: (findings, input, length) => session?.showFindings(findings, input, length),
          onError: (message) => session?.showError(message),
          // Every box's port hears of a settings change, so each checks only itself.
          onSettingsChanged: () => session?.recheck(),
          onOrphaned: stop,
        },
        { account: platform.accountHandle(doc) },
      );
      session = startComposeSession({
        box, editor, overlay, platform: platform.id, context: () => platform.postContext(box.element), channel,
        media: () => (session && hooks?.media ? hooks.media(session) : []),
        mediaElement: (id) => hooks?.mediaElement?.(id),
      });
      sessions.set(box.element, session);
      hooks?.added(session);
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
    for (const session of sessions.values()) {
      hooks?.removed(session);
      session.dispose();
    }
    sessions.clear();
    hooks?.stopped();
  }
  return { stop };
}
