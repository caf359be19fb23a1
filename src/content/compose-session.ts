import { MAX_TEXT_LENGTH, type AnalyzeInput, type Finding, type Platform } from '../core/types.ts';
import type { EditorAdapter } from '../editors/editor-adapter.ts';
import type { OverlayHost } from '../overlay/overlay-host.ts';

/** Sends text for analysis and calls back with findings; the content script backs it with a port. */
export interface AnalysisChannel {
  request(input: AnalyzeInput): void;
  dispose(): void;
}

export interface ComposeSession {
  readonly editor: EditorAdapter;
  /** Called by the channel with the answer for `input`. */
  showFindings(findings: Finding[], input: AnalyzeInput): void;
  dispose(): void;
}

/**
 * Ties one compose box together: editor changes go to the analysis channel, answers come back as
 * underlines. All work happens after the editor has handled the event; nothing here can delay typing.
 */
export function startComposeSession(options: {
  editor: EditorAdapter;
  overlay: OverlayHost;
  platform: Platform;
  isReply: () => boolean;
  channel: AnalysisChannel;
}): ComposeSession {
  const { editor, overlay, platform, isReply, channel } = options;
  const win = editor.element.ownerDocument.defaultView!;
  let shown: { findings: Finding[]; text: string } = { findings: [], text: '' };
  let frame = 0;

  function check(): void {
    if (editor.isComposing()) return;
    const text = editor.readText();
    if (text.trim() === '') {
      show([], text);
      return;
    }
    // A huge paste is checked up to the core's limit (far beyond any platform's) rather than refused.
    channel.request({ text: text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text, platform, reply: isReply() });
  }

  function show(findings: Finding[], text: string): void {
    shown = { findings, text };
    overlay.setFindings(findings);
    scheduleDraw();
  }

  function scheduleDraw(): void {
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      draw();
    });
  }

  function draw(): void {
    const current = editor.readText();
    // Keep only findings whose words are still where they were when analysed; the next answer redraws the rest.
    // Findings in a quoted post point into that post's text, so they are never underlined in the editor.
    const still = shown.findings.filter(
      (f) => !f.quoted && current.slice(f.start, f.end) === shown.text.slice(f.start, f.end),
    );
    const boxes = editor.boxesFor(still);
    overlay.drawUnderlines(
      editor.visibleBox(),
      still.map((f, i) => ({ category: f.category, severity: f.severity, boxes: boxes[i] ?? [] })),
    );
  }

  editor.onTextChange(check);
  editor.onLayoutChange(scheduleDraw);
  check();

  return {
    editor,
    showFindings(findings, input) {
      show(findings, input.text);
    },
    dispose() {
      if (frame) win.cancelAnimationFrame(frame);
      channel.dispose();
      editor.dispose();
      overlay.remove();
    },
  };
}
