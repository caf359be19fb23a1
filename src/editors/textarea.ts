import type { Box } from '../overlay/overlay-host.ts';
import { caretAfterReplace, createEditorEvents, replaceSelection, type EditorAdapter } from './editor-adapter.ts';

// Every property that changes where text wraps inside a textarea; the mirror copies them all.
const MIRRORED_PROPERTIES = [
  'boxSizing', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'fontStyle', 'fontVariant', 'fontWeight', 'fontStretch', 'fontSize', 'fontSizeAdjust', 'lineHeight', 'fontFamily',
  'fontFeatureSettings', 'fontKerning', 'textAlign', 'textTransform', 'textIndent', 'letterSpacing', 'wordSpacing',
  'tabSize', 'direction', 'unicodeBidi', 'writingMode', 'textRendering', 'hyphens',
] as const;

/** How often to look for text changes the app made itself (React resetting the box after posting). */
const APP_CHANGE_POLL_MS = 500;

/**
 * A `<textarea>` (or a one-line `<input>`, like Mastodon's content warning) cannot be highlighted from
 * outside, so text positions are measured on a hidden mirror element that copies the field's box, font and
 * wrapping, laid exactly over the field. The mirror lives in the overlay's shadow root, never in the page's
 * own tree.
 */
export function createTextareaEditor(
  textarea: HTMLTextAreaElement | HTMLInputElement,
  mirrorParent: ShadowRoot | HTMLElement,
): EditorAdapter {
  const doc = textarea.ownerDocument;
  const singleLine = textarea instanceof HTMLInputElement;
  const win = doc.defaultView!;
  const mirror = doc.createElement('div');
  mirror.setAttribute('aria-hidden', 'true');
  const mirrorText = doc.createTextNode('');
  mirror.append(mirrorText);
  Object.assign(mirror.style, {
    position: 'fixed', visibility: 'hidden', pointerEvents: 'none', overflow: 'hidden',
    // A one-line field never wraps; it scrolls sideways instead.
    whiteSpace: singleLine ? 'pre' : 'pre-wrap', overflowWrap: singleLine ? 'normal' : 'break-word',
    wordWrap: singleLine ? 'normal' : 'break-word', border: '0', margin: '0',
    boxSizing: 'border-box',
  });
  mirrorParent.append(mirror);

  let composing = false;
  let lastSeen = textarea.value;
  let lastSelection: { start: number; end: number } | null = null;
  const events = createEditorEvents();
  const { listen } = events;
  const textChanged = () => {
    lastSeen = textarea.value;
    events.emitText();
  };
  const layoutChanged = events.emitLayout;

  // Passive listeners only: Guidepost never cancels or delays an event the editor needs.
  listen(textarea, 'compositionstart', () => { composing = true; }, { passive: true });
  listen(textarea, 'compositionend', () => { composing = false; textChanged(); }, { passive: true });
  listen(textarea, 'input', (e) => { if (!(e as InputEvent).isComposing && !composing) textChanged(); }, { passive: true });
  listen(textarea, 'scroll', layoutChanged, { passive: true });
  // Textareas report caret moves on the document only while focused.
  listen(doc, 'selectionchange', () => {
    if (doc.activeElement !== textarea) return;
    lastSelection = { start: textarea.selectionStart ?? 0, end: textarea.selectionEnd ?? 0 };
    events.emitSelection();
  }, { passive: true });
  listen(win, 'scroll', layoutChanged, { passive: true, capture: true });
  listen(win, 'resize', layoutChanged, { passive: true });
  const resizeObserver = new ResizeObserver(layoutChanged);
  resizeObserver.observe(textarea);
  events.onDispose(() => resizeObserver.disconnect());
  const poll = win.setInterval(() => {
    if (!composing && textarea.value !== lastSeen) textChanged();
  }, APP_CHANGE_POLL_MS);
  events.onDispose(() => win.clearInterval(poll));

  function syncMirror(): void {
    const style = win.getComputedStyle(textarea);
    for (const property of MIRRORED_PROPERTIES) mirror.style[property] = style[property];
    mirror.style.boxSizing = 'border-box';
    const rect = textarea.getBoundingClientRect();
    // The mirror covers the field's padding box (inside borders, left of any scrollbar).
    mirror.style.left = `${rect.left + textarea.clientLeft}px`;
    mirror.style.top = `${rect.top + textarea.clientTop}px`;
    mirror.style.width = `${textarea.clientWidth}px`;
    mirror.style.height = `${textarea.clientHeight}px`;
    // A trailing newline needs a character after it to take up a line, as it does in the field.
    const value = textarea.value;
    const text = value.endsWith('\n') ? `${value} ` : value;
    if (singleLine) {
      // An input centres its one line vertically; the mirror does the same with its line height.
      mirror.style.lineHeight = `${textarea.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)}px`;
    }
    if (mirrorText.data !== text) mirrorText.data = text;
  }

  return {
    element: textarea,
    readText: () => textarea.value,
    isComposing: () => composing,
    boxesFor(spans) {
      // One style copy and layout per redraw, however many findings there are.
      syncMirror();
      const length = mirrorText.data.length;
      const { scrollTop, scrollLeft } = textarea;
      const range = doc.createRange();
      return spans.map(({ start, end }) => {
        const from = Math.min(Math.max(0, start), length);
        const to = Math.min(Math.max(from, end), length);
        if (from === to) return [];
        range.setStart(mirrorText, from);
        range.setEnd(mirrorText, to);
        return [...range.getClientRects()]
          .filter((r) => r.width > 0)
          .map((r) => ({ left: r.left - scrollLeft, top: r.top - scrollTop, width: r.width, height: r.height }));
      });
    },
    visibleBox(): Box {
      const rect = textarea.getBoundingClientRect();
      return {
        left: rect.left + textarea.clientLeft,
        top: rect.top + textarea.clientTop,
        width: textarea.clientWidth,
        height: textarea.clientHeight,
      };
    },
    selection() {
      if (doc.activeElement !== textarea || textarea.selectionStart === null || textarea.selectionEnd === null) return null;
      return { start: textarea.selectionStart, end: textarea.selectionEnd };
    },
    focus() {
      textarea.focus({ preventScroll: true });
      if (lastSelection && lastSelection.end <= textarea.value.length) textarea.setSelectionRange(lastSelection.start, lastSelection.end);
    },
    focusAt(offset) {
      textarea.focus({ preventScroll: true });
      const at = Math.max(0, Math.min(offset, textarea.value.length));
      // Moving the caret scrolls a textarea to it by itself.
      textarea.setSelectionRange(at, at);
      lastSelection = { start: at, end: at };
    },
    replace(span, expected, replacement) {
      if (composing || textarea.value.slice(span.start, span.end) !== expected) return false;
      const caretBefore = doc.activeElement === textarea ? textarea.selectionEnd ?? span.end : lastSelection?.end ?? span.end;
      textarea.focus({ preventScroll: true });
      textarea.setSelectionRange(span.start, span.end);
      // Setting `value` would leave the field's undo history and React's state behind.
      if (!replaceSelection(doc, replacement)) return false;
      const caret = caretAfterReplace(caretBefore, span, replacement.length);
      textarea.setSelectionRange(caret, caret);
      return true;
    },
    ...events.subscribers,
    dispose() {
      events.dispose();
      mirror.remove();
    },
  };
}
