import { openChecklistDialog, type ChecklistChoice } from '../overlay/checklist-dialog.ts';
import type { AuditRecord } from '../messaging/protocol.ts';
import type { ChecklistHub, ComposerGroup, Verdict } from './checklist-hub.ts';
import type { ComposeSession } from './compose-session.ts';
import { pageTheme } from './page-theme.ts';

/** How long a publish waits for the answer about text typed just before it; after that it goes (fail open). */
export const SETTLE_MS = 1500;

/** One attempt to publish: how it was made, and with what. */
interface Attempt {
  trigger: AuditRecord['trigger'];
  /** The publish control clicked (or to click on the user's behalf). */
  control?: HTMLElement;
}

export interface PublishGate {
  /** The keyboard shortcut: the checklist for the active compose box, whether or not it would be held. */
  openChecklist(): boolean;
  stop(): void;
}

/**
 * Stops a publish that has findings or unticked checklist items and shows the checklist instead. It listens on
 * the window in the capture phase, so it sees the click (or Ctrl/Cmd+Enter) before the page's own handlers, and
 * holds back only that one event. "Post anyway" then clicks the same publish control once, letting that one
 * click through. A clean post is never touched. Whenever Guidepost can't tell (no answer, an error, its own
 * bug), the post goes and the badge says why: failing closed would block people from posting.
 */
