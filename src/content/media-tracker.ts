import type { MediaAttachment } from '../core/types.ts';
import type { AttachmentView, PlatformDefinition } from '../platforms/platform.ts';
import { mediaKind, readMediaFile, type MediaReading, type SendToBackground } from './read-media-file.ts';

/** An attachment the page shows, with what Guidepost knows of its file. */
export interface TrackedAttachment {
  view: AttachmentView;
  attachment: MediaAttachment;
}

interface CapturedFile {
  file: File;
  at: number;
  reading: Promise<MediaReading>;
  /** Handed to a composer (its file input, a paste or drop in it), not to some other part of the page. */
  inComposer: boolean;
}

interface Entry {
  id: string;
  name?: string;
  /** Undefined while the file is being read. */
  reading?: MediaReading;
}

/** How often the composers' previews are looked at while media is around: attachments change without a keystroke. */
const SCAN_MS = 400;
/** Without attachments or files being handed over, a look every this many scans (a draft restored with media). */
const IDLE_EVERY = 5;
/** A file picked, pasted or dropped that no preview showed by then was refused by the page (too big, too many). */
const CAPTURE_TTL_MS = 60_000;
/** More files than any platform takes at once (X and Bluesky 4, Mastodon 4, Threads 10 or 20). */
const MAX_CAPTURED = 20;

/**
 * Follows the media attached to the page's composers. Files are seen where the user hands them to the page (a
 * file input's change, a paste, a drop: listened to in the capture phase, never stopped) and read at once; the
 * platform's previews say what is attached now and whether it has a description. A preview made from the file
 * itself (a `blob:` or `data:` URL) is read back and matched to a file handed over by size and type, which names
 * it; a preview without one (Mastodon's server thumbnails) takes the oldest file handed to a composer, as the
 * platforms add previews in the order files were given. A preview nothing matches has an unknown licence, and the
 * checklist asks.
 */
export class MediaTracker {
  private readonly captured: CapturedFile[] = [];
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Set<() => void>();
  private current: TrackedAttachment[] = [];
  private signature = '';
  private counter = 0;
  private timer = 0;
  private ticks = 0;
  private readonly win: Window;
  private readonly cleanups: Array<() => void> = [];

  constructor(
    private readonly platform: PlatformDefinition,
    private readonly doc: Document,
    private readonly send: SendToBackground,
    /** The composers' parts of the page, where previews are looked for. */
    private readonly scopes: () => Element[],
  ) {
    this.win = doc.defaultView!;
    const listen = (type: string, handler: (event: Event) => void) => {
      this.win.addEventListener(type, handler, { capture: true, passive: true });
      this.cleanups.push(() => this.win.removeEventListener(type, handler, { capture: true }));
    };
    listen('change', (event) => {
      const input = event.target;
      if (input instanceof HTMLInputElement && input.type === 'file' && input.files) this.capture(input.files, input);
    });
    listen('paste', (event) => this.capture((event as ClipboardEvent).clipboardData?.files, event.target));
    listen('drop', (event) => this.capture((event as DragEvent).dataTransfer?.files, event.target));
    this.timer = this.win.setInterval(() => {
      if (this.doc.visibilityState !== 'visible') return;
      // Busy pages (X's timeline) pay for a look only while media is around, and now and then otherwise.
      const active = this.current.length > 0 || this.captured.length > 0;
      if (active || ++this.ticks % IDLE_EVERY === 0) this.scan();
    }, SCAN_MS);
  }

  /** Every attachment the composers show now, in document order. */
  attachments(): readonly TrackedAttachment[] {
    return this.current;
  }

  /** The preview element of an attachment, for marking it and scrolling to it. */
  elementFor(id: string): HTMLElement | undefined {
    return this.current.find((item) => item.attachment.id === id)?.view.element;
  }

  /** Calls back when attachments came, went, were read, or got or lost a description. Returns the unsubscribe. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Looks at the previews now (the page also calls this after a file was handed over). */
  scan(): void {
    let views: AttachmentView[] = [];
    try {
      const seen = new Set<string>();
      for (const scope of this.scopes()) {
        for (const view of this.platform.mediaAttachments(scope)) {
          if (!seen.has(view.key)) {
            seen.add(view.key);
            views.push(view);
          }
        }
      }
    } catch {
      // A page Guidepost can't read shows no attachments; the platform's generic media item still asks.
      views = [];
    }
    const now = Date.now();
    while (this.captured.length > 0 && now - this.captured[0]!.at > CAPTURE_TTL_MS) this.captured.shift();
    const keys = new Set(views.map((view) => view.key));
    for (const key of [...this.entries.keys()]) if (!keys.has(key)) this.entries.delete(key);
    for (const view of views) if (!this.entries.has(view.key)) this.entries.set(view.key, this.adopt(view));
    this.current = views.map((view) => ({ view, attachment: this.describe(view, this.entries.get(view.key)!) }));
    const signature = JSON.stringify(this.current.map((item) => item.attachment));
    if (signature !== this.signature) {
      this.signature = signature;
      for (const listener of [...this.listeners]) {
        try {
          listener();
        } catch {
          // One listener's failure must not stop the others.
        }
      }
    }
  }

