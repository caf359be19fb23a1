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
    this.root.append(style, this.clip);
    this.card = new FindingCard(this.root);
    doc.documentElement.append(this.element);
  }

  /** Records which categories are flagged (the contract other components and tests rely on). */
  setFindings(findings: readonly Finding[]): void {
    const categories = [...new Set(findings.map((f) => f.category))].sort();
    const value = categories.join(' ');
    if (this.element.getAttribute(FINDINGS_ATTRIBUTE) !== value) this.element.setAttribute(FINDINGS_ATTRIBUTE, value);
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

  remove(): void {
    this.element.remove();
  }
}
