import { normalizePhrase } from '../core/phrases.ts';
import { MAX_TEXT_LENGTH, type AnalyzeInput, type Finding, type MediaAttachment, type Platform } from '../core/types.ts';
import type { EditorAdapter } from '../editors/editor-adapter.ts';
import type { CardActions } from '../overlay/finding-card.ts';
import { HighlightPainter, supportsHighlights } from '../overlay/highlight-painter.ts';
import type { Box, OverlayHost } from '../overlay/overlay-host.ts';
import type { ComposeBox, PostContext } from '../platforms/platform.ts';
import type { AnsweredLength } from '../messaging/analysis-client.ts';
import { pageTheme } from './page-theme.ts';

/** Sends text for analysis and calls back with findings; the content script backs it with a port. */
export interface AnalysisChannel {
  request(input: AnalyzeInput): void;
  /** Adds a phrase to the user's always-ignored list; the channel reports back when settings changed. */
  ignorePhrase(phrase: string): void;
  /** Starts the analysis worker ahead of typing (it may have been stopped while idle). */
  wake(): void;
  dispose(): void;
}

/** Where a box's check stands: findings for the text in it now, still waiting for them, or no answer possible. */
export type CheckState = 'current' | 'checking' | 'failed';

export interface SessionStatus {
  /** The text in the box now. */
  text: string;
  /** The findings shown for the box (the ignored ones left out), including those in a quoted post. */
  findings: readonly Finding[];
  state: CheckState;
  /** The length the worker counted with the findings (X's weighted count); only while `state` is current. */
  length?: AnsweredLength;
}

export interface ComposeSession {
  readonly box: ComposeBox;
  readonly editor: EditorAdapter;
  /** Called by the channel with the answer for `input`. */
  showFindings(findings: Finding[], input: AnalyzeInput, length?: AnsweredLength): void;
  /** Called by the channel when the background could not check the latest text. */
  showError(message: string): void;
  status(): SessionStatus;
  /** Resolves once the findings are for the text in the box or the check failed, or after `timeoutMs` regardless. */
  settled(timeoutMs: number): Promise<SessionStatus>;
  /** Calls back whenever the status may have changed (typing, an answer, an error). Returns the unsubscribe. */
  onStatus(listener: () => void): () => void;
  /** Focuses the editor with the caret at the start of a finding: "Edit post" and "Show in post". */
  reveal(finding: Finding): void;
  /** Settings changed (a phrase was ignored, a rule toggled): check again. */
  recheck(): void;
  dispose(): void;
}

/** How far outside a flagged word the pointer may be and still count as on it (underlines sit below the text). */
const HOVER_SLOP = 4;
/** How long the card stays after the pointer leaves it, so it can be reached across the gap. */
const HIDE_DELAY_MS = 300;
/**
 * While a box has focus, the worker is nudged this often. The browser stops an extension worker after 30 s
 * without events, and waking it costs several hundred milliseconds, which would land on a keystroke.
 */
const KEEP_AWAKE_MS = 20_000;

// Compared as the core compares ignored phrases: case, spacing and Unicode form don't matter.
const key = (rule: string, phrase: string) => `${rule}\u0000${normalizePhrase(phrase)}`;
/** What of the attachments changes a check: which there are, their descriptions, and whether they were read. */
const mediaKeyOf = (media: readonly MediaAttachment[] | undefined): string =>
  (media ?? []).map((m) => `${m.id}:${m.alt}:${m.read}:${m.licensed ?? ''}`).join('|');
// A finding about an attachment has no words: ignoring it once ignores it for that attachment.
const onceKey = (finding: Finding, phrase: string) => (finding.media ? `${finding.rule}\u0001${finding.media}` : key(finding.rule, phrase));

/**
 * Ties one compose box together: editor changes go to the analysis channel, answers come back as underlines
 * and a card. All work happens after the editor has handled the event; nothing here can delay typing.
 */
