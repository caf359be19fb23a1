import {
  closestMatching,
  holdsAny,
  precedes,
  queryAll,
  queryFirst,
  visibleText,
  type AttachmentView,
  type ComposeBox,
  type PlatformDefinition,
} from '../platform.ts';
import {
  altMissingIconSelectors,
  altPresentIconSelectors,
  composeBoxSelectors,
  composerSelectors,
  mediaSelectors,
  photoImageSelectors,
  photoTileSelectors,
  publishSelectors,
  profileLinkSelectors,
  postTextSelectors,
  quoteSelectors,
  replyToSelectors,
  videoPreviewSelectors,
} from './selectors.ts';

/** A shown post's own text: its last automatic-direction block (the name and handle come first). */
function shownPostText(post: Element): string | undefined {
  return visibleText(queryAll(post, postTextSelectors).at(-1) ?? post);
}

/**
 * A short key for a data: URL that stays the same while the image stays attached: its length and characters
 * sampled across it. The URL itself would do, but it is the whole file (megabytes) and is read on every check.
 */
function dataUrlKey(url: string): string {
  const samples: string[] = [];
  for (let i = 1; i <= 16; i++) {
    const at = Math.floor((url.length * i) / 17);
    samples.push(url.slice(at, at + 8));
  }
  return `${url.slice(0, url.indexOf(',') + 1)}${url.length}:${samples.join('')}`;
}

const previewKey = (url: string) => (url.startsWith('data:') ? dataUrlKey(url) : url);

/** A URL made in the page from the file itself, which can be read again. */
const isLocalUrl = (url: string) => url.startsWith('blob:') || url.startsWith('data:');

function photoView(tile: HTMLElement): Omit<AttachmentView, 'key'> & { url?: string } {
  const url = queryFirst(tile, photoImageSelectors)?.getAttribute('src') ?? undefined;
  const alt = holdsAny(tile, altPresentIconSelectors) ? 'present' : holdsAny(tile, altMissingIconSelectors) ? 'missing' : 'unknown';
  return { element: tile, url, ...(url && isLocalUrl(url) ? { src: url } : {}), kind: 'image', alt };
}

function videoView(video: HTMLVideoElement): Omit<AttachmentView, 'key'> & { url?: string } {
  const url = video.currentSrc || video.getAttribute('src') || video.querySelector('source')?.getAttribute('src') || undefined;
  // The composer shows no alt-text state on the video itself.
  return { element: video, url, ...(url && isLocalUrl(url) ? { src: url } : {}), kind: 'video', alt: 'unknown' };
}

function mediaAttachments(scope: Element): AttachmentView[] {
  const found = [...queryAll(scope, photoTileSelectors).map(photoView), ...queryAll(scope, videoPreviewSelectors).map((v) => videoView(v as HTMLVideoElement))];
  found.sort((a, b) => (precedes(a.element, b.element) ? -1 : 1));
  // The same file attached twice has the same URL: the second copy's key says which it is.
  const seen = new Map<string, number>();
  return found.map(({ url, ...view }, index) => {
    const base = url ? previewKey(url) : `bluesky-attachment:${index}`;
    const copies = seen.get(base) ?? 0;
    seen.set(base, copies + 1);
    return { ...view, key: copies === 0 ? base : `${base}#${copies + 1}` };
  });
}

export const bluesky: PlatformDefinition = {
  id: 'bluesky',
  findComposeBoxes(doc) {
    return queryAll(doc, composeBoxSelectors).map((element): ComposeBox => ({ element, editor: 'prosemirror', field: 'post' }));
  },
  postContext(box) {
    const composer = box.closest(composerSelectors.join(',')) ?? box.ownerDocument;
    const replyTo = queryFirst(composer, replyToSelectors);
    // Each post of a thread carries its own embed, under its editor: this box's quote lies before the next editor.
    const editors = queryAll(composer, composeBoxSelectors);
    const next = editors[editors.indexOf(box) + 1];
    const quote = queryAll(composer, quoteSelectors).find((q) => precedes(box, q) && (next === undefined || precedes(q, next)));
    return {
      reply: replyTo !== undefined,
      replyTo: replyTo ? shownPostText(replyTo) : undefined,
      quoted: quote ? shownPostText(quote) : undefined,
    };
  },
  accountHandle(doc) {
    const handle = queryFirst(doc, profileLinkSelectors)?.getAttribute('href')?.match(/^\/profile\/([^/?#]+)/)?.[1];
    return handle ? `@${decodeURIComponent(handle)}` : undefined;
  },  publishControl: (target) => closestMatching(target, publishSelectors),
  publishControls: (doc) => queryAll(doc, publishSelectors),
  // Anything listed as an attachment is media; so are embeds that carry an ALT button (a GIF).
  hasMedia: (scope) => mediaAttachments(scope).length > 0 || holdsAny(scope, mediaSelectors),
  mediaAttachments,
};
