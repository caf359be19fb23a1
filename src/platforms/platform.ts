import type { Platform } from '../core/types.ts';

/** The kinds of editor Guidepost reads; each has its adapter in src/editors. */
export type EditorKind = 'textarea' | 'draft' | 'lexical' | 'prosemirror';

/** One place the user types: the post itself, or a content warning that is published with it. */
export interface ComposeBox {
  element: HTMLElement;
  editor: EditorKind;
  field: 'post' | 'content-warning';
}

/** What surrounds a compose box: whether it answers a post, and the text of the post it answers or quotes. */
export interface PostContext {
  reply: boolean;
  /** The text of the post being answered, when it is on the page. */
  replyTo?: string;
  /** The text of the post being quoted (or reposted with a comment), when it is on the page. */
  quoted?: string;
}

/** One attached file's preview in a composer, as the page shows it. */
export interface AttachmentView {
  /** The preview tile: Guidepost marks it when the attachment has a finding. */
  element: HTMLElement;
  /** Stays the same while the attachment is attached: its preview URL, or else a key the platform derives. */
  key: string;
  /** The preview's `blob:` or `data:` URL, when the page made one from the file itself (it can then be read again). */
  src?: string;
  kind: 'image' | 'video' | 'other';
  /** Whether the page shows that the attachment has a description (alt text); "unknown" where it doesn't say. */
  alt: 'present' | 'missing' | 'unknown';
}

/** What Guidepost knows about one site's compose boxes. Selectors live in the platform's folder. */
export interface PlatformDefinition {
  id: Platform;
  /** Every compose box currently in the page, in document order. */
  findComposeBoxes(doc: Document): ComposeBox[];
  /** The reply and quote around a compose box, read from what the page shows. */
  postContext(box: HTMLElement): PostContext;
  /** The signed-in account's handle as the page shows it (never from tokens or storage), e.g. "@Wikimedia". */
  accountHandle(doc: Document): string | undefined;
  /**
   * The platform's publish control (Post, Reply, Post all) that `target` is, or is inside; undefined for
   * anything else. Publishing through it is what the checklist gate holds back.
   */
  publishControl(target: Element): HTMLElement | undefined;
  /** Every publish control on the page, in document order. */
  publishControls(doc: Document): HTMLElement[];
  /** Whether media is attached in a composer; `scope` holds its boxes and its publish control. */
  hasMedia(scope: Element): boolean;
  /** The attachments shown in a composer's `scope`, in document order. */
  mediaAttachments(scope: Element): AttachmentView[];
  /** True while a suggestion menu in the box (Mastodon's @mention list) takes Enter for itself. */
  menuOpen?(box: HTMLElement): boolean;
  /** What the page's own character counter says is left (Mastodon instances choose their own limit). */
  remainingCharacters?(scope: Element): number | undefined;
}

/** The nearest element, from `target` up, that matches any of `selectors`. */
export function closestMatching(target: Element, selectors: readonly string[]): HTMLElement | undefined {
  return (target.closest(selectors.join(',')) as HTMLElement | null) ?? undefined;
}

/** True when `scope` holds an element matching any of `selectors`. */
export function holdsAny(scope: ParentNode, selectors: readonly string[]): boolean {
  return scope.querySelector(selectors.join(',')) !== null;
}

/** Every element matching any of `selectors`, once each, in document order. */
export function queryAll(root: ParentNode, selectors: readonly string[]): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(selectors.join(','))];
}

/** The first element matching the selectors in order of preference (earlier selectors win). */
export function queryFirst(root: ParentNode, selectors: readonly string[]): HTMLElement | undefined {
  for (const selector of selectors) {
    const found = root.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  return undefined;
}

/** Visible text of an element, whitespace runs collapsed; undefined when empty. */
export function visibleText(element: Element | null | undefined): string | undefined {
  const text = (element as HTMLElement | null | undefined)?.innerText ?? element?.textContent ?? '';
  const trimmed = text.replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
  return trimmed === '' ? undefined : trimmed;
}

/** True when `a` comes before `b` in document order. */
export function precedes(a: Node, b: Node): boolean {
  // 4 is Node.DOCUMENT_POSITION_FOLLOWING.
  return Boolean(a.compareDocumentPosition(b) & 4);
}
