// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checklistSnapshotSchema, type ChecklistFinding, type ChecklistSnapshot } from '../../src/messaging/protocol.ts';
import { DOUBTFUL_LABEL, FAILED_MESSAGE, NO_COMPOSE_MESSAGE, renderChecklist } from '../../src/popup/render-checklist.ts';

const sarcasm: ChecklistFinding = {
  rule: 'tone-sarcasm',
  category: 'tone/sarcasm',
  severity: 'warning',
  message: '“/s” marks the post as sarcasm.',
  explanation: 'Sarcasm reads badly out of context.',
  phrase: '/s',
};

const quotedVote: ChecklistFinding = {
  rule: 'endorsement-political',
  category: 'endorsement/political',
  severity: 'error',
  message: 'The quoted post asks people to vote for a candidate.',
  phrase: '',
  quoted: true,
};

function snapshot(overrides: Partial<ChecklistSnapshot> = {}): ChecklistSnapshot {
  const base: ChecklistSnapshot = {
    platform: 'bluesky',
    host: 'bsky.app',
    account: '@comms.wikimedia.org',
    profile: 'official',
    composing: true,
    state: 'current',
    groups: [
      { id: 'endorsement', label: 'Endorsements', status: 'warn', count: 1 },
      { id: 'tone', label: 'Tone', status: 'warn', count: 1 },
      { id: 'voice', label: 'Official voice', status: 'pass', count: 0 },
      { id: 'length', label: 'Length', status: 'pass', count: 0 },
    ],
    findings: [sarcasm, quotedVote],
    manual: [{ id: 'media-permission', label: 'The attached media is ours or freely licensed', checked: false }],
    doubtful: false,
    length: { count: 123, limit: 300, unit: 'characters', over: false },
    ...overrides,
  };
  // Every snapshot a test draws is one the content script could send.
  return checklistSnapshotSchema.parse(base);
}

let container: HTMLElement;
const callbacks = { setManual: vi.fn(), setDoubtful: vi.fn(), showFinding: vi.fn() };

function render(snap: ChecklistSnapshot): void {
  renderChecklist(document, container, snap, callbacks);
}

const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(selector: string) => [...container.querySelectorAll<T>(selector)];
/** Whether the element is drawn: neither it nor an ancestor is `hidden`. */
const shown = (node: Element | null) => node !== null && node.closest('[hidden]') === null;

