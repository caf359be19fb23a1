import { measureGraphemePost, type PostLength } from '../checklist/post-length.ts';
import type { Category, Finding, MediaAttachment, Profile } from '../core/types.ts';
import type { AuditRecord, ChecklistFinding, ChecklistPortRequest, ChecklistSnapshot, TabEvent } from '../messaging/protocol.ts';
import type { ManualItem } from '../overlay/checklist-dialog.ts';
import type { PlatformDefinition } from '../platforms/platform.ts';
import type { CheckState, ComposeSession, SessionStatus } from './compose-session.ts';
import { needsConfirmation, type MediaTracker } from './media-tracker.ts';

/** The manual items: checks software can't make, which the user ticks. */
export const MANUAL_ITEMS = {
  media: {
    id: 'media-permission',
    label: 'The attached media is ours, public domain, freely licensed, or used with the author’s written permission',
  },
  /** One per attachment whose licence Guidepost could not tell (its id is this prefix and the attachment's). */
  mediaFile: {
    idPrefix: 'media-permission:',
    label: (name: string) => `“${name}” is ours, public domain, freely licensed, or used with the author’s written permission`,
  },
  commsTeam: { id: 'comms-team', label: 'I checked this post with the communications team' },
} as const;

/** The popup's rule groups, by category prefix; the length check is its own group. */
const RULE_GROUPS: ReadonlyArray<{ id: string; label: string; prefix?: string }> = [
  { id: 'endorsement', label: 'Endorsements', prefix: 'endorsement/' },
  { id: 'conduct', label: 'Disputes and complaints', prefix: 'conduct/' },
  { id: 'tone', label: 'Tone', prefix: 'tone/' },
  { id: 'voice', label: 'Official voice', prefix: 'voice/' },
  { id: 'media', label: 'Media', prefix: 'media/' },
  { id: 'length', label: 'Length' },
];

/** The boxes published together by one publish control: a thread's posts, a post and its content warning. */
export interface ComposerGroup {
  sessions: ComposeSession[];
  /** The element holding them and their publish control (where attached media is looked for). */
  scope: Element;
  /** The platform's publish control for them, when the page shows one. */
  control?: HTMLElement;
}

/** Everything the gate weighs before letting a post go. */
export interface Verdict {
  state: CheckState;
  findings: Array<{ session: ComposeSession; finding: Finding; phrase: string }>;
  manual: ManualItem[];
  length?: PostLength;
  /** Nothing to show: no findings, length within the limit, every manual item ticked. */
  clean: boolean;
  /** Each box's text when this verdict was made. */
  texts: Map<ComposeSession, string>;
}

interface ManualState {
  checked: Set<string>;
  doubtful: boolean;
}

/** The hub's only links to the extension: reporting to the background. Errors are the link's to swallow. */
export interface HubLink {
  send(event: TabEvent): void;
}

/** How long the badge waits for a burst of changes (typing) to settle before it is updated. */
const BADGE_DELAY_MS = 250;

/**
 * The tab's checklist: which compose boxes belong together, which one is active, the manual items ticked for
 * each composer, and the badge. The publish gate, the popup and the keyboard shortcut all read it from here,
 * so they always agree with the underlines.
 */
export class ChecklistHub {
  private readonly sessions = new Set<ComposeSession>();
  private readonly unsubscribe = new Map<ComposeSession, () => void>();
  private readonly manual = new Map<ComposeSession, ManualState>();
  private readonly listeners = new Set<() => void>();
  private active: ComposeSession | undefined;
  /** The attachments each post box is sent with (a preview belongs to the box nearest it in the page). */
  private media = new Map<ComposeSession, MediaAttachment[]>();
  private mediaKeys = new Map<ComposeSession, string>();
  private stopTracking: (() => void) | undefined;
  /** Set when Guidepost itself failed at a publish (it then let the post go); cleared by the next good check. */
  private gateFailed = false;
  private badgeTimer = 0;
  private lastBadge = '';
  private readonly win: Window;
  private readonly onFocusIn = (event: FocusEvent) => {
    const target = event.target as Node | null;
    const session = target ? this.sessionFor(target) : undefined;
    if (session && session !== this.active) {
      this.active = session;
      this.changed();
    }
  };

