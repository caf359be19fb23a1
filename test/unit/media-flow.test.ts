// @vitest-environment happy-dom
// Media in the page: files handed to a composer (file input, paste, drop) are matched to the previews the page
// shows, read through the background, sent with the post to the real rule engine, and turned into findings,
// marks on the previews and checklist items. The platform here is a small stand-in with one preview markup; the
// real platforms' selectors are tested against their own scenes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installPublishGate } from '../../src/content/publish-gate.ts';
import { ChecklistHub } from '../../src/content/checklist-hub.ts';
import type { AnalysisChannel } from '../../src/content/compose-session.ts';
import { MediaTracker } from '../../src/content/media-tracker.ts';
import { readMediaFile, toBase64 } from '../../src/content/read-media-file.ts';
import { watchComposeBoxes, type ChannelEvents } from '../../src/content/watch-compose-boxes.ts';
import { createAnalyzer } from '../../src/core/engine.ts';
import { cisA2kMedia } from '../../src/core/media/media-policy.ts';
import type { LicenceMetadata } from '../../src/core/types.ts';
import { MEDIA_HEAD_BYTES, readMediaRequestSchema } from '../../src/messaging/protocol.ts';
import { mastodon } from '../../src/platforms/mastodon/index.ts';
import type { AttachmentView, PlatformDefinition } from '../../src/platforms/platform.ts';

/** Mastodon's boxes and publish button, with previews as `.preview` tiles whose `data-alt` says if described. */
const platform: PlatformDefinition = {
  ...mastodon,
  mediaAttachments: (scope) =>
    [...scope.querySelectorAll<HTMLElement>('.preview')].map((element): AttachmentView => ({
      element,
      key: element.dataset.key!,
      kind: 'image',
      alt: element.dataset.alt === 'yes' ? 'present' : 'missing',
    })),
  hasMedia: (scope) => scope.querySelector('.preview') !== null,
};

function page() {
  document.body.innerHTML = `
    <form class="compose-form">
      <div class="autosuggest-textarea"><textarea class="autosuggest-textarea__textarea"></textarea></div>
      <input type="file" multiple>
      <div class="previews"></div>
      <div class="compose-form__submit"><button type="submit">Post</button></div>
    </form>`;
  const previews = document.querySelector('.previews')!;
  let keys = 0;
  return {
    textarea: document.querySelector('textarea')!,
    input: document.querySelector<HTMLInputElement>('input[type=file]')!,
    /** What the page does once it has a file: a preview tile. */
    addPreview(alt = false) {
      const tile = document.createElement('div');
      tile.className = 'preview';
      tile.dataset.key = `k${++keys}`;
      tile.dataset.alt = alt ? 'yes' : 'no';
      // happy-dom lays nothing out; a real preview has a size, and marks are drawn only on visible ones.
      tile.getBoundingClientRect = () => ({ left: 10, top: 100, width: 120, height: 90, right: 130, bottom: 190, x: 10, y: 100, toJSON: () => ({}) });
      previews.append(tile);
      return tile;
    },
  };
}

/** The background's answer to `read-media`, by file name: what the worker would have read from each file. */
const METADATA: Record<string, LicenceMetadata> = {
  'nc.jpg': { license: 'https://creativecommons.org/licenses/by-nc/4.0/', creator: 'Jane Doe' },
  'by-sa.jpg': { license: 'https://creativecommons.org/licenses/by-sa/4.0/', creator: 'Jane Doe' },
};
const sent: unknown[] = [];
async function background(message: unknown): Promise<unknown> {
  sent.push(message);
  const request = readMediaRequestSchema.parse(message);
  const metadata = METADATA[request.name];
  return { type: 'media-metadata', read: 'read', ...(metadata ? { metadata, licensed: true } : { licensed: false }) };
}

function channelFactory(analyzer = createAnalyzer(), delayMs = 1) {
  return (events: ChannelEvents): AnalysisChannel => ({
    request(input) {
      setTimeout(() => events.onFindings(analyzer.analyze(input), input), delayMs);
    },
    ignorePhrase() {},
    wake() {},
    dispose() {},
  });
}

