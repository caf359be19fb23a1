import { auditRecordSchema, describeInvalid, type AuditRecord } from '../messaging/protocol.ts';

/**
 * The record of posts published over a warning ("Post anyway"), kept only in this browser's
 * `storage.local`, oldest first. Read defensively: a damaged record is skipped and named, never thrown, so
 * one bad entry doesn't hide the rest of the log.
 */
export const AUDIT_LOG_KEY = 'guidepost.auditLog';
/** Enough for months of overrides while staying far below storage.local's quota. */
export const MAX_AUDIT_RECORDS = 500;

/** The storage area methods this needs (a subset of `browser.storage.local`). */
export interface AuditStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface AuditLog {
  /** Oldest first, as stored. */
  records: AuditRecord[];
  /** One sentence per stored entry that could not be read. */
  problems: string[];
}

export function parseAuditLog(value: unknown): AuditLog {
  if (value === undefined) return { records: [], problems: [] };
  if (!Array.isArray(value)) return { records: [], problems: ['The stored log is not a list, so none of it could be read.'] };
  const records: AuditRecord[] = [];
  const problems: string[] = [];
  value.forEach((entry, index) => {
    const parsed = auditRecordSchema.safeParse(entry);
    if (parsed.success) records.push(parsed.data);
    else problems.push(`Stored record ${index + 1} could not be read and is not shown (${describeInvalid(parsed.error)}).`);
  });
  return { records, problems };
}

export async function readAuditLog(storage: AuditStorage): Promise<AuditLog> {
  const stored = await storage.get(AUDIT_LOG_KEY);
  return parseAuditLog(stored[AUDIT_LOG_KEY]);
}

// Appends are read-modify-write; two overrides in quick succession must not lose one, so each storage
// area gets one queue.
const queues = new WeakMap<AuditStorage, Promise<unknown>>();

/**
 * Adds `record` as the newest entry, dropping the oldest beyond MAX_AUDIT_RECORDS. Entries this version
 * can't read are kept as they are (a newer version may have written them); only the cap removes them.
 * Throws if `record` itself is malformed.
 */
export function appendAuditRecord(storage: AuditStorage, record: AuditRecord): Promise<void> {
  const parsed = auditRecordSchema.safeParse(record);
  if (!parsed.success) return Promise.reject(new Error(`Not an audit record: ${describeInvalid(parsed.error)}`));
  const append = async () => {
    const stored = (await storage.get(AUDIT_LOG_KEY))[AUDIT_LOG_KEY];
    const entries: unknown[] = Array.isArray(stored) ? [...stored] : [];
    entries.push(parsed.data);
    await storage.set({ [AUDIT_LOG_KEY]: entries.slice(-MAX_AUDIT_RECORDS) });
  };
  const queued = (queues.get(storage) ?? Promise.resolve()).then(append, append);
  queues.set(storage, queued);
  return queued;
}

export async function clearAuditLog(storage: AuditStorage): Promise<void> {
  await storage.remove(AUDIT_LOG_KEY);
}