  constructor(
    readonly platform: PlatformDefinition,
    readonly doc: Document,
    private readonly link: HubLink,
    readonly profile: Profile = 'official',
  ) {
    this.win = doc.defaultView!;
    doc.addEventListener('focusin', this.onFocusIn, true);
  }

  private tracker: MediaTracker | undefined;

  /** Follows the composers' attachments: a change sends the boxes they belong to for a new check. */
  trackMedia(tracker: MediaTracker): void {
    this.tracker = tracker;
    this.stopTracking = tracker.onChange(() => this.assignMedia());
    this.assignMedia();
  }

  /** Where the composers are, for the tracker to look for previews: one part of the page per publish control. */
  composerScopes(): Element[] {
    const scopes: Element[] = [];
    for (const session of this.sessions) {
      const { scope } = this.groupForSession(session);
      if (!scopes.some((known) => known.contains(scope))) scopes.push(scope);
    }
    return scopes.filter((scope) => !scopes.some((other) => other !== scope && other.contains(scope)));
  }

  /** The attachments a post box is checked with. */
  mediaFor(session: ComposeSession): readonly MediaAttachment[] {
    return this.media.get(session) ?? [];
  }

  /** The preview of an attachment, for marking it in the page. */
  mediaElement(id: string): HTMLElement | undefined {
    return this.tracker?.elementFor(id);
  }

  add(session: ComposeSession): void {
    this.sessions.add(session);
    this.unsubscribe.set(session, session.onStatus(() => {
      // Only a real answer shows Guidepost works again; an emptied box (just posted) is "current" without one.
      // Read only while failed: this runs on every keystroke, and status() reads the editor again.
      if (this.gateFailed) {
        const now = session.status();
        if (now.state === 'current' && now.text.trim() !== '') this.gateFailed = false;
      }
      this.changed();
    }));
    if (session.editor.element.contains(this.doc.activeElement)) this.active = session;
    // A box (re)created under previews that are already there gets them at once.
    this.tracker?.scan();
    if (this.tracker) this.assignMedia();
    else this.changed();
  }

  remove(session: ComposeSession): void {
    this.sessions.delete(session);
    this.unsubscribe.get(session)?.();
    this.unsubscribe.delete(session);
    this.manual.delete(session);
    this.media.delete(session);
    this.mediaKeys.delete(session);
    if (this.active === session) this.active = undefined;
    // Its attachments may belong to another box now (a thread post removed).
    if (this.tracker) this.assignMedia();
    else this.changed();
  }

  /** Calls back after anything the popup shows may have changed. Returns the unsubscribe. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  sessionFor(target: Node): ComposeSession | undefined {
    return [...this.sessions].find((s) => s.editor.element.contains(target));
  }

  /** The group a publish control publishes: every box in the largest part of the page holding no other control. */
  groupForControl(control: HTMLElement): ComposerGroup | undefined {
    const others = this.platform.publishControls(this.doc).filter((c) => c !== control && !c.contains(control) && !control.contains(c));
    let scope: Element = control;
    while (scope.parentElement && !others.some((other) => scope.parentElement!.contains(other))) scope = scope.parentElement;
    const sessions = this.inOrder([...this.sessions].filter((s) => scope.contains(s.editor.element)));
    return sessions.length > 0 ? { sessions, scope, control } : undefined;
  }

  /** The group a compose box belongs to: that of the publish control whose part of the page holds it. */
  groupForSession(session: ComposeSession): ComposerGroup {
    for (const control of this.platform.publishControls(this.doc)) {
      const group = this.groupForControl(control);
      if (group?.sessions.includes(session)) return group;
    }
    return { sessions: [session], scope: session.editor.element.parentElement ?? session.editor.element };
  }

