import type { Category, Finding, Severity } from '../core/types.ts';
import overlayStyles from '../../assets/overlay.css?inline';
import { categoryColors } from './category-colors.ts';
import { FindingCard } from './finding-card.ts';

/** A rectangle in viewport coordinates. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export const OVERLAY_TAG = 'guidepost-overlay';
export const FINDINGS_ATTRIBUTE = 'data-guidepost-findings';
/** "current" when the findings are for the text in the box now, "checking" while an answer is due. */
export const STATE_ATTRIBUTE = 'data-guidepost-state';
export const MEDIA_ATTRIBUTE = 'data-guidepost-media';

/**
 * The page-side host for one compose box: a `<guidepost-overlay>` element, never inside the editor, with an
 * open shadow root holding the box underlines (textareas, and browsers without the Highlight API) and the
 * finding card. It carries the sorted, unique flagged categories in `data-guidepost-findings`.
 *
 * The host is a child of <html>, not <body>: a site that transforms or filters <body> would otherwise shift
 * everything drawn with `position: fixed`.
 */
export class OverlayHost {
  readonly element: HTMLElement;
  readonly root: ShadowRoot;
  readonly card: FindingCard;
  private readonly clip: HTMLDivElement;
  private readonly marks: HTMLDivElement;
  private markHandler: ((finding: Finding, anchor: Box) => void) | undefined;
  private markFindings: Finding[] = [];

  constructor(doc: Document, options: { platform: string; field: string }) {
    // Content scripts cannot define custom elements (no `customElements` in the isolated world), but any
    // valid custom-element name may host a shadow root without being defined.
    this.element = doc.createElement(OVERLAY_TAG);
    this.element.setAttribute(FINDINGS_ATTRIBUTE, '');
    this.element.setAttribute(STATE_ATTRIBUTE, 'checking');
    this.element.setAttribute('data-guidepost-platform', options.platform);
    this.element.setAttribute('data-guidepost-field', options.field);
    this.root = this.element.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = overlayStyles;
    this.clip = doc.createElement('div');
    this.clip.className = 'clip';
    this.marks = doc.createElement('div');
    this.marks.className = 'marks';
    this.marks.addEventListener('click', (event) => {
      const mark = (event.target as Element).closest?.('button.mark') as HTMLButtonElement | null;
      const finding = mark ? this.markFindings[Number(mark.dataset.index)] : undefined;
      if (!mark || !finding) return;
      const r = mark.getBoundingClientRect();
      this.markHandler?.(finding, { left: r.left, top: r.top, width: r.width, height: r.height });
    });
    // A press on a mark must not take the focus or the caret from the editor.
    this.marks.addEventListener('mousedown', (event) => event.preventDefault());
    this.root.append(style, this.clip, this.marks);
    this.card = new FindingCard(this.root);
    doc.documentElement.append(this.element);
  }

  /** Records which categories are flagged (the contract other components and tests rely on). */
  setFindings(findings: readonly Finding[]): void {
    const categories = [...new Set(findings.map((f) => f.category))].sort();
    const value = categories.join(' ');
    if (this.element.getAttribute(FINDINGS_ATTRIBUTE) !== value) this.element.setAttribute(FINDINGS_ATTRIBUTE, value);
  }

  /** How many attachments the shown findings were checked with (`data-guidepost-media`; tests wait on it). */
  setMediaCount(count: number): void {
    if (this.element.getAttribute(MEDIA_ATTRIBUTE) !== String(count)) this.element.setAttribute(MEDIA_ATTRIBUTE, String(count));
  }

  setState(state: 'checking' | 'current' | 'failed'): void {
    if (this.element.getAttribute(STATE_ATTRIBUTE) !== state) this.element.setAttribute(STATE_ATTRIBUTE, state);
  }

  /** Light or dark card, to match the page around the editor. */
  setTheme(theme: 'light' | 'dark'): void {
    if (this.element.getAttribute('data-theme') !== theme) this.element.setAttribute('data-theme', theme);
  }

  /**
   * Draws underlines as boxes. `clipBox` is the editor's visible text area: underlines scrolled out of it are
   * cut off. Reuses existing nodes so a redraw on every scroll frame stays cheap.
   */
  drawUnderlines(clipBox: Box, underlines: ReadonlyArray<{ category: Category; severity: Severity; boxes: Box[] }>): void {
    const { clip } = this;
    Object.assign(clip.style, {
      left: `${clipBox.left}px`,
      top: `${clipBox.top}px`,
      width: `${Math.max(0, clipBox.width)}px`,
      height: `${Math.max(0, clipBox.height)}px`,
    });
    let index = 0;
    for (const { category, severity, boxes } of underlines) {
      for (const box of boxes) {
        let bar = clip.children[index] as HTMLDivElement | undefined;
        if (!bar) {
          bar = clip.ownerDocument.createElement('div');
          bar.className = 'underline';
          clip.append(bar);
        }
        bar.dataset.category = category;
        bar.dataset.severity = severity;
        bar.style.setProperty('--c', categoryColors[category]);
        bar.style.left = `${box.left - clipBox.left}px`;
        bar.style.top = `${box.top + box.height - clipBox.top - 1}px`;
        bar.style.width = `${box.width}px`;
        index++;
      }
    }
    while (clip.children.length > index) clip.lastElementChild!.remove();
  }

  /**
   * Marks attachments that have findings: a small labelled button in the middle of each preview (`box`), in
   * the finding's colour, which opens its card. Reuses nodes, like the underlines.
   */
  drawMarkers(marks: ReadonlyArray<{ finding: Finding; box: Box }>, open: (finding: Finding, anchor: Box) => void): void {
    this.markHandler = open;
    this.markFindings = marks.map((m) => m.finding);
    // Marks of one preview sit side by side.
    const perPreview = new Map<string, number>();
    marks.forEach(({ finding, box }, index) => {
      let mark = this.marks.children[index] as HTMLButtonElement | undefined;
      if (!mark) {
        mark = this.marks.ownerDocument.createElement('button');
        mark.type = 'button';
        mark.className = 'mark';
        this.marks.append(mark);
      }
      // Short, like the platforms' own "ALT" badges; the full message is the mark's name and tooltip.
      const label = finding.category === 'media/alt-text' ? 'ALT' : '©';
      if (mark.textContent !== label) mark.textContent = label;
      mark.title = finding.message;
      mark.dataset.index = String(index);
      mark.dataset.category = finding.category;
      mark.dataset.severity = finding.severity;
      if (finding.media) mark.dataset.media = finding.media;
      mark.setAttribute('aria-label', `Guidepost: ${finding.message}`);
      mark.style.setProperty('--c', categoryColors[finding.category]);
      const place = `${Math.round(box.left)},${Math.round(box.top)}`;
      const slot = perPreview.get(place) ?? 0;
      perPreview.set(place, slot + 1);
      // In the middle of the preview, side by side: the platforms put their own buttons in its corners and edges.
      mark.style.left = `${box.left + box.width / 2 + (slot - 0.5) * 34}px`;
      mark.style.top = `${box.top + box.height / 2}px`;
    });
    while (this.marks.children.length > marks.length) this.marks.lastElementChild!.remove();
  }

  remove(): void {
    this.element.remove();
  }
}