const tick = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));
const overlay = () => document.querySelector('guidepost-overlay[data-guidepost-field="post"]') as HTMLElement;
const findings = () => overlay().getAttribute('data-guidepost-findings');
const marks = () => [...(overlay().shadowRoot?.querySelectorAll<HTMLButtonElement>('button.mark') ?? [])];

function file(name: string, type = 'image/jpeg', bytes = 16): File {
  return new File([new Uint8Array(bytes)], name, { type });
}

/** Hands files to the page's input as a picker would: its files change, then `change` fires. */
function pick(input: HTMLInputElement, files: File[]): void {
  Object.defineProperty(input, 'files', { configurable: true, value: files });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

let stops: Array<() => void> = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  document.querySelectorAll('guidepost-overlay, guidepost-checklist').forEach((e) => e.remove());
  document.body.innerHTML = '';
  sent.length = 0;
});

function start(analyzer = createAnalyzer(), delayMs = 1) {
  const hub = new ChecklistHub(platform, document, { send: () => {} });
  const tracker = new MediaTracker(platform, document, background, () => hub.composerScopes());
  hub.trackMedia(tracker);
  const watcher = watchComposeBoxes(platform, channelFactory(analyzer, delayMs), document, {
    added: (s) => hub.add(s),
    removed: (s) => hub.remove(s),
    stopped: () => {},
    media: (s) => hub.mediaFor(s),
    mediaElement: (id) => hub.mediaElement(id),
  });
  stops.push(() => {
    watcher.stop();
    tracker.dispose();
    hub.dispose();
  });
  return { hub, tracker };
}

describe('media attached in a composer', () => {
  it('matches picked files to previews in order, and checks them with the post even before any words', async () => {
    const view = page();
    const { hub, tracker } = start();
    await tick();
    pick(view.input, [file('nc.jpg'), file('by-sa.jpg')]);
    view.addPreview(false);
    view.addPreview(true);
    tracker.scan();
    await tick(60);
    const names = tracker.attachments().map((a) => [a.attachment.name, a.attachment.alt, a.attachment.read]);
    expect(names).toEqual([['nc.jpg', 'missing', 'read'], ['by-sa.jpg', 'present', 'read']]);
    // The post has no words yet; the media is checked all the same.
    expect(findings()).toBe('media/alt-text media/license');
    const verdict = hub.verdict(hub.activeGroup()!);
    expect(verdict.findings.map((f) => [f.finding.rule, f.finding.media])).toEqual([
      ['media-alt-text', tracker.attachments()[0]!.attachment.id],
      ['media-license', tracker.attachments()[0]!.attachment.id],
      ['media-license', tracker.attachments()[1]!.attachment.id],
    ]);
    await vi.waitFor(() => expect(marks().map((m) => m.textContent)).toEqual(['ALT', '©', '©']));
    // Each mark is named by its finding's message, for screen readers and as a tooltip.
    expect(marks()[1]!.getAttribute('aria-label')).toBe(`Guidepost: ${verdict.findings[1]!.finding.message}`);
  });

  it('drops an attachment when its preview goes, keeping the others as they were', async () => {
    const view = page();
    const { tracker } = start();
    await tick();
    pick(view.input, [file('nc.jpg'), file('plain.jpg')]);
    const first = view.addPreview(true);
    view.addPreview(true);
    tracker.scan();
    await tick(60);
    const [, second] = tracker.attachments();
    first.remove();
    tracker.scan();
    await tick(60);
    expect(tracker.attachments().map((a) => a.attachment)).toEqual([second!.attachment]);
    expect(findings()).toBe('');
  });

  it('asks the user to confirm a file whose licence it cannot tell, one item per file', async () => {
    const view = page();
    const { hub, tracker } = start();
    await tick();
    view.textarea.focus();
    pick(view.input, [file('plain.jpg'), file('clip.mp4', 'video/mp4')]);
    view.addPreview(true);
    view.addPreview(true);
    tracker.scan();
    await tick(60);
    const manual = hub.verdict(hub.activeGroup()!).manual;
    expect(manual.map((item) => item.label)).toEqual([
      '“plain.jpg” is ours, public domain, freely licensed, or used with the author’s written permission',
      '“clip.mp4” is ours, public domain, freely licensed, or used with the author’s written permission',
    ]);
    // The video was never sent: its metadata is not read.
    expect(sent).toHaveLength(1);
  });

  it('counts a credit in the post: the attribution warning goes once the author and licence are named', async () => {
    const view = page();
    const { tracker } = start();
    await tick();
    pick(view.input, [file('by-sa.jpg')]);
    view.addPreview(true);
    tracker.scan();
    await tick(60);
    expect(findings()).toBe('media/license');
    view.textarea.value = 'Our new banner. Photo: Jane Doe, CC BY-SA 4.0';
    view.textarea.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await tick(60);
    expect(findings()).toBe('');
  });

  it('applies the policy: CC BY-SA is not allowed under CIS-A2K’s', async () => {
    const view = page();
    const { hub, tracker } = start(createAnalyzer({ media: cisA2kMedia }));
    await tick();
    view.textarea.focus();
    pick(view.input, [file('by-sa.jpg')]);
    view.addPreview(true);
    tracker.scan();
    await tick(60);
    const [item] = hub.verdict(hub.activeGroup()!).findings;
    expect(item?.finding.severity).toBe('error');
    expect(item?.finding.message).toContain('CIS-A2K');
  });
});