  /** The active composer: the one typed in last, or else the first on the page. */
  activeGroup(): ComposerGroup | undefined {
    const session = this.active && this.sessions.has(this.active) ? this.active : this.inOrder([...this.sessions])[0];
    return session ? this.groupForSession(session) : undefined;
  }

  verdict(group: ComposerGroup): Verdict {
    const statuses = group.sessions.map((session) => ({ session, status: session.status() }));
    const state: CheckState = statuses.some(({ status }) => status.state === 'failed')
      ? 'failed'
      : statuses.some(({ status }) => status.state === 'checking')
        ? 'checking'
        : 'current';
    const findings = statuses.flatMap(({ session, status }) =>
      status.findings.map((finding) => ({
        session,
        finding,
        // A quoted post's words are not in this box; the finding's message says what it is about.
        phrase: finding.quoted ? '' : status.text.slice(finding.start, finding.end),
      })),
    );
    const length = this.lengthOf(group, statuses);
    const manual = this.manualItems(group);
    // X's limit depends on the account (Premium posts run to 25,000), and X disables its own button past it: the
    // length is shown there, never held on. Elsewhere the page's limit is the limit.
    const lengthHolds = length?.over === true && this.platform.id !== 'x';
    const clean = findings.length === 0 && !lengthHolds && manual.every((item) => item.checked);
    const texts = new Map(statuses.map(({ session, status }) => [session, status.text]));
    return { state, findings, manual, length, clean, texts };
  }

  /** Records the items ticked in the dialog or the popup, for this composer until it is published. */
  setChecked(group: ComposerGroup, ids: readonly string[]): void {
    const state = this.manualState(group);
    state.checked = new Set(ids);
    this.changed();
  }

  /** A post went out: its composer starts afresh, and the background may remind the user later. */
  published(group: ComposerGroup): void {
    for (const session of group.sessions) this.manual.delete(session);
    this.link.send({ type: 'published', platform: this.platform.id });
    this.changed();
  }

  /** "Post anyway": keeps a local record of what was published over (nothing when nothing was). */
  audit(group: ComposerGroup, trigger: AuditRecord['trigger']): void {
    const verdict = this.verdict(group);
    const unchecked = verdict.manual.filter((item) => !item.checked).map((item) => item.label);
    if (verdict.findings.length === 0 && unchecked.length === 0 && !verdict.length?.over) return;
    this.link.send({
      type: 'audit',
      record: {
        at: new Date().toISOString(),
        platform: this.platform.id,
        host: this.doc.location.host.slice(0, 253),
        ...this.account(),
        trigger,
        findings: verdict.findings.slice(0, 100).map(({ finding, phrase }) => toChecklistFinding(finding, phrase)),
        unchecked: unchecked.slice(0, 20),
        ...(verdict.length?.over
          ? { length: { count: verdict.length.count, limit: verdict.length.limit, unit: verdict.length.unit, over: true } }
          : {}),
      },
    });
  }

  /** Guidepost failed at a publish and let it go: the badge says so until a box is checked again. */
  failedOpen(): void {
    this.gateFailed = true;
    this.changed();
  }

  snapshot(): ChecklistSnapshot {
    const base = {
      platform: this.platform.id,
      host: this.doc.location.host.slice(0, 253),
      profile: this.profile,
      ...this.account(),
    };
    const group = this.activeGroup();
    if (!group) {
      return { ...base, composing: false, state: 'current', groups: [], findings: [], manual: [], doubtful: false };
    }
    const verdict = this.verdict(group);
    const findings = verdict.findings.map(({ finding, phrase }) => toChecklistFinding(finding, phrase));
    const groups = RULE_GROUPS.map(({ id, label, prefix }) => {
      const count = prefix ? findings.filter((f) => f.category.startsWith(prefix)).length : verdict.length?.over ? 1 : 0;
      return { id, label, status: count > 0 ? ('warn' as const) : ('pass' as const), count };
    });
    return {
      ...base,
      composing: true,
      state: this.gateFailed ? 'failed' : verdict.state,
      groups,
      findings,
      manual: verdict.manual,
      doubtful: this.manualState(group).doubtful,
      ...(verdict.length ? { length: { count: verdict.length.count, limit: verdict.length.limit, unit: verdict.length.unit, over: verdict.length.over } } : {}),
    };
  }