  dispose(): void {
    this.win.clearInterval(this.timer);
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.listeners.clear();
    this.entries.clear();
    this.captured.length = 0;
  }

  private capture(files: FileList | undefined | null, target: EventTarget | null): void {
    if (!files || files.length === 0) return;
    let inComposer = false;
    try {
      inComposer = target instanceof Node && this.scopes().some((scope) => scope.contains(target));
    } catch {
      // Unknown: the file can still be matched by its preview's bytes.
    }
    for (const file of [...files].slice(0, MAX_CAPTURED)) {
      const reading = readMediaFile(file, file.name, this.send);
      this.captured.push({ file, at: Date.now(), reading, inComposer });
      if (this.captured.length > MAX_CAPTURED) this.captured.shift();
    }
    // The page shows its previews a moment later (after reading the file, or uploading it).
    for (const delay of [50, 250]) this.win.setTimeout(() => this.scan(), delay);
  }

  private adopt(view: AttachmentView): Entry {
    const entry: Entry = { id: `m${++this.counter}` };
    const settle = (reading: Promise<MediaReading>) => {
      void reading
        .catch((): MediaReading => ({ read: 'failed' }))
        .then((result) => {
          entry.reading = result;
          this.scan();
        });
    };
    /** The oldest file handed to a composer: its name and reading go to this preview. */
    const takeInOrder = (): Promise<MediaReading> | undefined => {
      const captured = this.take((c) => c.inComposer);
      if (!captured) return undefined;
      entry.name = captured.file.name;
      return captured.reading;
    };
    if (view.src && /^(?:blob|data):/.test(view.src)) {
      // The page made the preview from the file itself (Bluesky: a data: URL): the same bytes, read back locally.
      settle(
        fetch(view.src)
          .then((response) => response.blob())
          .then((blob) => {
            const captured = this.take((c) => c.file.size === blob.size && (blob.type === '' || c.file.type === blob.type));
            if (captured) entry.name = captured.file.name;
            return captured ? captured.reading : readMediaFile(blob, '', this.send);
          })
          // A browser that doesn't let the content script read the page's blob (Firefox) falls back to order.
          .catch(() => takeInOrder() ?? { read: 'failed' as const }),
      );
    } else {
      const reading = takeInOrder();
      if (reading) settle(reading);
      else entry.reading = { read: 'unread' };
    }
    return entry;
  }

  /** Removes and returns the oldest captured file that `matches`. */
  private take(matches: (captured: CapturedFile) => boolean): CapturedFile | undefined {
    const index = this.captured.findIndex(matches);
    return index < 0 ? undefined : this.captured.splice(index, 1)[0];
  }

  private describe(view: AttachmentView, entry: Entry): MediaAttachment {
    const reading = entry.reading ?? { read: 'unread' as const };
    const kind = view.kind === 'other' && entry.name ? mediaKind(guessType(entry.name)) : view.kind;
    return {
      id: entry.id,
      ...(entry.name ? { name: entry.name.slice(0, 255) } : {}),
      kind,
      alt: view.alt,
      read: reading.read,
      ...(reading.metadata ? { metadata: reading.metadata } : {}),
      ...(reading.licensed !== undefined ? { licensed: reading.licensed } : {}),
    };
  }
}

/**
 * Whether the user must confirm an attachment's licence in the checklist: its file was not read, or names no
 * licence or rights holder (the worker's judgement, so the classifier stays out of the page).
 */
export function needsConfirmation(attachment: MediaAttachment): boolean {
  return attachment.read !== 'read' || attachment.licensed !== true;
}

function guessType(name: string): string {
  return /\.(?:jpe?g|png|gif|webp|avif|heic|tiff?)$/i.test(name) ? 'image/' : /\.(?:mp4|mov|webm|m4v)$/i.test(name) ? 'video/' : '';
}
