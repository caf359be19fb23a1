import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { getSystemErrorMap } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import { toPostRecord, type RecordResult } from './post-record.ts';

export const inputFormats = ['jsonl', 'csv', 'text'] as const;
export type InputFormat = (typeof inputFormats)[number];

export const STDIN_NAME = '<stdin>';

/** The input can't be read at all (as opposed to one malformed record in it). */
export class UnreadableInputError extends Error {}

/** Standard input ("-") has no extension, so it is text. */
export function inputFormatForPath(path: string): InputFormat {
  const extension = extname(path).toLowerCase();
  if (extension === '.jsonl' || extension === '.ndjson') return 'jsonl';
  if (extension === '.csv') return 'csv';
  return 'text';
}

/** Reads the records of a file, or of standard input when `path` is "-". */
export async function* readRecords(path: string, format: InputFormat): AsyncGenerator<RecordResult> {
  const name = path === '-' ? STDIN_NAME : path;
  const stream = path === '-' ? process.stdin.setEncoding('utf8') : await openUtf8Stream(path);
  try {
    if (format === 'csv') yield* readCsv(await readAll(stream), name);
    else {
      const lines = readLines(stream);
      yield* format === 'jsonl' ? readJsonLines(lines) : readTextLines(lines);
    }
  } catch (error) {
    throw isSystemError(error) ? new UnreadableInputError(`cannot read ${name}: ${systemReason(error)}`) : error;
  } finally {
    stream.destroy();
  }
}

/** Each argument is one post; ids count from 1. */
export async function* recordsFromArguments(texts: readonly string[]): AsyncGenerator<RecordResult> {
  for (const [index, text] of texts.entries()) yield toPostRecord({ text }, index + 1);
}

async function openUtf8Stream(path: string): Promise<Readable> {
  try {
    const handle = await open(path, 'r');
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      throw new UnreadableInputError(`cannot read ${path}: it is a directory`);
    }
    // Invalid UTF-8 decodes to U+FFFD rather than failing: a stray byte shouldn't stop a bulk check.
    return handle.createReadStream({ encoding: 'utf8' });
  } catch (error) {
    if (isSystemError(error)) throw new UnreadableInputError(`cannot read ${path}: ${systemReason(error)}`);
    throw error;
  }
}

async function* readJsonLines(lines: AsyncIterable<string>): AsyncGenerator<RecordResult> {
  let line = 0;
  for await (const content of lines) {
    line++;
    if (content.trim() === '') continue;
    let fields: unknown;
    try {
      fields = JSON.parse(content);
    } catch (error) {
      yield { line, error: `not valid JSON (${(error as Error).message})` };
      continue;
    }
    yield toPostRecord(fields, line);
  }
}

async function* readTextLines(lines: AsyncIterable<string>): AsyncGenerator<RecordResult> {
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() !== '') yield toPostRecord({ text }, line);
  }
}

const csvColumns = ['id', 'text', 'reply', 'quoted', 'profile', 'lang', 'platform'] as const;
type CsvColumn = (typeof csvColumns)[number];

function* readCsv(content: string, name: string): Generator<RecordResult> {
  type Row = { fields: string[]; endLine: number };
  const events: Array<Row | { line: number; error: string }> = [];
  // csv-parse counts a CRLF inside a quoted field as two lines; with LF only its line numbers are right.
  parseCsv(content.replace(/\r\n/g, '\n'), {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_record: (fields: string[], context) => {
      events.push({ fields, endLine: context.lines });
      return null;
    },
    on_skip: (error) => {
      events.push({ line: Number(error?.lines ?? 0), error: describeCsvError(error) });
      return undefined;
    },
  });

  const [header, ...rows] = events;
  if (!header) return;
  if (!('fields' in header)) throw new UnreadableInputError(`${name}:${header.line}: cannot read the CSV header: ${header.error}`);
  const columnIndex = new Map<CsvColumn, number>();
  header.fields.forEach((title, index) => {
    const column = csvColumns.find((known) => known === title.trim().toLowerCase());
    if (column && !columnIndex.has(column)) columnIndex.set(column, index);
  });
  if (!columnIndex.has('text')) {
    throw new UnreadableInputError(`${name}:${header.endLine}: the CSV header has no "text" column (found: ${header.fields.join(', ')})`);
  }

  for (const row of rows) {
    if (!('fields' in row)) {
      yield row;
      continue;
    }
    // Line breaks inside quoted fields move the end of the row; report the line it starts on.
    const line = row.endLine - row.fields.reduce((breaks, field) => breaks + countLineBreaks(field), 0);
    if (row.fields.length !== header.fields.length) {
      yield { line, error: `the row has ${row.fields.length} fields but the header has ${header.fields.length}` };
      continue;
    }
    const fields: Record<string, unknown> = {};
    for (const [column, index] of columnIndex) {
      const cell = row.fields[index] ?? '';
      // An empty cell means "not set", except for text, where an empty post is still a post.
      if (cell === '' && column !== 'text') continue;
      fields[column] = column === 'reply' ? parseCsvBoolean(cell) : cell;
    }
    if (typeof fields.reply === 'string') {
      yield { line, error: `"reply" must be true, false, yes, no, 1 or 0, got ${JSON.stringify(fields.reply)}` };
      continue;
    }
    yield toPostRecord(fields, line);
  }
}

function parseCsvBoolean(cell: string): boolean | string {
  const value = cell.trim().toLowerCase();
  if (['true', 'yes', '1'].includes(value)) return true;
  if (['false', 'no', '0'].includes(value)) return false;
  return cell;
}

function countLineBreaks(text: string): number {
  return text.match(/\n/g)?.length ?? 0;
}

function describeCsvError(error: { code?: string; message: string } | undefined): string {
  switch (error?.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'the input ends inside a quoted field (a quote was opened and never closed)';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quoted field has text after its closing quote (write a quote inside a quoted field as "")';
    default:
      return `not valid CSV (${error?.message ?? 'unknown error'})`;
  }
}

async function* readLines(stream: Readable): AsyncGenerator<string> {
  let failure: unknown;
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  // readline ends quietly when its input fails; remember the failure so a read error isn't taken for the end.
  stream.once('error', (error) => {
    failure = error;
    lines.close();
  });
  let first = true;
  for await (const line of lines) {
    if (failure) break;
    yield first ? line.replace(/^\uFEFF/, '') : line;
    first = false;
  }
  if (failure) throw failure;
}

async function readAll(stream: Readable): Promise<string> {
  let content = '';
  for await (const chunk of stream) content += chunk as string;
  return content;
}

function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && 'errno' in error;
}

function systemReason(error: NodeJS.ErrnoException): string {
  const reason = error.errno === undefined ? undefined : getSystemErrorMap().get(error.errno)?.[1];
  return reason ? `${reason} (${error.code})` : error.message;
}