  /** What the popup asks for. Returns false when it could not be done (no compose box, no such finding). */
  apply(request: ChecklistPortRequest): boolean {
    const group = this.activeGroup();
    if (!group) return false;
    const state = this.manualState(group);
    switch (request.type) {
      case 'set-manual':
        if (request.checked) state.checked.add(request.id);
        else state.checked.delete(request.id);
        break;
      case 'set-doubtful':
        state.doubtful = request.doubtful;
        if (!request.doubtful) state.checked.delete(MANUAL_ITEMS.commsTeam.id);
        break;
      case 'show-finding': {
        const item = this.verdict(group).findings[request.index];
        if (!item) return false;
        item.session.reveal(item.finding);
        return true;
      }
    }
    this.changed();
    return true;
  }

  dispose(): void {
    this.stopTracking?.();
    this.doc.removeEventListener('focusin', this.onFocusIn, true);
    this.win.clearTimeout(this.badgeTimer);
    for (const stop of this.unsubscribe.values()) stop();
    this.sessions.clear();
    this.listeners.clear();
  }

  private account(): { account?: string } {
    try {
      const handle = this.platform.accountHandle(this.doc);
      return handle ? { account: handle.slice(0, 200) } : {};
    } catch {
      return {};
    }
  }

  private inOrder(sessions: ComposeSession[]): ComposeSession[] {
    // 4 is Node.DOCUMENT_POSITION_FOLLOWING.
    return sessions.sort((a, b) => (a.editor.element.compareDocumentPosition(b.editor.element) & 4 ? -1 : 1));
  }

  private manualState(group: ComposerGroup): ManualState {
    // Kept on the composer's first post box, which lives as long as the composer (a content warning comes and goes).
    const key = group.sessions.find((session) => session.box.field === 'post') ?? group.sessions[0]!;
    let state = this.manual.get(key);
    if (!state) this.manual.set(key, (state = { checked: new Set(), doubtful: false }));
    return state;
  }

  private manualItems(group: ComposerGroup): ManualItem[] {
    const state = this.manualState(group);
    const items: ManualItem[] = [];
    const attachments = group.sessions.flatMap((session) => this.mediaFor(session));
    if (attachments.length > 0) {
      // Each file whose licence Guidepost couldn't tell is confirmed on its own; the rest have findings or pass.
      for (const attachment of attachments.filter(needsConfirmation)) {
        const id = `${MANUAL_ITEMS.mediaFile.idPrefix}${attachment.id}`;
        const label = attachment.name ? MANUAL_ITEMS.mediaFile.label(attachment.name) : MANUAL_ITEMS.media.label;
        items.push({ id, label, checked: state.checked.has(id) });
      }
    } else {
      let media = false;
      try {
        media = this.platform.hasMedia(group.scope);
      } catch {
        // An unreadable page leaves the item out rather than stopping the check.
      }
      // Media the platform shows but Guidepost could not follow: one item for all of it.
      if (media) items.push({ ...MANUAL_ITEMS.media, checked: state.checked.has(MANUAL_ITEMS.media.id) });
    }
    if (state.doubtful) items.push({ ...MANUAL_ITEMS.commsTeam, checked: state.checked.has(MANUAL_ITEMS.commsTeam.id) });
    return items;
  }

  /** Gives each attachment to the post box nearest its preview; boxes whose attachments changed check again. */
  private assignMedia(): void {
    const posts = this.inOrder([...this.sessions].filter((session) => session.box.field === 'post'));
    const next = new Map<ComposeSession, MediaAttachment[]>();
    for (const { view, attachment } of this.tracker?.attachments() ?? []) {
      const owner = nearestSession(posts, view.element);
      if (!owner) continue;
      const list = next.get(owner) ?? [];
      list.push(attachment);
      next.set(owner, list);
    }
    this.media = next;
    for (const session of this.sessions) {
      const key = JSON.stringify(next.get(session) ?? []);
      if ((this.mediaKeys.get(session) ?? '[]') === key) continue;
      this.mediaKeys.set(session, key);
      session.recheck();
    }
    this.changed();
  }

