import type { Box } from '../overlay/overlay-host.ts';

/** A span of the editor's text, in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** How Guidepost reads one kind of editor and locates text in it. Offsets are UTF-16 code units. */
export interface EditorAdapter {
  readonly element: HTMLElement;
  readText(): string;
  /** True while an IME composition is in progress: checks wait for `compositionend`. */
  isComposing(): boolean;
  /** For each span of the current text, the viewport boxes covering it (one per line fragment). */
  boxesFor(spans: readonly Span[]): Box[][];
  /**
   * For each span, a DOM Range over the editor's own text, for the CSS Custom Highlight API; undefined
   * when the editor's text is not in the DOM (a textarea's value), so underlines must be drawn as boxes.
   */
  rangesFor?(spans: readonly Span[]): Array<Range | undefined>;
  /** The editor's visible text area in viewport coordinates (underlines are clipped to it). */
  visibleBox(): Box;
  /** The selection as offsets into readText(), or null when the editor does not have it. */
  selection(): Span | null;
  /** Gives the editor focus back with the caret where it last was (after the card had focus). */
  focus(): void;
  /** Gives the editor focus with the caret at `offset` (clamped to the text), e.g. at the first finding. */
  focusAt(offset: number): void;
  /**
   * Replaces [start, end) with `replacement` as one edit the editor records in its own undo history, then
   * puts the caret where it belongs. Returns false (and changes nothing) when the text moved on meanwhile.
   */
  replace(span: Span, expected: string, replacement: string): boolean;
  /** Calls back when the text may have changed (after typing, paste, undo, or a change made by the app). */
  onTextChange(listener: () => void): void;
  /** Calls back when what is on screen moved: scrolling, resizing, wrapping. */
  onLayoutChange(listener: () => void): void;
  /** Calls back when the caret moved (for opening the card of the finding under it). */
  onSelectionChange(listener: () => void): void;
  dispose(): void;
}

/**
 * Replaces the selection with the browser's own editing command: editors adopt it as a user edit (one undo
 * step; React sees an input event). Nothing is set directly and nothing is pasted. False if it did nothing.
 */
export function replaceSelection(doc: Document, replacement: string): boolean {
  return replacement === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, replacement);
}

/** Where the caret goes after [start, end) became `replacementLength` long. */
export function caretAfterReplace(caret: number, span: Span, replacementLength: number): number {
  if (caret <= span.start) return caret;
  if (caret >= span.end) return caret + replacementLength - (span.end - span.start);
  return span.start + replacementLength;
}

/** The part of `box` inside every clipping (scrolling) ancestor of `element`, in viewport coordinates. */
export function clipToScrollers(element: Element, box: Box): Box {
  let { left, top } = box;
  let right = box.left + box.width;
  let bottom = box.top + box.height;
  const win = element.ownerDocument.defaultView!;
  for (let node = element.parentElement; node && node !== element.ownerDocument.body; node = node.parentElement) {
    const style = win.getComputedStyle(node);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const rect = node.getBoundingClientRect();
    left = Math.max(left, rect.left + node.clientLeft);
    top = Math.max(top, rect.top + node.clientTop);
    right = Math.min(right, rect.left + node.clientLeft + node.clientWidth);
    bottom = Math.min(bottom, rect.top + node.clientTop + node.clientHeight);
  }
  return { left, top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}

/**
 * The listener plumbing every editor adapter needs: the three kinds of change it reports, and the page
 * listeners and observers it must remove when the compose box goes.
 */
export function createEditorEvents() {
  const text: Array<() => void> = [];
  const layout: Array<() => void> = [];
  const selection: Array<() => void> = [];
  const cleanups: Array<() => void> = [];
  const emit = (listeners: Array<() => void>) => () => {
    for (const listener of listeners) listener();
  };
  return {
    emitText: emit(text),
    emitLayout: emit(layout),
    emitSelection: emit(selection),
    /** The adapter's `onTextChange`, `onLayoutChange` and `onSelectionChange`. */
    subscribers: {
      onTextChange: (listener: () => void) => void text.push(listener),
      onLayoutChange: (listener: () => void) => void layout.push(listener),
      onSelectionChange: (listener: () => void) => void selection.push(listener),
    },
    listen(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void {
      target.addEventListener(type, handler, options);
      cleanups.push(() => target.removeEventListener(type, handler, options));
    },
    /** Something else to undo on dispose (an observer, a timer, a node). */
    onDispose(cleanup: () => void): void {
      cleanups.push(cleanup);
    },
    dispose(): void {
      for (const cleanup of cleanups.splice(0)) cleanup();
      text.length = 0;
      layout.length = 0;
      selection.length = 0;
    },
  };
}
