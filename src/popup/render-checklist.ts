import { platformNames } from '../checklist/platform-names.ts';
import type { ChecklistFinding, ChecklistSnapshot } from '../messaging/protocol.ts';
import { categoryColors } from '../overlay/category-colors.ts';
import { categoryLabels, severityLabels } from '../overlay/finding-labels.ts';

/** What the popup asks of the tab when the user acts on its checklist. */
export interface ChecklistCallbacks {
  setManual(id: string, checked: boolean): void;
  setDoubtful(doubtful: boolean): void;
  /** Put the caret on the index-th finding of the snapshot (index into `snapshot.findings`). */
  showFinding(index: number): void;
}

/** The state the popup shows, as `data-state` on the root and the status line. */
export type ChecklistViewState = 'checking' | 'current' | 'failed' | 'no-compose';

export const FAILED_MESSAGE = 'Guidepost could not check this post. Publishing is not held back.';
export const NO_COMPOSE_MESSAGE = 'There is no compose box open in this tab. Start a post to see its checklist.';
export const NO_FINDINGS_MESSAGE = 'No findings in this post';
export const DOUBTFUL_LABEL = 'I’m not sure about this post (ask the communications team)';

/**
 * The parts that outlive a render: the live region (a region replaced on every render is not announced) and
 * the checkboxes (kept, so the one that has focus keeps it and a screen reader does not read it again).
 */
interface Skeleton {
  root: HTMLElement;
  heading: HTMLElement;
  site: HTMLElement;
  account: HTMLElement;
  profile: HTMLElement;
  status: HTMLElement;
  groupsSection: HTMLElement;
  groups: HTMLElement;
  findingsSection: HTMLElement;
  findingsHeading: HTMLElement;
  findingsBody: HTMLElement;
  length: HTMLElement;
  manualSection: HTMLElement;
  manualList: HTMLElement;
  doubtful: HTMLInputElement;
  /** The callbacks of the latest render: listeners on kept elements call through this. */
  callbacks: ChecklistCallbacks;
}

const skeletons = new WeakMap<HTMLElement, Skeleton>();

/**
 * Shows a tab's checklist in `container`, updating what an earlier call drew there. Pure DOM: no extension
 * APIs, and page text goes in only through textContent.
 */
export function renderChecklist(doc: Document, container: HTMLElement, snapshot: ChecklistSnapshot, callbacks: ChecklistCallbacks): void {
  let parts = skeletons.get(container);
  if (!parts || !container.contains(parts.root)) {
    parts = buildSkeleton(doc, container, callbacks);
    skeletons.set(container, parts);
  }
  parts.callbacks = callbacks;
  const hadFocus = parts.root.contains(doc.activeElement);

  const state = viewState(snapshot);
  parts.root.dataset.state = state;
  if (state === 'checking') parts.root.setAttribute('aria-busy', 'true');
  else parts.root.removeAttribute('aria-busy');

  renderContext(parts, snapshot);
  renderStatus(parts, snapshot, state);

  const composing = state !== 'no-compose';
  parts.groupsSection.hidden = !composing || state === 'failed' || snapshot.groups.length === 0;
  parts.findingsSection.hidden = !composing;
  parts.manualSection.hidden = !composing;
  parts.length.hidden = !composing || !snapshot.length;
  if (composing) {
    // Failed: a group that found nothing did not pass, it was not checked; say nothing rather than "passed".
    if (state !== 'failed') renderGroups(doc, parts, snapshot);
    renderFindings(doc, parts, snapshot, state);
    renderLength(parts, snapshot);
    renderManual(doc, parts, snapshot);
  }

  // What had focus went away (its finding was fixed, the compose box closed): keep focus in the checklist
  // rather than let it fall to the page's start.
  if (hadFocus && !isShownWithin(parts.root, doc.activeElement)) {
    (isShownWithin(parts.root, parts.findingsHeading) ? parts.findingsHeading : parts.heading).focus();
  }
}