  /** The longest post against the platform's limit (a thread's posts are limited one by one). */
  private lengthOf(group: ComposerGroup, statuses: Array<{ session: ComposeSession; status: SessionStatus }>): PostLength | undefined {
    const posts = statuses.filter(({ session }) => session.box.field === 'post');
    const warning = statuses.find(({ session }) => session.box.field === 'content-warning')?.status.text;
    const platform = this.platform.id;
    let worst: PostLength | undefined;
    for (const { status } of posts) {
      let length: PostLength | undefined;
      if (platform === 'x') {
        // Counted by the worker with the findings (twitter-text stays out of the page).
        length = status.length ? { platform, ...status.length } : undefined;
      } else {
        length = measureGraphemePost({ platform, text: status.text, ...(warning ? { contentWarning: warning } : {}) });
        const left = this.remaining(group);
        // The page's counter knows the instance's own limit: what is counted plus what is left.
        if (left !== undefined && length.count + left > 0) {
          length = measureGraphemePost({ platform, text: status.text, contentWarning: warning, maxCharacters: length.count + left });
        }
      }
      if (length && (!worst || length.count / length.limit > worst.count / worst.limit)) worst = length;
    }
    return worst;
  }

  private remaining(group: ComposerGroup): number | undefined {
    try {
      return this.platform.remainingCharacters?.(group.scope);
    } catch {
      return undefined;
    }
  }

  private changed(): void {
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch {
        // One listener's failure (a closed popup port) must not stop the others.
      }
    }
    this.win.clearTimeout(this.badgeTimer);
    this.badgeTimer = this.win.setTimeout(() => this.updateBadge(), BADGE_DELAY_MS);
  }

  private updateBadge(): void {
    try {
      this.sendBadge();
    } catch {
      // The badge is not worth an error in the page; the next change tries again.
      this.lastBadge = '';
    }
  }

  private sendBadge(): void {
    const group = this.activeGroup();
    const verdict = group ? this.verdict(group) : undefined;
    const open = verdict ? verdict.findings.length : 0;
    const failed = this.gateFailed || verdict?.state === 'failed';
    const key = `${open}/${failed}`;
    if (key === this.lastBadge) return;
    this.lastBadge = key;
    this.link.send({ type: 'tab-status', open, failed });
  }
}

/**
 * The box a preview belongs to: the one sharing the deepest ancestor with it (its own composer or thread post);
 * among equals, the last box before the preview, as the platforms show attachments under their box.
 */
function nearestSession(sessions: readonly ComposeSession[], element: Element): ComposeSession | undefined {
  const depthOf = new Map<Node, number>();
  const chain: Node[] = [];
  for (let node: Node | null = element; node; node = node.parentNode) chain.push(node);
  chain.reverse().forEach((node, depth) => depthOf.set(node, depth));
  let best: ComposeSession | undefined;
  let bestDepth = -1;
  for (const session of sessions) {
    let node: Node | null = session.editor.element;
    while (node && !depthOf.has(node)) node = node.parentNode;
    const depth = node ? depthOf.get(node)! : -1;
    // 4 is Node.DOCUMENT_POSITION_FOLLOWING: the box comes before the preview.
    const before = Boolean(session.editor.element.compareDocumentPosition(element) & 4);
    if (depth > bestDepth || (depth === bestDepth && before)) {
      best = session;
      bestDepth = depth;
    }
  }
  return best;
}

export function toChecklistFinding(finding: Finding, phrase: string): ChecklistFinding {
  return {
    rule: finding.rule.slice(0, 100),
    category: finding.category as Category,
    severity: finding.severity,
    message: finding.message.slice(0, 500),
    explanation: finding.explanation.slice(0, 2000),
    phrase: phrase.slice(0, 200),
    ...(finding.quoted ? { quoted: true } : {}),
  };
}
