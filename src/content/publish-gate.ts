import { openChecklistDialog } from '../overlay/checklist-dialog.ts';
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
  /** The element a held Ctrl/Cmd+Enter was pressed in, when there is no control to click instead. */
  keyTarget?: Element;
  key?: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;
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

  const isDisabled = (control: HTMLElement) =>
    control.matches(':disabled') || control.getAttribute('aria-disabled') === 'true';

  function hold(event: Event): void {
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  function onClick(event: MouseEvent): void {
    if (replaying || !(event.target instanceof win.Element)) return;
    const target = event.target;
    guard(event, () => {
      const control = platform.publishControl(target);
      if (!control || isDisabled(control)) return undefined;
      return { attempt: { trigger: 'button', control }, group: hub.groupForControl(control) };
    });
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (replaying || event.isComposing || !(event.target instanceof win.Element)) return;
    const target = event.target;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey) {
      guard(event, () => {
        const session = hub.sessionFor(target);
        if (!session) return undefined;
        const group = hub.groupForSession(session);
        const key = { key: event.key, code: event.code, ctrlKey: event.ctrlKey, metaKey: event.metaKey, shiftKey: event.shiftKey, altKey: event.altKey };
        return { attempt: { trigger: 'keyboard', control: group.control, keyTarget: target, key }, group };
      });
      return;
    }
    // Enter or Space on a publish control that is not a real button (Threads' div): the page acts on the key
    // itself. A real button turns these keys into a click, which onClick sees.
    if ((event.key !== 'Enter' && event.key !== ' ') || event.ctrlKey || event.metaKey || event.altKey) return;
    guard(event, () => {
      const control = platform.publishControl(target);
      if (!control || control instanceof win.HTMLButtonElement || isDisabled(control)) return undefined;
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
        hub.published(group);
        return;
      }
      if (verdict.state === 'current' && verdict.clean) {
        hub.published(group);
        return;
      }
      hold(event);
      held = { attempt, group };
      busy = true;
      void decide(group, attempt, verdict);
    } catch (error) {
      log.warn(`Guidepost: the publish check failed, so the post was not held back (${describe(error)})`);
      busy = false;
      safely(() => hub.failedOpen());
      if (held) publish(held.group, held.attempt);
    }
  }

  async function decide(group: ComposerGroup, attempt: Attempt, first: Verdict): Promise<void> {
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
      await showChecklist(group, attempt, verdict, 'publish');
    } catch (error) {
      log.warn(`Guidepost: the publish check failed, so the post went ahead (${describe(error)})`);
      busy = false;
      safely(() => hub.failedOpen());
      publish(group, attempt);
    }
  }

  async function showChecklist(group: ComposerGroup, attempt: Attempt, verdict: Verdict, mode: 'publish' | 'review'): Promise<void> {
    busy = true;
    const first = group.sessions[0]!;
    const canPublish = Boolean(attempt.control?.isConnected) || attempt.keyTarget !== undefined;
    let choice;
    try {
      const dialog = openChecklistDialog(
        doc,
        {
          findings: verdict.findings.map(({ finding }) => finding),
          manual: verdict.manual,
          ...(verdict.length?.over ? { length: verdict.length } : {}),
          mode,
          canPublish,
        },
        pageTheme(first.editor.element),
      );
      choice = await dialog.result;
    } finally {
      busy = false;
    }
    hub.setChecked(group, choice.checked);
    if (choice.action === 'post-anyway') {
      safely(() => hub.audit(group, attempt.trigger));
      publish(group, attempt);
    } else if (choice.action === 'edit') {
      const target = verdict.findings.find(({ finding }) => !finding.quoted) ?? verdict.findings[0];
      if (target) target.session.reveal(target.finding);
      else focusEditor(first);
    }
  }

  /** Sends a held publish on, exactly once: one click on the control (or the key again where there is none). */
  function publish(group: ComposerGroup, attempt: Attempt): void {
    const control = [attempt.control, group.control].find((c) => c?.isConnected && !isDisabled(c));
    replaying = true;
    try {
      if (control) control.click();
      else if (attempt.keyTarget?.isConnected && attempt.key) {
        attempt.keyTarget.dispatchEvent(new win.KeyboardEvent('keydown', { ...attempt.key, bubbles: true, cancelable: true, composed: true }));
      }
    } finally {
      replaying = false;
    }
    safely(() => hub.published(group));
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
      if (busy) return false;
      const group = hub.activeGroup();
      if (!group) return false;
      void showChecklist(group, { trigger: 'checklist', control: group.control }, hub.verdict(group), 'review').catch((error: unknown) => {
        log.warn(`Guidepost: could not open the checklist (${describe(error)})`);
      });
      return true;
    },
    stop() {
      win.removeEventListener('click', onClick, true);
      win.removeEventListener('keydown', onKeyDown, true);
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