beforeEach(() => {
  container = document.createElement('section');
  document.body.append(container);
  vi.clearAllMocks();
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('popup checklist', () => {
  it('names the platform, host, account and profile', () => {
    render(snapshot());
    expect($('#checklist-heading')!.textContent).toBe('Bluesky post');
    expect($('#checklist-site')!.textContent).toBe('Guidepost is checking your posts on bsky.app.');
    expect($('#checklist-account')!.textContent).toBe('Posting as @comms.wikimedia.org');
    expect($('#checklist-profile')!.textContent).toBe('Official account');

    render(snapshot({ platform: 'x', host: 'x.com', account: 'Wikipedia', profile: 'personal' }));
    expect($('#checklist-heading')!.textContent).toBe('X post');
    expect($('#checklist-account')!.textContent).toBe('Posting as @Wikipedia');
    expect($('#checklist-profile')!.textContent).toBe('Personal account');

    const { account: _, ...withoutAccount } = snapshot();
    render(withoutAccount);
    expect($('#checklist-account')!.textContent).toBe('Account not detected');
  });

  it('marks each rule group with a shape and words, not colour alone', () => {
    render(snapshot());
    const groups = $$('#checklist-groups > li');
    expect(groups.map((g) => [g.dataset.groupId, g.dataset.groupStatus])).toEqual([
      ['endorsement', 'warn'],
      ['tone', 'warn'],
      ['voice', 'pass'],
      ['length', 'pass'],
    ]);
    // What a screen reader reads: the mark is hidden from it, the words say the same.
    const spoken = (g: HTMLElement) =>
      [...g.children].filter((c) => c.getAttribute('aria-hidden') !== 'true').map((c) => c.textContent).join('');
    expect(groups.map(spoken)).toEqual(['Endorsements: 1 finding', 'Tone: 1 finding', 'Official voice: passed', 'Length: passed']);
    expect(groups[0]!.querySelector('.gp-mark')!.textContent).toBe('!');
    expect(groups[2]!.querySelector('.gp-mark')!.textContent).toBe('✓');

    render(snapshot({ groups: [{ id: 'length', label: 'Length', status: 'warn', count: 1 }, { id: 'tone', label: 'Tone', status: 'warn', count: 3 }] }));
    expect($$('#checklist-groups > li').map(spoken)).toEqual(['Length: over the limit', 'Tone: 3 findings']);
  });

  it('lists findings with their category, message, phrase and explanation; quoted ones say so', () => {
    render(snapshot());
    const [own, quoted] = $$('#checklist-findings > li');
    expect(own!.dataset).toMatchObject({ findingIndex: '0', category: 'tone/sarcasm', severity: 'warning', rule: 'tone-sarcasm' });
    expect(own!.querySelector('.gp-finding-category')!.textContent).toBe('Sarcasm or irony');
    expect(own!.querySelector('.gp-finding-message')!.textContent).toBe('“/s” marks the post as sarcasm.');
    expect(own!.querySelector('.gp-finding-phrase')!.textContent).toBe('“/s”');
    expect(own!.querySelector('.gp-finding-explanation')!.textContent).toBe('Sarcasm reads badly out of context.');
    expect(own!.querySelector('.gp-finding-where')).toBeNull();
    const show = own!.querySelector<HTMLButtonElement>('button.gp-show-finding')!;
    expect(show.textContent).toBe('Show in post');
    expect(container.querySelector(`#${show.getAttribute('aria-describedby')}`)!.textContent).toContain('Sarcasm or irony');

    expect(quoted!.dataset.quoted).toBe('true');
    expect(quoted!.querySelector('.gp-finding-where')!.textContent).toBe('In the quoted post');
    expect(quoted!.querySelector('.gp-finding-category')!.textContent).toBe('Political endorsement');
    // Nothing to quote, nothing to explain, nothing in the compose box to show.
    expect(quoted!.querySelector('.gp-finding-phrase')).toBeNull();
    expect(quoted!.querySelector('.gp-finding-explanation')).toBeNull();
    expect(quoted!.querySelector('button')).toBeNull();
    expect($('#checklist-no-findings')).toBeNull();
  });

  it('asks the tab to show a finding with its index in the snapshot', () => {
    render(snapshot({ findings: [quotedVote, sarcasm, { ...sarcasm, phrase: 'oh great' }] }));
    const buttons = $$<HTMLButtonElement>('button.gp-show-finding');
    expect(buttons.map((b) => b.dataset.findingIndex)).toEqual(['1', '2']);
    buttons[1]!.click();
    expect(callbacks.showFinding).toHaveBeenCalledExactlyOnceWith(2);
  });

  it('says so, positively, when there are no findings, and only once the check has run', () => {
    const clean = { findings: [], groups: [{ id: 'tone', label: 'Tone', status: 'pass' as const, count: 0 }] };
    render(snapshot(clean));
    expect($('#checklist-no-findings')!.textContent).toContain('No findings in this post');
    expect($('#checklist-no-findings .gp-mark')!.getAttribute('aria-hidden')).toBe('true');
    expect(shown($('#checklist-no-findings'))).toBe(true);
    expect($('#checklist-findings')).toBeNull();
    expect($('#checklist-status')!.textContent).toBe('Checked: no findings.');

    render(snapshot({ ...clean, state: 'checking' }));
    expect($('#checklist-no-findings')).toBeNull();
  });

  it('shows the length, and marks it in words when it is over the limit', () => {
    render(snapshot());
    expect($('#checklist-length')!.textContent).toBe('123 / 300 characters');
    expect($('#checklist-length')!.dataset.over).toBe('false');

    render(snapshot({ platform: 'x', host: 'x.com', length: { count: 301, limit: 280, unit: 'weighted characters', over: true } }));
    expect($('#checklist-length')!.textContent).toBe('301 / 280 weighted characters: over the limit');
    expect($('#checklist-length')!.dataset.over).toBe('true');
    expect($('#checklist-length')!.classList.contains('gp-length--over')).toBe(true);

    const { length: _, ...withoutLength } = snapshot();
    render(withoutLength);
    expect(shown($('#checklist-length'))).toBe(false);
  });

  it('shows manual items and the doubtful box as labelled checkboxes that report changes', () => {
    render(snapshot());
    const boxes = $$<HTMLInputElement>('#checklist-manual-list input[type="checkbox"]');
    expect(boxes.map((b) => [b.dataset.manualId, b.checked, b.closest('label')!.textContent])).toEqual([
      ['media-permission', false, 'The attached media is ours or freely licensed'],
    ]);
    boxes[0]!.click();
    expect(callbacks.setManual).toHaveBeenCalledExactlyOnceWith('media-permission', true);

    const doubtful = $<HTMLInputElement>('#checklist-doubtful')!;
    expect(doubtful.checked).toBe(false);
    expect(doubtful.closest('label')!.textContent).toBe(DOUBTFUL_LABEL);
    expect(doubtful.closest('fieldset')!.querySelector('legend')!.textContent).toBe('Before you post');
    doubtful.click();
    expect(callbacks.setDoubtful).toHaveBeenCalledExactlyOnceWith(true);

    // The tab's answer: the box ticked, and the communications-team item added because the post is doubtful.
    render(
      snapshot({
        doubtful: true,
        manual: [
          { id: 'media-permission', label: 'The attached media is ours or freely licensed', checked: true },
          { id: 'comms-team', label: 'I checked this post with the communications team', checked: false },
        ],
      }),
    );
    expect($$<HTMLInputElement>('#checklist-manual-list input').map((b) => [b.dataset.manualId, b.checked])).toEqual([
      ['media-permission', true],
      ['comms-team', false],
    ]);
    expect(doubtful.checked).toBe(true);
    $$<HTMLInputElement>('#checklist-manual-list input')[1]!.click();
    expect(callbacks.setManual).toHaveBeenLastCalledWith('comms-team', true);
    doubtful.click();
    expect(callbacks.setDoubtful).toHaveBeenLastCalledWith(false);
  });

  it('calls the latest render’s callbacks', () => {
    render(snapshot());
    const later = { setManual: vi.fn(), setDoubtful: vi.fn(), showFinding: vi.fn() };
    renderChecklist(document, container, snapshot(), later);
    $<HTMLInputElement>('#checklist-doubtful')!.click();
    $<HTMLInputElement>('#checklist-manual-list input')!.click();
    expect(later.setDoubtful).toHaveBeenCalledOnce();
    expect(later.setManual).toHaveBeenCalledOnce();
    expect(callbacks.setDoubtful).not.toHaveBeenCalled();
    expect(callbacks.setManual).not.toHaveBeenCalled();
  });

  it('says clearly that a failed check holds nothing back, and claims no passes', () => {
    render(snapshot({ state: 'failed', findings: [] }));
    expect($('#checklist-root')!.dataset.state).toBe('failed');
    expect($('#checklist-status')!.dataset.state).toBe('failed');
    expect($('#checklist-status')!.textContent).toBe(FAILED_MESSAGE);
    expect($('#checklist-status')!.getAttribute('role')).toBe('status');
    expect(shown($('#checklist-groups'))).toBe(false);
    expect($('#checklist-no-findings')).toBeNull();
    // The user can still tick what they checked themselves.
    expect(shown($('#checklist-doubtful'))).toBe(true);
  });

  it('is busy while checking', () => {
    render(snapshot({ state: 'checking' }));
    expect($('#checklist-root')!.getAttribute('aria-busy')).toBe('true');
    expect($('#checklist-status')!.textContent).toBe('Checking…');
    render(snapshot());
    expect($('#checklist-root')!.hasAttribute('aria-busy')).toBe(false);
    expect($('#checklist-status')!.textContent).toBe('Checked: 2 findings to look at.');
  });

  it('says how to start when no compose box is open', () => {
    render(snapshot({ composing: false, groups: [], findings: [], manual: [] }));
    expect($('#checklist-root')!.dataset.state).toBe('no-compose');
    expect($('#checklist-status')!.textContent).toBe(NO_COMPOSE_MESSAGE);
    for (const part of ['#checklist-groups', '#checklist-length', '#checklist-manual', '#checklist-doubtful']) {
      expect(shown($(part)), part).toBe(false);
    }
  });

  it('keeps the live region and a focused checkbox across re-renders', () => {
    render(snapshot());
    const status = $('#checklist-status');
    const media = $<HTMLInputElement>('#checklist-manual-list input')!;
    media.focus();
    render(snapshot({ state: 'checking' }));
    // Another item arrives before it; it stays the same, focused element.
    render(snapshot({ manual: [{ id: 'comms-team', label: 'Checked with the team', checked: false }, { id: 'media-permission', label: 'Media', checked: true }] }));
    expect($('#checklist-status')).toBe(status);
    expect(document.activeElement).toBe(media);
    expect(media.checked).toBe(true);
    expect(media.closest('label')!.textContent).toBe('Media');
    // Now it moves up itself (moving an element blurs it).
    render(snapshot({ manual: [{ id: 'media-permission', label: 'Media', checked: true }, { id: 'comms-team', label: 'Checked with the team', checked: false }] }));
    expect($$<HTMLInputElement>('#checklist-manual-list input').map((b) => b.dataset.manualId)).toEqual(['media-permission', 'comms-team']);
    expect(document.activeElement).toBe(media);

    const doubtful = $<HTMLInputElement>('#checklist-doubtful')!;
    doubtful.focus();
    render(snapshot({ doubtful: true }));
    expect(document.activeElement).toBe(doubtful);
  });

  it('gives focus back to the same finding’s button after the list is redrawn, or to the heading when it went', () => {
    render(snapshot({ findings: [sarcasm, { ...sarcasm, phrase: 'yeah right' }] }));
    $$<HTMLButtonElement>('button.gp-show-finding')[1]!.focus();
    render(snapshot({ findings: [sarcasm, { ...sarcasm, phrase: 'yeah right' }], state: 'checking' }));
    const focused = document.activeElement as HTMLElement;
    expect(focused.matches('button.gp-show-finding')).toBe(true);
    expect(focused.dataset.findingIndex).toBe('1');

    render(snapshot({ findings: [sarcasm] }));
    expect(document.activeElement).toBe($('#checklist-findings-heading'));

    // The compose box closed: focus stays in the checklist.
    $<HTMLButtonElement>('button.gp-show-finding')!.focus();
    render(snapshot({ composing: false, groups: [], findings: [], manual: [] }));
    expect(document.activeElement).toBe($('#checklist-heading'));
  });

  it('moves focus on to the doubtful box when the focused item goes away', () => {
    const comms = { id: 'comms-team', label: 'I checked this post with the communications team', checked: false };
    render(snapshot({ doubtful: true, manual: [comms] }));
    $<HTMLInputElement>('#checklist-manual-list input')!.focus();
    render(snapshot({ doubtful: false, manual: [] }));
    expect(document.activeElement).toBe($('#checklist-doubtful'));
    expect(shown($('#checklist-manual-list'))).toBe(false);
  });

  it('shows hostile page text as text', () => {
    const hostile = '<img src=x onerror="window.pwned=1">';
    render(
      snapshot({
        host: 'bsky.app<script>',
        account: hostile,
        findings: [{ ...sarcasm, message: hostile, phrase: hostile, explanation: hostile }],
        groups: [{ id: 'tone', label: hostile, status: 'warn', count: 1 }],
        manual: [{ id: '"><img src=x>', label: hostile, checked: false }],
      }),
    );
    expect(container.querySelector('img, script')).toBeNull();
    expect($('.gp-finding-message')!.textContent).toBe(hostile);
    expect($('.gp-finding-phrase')!.textContent).toBe(`“${hostile}”`);
    expect($('#checklist-account')!.textContent).toBe(`Posting as @${hostile}`);
    expect($('.gp-group-label')!.textContent).toBe(hostile);
    const box = $<HTMLInputElement>('#checklist-manual-list input')!;
    box.click();
    expect(callbacks.setManual).toHaveBeenCalledWith('"><img src=x>', true);
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  it('draws into a fresh container, replacing what was there', () => {
    container.append(document.createElement('p'));
    render(snapshot());
    expect(container.children).toHaveLength(1);
    expect($$('#checklist-root')).toHaveLength(1);
    render(snapshot());
    expect($$('#checklist-root')).toHaveLength(1);
  });
});
