import type { Finding, Suggestion } from '../core/types.ts';
import { categoryColors } from './category-colors.ts';
import { categoryLabels, guidelineTitle, severityLabels } from './finding-labels.ts';
import type { Box } from './overlay-host.ts';

export interface CardActions {
  apply(finding: Finding, suggestion: Suggestion): void;
  ignoreOnce(finding: Finding): void;
  ignoreAlways(finding: Finding, phrase: string): void;
  /** The card closed itself (Escape, or focus left it): give the editor its focus back if the card had it. */
  closed(returnFocus: boolean): void;
}

const GAP = 6;
const MARGIN = 8;

/**
 * The card for one finding: what was found, why it matters (the guideline, quoted), suggestions, and the two
 * ways to ignore it. It lives in the overlay's shadow root, so page styles can't reach it and it adds nothing
 * to the editor. It never takes focus by itself: typing goes on while it shows.
 */
export class FindingCard {
  readonly element: HTMLDivElement;
  private shownFor: Finding | undefined;
  private phrase = '';

  private actions: CardActions | undefined;

  constructor(private readonly root: ShadowRoot) {
    const doc = root.ownerDocument;
    this.element = doc.createElement('div');
    this.element.className = 'card';
    this.element.setAttribute('role', 'dialog');
    this.element.hidden = true;
    this.element.addEventListener('click', (event) => this.onClick(event));
    // A pointer press on the card must not take focus or the selection from the editor: the caret stays put
    // and typing can go on right after a click. (The card's own element; nothing of the page is cancelled.)
    this.element.addEventListener('mousedown', (event) => event.preventDefault());
    this.element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        this.hide();
        this.actions?.closed(true);
      }
    });
    root.append(this.element);
  }

  /** Who handles the buttons: the compose session that owns this card. */
  setActions(actions: CardActions): void {
    this.actions = actions;
  }

  get finding(): Finding | undefined {
    return this.shownFor;
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  /** Shows the card for `finding` (whose flagged text is `phrase`) next to `anchor`, the first box of the span. */
  show(finding: Finding, phrase: string, anchor: Box): void {
    if (this.shownFor !== finding) this.render(finding, phrase);
    this.shownFor = finding;
    this.phrase = phrase;
    this.element.hidden = false;
    this.place(anchor);
  }

  hide(): void {
    this.element.hidden = true;
    this.shownFor = undefined;
  }

  /** Moves focus into the card (keyboard users), on its first button. */
  focus(): void {
    this.element.querySelector<HTMLButtonElement>('button')?.focus();
  }

  contains(node: Node | null): boolean {
    return node !== null && this.element.contains(node);
  }

  containsPoint(x: number, y: number): boolean {
    if (this.element.hidden) return false;
    const r = this.element.getBoundingClientRect();
    return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  }

  private render(finding: Finding, phrase: string): void {
    const doc = this.root.ownerDocument;
    const el = (tag: string, className: string, text?: string) => {
      const node = doc.createElement(tag);
      node.className = className;
      if (text !== undefined) node.textContent = text;
      return node;
    };
    const card = this.element;
    card.replaceChildren();
    card.dataset.category = finding.category;
    card.dataset.severity = finding.severity;
    card.style.setProperty('--c', categoryColors[finding.category]);
    card.setAttribute('aria-label', `Guidepost: ${categoryLabels[finding.category]}`);

    const header = el('div', 'header');
    header.append(el('span', 'dot'), el('span', 'kind', categoryLabels[finding.category]), el('span', 'severity', severityLabels[finding.severity]));
    const found = el('p', 'message', finding.message);
    const why = el('p', 'why', finding.explanation);
    const policy = el('blockquote', 'policy');
    policy.append(el('span', 'quote', `“${finding.policy.quote}”`), el('cite', 'source', guidelineTitle(finding.policy.source)));
    card.append(header, found, why, policy);

    if (finding.suggestions?.length) {
      const list = el('div', 'suggestions');
      finding.suggestions.forEach((suggestion, index) => {
        const button = el('button', 'suggestion') as HTMLButtonElement;
        button.type = 'button';
        button.dataset.action = 'apply';
        button.dataset.index = String(index);
        button.append(el('span', 'label', suggestion.label));
        if (suggestion.replacement !== '') button.append(el('span', 'replacement', suggestion.replacement));
        list.append(button);
      });
      card.append(list);
    }
    const actions = el('div', 'actions');
    const once = el('button', 'ignore-once', 'Ignore once') as HTMLButtonElement;
    once.type = 'button';
    once.dataset.action = 'ignore-once';
    const always = el('button', 'ignore-always', 'Always ignore this phrase') as HTMLButtonElement;
    always.type = 'button';
    always.dataset.action = 'ignore-always';
    always.title = `Never flag “${phrase}” again`;
    actions.append(once);
    // A finding about an attachment has no words to ignore everywhere.
    if (!finding.media && phrase !== '') actions.append(always);
    card.append(actions);
  }

  private onClick(event: Event): void {
    const button = (event.target as Element).closest?.('button');
    const finding = this.shownFor;
    if (!button || !finding || !this.actions) return;
    const action = button.getAttribute('data-action');
    this.hide();
    if (action === 'apply') {
      const suggestion = finding.suggestions?.[Number(button.getAttribute('data-index'))];
      if (suggestion) this.actions.apply(finding, suggestion);
    } else if (action === 'ignore-once') {
      this.actions.ignoreOnce(finding);
    } else if (action === 'ignore-always') {
      this.actions.ignoreAlways(finding, this.phrase);
    }
  }

  /** Below the flagged words, or above them when there is no room; always inside the viewport. */
  private place(anchor: Box): void {
    const win = this.root.ownerDocument.defaultView!;
    const card = this.element;
    card.style.left = '0px';
    card.style.top = '0px';
    const { width, height } = card.getBoundingClientRect();
    const left = Math.max(MARGIN, Math.min(anchor.left, win.innerWidth - width - MARGIN));
    const below = anchor.top + anchor.height + GAP;
    const top = below + height + MARGIN <= win.innerHeight ? below : Math.max(MARGIN, anchor.top - GAP - height);
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
  }
}
