import { describe, expect, it } from 'vitest';
import {
  appendAuditRecord,
  AUDIT_LOG_KEY,
  clearAuditLog,
  MAX_AUDIT_RECORDS,
  readAuditLog,
  type AuditStorage,
} from '../../src/checklist/audit-log.ts';
import type { AuditRecord } from '../../src/messaging/protocol.ts';

/** An in-memory `storage.local` that copies values in and out, as the browser does. */
function memoryStorage(initial: Record<string, unknown> = {}): AuditStorage & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => void Object.assign(data, structuredClone(items)),
    remove: async (key) => void delete data[key],
  };
}

function record(n: number, overrides: Partial<AuditRecord> = {}): AuditRecord {
  return {
    at: new Date(Date.UTC(2025, 0, 1, 0, n)).toISOString(),
    platform: 'x',
    host: 'x.com',
    account: '@wikimedia',
    trigger: 'button',
    findings: [
      { rule: 'tone-sarcasm', category: 'tone/sarcasm', severity: 'warning', message: '“/s” marks sarcasm.', phrase: `/s ${n} 🙄 维基` },
    ],
    unchecked: ['Media licence confirmed'],
    ...overrides,
  };
}

describe('audit log', () => {
  it('reads a missing log as empty', async () => {
    expect(await readAuditLog(memoryStorage())).toEqual({ records: [], problems: [] });
  });

  it('appends newest last and reads back what was stored', async () => {
    const storage = memoryStorage();
    await appendAuditRecord(storage, record(1));
    await appendAuditRecord(storage, record(2, { platform: 'bluesky', host: 'bsky.app', trigger: 'keyboard' }));
    const { records, problems } = await readAuditLog(storage);
    expect(problems).toEqual([]);
    expect(records.map((r) => r.at)).toEqual([record(1).at, record(2).at]);
    expect(records[1]?.platform).toBe('bluesky');
  });

  it('loses no record when several are appended at once', async () => {
    const storage = memoryStorage();
    await Promise.all([1, 2, 3, 4, 5].map((n) => appendAuditRecord(storage, record(n))));
    expect((await readAuditLog(storage)).records).toHaveLength(5);
  });

  it(`keeps the newest ${MAX_AUDIT_RECORDS} records, dropping the oldest`, async () => {
    const storage = memoryStorage({ [AUDIT_LOG_KEY]: Array.from({ length: MAX_AUDIT_RECORDS }, (_, n) => record(n)) });
    await appendAuditRecord(storage, record(MAX_AUDIT_RECORDS));
    const { records } = await readAuditLog(storage);
    expect(records).toHaveLength(MAX_AUDIT_RECORDS);
    expect(records[0]?.at).toBe(record(1).at);
    expect(records.at(-1)?.at).toBe(record(MAX_AUDIT_RECORDS).at);
  });

  it('skips malformed stored records and says which, without throwing', async () => {
    const storage = memoryStorage({
      [AUDIT_LOG_KEY]: [record(1), { ...record(2), platform: 'myspace' }, 'not a record', record(3)],
    });
    const { records, problems } = await readAuditLog(storage);
    expect(records.map((r) => r.at)).toEqual([record(1).at, record(3).at]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/record 2 .*platform/);
    expect(problems[1]).toMatch(/record 3 /);
  });

  it('reports a log that is not a list', async () => {
    const { records, problems } = await readAuditLog(memoryStorage({ [AUDIT_LOG_KEY]: { at: 'oops' } }));
    expect(records).toEqual([]);
    expect(problems).toEqual(['The stored log is not a list, so none of it could be read.']);
  });

  it('keeps records it cannot read when appending, and starts afresh over a value that is not a list', async () => {
    const damaged = memoryStorage({ [AUDIT_LOG_KEY]: [{ future: 'format' }] });
    await appendAuditRecord(damaged, record(1));
    expect(damaged.data[AUDIT_LOG_KEY]).toEqual([{ future: 'format' }, record(1)]);

    const notAList = memoryStorage({ [AUDIT_LOG_KEY]: 'garbage' });
    await appendAuditRecord(notAList, record(1));
    expect(await readAuditLog(notAList)).toEqual({ records: [record(1)], problems: [] });
  });

  it('refuses to store a malformed record', async () => {
    const storage = memoryStorage();
    await expect(appendAuditRecord(storage, { ...record(1), trigger: 'mouse' } as unknown as AuditRecord)).rejects.toThrow(/trigger/);
    expect(storage.data).toEqual({});
  });

  it('clears the log', async () => {
    const storage = memoryStorage();
    await appendAuditRecord(storage, record(1));
    await clearAuditLog(storage);
    expect(await readAuditLog(storage)).toEqual({ records: [], problems: [] });
    expect(AUDIT_LOG_KEY in storage.data).toBe(false);
  });
});