export function startComposeSession(options: {
  box: ComposeBox;
  editor: EditorAdapter;
  overlay: OverlayHost;
  platform: Platform;
  context: () => PostContext;
  channel: AnalysisChannel;
  /** The media attached to this post (sent with its text; post boxes only). */
  media?: () => readonly MediaAttachment[];
  /** The preview of an attachment, where its findings are marked. */
  mediaElement?: (id: string) => HTMLElement | undefined;
}): ComposeSession {
  const { box, editor, overlay, platform, context, channel } = options;
  const doc = editor.element.ownerDocument;
  const win = doc.defaultView!;
  const painter = editor.rangesFor && supportsHighlights(win) ? new HighlightPainter(doc) : undefined;
  /** What is shown, and for which text and attachments (an answer for other attachments is not current). */
  let shown: { findings: Finding[]; text: string; media: string; length?: AnsweredLength } = { findings: [], text: '', media: '' };
  const postMedia = (): readonly MediaAttachment[] => (box.field === 'post' ? (options.media?.() ?? []) : []);
  const isCurrent = (text: string) => checkedPart(text) === shown.text && mediaKeyOf(postMedia()) === shown.media;
  /** What is underlined right now, with how to find it on screen. */
  let drawn: Array<{ finding: Finding; range?: Range; boxes: Box[] }> = [];
  const ignoredOnce = new Set<string>();
  const ignoredAlways = new Set<string>();
  let frame = 0;
  let pointerFrame = 0;
  let hideTimer = 0;
  let cardMode: 'hover' | 'caret' | 'marker' | undefined;
  let markFrame = 0;
  /** While attachments have findings, their marks follow the previews (which move and get covered without events). */
  let markTimer = 0;
  const scheduleMarkers = () => {
    if (!markFrame) markFrame = win.requestAnimationFrame(drawMarkers);
  };
  let lastSelectionText = '';
  /** The background's error for the latest request; cleared by the next answer. */
  let failure: string | undefined;
  const statusListeners = new Set<() => void>();
  const cleanups: Array<() => void> = [];

  function notify(): void {
    for (const listener of [...statusListeners]) {
      try {
        listener();
      } catch {
        // A listener's failure must not stop the others, nor the editor.
      }
    }
  }

  function status(): SessionStatus {
    const text = editor.readText();
    const state: CheckState = failure !== undefined ? 'failed' : isCurrent(text) ? 'current' : 'checking';
    return { text, findings: shown.findings, state, ...(state === 'current' && shown.length ? { length: shown.length } : {}) };
  }

  function check(): void {
    if (editor.isComposing()) return;
    const text = editor.readText();
    overlay.setState('checking');
    notify();
    const media = postMedia();
    if (text.trim() === '' && media.length === 0) {
      // An emptied box (posted, or cleared) starts afresh.
      ignoredOnce.clear();
      show([], text, undefined, '');
      return;
    }
    const around = box.field === 'post' ? context() : { reply: false };
    channel.request({
      text: checkedPart(text),
      platform,
      reply: around.reply,
      ...(around.quoted ? { quoted: around.quoted.slice(0, MAX_TEXT_LENGTH) } : {}),
      ...(media.length > 0 ? { media: media.slice(0, 20) } : {}),
    });
  }

  function phraseOf(finding: Finding, text: string): string {
    return text.slice(finding.start, finding.end);
  }

  function show(findings: Finding[], text: string, length: AnsweredLength | undefined, media: string): void {
    const kept = findings.filter((f) => {
      if (f.quoted) return true;
      const phrase = phraseOf(f, text);
      if (f.media) return !ignoredOnce.has(onceKey(f, phrase));
      return !ignoredOnce.has(key(f.rule, phrase)) && !ignoredAlways.has(normalizePhrase(phrase));
    });
    shown = { findings: kept, text, media, ...(length ? { length } : {}) };
    overlay.setMediaCount(media === '' ? 0 : media.split('|').length);
    const marked = kept.some((f) => f.media);
    if (marked && !markTimer) markTimer = win.setInterval(scheduleMarkers, 500);
    else if (!marked && markTimer) {
      win.clearInterval(markTimer);
      markTimer = 0;
    }
    failure = undefined;
    overlay.setFindings(kept);
    if (overlay.card.finding && !kept.some((f) => sameFinding(f, overlay.card.finding!))) hideCard();
    scheduleDraw();
    notify();
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
    // "current" once what is drawn is for the text in the box now (answers can lag a keystroke behind).
    overlay.setState(failure !== undefined ? 'failed' : isCurrent(current) ? 'current' : 'checking');
    // Keep only findings whose words are still where they were when analysed; the next answer redraws the rest.
    // Findings in a quoted post point into that post's text, so they are never underlined in the editor.
    drawMarkers();
    const still = shown.findings.filter(
      (f) => !f.quoted && !f.media && current.slice(f.start, f.end) === shown.text.slice(f.start, f.end),
    );
    if (painter) {
      const ranges = editor.rangesFor!(still);
      drawn = still.map((finding, i) => ({ finding, range: ranges[i], boxes: [] }));
      painter.paint(drawn.flatMap(({ finding, range }) => (range ? [{ category: finding.category, severity: finding.severity, range }] : [])));
      return;
    }
    const boxes = editor.boxesFor(still);
    drawn = still.map((finding, i) => ({ finding, boxes: boxes[i] ?? [] }));
    overlay.drawUnderlines(
      editor.visibleBox(),
      drawn.map(({ finding, boxes: b }) => ({ category: finding.category, severity: finding.severity, boxes: b })),
    );
  }

  /**
   * Findings about attachments are marked on their previews; a click on a mark opens the finding's card. A
   * preview covered by something else (the platform's alt-text dialog) or scrolled out of view shows no mark, so
   * a mark never sits over the page's own controls and dialogs.
   */
  function drawMarkers(): void {
    markFrame = 0;
    const marks = shown.findings.flatMap((finding) => {
      const element = finding.media ? options.mediaElement?.(finding.media) : undefined;
      if (!element?.isConnected) return [];
      const r = element.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (r.width <= 0 || x < 0 || y < 0 || x > win.innerWidth || y > win.innerHeight) return [];
      const onTop = (doc.elementsFromPoint?.(x, y) ?? []).find((e) => e !== overlay.element && e.localName !== 'guidepost-overlay');
      if (onTop && !element.contains(onTop) && !onTop.contains(element)) return [];
      return [{ finding, box: { left: r.left, top: r.top, width: r.width, height: r.height } }];
    });
    overlay.drawMarkers(marks, (finding, anchor) => {
      win.clearTimeout(hideTimer);
      overlay.setTheme(pageTheme(editor.element));
      overlay.card.show(finding, '', anchor);
      cardMode = 'marker';
    });
  }

  const boxesOf = (item: (typeof drawn)[number]): Box[] =>
    item.range ? [...item.range.getClientRects()].filter((r) => r.width > 0) : item.boxes;

  function findingAt(x: number, y: number): (typeof drawn)[number] | undefined {
    const visible = editor.visibleBox();
    if (x < visible.left || x > visible.left + visible.width || y < visible.top - HOVER_SLOP || y > visible.top + visible.height + HOVER_SLOP) {
      return undefined;
    }
    return drawn.find((item) =>
      boxesOf(item).some((b) => x >= b.left - 1 && x <= b.left + b.width + 1 && y >= b.top - 1 && y <= b.top + b.height + HOVER_SLOP),
    );
  }

  function openCard(item: (typeof drawn)[number], mode: 'hover' | 'caret'): void {
    const [anchor] = boxesOf(item);
    if (!anchor) return;
    win.clearTimeout(hideTimer);
    overlay.setTheme(pageTheme(editor.element));
    overlay.card.show(item.finding, phraseOf(item.finding, shown.text), anchor);
    cardMode = mode;
  }

  function hideCard(): void {
    win.clearTimeout(hideTimer);
    overlay.card.hide();
    cardMode = undefined;
  }

  function onPointerMove(event: PointerEvent): void {
    if (pointerFrame || (drawn.length === 0 && !overlay.card.isOpen)) return;
    const { clientX: x, clientY: y } = event;
    pointerFrame = win.requestAnimationFrame(() => {
      pointerFrame = 0;
      if (overlay.card.containsPoint(x, y)) {
        win.clearTimeout(hideTimer);
        return;
      }
      const item = findingAt(x, y);
      if (item) {
        if (overlay.card.finding !== item.finding || !overlay.card.isOpen) openCard(item, 'hover');
        else win.clearTimeout(hideTimer);
      } else if (cardMode === 'hover') {
        win.clearTimeout(hideTimer);
        hideTimer = win.setTimeout(hideCard, HIDE_DELAY_MS);
      }
    });
  }

  /** The caret resting inside a flagged span (moved there, not typed there) opens its card. */
  function onSelectionChange(): void {
    const text = editor.readText();
    const typed = text !== lastSelectionText;
    lastSelectionText = text;
    if (typed) return;
    const selection = editor.selection();
    const item = selection && selection.start === selection.end
      ? drawn.find(({ finding }) => finding.start < selection.start && selection.start < finding.end)
      : undefined;
    if (item) {
      if (overlay.card.finding !== item.finding) openCard(item, 'caret');
    } else if (cardMode === 'caret') hideCard();
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (!overlay.card.isOpen) return;
    if (event.key === 'Escape') hideCard();
    else if (event.key === 'ArrowDown' && event.altKey && !event.ctrlKey && !event.metaKey) {
      // The one key Guidepost takes, and only while its card is open: keyboard users reach the card.
      event.preventDefault();
      overlay.card.focus();
    }
  }

  const actions: CardActions = {
    apply(finding, suggestion) {
      if (finding.media) {
        // A credit for an attachment goes at the end of the post, after what is there now.
        const end = editor.readText().length;
        const current = editor.readText();
        const gap = current.trim() === '' ? '' : /\s$/.test(current) ? '' : ' ';
        if (editor.replace({ start: end, end }, '', `${gap}${suggestion.replacement}`)) check();
        return;
      }
      const expected = phraseOf(finding, shown.text);
      if (editor.replace({ start: finding.start, end: finding.end }, expected, suggestion.replacement)) check();
    },
    ignoreOnce(finding) {
      ignoredOnce.add(onceKey(finding, phraseOf(finding, shown.text)));
      show(shown.findings, shown.text, shown.length, shown.media);
      if (!editor.element.contains(doc.activeElement)) editor.focus();
    },
    ignoreAlways(_finding, phrase) {
      // Hidden here at once; the background stores it and every box is checked again with it.
      ignoredAlways.add(normalizePhrase(phrase));
      show(shown.findings, shown.text, shown.length, shown.media);
      channel.ignorePhrase(phrase);
      if (!editor.element.contains(doc.activeElement)) editor.focus();
    },
    closed(returnFocus) {
      cardMode = undefined;
      if (returnFocus) editor.focus();
    },
  };
  overlay.card.setActions(actions);

  const listen = <E extends Event>(target: EventTarget, type: string, handler: (event: E) => void, options: AddEventListenerOptions) => {
    target.addEventListener(type, handler as EventListener, options);
    cleanups.push(() => target.removeEventListener(type, handler as EventListener, options));
  };
  listen<PointerEvent>(doc, 'pointermove', onPointerMove, { passive: true, capture: true });
  listen<KeyboardEvent>(editor.element, 'keydown', onKeyDown, { capture: false });
  listen(editor.element, 'compositionstart', hideCard, { passive: true });
  // A card opened from a mark on a preview closes when the user goes elsewhere.
  listen<PointerEvent>(doc, 'pointerdown', (event) => {
    if (cardMode === 'marker' && !event.composedPath().includes(overlay.element)) hideCard();
  }, { passive: true, capture: true });
  // Waking the worker when the box gets focus, and keeping it awake while it has it, means typing never waits
  // for the worker to start. Nothing is sent while the tab is hidden or the box is not focused.
  let keepAwake = 0;
  const focused = () => {
    channel.wake();
    win.clearInterval(keepAwake);
    keepAwake = win.setInterval(() => {
      if (doc.visibilityState === 'visible' && editor.element.contains(doc.activeElement)) channel.wake();
    }, KEEP_AWAKE_MS);
  };
  listen(editor.element, 'focusin', focused, { passive: true });
  listen(editor.element, 'focusout', () => win.clearInterval(keepAwake), { passive: true });
  cleanups.push(() => win.clearInterval(keepAwake));

  editor.onTextChange(check);
  editor.onLayoutChange(() => {
    // Highlights move with the text by themselves; only drawn boxes (and marks on previews) need redrawing.
    if (!painter) scheduleDraw();
    else scheduleMarkers();
    // The card follows its words when the page scrolls or reflows.
    const open = overlay.card.finding;
    const item = open && drawn.find(({ finding }) => finding === open);
    if (item && cardMode && cardMode !== 'marker') openCard(item, cardMode);
  });
  editor.onSelectionChange(onSelectionChange);
  lastSelectionText = editor.readText();
  // Apps often focus a box as they open it (X's and Bluesky's modals), before Guidepost sees it.
  if (editor.element.contains(doc.activeElement)) focused();
  check();

  return {
    box,
    editor,
    showFindings(findings, input, length) {
      show(findings, input.text, length, mediaKeyOf(input.media));
    },
    showError(message) {
      failure = message;
      overlay.setState('failed');
      notify();
    },
    status,
    settled(timeoutMs) {
      const now = status();
      if (now.state !== 'checking') return Promise.resolve(now);
      return new Promise((resolve) => {
        const done = () => {
          win.clearTimeout(timer);
          statusListeners.delete(onChange);
          try {
            resolve(status());
          } catch {
            // An editor that can't be read any more (removed mid-wait) counts as not checked: the post goes.
            resolve({ text: '', findings: [], state: 'failed' });
          }
        };
        const onChange = () => {
          if (status().state !== 'checking') done();
        };
        const timer = win.setTimeout(done, timeoutMs);
        statusListeners.add(onChange);
      });
    },
    onStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    reveal(finding) {
      if (finding.media) {
        // The attachment is what needs a look: bring its preview into view, and the caret to the end of the post.
        options.mediaElement?.(finding.media)?.scrollIntoView({ block: 'nearest' });
        editor.focusAt(editor.readText().length);
        return;
      }
      // Only the caret moves: the checklist has just explained the finding, and its card could cover the
      // platform's publish button. Moving the caret into the words opens the card as usual.
      editor.focusAt(finding.quoted ? editor.readText().length : finding.start);
    },
    recheck: check,
    dispose() {
      if (frame) win.cancelAnimationFrame(frame);
      if (markFrame) win.cancelAnimationFrame(markFrame);
      win.clearInterval(markTimer);
      if (pointerFrame) win.cancelAnimationFrame(pointerFrame);
      win.clearTimeout(hideTimer);
      for (const cleanup of cleanups.splice(0)) cleanup();
      painter?.clear();
      statusListeners.clear();
      channel.dispose();
      editor.dispose();
      overlay.remove();
    },
  };
}

/** A huge paste is checked up to the core's limit (far beyond any platform's) rather than refused. */
function checkedPart(text: string): string {
  return text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text;
}

function sameFinding(a: Finding, b: Finding): boolean {
  return a.rule === b.rule && a.start === b.start && a.end === b.end && a.media === b.media;
}
