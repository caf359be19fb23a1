import type { Box } from '../overlay/overlay-host.ts';

/** How Guidepost reads one kind of editor and locates text in it. Offsets are UTF-16 code units. */
export interface EditorAdapter {
  readonly element: HTMLElement;
  readText(): string;
  /** True while an IME composition is in progress: checks wait for `compositionend`. */
  isComposing(): boolean;
  /** For each span [start, end) of the current text, the viewport boxes covering it (one per line fragment). */
  boxesFor(spans: ReadonlyArray<{ start: number; end: number }>): Box[][];
  /** The editor's visible text area in viewport coordinates (underlines are clipped to it). */
  visibleBox(): Box;
  /** Calls back when the text may have changed (after typing, paste, undo, or a change made by the app). */
  onTextChange(listener: () => void): void;
  /** Calls back when what is on screen moved: scrolling, resizing, wrapping. */
  onLayoutChange(listener: () => void): void;
  dispose(): void;
}
