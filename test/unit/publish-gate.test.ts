// @vitest-environment happy-dom
// The publish gate and the tab's checklist on a Mastodon-shaped compose form, with the real rule engine answering
// through a stand-in for the extension's port: which boxes publish together, the content warning, the instance's
// own limit, media and "doubtful" items, exactly-once publishing, and failing open.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChecklistHub, MANUAL_ITEMS } from '../../src/content/checklist-hub.ts';
import type { AnalysisChannel } from '../../src/content/compose-session.ts';
import { installPublishGate, SETTLE_MS } from '../../src/content/publish-gate.ts';
import { watchComposeBoxes, type ChannelEvents } from '../../src/content/watch-compose-boxes.ts';
import { createAnalyzer } from '../../src/core/engine.ts';
import type { TabEvent } from '../../src/messaging/protocol.ts';
import { mastodon } from '../../src/platforms/mastodon/index.ts';
import type { PlatformDefinition } from '../../src/platforms/platform.ts';

const analyzer = createAnalyzer();

/** Answers like the background does, a moment later; `broken` makes it report an error instead. */
function channelFactory(mode: { broken?: boolean; silent?: boolean } = {}) {
  return (events: ChannelEvents): AnalysisChannel => ({
    request(input) {
      if (mode.silent) return;
      setTimeout(() => {
        if (mode.broken) events.onError('simulated rule engine failure');
        else events.onFindings(analyzer.analyze(input), input);
      }, 1);
    },
    ignorePhrase() {},
    wake() {},
    dispose() {},
  });
}

function mastodonPage(options: { limit?: number; media?: boolean } = {}) {
  document.body.innerHTML = `
    <div id="mastodon">
      <form class="compose-form">
        <input id="cw-spoiler-input" class="spoiler-input__input" type="text">
        <div class="autosuggest-textarea"><textarea class="autosuggest-textarea__textarea"></textarea></div>
        ${options.media ? '<div class="compose-form__upload"><img alt="" src="blob:x"></div>' : ''}
        <div class="compose-form__footer">
          <span class="character-counter">${options.limit ?? 500}</span>
          <div class="compose-form__submit"><button type="submit">Post</button></div>
        </div>
      </form>
    </div>`;
  const form = document.querySelector('form')!;
  const textarea = document.querySelector('textarea')!;
  const warning = document.querySelector<HTMLInputElement>('#cw-spoiler-input')!;
  const button = document.querySelector('button')!;
  const posted: string[] = [];
  // What the page does on publish: posts what is in the form. Prevented submits are not the page's.
  form.addEventListener('submit', (event) => event.preventDefault());
  button.addEventListener('click', () => posted.push(textarea.value));
  return { textarea, warning, button, posted };
}

/** Sets a field's text as typing would (an input event follows). */
function type(field: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  field.focus();
  field.value = text;
  field.setSelectionRange(text.length, text.length);
  field.dispatchEvent(new InputEvent('input', { bubbles: true }));
}

const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));
const dialog = () => document.querySelector('guidepost-checklist')?.shadowRoot?.querySelector('[role="dialog"]') as HTMLElement | undefined;
const dialogButton = (name: string) =>
  [...(dialog()?.querySelectorAll('button') ?? [])].find((b) => b.textContent === name) as HTMLButtonElement | undefined;

let stops: Array<() => void> = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  document.querySelectorAll('guidepost-checklist, guidepost-overlay').forEach((e) => e.remove());
  document.body.innerHTML = '';
});

function start(platform: PlatformDefinition = mastodon, mode: Parameters<typeof channelFactory>[0] = {}) {
  const sent: TabEvent[] = [];
  const warn = vi.fn();
  const hub = new ChecklistHub(platform, document, { send: (event) => sent.push(event) });
  const gate = installPublishGate(hub, { warn });
  const watcher = watchComposeBoxes(platform, channelFactory(mode), document, {
    added: (s) => hub.add(s),
    removed: (s) => hub.remove(s),
    stopped: () => {},
  });
  stops.push(() => {
    gate.stop();
    watcher.stop();
    hub.dispose();
  });
  return { hub, gate, sent, warn };
}

