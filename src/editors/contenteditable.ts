import type { Box } from '../overlay/overlay-host.ts';
import { caretAfterReplace, clipToScrollers, createEditorEvents, replaceSelection, type EditorAdapter, type Span } from './editor-adapter.ts';
import { mapText, type TextMap } from './text-map.ts';

/**
 * A contenteditable editor (Draft.js on X, Lexical on Threads, TipTap/ProseMirror on Bluesky). Guidepost only
 * reads it: text comes from the DOM through a text map, underlines are ranges over the editor's own text
 * nodes, and every listener is passive. The only write is applying a suggestion, done the way the editor
 * adopts as its own edit (see `replace`).
 */
export function createRichEditor(root: HTMLElement): EditorAdapter {
  const doc = root.ownerDocument;
  const win = doc.defaultView!;
  let map: TextMap | undefined;
  let composing = false;
  let notifyQueued = false;
  /** The selection when the editor last had it: the card can take focus, and the caret must come back. */
  let lastSelection: Span | null = null;
  const events = createEditorEvents();
  const { listen } = events;

  const current = (): TextMap => (map ??= mapText(root));

  // Every DOM change invalidates the map; listeners hear of it once per burst, after the editor's own work.
  const textChanged = () => {
    map = undefined;
    if (composing || notifyQueued) return;
    notifyQueued = true;
    queueMicrotask(() => {
      notifyQueued = false;
      if (!composing) events.emitText();
    });
  };
  const layoutChanged = events.emitLayout;

  const observer = new MutationObserver(textChanged);
  observer.observe(root, { childList: true, characterData: true, subtree: true });
  events.onDispose(() => observer.disconnect());
  listen(root, 'compositionstart', () => { composing = true; }, { passive: true });
  listen(root, 'compositionend', () => { composing = false; textChanged(); }, { passive: true });
  listen(win, 'scroll', layoutChanged, { passive: true, capture: true });
  listen(win, 'resize', layoutChanged, { passive: true });
  listen(doc, 'selectionchange', () => {
    if (doc.activeElement !== root && !root.contains(doc.activeElement)) return;
    lastSelection = selection() ?? lastSelection;
    events.emitSelection();
  }, { passive: true });
  const resizeObserver = new ResizeObserver(layoutChanged);
  resizeObserver.observe(root);
  events.onDispose(() => resizeObserver.disconnect());

  function selection(): Span | null {
    const selected = win.getSelection();
    if (!selected || selected.rangeCount === 0 || !root.contains(selected.anchorNode)) return null;
    const textMap = current();
    const anchor = textMap.toOffset(selected.anchorNode!, selected.anchorOffset);
    const focus = textMap.toOffset(selected.focusNode!, selected.focusOffset);
    if (anchor === undefined || focus === undefined) return null;
    return { start: Math.min(anchor, focus), end: Math.max(anchor, focus) };
  }

  function select(span: Span): boolean {
    const range = span.start === span.end ? collapsedAt(span.start) : current().toRange(span.start, span.end);
    if (!range) return false;
    const selected = win.getSelection();
    if (!selected) return false;
    selected.removeAllRanges();
    selected.addRange(range);
    return true;
  }

  function collapsedAt(offset: number): Range | undefined {
    const position = current().toDomPosition(offset, 'backward');
    if (!position) return undefined;
    const range = doc.createRange();
    range.setStart(position.node, position.offset);
    range.collapse(true);
    return range;
  }

  return {
    element: root,
    readText: () => current().text,
    isComposing: () => composing,
    rangesFor: (spans) => {
      const textMap = current();
      return spans.map(({ start, end }) => textMap.toRange(start, end));
    },
    boxesFor(spans) {
      const textMap = current();
      return spans.map(({ start, end }) => {
        const range = textMap.toRange(start, end);
        if (!range) return [];
        return [...range.getClientRects()]
          .filter((r) => r.width > 0)
          .map((r) => ({ left: r.left, top: r.top, width: r.width, height: r.height }));
      });
    },
    visibleBox(): Box {
      const rect = root.getBoundingClientRect();
      return clipToScrollers(root, { left: rect.left, top: rect.top, width: rect.width, height: rect.height });
    },
    selection,
    focus() {
      root.focus({ preventScroll: true });
      const text = current().text;
      if (lastSelection && lastSelection.end <= text.length) select(lastSelection);
    },
    focusAt(offset) {
      root.focus({ preventScroll: true });
      const at = Math.max(0, Math.min(offset, current().text.length));
      if (select({ start: at, end: at })) lastSelection = { start: at, end: at };
      // The caret's line may be out of view in a long post.
      win.getSelection()?.focusNode?.parentElement?.scrollIntoView({ block: 'nearest' });
    },
    replace(span, expected, replacement) {
      if (composing || current().text.slice(span.start, span.end) !== expected) return false;
      const caretBefore = selection() ?? lastSelection;
      root.focus({ preventScroll: true });
      if (!select(span)) return false;
      // Draft.js and ProseMirror read the DOM change back (one undo step); Lexical reconciles it from its
      // mutation observer.
      if (!replaceSelection(doc, replacement)) return false;
      map = undefined;
      const caret = caretAfterReplace(caretBefore?.end ?? span.end, span, replacement.length);
      // The editors re-render asynchronously (React batches); place the caret once they have.
      win.requestAnimationFrame(() => {
        map = undefined;
        if (doc.activeElement === root || root.contains(doc.activeElement)) select({ start: caret, end: caret });
      });
      return true;
    },
    ...events.subscribers,
    dispose: events.dispose,
  };
}
