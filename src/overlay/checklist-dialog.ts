import type { Finding } from '../core/types.ts';
import type { PostLength } from '../checklist/post-length.ts';
import { categoryLabels, guidelineTitle } from './finding-labels.ts';

/** A check software can't make: the user ticks it ("media licence confirmed", "checked with the comms team"). */
export interface ManualItem {
  id: string;
  label: string;
  checked: boolean;
}

export interface ChecklistContent {
  findings: readonly Finding[];
  manual: readonly ManualItem[];
  length?: PostLength;
  /**
   * "review": opened from the keyboard shortcut, not by a held publish: the title and buttons say so.
   * Defaults to "publish".
   */
  mode?: 'publish' | 'review';
  /** False when there is no publish control to post with (the shortcut on a page without one). */
  canPublish?: boolean;
}

export interface ChecklistChoice {
  /** "Edit post": back to the editor, caret at the first finding. "Post anyway": publish as the platform would. */
  action: 'edit' | 'post-anyway' | 'cancel';
  /** The manual items ticked when the dialog closed. */
  checked: string[];
}

const STYLE = `
:host { all: initial; }
.backdrop { position: fixed; inset: 0; background: rgb(0 0 0 / 0.45); z-index: 2147483647; display: grid; place-items: center; }
.dialog { font: 15px/1.45 system-ui, sans-serif; color: #1b1b1f; background: #fff; border-radius: 12px; max-width: min(34rem, calc(100vw - 2rem)); max-height: calc(100vh - 2rem); overflow: auto; padding: 1.25rem 1.5rem; box-shadow: 0 10px 40px rgb(0 0 0 / 0.35); }
.dialog:focus { outline: none; }
:host([data-theme="dark"]) .dialog { color: #e8e8ee; background: #1f1f24; }
h2 { font-size: 1.15rem; margin: 0 0 0.5rem; }
ul { padding-left: 1.1rem; margin: 0.5rem 0; }
li { margin: 0.4rem 0; }
.why { display: block; font-size: 0.9em; opacity: 0.85; }
.source { display: block; font-size: 0.8em; opacity: 0.7; }
label { display: flex; gap: 0.5rem; align-items: flex-start; margin: 0.35rem 0; }
.buttons { display: flex; gap: 0.75rem; justify-content: flex-end; margin-top: 1rem; flex-wrap: wrap; }
button { font: inherit; padding: 0.45rem 0.9rem; border-radius: 8px; border: 1px solid #767680; background: transparent; color: inherit; cursor: pointer; }
button.primary { background: #0b57d0; border-color: #0b57d0; color: #fff; }
button:focus-visible, input:focus-visible { outline: 3px solid #7aa7ff; outline-offset: 2px; }
`;

/**
 * The checklist shown when a publish is held back: the findings with why they matter, the length against the
 * platform's limit, the manual items, and two ways out. It lives in its own open shadow root under <html>,
 * outside the editor; focus stays inside it while it is open (Tab wraps), Escape closes it like "Edit post"
 * without moving the caret, and focus goes back where it was.
 */
export function openChecklistDialog(doc: Document, content: ChecklistContent, theme: 'light' | 'dark' = 'light'): {
  result: Promise<ChecklistChoice>;
  host: HTMLElement;
} {
  const host = doc.createElement('guidepost-checklist');
  host.setAttribute('data-theme', theme);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const backdrop = doc.createElement('div');
  backdrop.className = 'backdrop';
  const dialog = doc.createElement('div');
  dialog.className = 'dialog';
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', 'guidepost-checklist-title');
  dialog.setAttribute('aria-describedby', 'guidepost-checklist-summary');
  dialog.tabIndex = -1;

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
    const node = doc.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  };

  const review = content.mode === 'review';
  const title = el('h2', review ? 'Guidepost checklist' : 'Before you post');
  title.id = 'guidepost-checklist-title';
  const open = content.findings.length + (content.length?.over ? 1 : 0) + content.manual.filter((m) => !m.checked).length;
  const needs = `${open} ${open === 1 ? 'item needs' : 'items need'} your attention.`;
  const summary = el(
    'p',
    review ? (open === 0 ? 'Nothing needs your attention in this post.' : needs) : `${needs} Guidepost held this post back; nothing is lost.`,
  );
  summary.id = 'guidepost-checklist-summary';
  dialog.append(title, summary);

  if (content.findings.length > 0 || content.length?.over) {
    const list = el('ul');
    list.setAttribute('aria-label', 'Findings');
    for (const finding of content.findings) {
      const item = el('li');
      item.append(
        el('strong', `${categoryLabels[finding.category]}: `),
        doc.createTextNode(finding.message),
        el('span', finding.explanation, 'why'),
        el('span', `${guidelineTitle(finding.policy.source)}: “${finding.policy.quote}”`, 'source'),
      );
      list.append(item);
    }
    if (content.length?.over) {
      const { count, limit, unit } = content.length;
      list.append(el('li', `Too long: ${count} of ${limit} ${unit}. The platform will refuse or cut it.`));
    }
    dialog.append(list);
  }

  const boxes: HTMLInputElement[] = [];
  if (content.manual.length > 0) {
    const group = el('fieldset');
    group.style.border = 'none';
    group.style.padding = '0';
    group.append(el('legend', 'Confirm before posting'));
    for (const item of content.manual) {
      const label = el('label');
      const box = el('input');
      box.type = 'checkbox';
      box.checked = item.checked;
      box.value = item.id;
      boxes.push(box);
      label.append(box, doc.createTextNode(item.label));
      group.append(label);
    }
    dialog.append(group);
  }

  const buttons = el('div', undefined, 'buttons');
  const postAnyway = el('button', open === 0 ? 'Post' : 'Post anyway');
  postAnyway.type = 'button';
  const edit = el('button', review ? 'Back to post' : 'Edit post', 'primary');
  edit.type = 'button';
  if (content.canPublish !== false) buttons.append(postAnyway);
  buttons.append(edit);
  dialog.append(buttons);
  backdrop.append(dialog);
  root.append(style, backdrop);

  const returnTo = doc.activeElement instanceof doc.defaultView!.HTMLElement ? doc.activeElement : null;
  let settle: (choice: ChecklistChoice) => void = () => {};
  const result = new Promise<ChecklistChoice>((resolve) => (settle = resolve));
  const close = (action: ChecklistChoice['action']) => {
    host.remove();
    // "Post anyway" leaves focus to the platform's publish; the others give it back to the editor.
    if (action !== 'post-anyway') returnTo?.focus();
    settle({ action, checked: boxes.filter((b) => b.checked).map((b) => b.value) });
  };
  edit.addEventListener('click', () => close('edit'));
  postAnyway.addEventListener('click', () => close('post-anyway'));

  const focusables = () => [...boxes, ...(postAnyway.isConnected ? [postAnyway] : []), edit];
  dialog.addEventListener('keydown', (event) => {
    // The page must not see keys meant for the dialog (X and Mastodon bind Ctrl+Enter and Escape).
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      close('cancel');
      return;
    }
    if (event.key !== 'Tab') return;
    const list = focusables();
    const index = list.indexOf(root.activeElement as HTMLInputElement | HTMLButtonElement);
    const next = event.shiftKey ? (index <= 0 ? list.length - 1 : index - 1) : index === -1 || index === list.length - 1 ? 0 : index + 1;
    event.preventDefault();
    list[next]!.focus();
  });
  // A click on the backdrop does nothing: closing takes a deliberate choice.
  doc.documentElement.append(host);
  edit.focus();
  return { result, host };
}