describe('the publish gate on a Mastodon compose form', () => {
  it('lets a clean post go in the same click, and holds a flagged one until "Post anyway", which publishes once', async () => {
    const page = mastodonPage();
    const { sent } = start();
    await tick();
    type(page.textarea, 'Thank you to every editor who came to the meetup');
    await tick();
    page.button.click();
    expect(page.posted).toEqual(['Thank you to every editor who came to the meetup']);
    expect(dialog()).toBeUndefined();

    type(page.textarea, 'Please vote for Jane Smith');
    await tick();
    page.button.click();
    page.button.click();
    expect(page.posted).toHaveLength(1);
    expect(dialog()?.textContent).toContain('Political endorsement');
    dialogButton('Post anyway')!.click();
    await tick();
    expect(page.posted).toEqual(['Thank you to every editor who came to the meetup', 'Please vote for Jane Smith']);
    const audit = sent.find((e) => e.type === 'audit');
    expect(audit?.type === 'audit' && audit.record.findings.map((f) => [f.category, f.phrase])).toEqual([['endorsement/political', 'vote for Jane Smith']]);
    expect(audit?.type === 'audit' && audit.record.trigger).toBe('button');
    expect(sent.filter((e) => e.type === 'published')).toHaveLength(2);
  });

  it('counts the content warning as part of the post: its findings hold the publish too', async () => {
    const page = mastodonPage();
    const { hub } = start();
    await tick();
    type(page.textarea, 'Our statement about the article');
    type(page.warning, 'Vote for Jane Smith');
    await tick();
    const group = hub.groupForControl(page.button)!;
    expect(group.sessions.map((s) => s.box.field).sort()).toEqual(['content-warning', 'post']);
    page.button.click();
    expect(page.posted).toEqual([]);
    expect(dialog()?.textContent).toContain('Political endorsement');
  });

  it("holds a post over the instance's own limit, read from the page's counter", async () => {
    const page = mastodonPage({ limit: 5 });
    const { hub } = start();
    await tick();
    // The counter shows what is left, as the page updates it: the instance allows 5, so 13 leaves −8.
    type(page.textarea, 'Thanks to all');
    document.querySelector('.character-counter')!.textContent = '\u22128';
    await tick();
    expect(hub.snapshot().length).toMatchObject({ count: 13, limit: 5, over: true });
    page.button.click();
    expect(page.posted).toEqual([]);
    expect(dialog()?.textContent).toContain('Too long: 13 of 5 characters');
  });

  it('asks to confirm the media licence when media is attached, and lets the post go once it is ticked', async () => {
    const page = mastodonPage({ media: true });
    const { hub, sent } = start();
    await tick();
    type(page.textarea, 'Photos from the edit-a-thon');
    await tick();
    expect(hub.snapshot().manual).toEqual([{ ...MANUAL_ITEMS.media, checked: false }]);
    page.button.click();
    expect(page.posted).toEqual([]);
    const box = dialog()!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(box.value).toBe(MANUAL_ITEMS.media.id);
    box.checked = true;
    dialogButton('Edit post')!.click();
    await tick();
    // Ticked in the dialog, remembered for this composer: the next click goes straight through.
    page.button.click();
    expect(page.posted).toEqual(['Photos from the edit-a-thon']);
    expect(sent.some((e) => e.type === 'audit')).toBe(false);
  });

  it('adds "checked with the communications team" when the user marks the post as doubtful (from the popup)', async () => {
    const page = mastodonPage();
    const { hub } = start();
    await tick();
    type(page.textarea, 'Big news soon');
    await tick();
    expect(hub.apply({ type: 'set-doubtful', doubtful: true })).toBe(true);
    expect(hub.snapshot()).toMatchObject({ doubtful: true, manual: [{ id: MANUAL_ITEMS.commsTeam.id, checked: false }] });
    page.button.click();
    expect(page.posted).toEqual([]);
    expect(dialog()?.textContent).toContain(MANUAL_ITEMS.commsTeam.label);
    dialogButton('Edit post')!.click();
    await tick();
    hub.apply({ type: 'set-manual', id: MANUAL_ITEMS.commsTeam.id, checked: true });
    page.button.click();
    expect(page.posted).toEqual(['Big news soon']);
  });

  it('fails open: a broken engine, an engine that never answers, and its own bug all let the post go, and the badge says so', async () => {
    const broken = mastodonPage();
    const first = start(mastodon, { broken: true });
    await tick();
    type(broken.textarea, 'Please vote for Jane Smith');
    await tick();
    broken.button.click();
    expect(broken.posted).toEqual(['Please vote for Jane Smith']);
    await tick(300);
    expect(first.sent).toContainEqual({ type: 'tab-status', open: 0, failed: true });
    for (const stop of stops.splice(0)) stop();

    const silent = mastodonPage();
    start(mastodon, { silent: true });
    await tick();
    type(silent.textarea, 'Please vote for Jane Smith');
    silent.button.click();
    expect(silent.posted).toEqual([]);
    await tick(SETTLE_MS + 100);
    expect(silent.posted).toEqual(['Please vote for Jane Smith']);
    for (const stop of stops.splice(0)) stop();

    const buggy = mastodonPage();
    const faulty: PlatformDefinition = {
      ...mastodon,
      publishControl: () => {
        throw new Error('selector bug');
      },
    };
    const third = start(faulty);
    await tick();
    type(buggy.textarea, 'Please vote for Jane Smith');
    await tick();
    buggy.button.click();
    expect(buggy.posted).toEqual(['Please vote for Jane Smith']);
    expect(third.warn).toHaveBeenCalledWith(expect.stringContaining('selector bug'));
  });

  it('the popup\'s "show-finding" puts the caret at that finding', async () => {
    const page = mastodonPage();
    const { hub } = start();
    await tick();
    type(page.textarea, 'Hello all. Please vote for Jane Smith');
    await tick();
    page.textarea.blur();
    expect(hub.apply({ type: 'show-finding', index: 0 })).toBe(true);
    expect(document.activeElement).toBe(page.textarea);
    expect(page.textarea.selectionStart).toBe('Hello all. Please '.length);
    expect(hub.apply({ type: 'show-finding', index: 5 })).toBe(false);
  });

  it('is not left holding every publish when the page removes the checklist', async () => {
    const page = mastodonPage();
    start();
    await tick();
    type(page.textarea, 'Please vote for Jane Smith');
    await tick();
    page.button.click();
    expect(dialog()).toBeDefined();
    document.querySelector('guidepost-checklist')!.remove();
    page.button.click();
    // Held again, with a checklist the user can answer, rather than swallowed.
    expect(dialog()).toBeDefined();
    dialogButton('Post anyway')!.click();
    await tick();
    expect(page.posted).toEqual(['Please vote for Jane Smith']);
  });

  it('checks the post again when its text changed behind the checklist, instead of publishing it unseen', async () => {
    const page = mastodonPage();
    start();
    await tick();
    type(page.textarea, 'Please vote for Jane Smith');
    await tick();
    page.button.click();
    // A page script changes the text while the dialog is open.
    page.textarea.value = 'Please vote for Jane Smith, you clowns';
    page.textarea.dispatchEvent(new InputEvent('input', { bubbles: true }));
    dialogButton('Post anyway')!.click();
    await tick(50);
    expect(page.posted).toEqual([]);
    expect(dialog()?.textContent).toContain('Unfriendly tone');
  });

  it('leaves Ctrl+Enter to the page while a suggestion menu is open, or when the publish button is disabled', async () => {
    const page = mastodonPage();
    start();
    await tick();
    type(page.textarea, 'Please vote for Jane Smith @jan');
    await tick();
    const suggestions = document.createElement('div');
    suggestions.className = 'autosuggest-textarea__suggestions autosuggest-textarea__suggestions--visible';
    document.querySelector('.autosuggest-textarea')!.append(suggestions);
    const first = new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true });
    page.textarea.dispatchEvent(first);
    expect(first.defaultPrevented).toBe(false);
    expect(dialog()).toBeUndefined();
    suggestions.remove();

    page.button.disabled = true;
    const second = new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true });
    page.textarea.dispatchEvent(second);
    expect(second.defaultPrevented).toBe(false);
    expect(dialog()).toBeUndefined();

    page.button.disabled = false;
    const third = new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true });
    page.textarea.dispatchEvent(third);
    expect(third.defaultPrevented).toBe(true);
    expect(dialog()).toBeDefined();
  });

  it('does not count a click on an empty composer as a published post', async () => {
    const page = mastodonPage();
    const { sent } = start();
    await tick();
    page.button.click();
    expect(sent.filter((e) => e.type === 'published')).toEqual([]);
  });
});