function isShownWithin(root: HTMLElement, node: Element | null): boolean {
  return node !== null && root.contains(node) && node.closest('[hidden]') === null;
}

export function viewState(snapshot: ChecklistSnapshot): ChecklistViewState {
  if (!snapshot.composing) return 'no-compose';
  return snapshot.state;
}

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: { className?: string; id?: string; text?: string } = {}): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.id) node.id = props.id;
  if (props.text !== undefined) node.textContent = props.text;
  return node;
}

function setText(node: HTMLElement, text: string): void {
  // Rewriting a live region with the same words makes some screen readers say them again.
  if (node.textContent !== text) node.textContent = text;
}

function buildSkeleton(doc: Document, container: HTMLElement, callbacks: ChecklistCallbacks): Skeleton {
  container.replaceChildren();
  const root = element(doc, 'div', { className: 'gp-checklist', id: 'checklist-root' });

  const context = element(doc, 'div', { className: 'gp-context' });
  const heading = element(doc, 'h2', { id: 'checklist-heading' });
  heading.tabIndex = -1;
  const site = element(doc, 'p', { className: 'gp-site', id: 'checklist-site' });
  const who = element(doc, 'p', { className: 'gp-who' });
  const account = element(doc, 'span', { id: 'checklist-account' });
  const profile = element(doc, 'span', { id: 'checklist-profile' });
  who.append(account, element(doc, 'span', { className: 'gp-separator', text: ' · ' }), profile);
  context.append(heading, site, who);

  const status = element(doc, 'p', { className: 'gp-status', id: 'checklist-status' });
  status.setAttribute('role', 'status');

  const groupsSection = element(doc, 'section', { className: 'gp-groups-section' });
  groupsSection.setAttribute('aria-labelledby', 'checklist-groups-heading');
  const groups = element(doc, 'ul', { className: 'gp-groups', id: 'checklist-groups' });
  groupsSection.append(element(doc, 'h3', { id: 'checklist-groups-heading', text: 'Rules' }), groups);

  const findingsSection = element(doc, 'section', { className: 'gp-findings-section' });
  findingsSection.setAttribute('aria-labelledby', 'checklist-findings-heading');
  const findingsHeading = element(doc, 'h3', { id: 'checklist-findings-heading', text: 'Findings' });
  // Focus lands here when the button that had it goes away with its finding.
  findingsHeading.tabIndex = -1;
  const findingsBody = element(doc, 'div', { className: 'gp-findings-body' });
  findingsSection.append(findingsHeading, findingsBody);

  const length = element(doc, 'p', { className: 'gp-length', id: 'checklist-length' });

  const manualSection = element(doc, 'fieldset', { className: 'gp-manual', id: 'checklist-manual' });
  const manualList = element(doc, 'ul', { className: 'gp-manual-list', id: 'checklist-manual-list' });
  const doubtfulLabel = element(doc, 'label', { className: 'gp-check gp-doubtful' });
  const doubtful = element(doc, 'input', { id: 'checklist-doubtful' });
  doubtful.type = 'checkbox';
  doubtfulLabel.append(doubtful, element(doc, 'span', { text: DOUBTFUL_LABEL }));
  manualSection.append(element(doc, 'legend', { text: 'Before you post' }), manualList, doubtfulLabel);

  root.append(context, status, groupsSection, findingsSection, length, manualSection);
  container.append(root);

  const parts: Skeleton = {
    root, heading, site, account, profile, status, groupsSection, groups, findingsSection, findingsHeading,
    findingsBody, length, manualSection, manualList, doubtful, callbacks,
  };
  doubtful.addEventListener('change', () => parts.callbacks.setDoubtful(doubtful.checked));
  return parts;
}

function renderContext(parts: Skeleton, snapshot: ChecklistSnapshot): void {
  const platform = platformNames[snapshot.platform];
  setText(parts.heading, `${platform} post`);
  parts.heading.dataset.platform = snapshot.platform;
  setText(parts.site, `Guidepost is checking your posts on ${snapshot.host}.`);
  setText(parts.account, snapshot.account ? `Posting as ${asHandle(snapshot.account)}` : 'Account not detected');
  setText(parts.profile, snapshot.profile === 'official' ? 'Official account' : 'Personal account');
  parts.profile.dataset.profile = snapshot.profile;
}

