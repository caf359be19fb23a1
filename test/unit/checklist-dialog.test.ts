// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/types.ts';
import { openChecklistDialog } from '../../src/overlay/checklist-dialog.ts';

const finding: Finding = {
  rule: 'tone-sarcasm',
  category: 'tone/sarcasm',
  start: 0,
  end: 5,
  severity: 'warning',
  message: '“/s” marks the post as sarcasm. <img src=x onerror=alert(1)>',
  explanation: 'Sarcasm reads badly out of context.',
  policy: { source: '000_e8e8b1b4ff4e163a.txt', quote: 'Avoid sarcasm.' },
};

function key(target: Element, k: string, shiftKey = false): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(event);
  return event;
}

afterEach(() => {
  document.documentElement.querySelectorAll('guidepost-checklist').forEach((e) => e.remove());
  document.body.innerHTML = '';
});

describe('checklist dialog', () => {
  it('is a labelled modal dialog in an open shadow root under <html>, listing findings as text', () => {
    const { host } = openChecklistDialog(document, { findings: [finding], manual: [] });
    expect(host.parentElement).toBe(document.documentElement);
    const dialog = host.shadowRoot!.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(host.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe('Before you post');
    expect(dialog.textContent).toContain('Sarcasm or irony');
    expect(dialog.textContent).toContain('Avoid sarcasm.');
    // Finding text is shown as text, never parsed as HTML.
    expect(host.shadowRoot!.querySelector('img')).toBeNull();
  });

  it('starts on "Edit post", keeps Tab inside, and returns focus to the editor on Escape', async () => {
    const editor = document.createElement('textarea');
    document.body.append(editor);
    editor.focus();
    const { host, result } = openChecklistDialog(document, { findings: [finding], manual: [{ id: 'media', label: 'I may post this image', checked: false }] });
    const root = host.shadowRoot!;
    const [box] = root.querySelectorAll('input');
    const [postAnyway, edit] = root.querySelectorAll('button');
    expect(root.activeElement).toBe(edit);
    key(edit!, 'Tab');
    expect(root.activeElement).toBe(box);
    key(box!, 'Tab', true);
    expect(root.activeElement).toBe(edit);
    key(edit!, 'Tab', true);
    expect(root.activeElement).toBe(postAnyway);
    const escape = key(postAnyway!, 'Escape');
    expect(escape.defaultPrevented).toBe(true);
    expect(await result).toEqual({ action: 'cancel', checked: [] });
    expect(host.isConnected).toBe(false);
    expect(document.activeElement).toBe(editor);
  });

  it('keeps keys from the page while open', () => {
    let pageSaw = 0;
    document.addEventListener('keydown', () => pageSaw++);
    const { host } = openChecklistDialog(document, { findings: [finding], manual: [] });
    key(host.shadowRoot!.querySelector('button')!, 'Enter');
    expect(pageSaw).toBe(0);
  });

  it('reports the choice and the ticked items', async () => {
    const { host, result } = openChecklistDialog(document, {
      findings: [],
      manual: [
        { id: 'media', label: 'Media licence confirmed', checked: false },
        { id: 'comms', label: 'Checked with the communications team', checked: true },
      ],
      length: { platform: 'x', count: 291, limit: 280, over: true, unit: 'weighted characters' },
    });
    const root = host.shadowRoot!;
    expect(root.textContent).toContain('Too long: 291 of 280 weighted characters');
    expect(root.textContent).toContain('2 items need your attention');
    root.querySelector('input')!.click();
    root.querySelectorAll('button')[0]!.click();
    expect(await result).toEqual({ action: 'post-anyway', checked: ['media', 'comms'] });
  });

  it('"Edit post" closes it', async () => {
    const { host, result } = openChecklistDialog(document, { findings: [finding], manual: [] });
    host.shadowRoot!.querySelectorAll('button')[1]!.click();
    expect((await result).action).toBe('edit');
    expect(host.isConnected).toBe(false);
  });
});