export function installPublishGate(hub: ChecklistHub, log: Pick<Console, 'warn'> = console): PublishGate {
  const doc = hub.doc;
  const win = doc.defaultView!;
  const { platform } = hub;
  /** True only while Guidepost itself re-sends a held publish. */
  let replaying = false;
  /** A held publish is being decided (waiting for findings, or the checklist is open): nothing else goes. */
  let busy = false;
  /** The open checklist, so a page that removed it cannot leave the gate holding every publish. */
  let openDialog: HTMLElement | undefined;

  const isDisabled = (control: HTMLElement) =>
    control.matches(':disabled') || control.getAttribute('aria-disabled') === 'true';
  const enabled = (control: HTMLElement | undefined) => (control?.isConnected && !isDisabled(control) ? control : undefined);

  function hold(event: Event): void {
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  function onClick(event: MouseEvent): void {
    if (replaying || !(event.target instanceof win.Element)) return;
    const target = event.target;
    guard(event, () => {
      const control = enabled(platform.publishControl(target));
      if (!control) return undefined;
      return { attempt: { trigger: 'button', control }, group: hub.groupForControl(control) };
    });
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (replaying || event.isComposing || !(event.target instanceof win.Element)) return;
    const target = event.target;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey) {
      guard(event, () => {
        const session = hub.sessionFor(target);
        // An open suggestion menu (Mastodon's @mention list) takes Enter for itself.
        if (!session || platform.menuOpen?.(session.editor.element)) return undefined;
        const group = hub.groupForSession(session);
        // Without an enabled publish control to click for the user, the key goes to the page unchecked: a
        // replayed key lacks the keyCode the editors read, and a disabled button means the page won't post.
        const control = enabled(group.control);
        if (!control) return undefined;
        return { attempt: { trigger: 'keyboard', control }, group };
      });
      return;
    }
    // Enter or Space on a publish control that is not a real button (Threads' div): the page acts on the key
    // itself. A real button turns these keys into a click, which onClick sees. React Native for Web (X, Bluesky)
    // calls onPress from the click event, and for a keyboard press on a div starts on this keydown, so holding
    // the keydown holds the press.
    if ((event.key !== 'Enter' && event.key !== ' ') || event.ctrlKey || event.metaKey || event.altKey) return;
    guard(event, () => {
      const control = enabled(platform.publishControl(target));
      if (!control || control instanceof win.HTMLButtonElement) return undefined;
      return { attempt: { trigger: 'button', control }, group: hub.groupForControl(control) };
    });
  }

  /**
   * Decides on one publish event. Any error before the event is held lets it through untouched; any error
   * after it is held sends it on. Either way the badge reports the failure.
   */
  function guard(event: Event, find: () => { attempt: Attempt; group: ComposerGroup | undefined } | undefined): void {
    let held: { attempt: Attempt; group: ComposerGroup } | undefined;
    try {
      if (busy && openDialog && !openDialog.isConnected) {
        // The page took the checklist away before it was answered: stop waiting for it.
        busy = false;
        openDialog = undefined;
      }
      if (busy) {
        // The checklist for this post is being decided: a second click must not publish behind it.
        if (find()?.group) hold(event);
        return;
      }
      const found = find();
      if (!found?.group) return;
      const { attempt, group } = found;
      const verdict = hub.verdict(group);
      if (verdict.state === 'failed') {
        hub.failedOpen();
        wentOut(group);
        return;
      }
      if (verdict.state === 'current' && verdict.clean) {
        wentOut(group);
        return;
      }
      hold(event);
      held = { attempt, group };
      busy = true;
      void decide(group, attempt, verdict);
    } catch (error) {
      log.warn(`Guidepost: the publish check failed, so the post was not held back (${describe(error)})`);
      safely(() => hub.failedOpen());
      // Only the publish this call held is released; another one may be waiting for its own checklist.
      if (held) {
        busy = false;
        publish(held.group, held.attempt);
      }
    }
  }

  async function decide(group: ComposerGroup, attempt: Attempt, first: Verdict): Promise<void> {
    /** Once the user has answered the checklist, nothing here may publish on its own. */
    let answered = false;
    try {
      let verdict = first;
      if (verdict.state === 'checking') {
        // Typed just before publishing: the answer is normally a few milliseconds away.
        await Promise.all(group.sessions.map((session) => session.settled(SETTLE_MS)));
        verdict = hub.verdict(group);
      }
      if (verdict.state !== 'current') {
        hub.failedOpen();
        busy = false;
        publish(group, attempt);
        return;
      }
      if (verdict.clean) {
        busy = false;
        publish(group, attempt);
        return;
      }
      const choice = await ask(group, attempt, verdict, 'publish');
      answered = true;
      await act(group, attempt, verdict, choice);
    } catch (error) {
      busy = false;
      if (answered) {
        log.warn(`Guidepost: ${describe(error)}`);
        return;
      }
      log.warn(`Guidepost: the publish check failed, so the post went ahead (${describe(error)})`);
      safely(() => hub.failedOpen());
      publish(group, attempt);
    }
  }

  /** Shows the checklist and waits for the user's answer; the gate is busy meanwhile. */
  async function ask(group: ComposerGroup, attempt: Attempt, verdict: Verdict, mode: 'publish' | 'review'): Promise<ChecklistChoice> {
    busy = true;
    try {
      const dialog = openChecklistDialog(
        doc,
        {
          findings: verdict.findings.map(({ finding }) => finding),
          manual: verdict.manual,
          ...(verdict.length?.over ? { length: verdict.length } : {}),
          mode,
          canPublish: enabled(attempt.control) !== undefined,
        },
        pageTheme(group.sessions[0]!.editor.element),
      );
      openDialog = dialog.host;
      return await dialog.result;
    } finally {
      busy = false;
      openDialog = undefined;
    }
  }

  async function act(group: ComposerGroup, attempt: Attempt, verdict: Verdict, choice: ChecklistChoice): Promise<void> {
    hub.setChecked(group, choice.checked);
    if (choice.action === 'post-anyway') {
      // The dialog is modal, but a page can still change the text behind it: what changed is checked again.
      const texts = (v: Verdict) => v.findings.map(({ phrase }) => phrase).join('\u0000');
      const now = hub.verdict(group);
      const changed = group.sessions.some((session, i) => session.status().text !== textsAtOpen(verdict, group)[i]) || texts(now) !== texts(verdict);
      if (changed) {
        busy = true;
        await decide(group, attempt, now);
        return;
      }
      if (publish(group, attempt)) safely(() => hub.audit(group, attempt.trigger));
    } else if (choice.action === 'edit') {
      const target = verdict.findings.find(({ finding }) => !finding.quoted) ?? verdict.findings[0];
      if (target) target.session.reveal(target.finding);
      else focusEditor(group.sessions[0]!);
    }
  }

  /** Sends a held publish on, exactly once: one click on the publish control. False when there was none to click. */
  function publish(group: ComposerGroup, attempt: Attempt): boolean {
    const control = enabled(attempt.control) ?? enabled(group.control);
    if (!control) return false;
    replaying = true;
    try {
      control.click();
    } finally {
      replaying = false;
    }
    wentOut(group);
    return true;
  }

  /** A publish reached the page: its composer starts afresh (an empty box is not a post). */
  function wentOut(group: ComposerGroup): void {
    safely(() => {
      if (group.sessions.some((session) => session.box.field === 'post' && session.status().text.trim() !== '')) hub.published(group);
    });
  }

  function focusEditor(session: ComposeSession): void {
    safely(() => session.editor.focus());
  }

  function safely(action: () => void): void {
    try {
      action();
    } catch (error) {
      log.warn(`Guidepost: ${describe(error)}`);
    }
  }

  win.addEventListener('click', onClick, true);
  win.addEventListener('keydown', onKeyDown, true);

  return {
    openChecklist() {
      // A checklist already open for a held publish is the one the shortcut would show.
      if (busy) return true;
      const group = hub.activeGroup();
      if (!group) return false;
      const attempt: Attempt = { trigger: 'checklist', control: group.control };
      const verdict = hub.verdict(group);
      void ask(group, attempt, verdict, 'review')
        .then((choice) => act(group, attempt, verdict, choice))
        .catch((error: unknown) => log.warn(`Guidepost: could not open the checklist (${describe(error)})`));
      return true;
    },
    stop() {
      win.removeEventListener('click', onClick, true);
      win.removeEventListener('keydown', onKeyDown, true);
    },
  };
}

/** Each box's text when the verdict was made, in the group's order. */
function textsAtOpen(verdict: Verdict, group: ComposerGroup): string[] {
  return group.sessions.map((session) => verdict.texts.get(session) ?? '');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
