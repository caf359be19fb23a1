import type { Category, Severity } from '../core/types.ts';
import { categoryColors } from './category-colors.ts';

/**
 * Underlines drawn with the CSS Custom Highlight API: the browser paints them on the editor's own text, so they
 * follow scrolling, wrapping and transformed modals for free, and nothing is added to the editor. One Highlight
 * per category and severity is shared by every compose box in the document; each painter adds and removes
 * only its own ranges.
 */

const STYLE_ID = 'guidepost-highlight-styles';

export function highlightName(category: Category, severity: Severity): string {
  return `guidepost-${category.replace('/', '-')}-${severity}`;
}

export function supportsHighlights(win: Window): boolean {
  const css = (win as Window & { CSS?: { highlights?: unknown } }).CSS;
  return typeof css?.highlights === 'object' && typeof (win as unknown as { Highlight?: unknown }).Highlight === 'function';
}

/** `::highlight()` rules must live in the page's own style sheets; one <style> in <head> serves all painters. */
function ensureStyles(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  const rules: string[] = [];
  for (const [category, color] of Object.entries(categoryColors) as Array<[Category, string]>) {
    for (const severity of ['error', 'warning', 'info'] as const) {
      const line = severity === 'error' ? 'solid' : severity === 'warning' ? 'wavy' : 'dotted';
      rules.push(
        `::highlight(${highlightName(category, severity)}){text-decoration:underline ${line} ${color};` +
          `text-decoration-thickness:2px;text-underline-offset:3px;text-decoration-skip-ink:none}`,
      );
    }
  }
  style.textContent = rules.join('\n');
  (doc.head ?? doc.documentElement).append(style);
}

export class HighlightPainter {
  private readonly owned = new Map<string, Range[]>();

  constructor(private readonly doc: Document) {
    ensureStyles(doc);
  }

  /** Replaces this painter's ranges with `underlines`. */
  paint(underlines: ReadonlyArray<{ category: Category; severity: Severity; range: Range }>): void {
    this.clear();
    const win = this.doc.defaultView as typeof globalThis;
    const registry = win.CSS.highlights;
    for (const { category, severity, range } of underlines) {
      const name = highlightName(category, severity);
      let highlight = registry.get(name);
      if (!highlight) {
        highlight = new win.Highlight();
        registry.set(name, highlight);
      }
      highlight.add(range);
      const mine = this.owned.get(name) ?? [];
      mine.push(range);
      this.owned.set(name, mine);
    }
  }

  clear(): void {
    const registry = (this.doc.defaultView as typeof globalThis | null)?.CSS?.highlights;
    for (const [name, ranges] of this.owned) {
      const highlight = registry?.get(name);
      for (const range of ranges) highlight?.delete(range);
      // Leave no empty entries behind for other tools reading the registry.
      if (highlight && highlight.size === 0) registry?.delete(name);
    }
    this.owned.clear();
  }
}