describe('media and the publish gate', () => {
  it('holds a publish made while the check for newly read media is still out, until its answer arrives', async () => {
    const view = page();
    const { hub, tracker } = start(createAnalyzer(), 300);
    const gate = installPublishGate(hub, { warn: () => {} });
    stops.push(() => gate.stop());
    const posted: string[] = [];
    const button = document.querySelector('button')!;
    document.querySelector('form')!.addEventListener('submit', (event) => event.preventDefault());
    button.addEventListener('click', () => posted.push(view.textarea.value));
    view.textarea.value = 'Our banner';
    view.textarea.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await tick(400);
    expect(hub.verdict(hub.activeGroup()!).clean).toBe(true);

    pick(view.input, [file('nc.jpg')]);
    view.addPreview(true);
    tracker.scan();
    // The file is read (its checklist item is gone) but the engine has not answered for it yet.
    await vi.waitFor(() => expect(tracker.attachments()[0]?.attachment.read).toBe('read'));
    expect(hub.verdict(hub.activeGroup()!).manual).toEqual([]);
    expect(hub.verdict(hub.activeGroup()!).state).toBe('checking');
    button.click();
    await tick(500);
    expect(posted).toEqual([]);
    const dialog = document.querySelector('guidepost-checklist')?.shadowRoot?.querySelector('[role="dialog"]');
    expect(dialog?.textContent).toContain('“nc.jpg”: it is licensed CC BY-NC 4.0');
  });
});

describe('reading a file for its metadata', () => {
  it('sends only the first half megabyte of a 50 MB file', async () => {
    const big = new File([new Uint8Array(50 * 1024 * 1024)], 'huge.jpg', { type: 'image/jpeg' });
    let head = '';
    const reading = await readMediaFile(big, big.name, async (message) => {
      head = readMediaRequestSchema.parse(message).head;
      return { type: 'media-metadata', read: 'failed' };
    });
    expect(reading).toEqual({ read: 'failed' });
    expect(atob(head).length).toBe(MEDIA_HEAD_BYTES);
  });

  it('reports "failed", never throws, when the background is gone or answers nonsense', async () => {
    const image = file('a.jpg');
    await expect(readMediaFile(image, 'a.jpg', () => Promise.reject(new Error('no worker')))).resolves.toEqual({ read: 'failed' });
    await expect(readMediaFile(image, 'a.jpg', async () => ({ type: 'media-metadata', read: 'maybe' }))).resolves.toEqual({ read: 'failed' });
  });

  it('encodes bytes as base64 the way atob reads them back, past one chunk', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256);
    expect(Uint8Array.from(atob(toBase64(bytes)), (c) => c.charCodeAt(0))).toEqual(bytes);
  });
});