/** Platforms report handles with or without the "@"; show one. */
function asHandle(account: string): string {
  return account.startsWith('@') ? account : `@${account}`;
}

function renderStatus(parts: Skeleton, snapshot: ChecklistSnapshot, state: ChecklistViewState): void {
  parts.status.dataset.state = state;
  const count = snapshot.findings.length;
  const text = {
    'no-compose': NO_COMPOSE_MESSAGE,
    checking: 'Checking…',
    failed: FAILED_MESSAGE,
    current: count === 0 ? 'Checked: no findings.' : `Checked: ${plural(count, 'finding')} to look at.`,
  }[state];
  setText(parts.status, text);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function renderGroups(doc: Document, parts: Skeleton, snapshot: ChecklistSnapshot): void {
  parts.groups.replaceChildren(
    ...snapshot.groups.map((group) => {
      const item = element(doc, 'li', { className: `gp-group gp-group--${group.status}` });
      item.dataset.groupId = group.id;
      item.dataset.groupStatus = group.status;
      const warn = group.status === 'warn';
      // The mark is a shape as well as a colour; the words after it say the same to a screen reader.
      const mark = element(doc, 'span', { className: 'gp-mark', text: warn ? '!' : '✓' });
      mark.setAttribute('aria-hidden', 'true');
      const result = warn ? (group.id === 'length' ? 'over the limit' : plural(group.count, 'finding')) : 'passed';
      item.append(
        mark,
        element(doc, 'span', { className: 'gp-group-label', text: group.label }),
        element(doc, 'span', { className: 'gp-visually-hidden', text: ': ' }),
        element(doc, 'span', { className: 'gp-group-result', text: result }),
      );
      return item;
    }),
  );
}

function renderFindings(doc: Document, parts: Skeleton, snapshot: ChecklistSnapshot, state: ChecklistViewState): void {
  // Which "Show in post" button had focus, so the same finding's button gets it back after the list is redrawn.
  const active = doc.activeElement;
  const focusedIndex = active && parts.findingsBody.contains(active) ? active.getAttribute('data-finding-index') ?? undefined : undefined;

  if (snapshot.findings.length === 0) {
    // "No findings" only once the check has run; while it runs or after it failed it would be a guess.
    const empty = state === 'current' ? [noFindings(doc)] : [];
    parts.findingsSection.hidden = state !== 'current';
    parts.findingsBody.replaceChildren(...empty);
  } else {
    const list = element(doc, 'ol', { className: 'gp-findings', id: 'checklist-findings' });
    list.append(...snapshot.findings.map((finding, index) => renderFinding(doc, parts, finding, index)));
    parts.findingsBody.replaceChildren(list);
  }

  if (focusedIndex !== undefined) {
    parts.findingsBody.querySelector<HTMLElement>(`button[data-finding-index="${focusedIndex}"]`)?.focus();
  }
}

function noFindings(doc: Document): HTMLElement {
  const line = element(doc, 'p', { className: 'gp-no-findings', id: 'checklist-no-findings' });
  const mark = element(doc, 'span', { className: 'gp-mark', text: '✓' });
  mark.setAttribute('aria-hidden', 'true');
  line.append(mark, element(doc, 'span', { text: NO_FINDINGS_MESSAGE }));
  return line;
}

function renderFinding(doc: Document, parts: Skeleton, finding: ChecklistFinding, index: number): HTMLElement {
  const item = element(doc, 'li', { className: 'gp-finding' });
  item.dataset.findingIndex = String(index);
  item.dataset.category = finding.category;
  item.dataset.severity = finding.severity;
  item.dataset.rule = finding.rule;
  if (finding.quoted) item.dataset.quoted = 'true';
  // The category's underline colour, as a bar: decoration only, the label says the same.
  item.style.setProperty('--gp-category-color', categoryColors[finding.category]);

  const titleId = `checklist-finding-${index}-title`;
  const title = element(doc, 'p', { className: 'gp-finding-title', id: titleId });
  title.append(
    element(doc, 'span', { className: 'gp-finding-category', text: categoryLabels[finding.category] }),
    element(doc, 'span', { className: 'gp-finding-severity', text: ` (${severityLabels[finding.severity]})` }),
  );
  item.append(title);
  if (finding.quoted) item.append(element(doc, 'p', { className: 'gp-finding-where', text: 'In the quoted post' }));
  item.append(element(doc, 'p', { className: 'gp-finding-message', text: finding.message }));
  if (finding.phrase) item.append(element(doc, 'p', { className: 'gp-finding-phrase', text: `“${finding.phrase}”` }));
  if (finding.explanation) item.append(element(doc, 'p', { className: 'gp-finding-explanation', text: finding.explanation }));

  // A quoted post's words are not in the compose box, so there is nothing there to show.
  if (!finding.quoted) {
    const show = element(doc, 'button', { className: 'gp-show-finding', text: 'Show in post' });
    show.type = 'button';
    show.dataset.findingIndex = String(index);
    // Several buttons say "Show in post": each is described by its finding's category.
    show.setAttribute('aria-describedby', titleId);
    show.addEventListener('click', () => parts.callbacks.showFinding(index));
    item.append(show);
  }
  return item;
}

function renderLength(parts: Skeleton, snapshot: ChecklistSnapshot): void {
  const length = snapshot.length;
  if (!length) return;
  const text = `${length.count} / ${length.limit} ${length.unit}${length.over ? ': over the limit' : ''}`;
  setText(parts.length, text);
  parts.length.dataset.over = String(length.over);
  parts.length.classList.toggle('gp-length--over', length.over);
}

function renderManual(doc: Document, parts: Skeleton, snapshot: ChecklistSnapshot): void {
  // Items are kept by id so a ticked box that has focus stays the same element, and keeps focus.
  // No instanceof: the document may belong to another window than this script's (a test's, an iframe's).
  const active = doc.activeElement as HTMLElement | null;
  const focused = active && parts.manualList.contains(active) ? active : undefined;
  const existing = new Map<string, HTMLLIElement>();
  for (const item of parts.manualList.querySelectorAll<HTMLLIElement>('li.gp-manual-item')) {
    existing.set(item.dataset.manualId ?? '', item);
  }
  const items = snapshot.manual.map((manual) => {
    let item = existing.get(manual.id);
    existing.delete(manual.id);
    if (!item) item = manualItem(doc, parts, manual.id);
    const input = item.querySelector('input')!;
    input.checked = manual.checked;
    setText(item.querySelector<HTMLElement>('.gp-check-label')!, manual.label);
    return item;
  });
  for (const item of existing.values()) item.remove();
  for (const [index, item] of items.entries()) {
    if (parts.manualList.children[index] !== item) parts.manualList.insertBefore(item, parts.manualList.children[index] ?? null);
  }
  // Moving a focused element blurs it; an item that moved up or down keeps focus all the same.
  if (focused?.isConnected && doc.activeElement !== focused) focused.focus();
  // An item that went away (the communications-team item, when "not sure" is unticked) hands focus on.
  else if (focused && !focused.isConnected) parts.doubtful.focus();
  parts.manualList.hidden = items.length === 0;

  parts.doubtful.checked = snapshot.doubtful;
}

function manualItem(doc: Document, parts: Skeleton, id: string): HTMLLIElement {
  const item = element(doc, 'li', { className: 'gp-manual-item' });
  item.dataset.manualId = id;
  const label = element(doc, 'label', { className: 'gp-check' });
  const input = element(doc, 'input');
  input.type = 'checkbox';
  input.dataset.manualId = id;
  input.addEventListener('change', () => parts.callbacks.setManual(id, input.checked));
  label.append(input, element(doc, 'span', { className: 'gp-check-label' }));
  item.append(label);
  return item;
}
