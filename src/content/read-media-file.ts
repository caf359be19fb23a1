import type { MediaAttachment } from '../core/types.ts';
import { MEDIA_HEAD_BYTES, readMediaResponseSchema } from '../messaging/protocol.ts';

/** What reading a file's licence metadata gave. */
export type MediaReading = Pick<MediaAttachment, 'read' | 'metadata' | 'licensed'>;

/** Sends a message to the background and resolves with its answer (the content script's runtime.sendMessage). */
export type SendToBackground = (message: unknown) => Promise<unknown>;

/** A file whose metadata the worker has not answered for by then counts as unreadable; the post is not held on it. */
const READ_TIMEOUT_MS = 5000;

/** Kinds of file whose metadata the worker reads (exifr: JPEG, TIFF, PNG, HEIC/AVIF); others are asked about. */
const READABLE = /^image\/(?:jpeg|pjpeg|png|tiff|heic|heif|avif)$/i;

export function mediaKind(type: string): MediaAttachment['kind'] {
  return type.startsWith('image/') ? 'image' : type.startsWith('video/') ? 'video' : 'other';
}

/**
 * Reads the licence metadata of an attached file. Only its first MEDIA_HEAD_BYTES are read (metadata lives at the
 * start of the formats read), so a 50 MB file costs what a small one does; the bytes go to this extension's own
 * worker, never anywhere else. Never throws: anything that goes wrong is "failed".
 */
export async function readMediaFile(file: Blob, name: string, send: SendToBackground): Promise<MediaReading> {
  if (!READABLE.test(file.type)) return { read: 'unread' };
  try {
    const head = new Uint8Array(await file.slice(0, MEDIA_HEAD_BYTES).arrayBuffer());
    const answer = await withTimeout(
      send({ type: 'read-media', name: name.slice(0, 255), mime: file.type.slice(0, 100), size: file.size, head: toBase64(head) }),
      READ_TIMEOUT_MS,
    );
    const parsed = readMediaResponseSchema.safeParse(answer);
    if (!parsed.success) return { read: 'failed' };
    const { read, metadata, licensed } = parsed.data;
    return { read, ...(metadata ? { metadata } : {}), ...(licensed !== undefined ? { licensed } : {}) };
  } catch {
    return { read: 'failed' };
  }
}

/** Base64 in chunks: spreading half a megabyte of bytes into one call would overflow the argument stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}
