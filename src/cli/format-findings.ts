import type { Finding } from '../core/index.ts';
import type { RecordId } from './post-record.ts';

export const outputFormats = ['text', 'jsonl', 'json'] as const;
export type OutputFormat = (typeof outputFormats)[number];

export interface CheckedPost {
  /** Where the post came from, e.g. "posts.csv:12" or "text 1". */
  where: string;
  id: RecordId;
  idGiven: boolean;
  text: string;
  /** The quoted post's text, which findings marked `quoted` point into. */
  quoted?: string;
  findings: readonly Finding[];
}

export interface CheckTotals {
  posts: number;
  postsWithFindings: number;
  findings: number;
  malformed: number;
}

/** Turns checked posts into output text; each method returns what to write next. */
export interface FindingsFormatter {
  begin(): string;
  post(post: CheckedPost): string;
  end(totals: CheckTotals): string;
}

export interface TextFormatOptions {
  /** How many characters around a flagged span to show. */
  contextChars: number;
}

export function createFindingsFormatter(format: OutputFormat, options: TextFormatOptions): FindingsFormatter {
  switch (format) {
    case 'jsonl':
      return { begin: () => '', post: (post) => `${JSON.stringify(toOutputRecord(post))}\n`, end: () => '' };
    case 'json':
      return createJsonArrayFormatter();
    case 'text':
      return createTextFormatter(options);
  }
}

/** The machine-readable shape: exactly these keys, in this order. */
function toOutputRecord(post: CheckedPost) {
  return {
    id: post.id,
    findings: post.findings.map((f) => ({
      rule: f.rule,
      category: f.category,
      start: f.start,
      end: f.end,
      severity: f.severity,
      message: f.message,
      ...(f.quoted ? { quoted: true } : {}),
    })),
  };
}

function createJsonArrayFormatter(): FindingsFormatter {
  let written = 0;
  return {
    begin: () => '[',
    // One element per line keeps the array streamable and still easy to grep.
    post: (post) => `${written++ === 0 ? '\n' : ',\n'}${JSON.stringify(toOutputRecord(post))}`,
    end: () => (written === 0 ? ']\n' : '\n]\n'),
  };
}

function createTextFormatter({ contextChars }: TextFormatOptions): FindingsFormatter {
  return {
    begin: () => '',
    post(post) {
      const where = post.idGiven ? `${post.where} [id ${String(post.id)}]` : post.where;
      return post.findings
        .map(
          (f) =>
            `${where}  ${f.quoted ? 'quoted ' : ''}${f.start}-${f.end}  ${f.severity.padEnd(7)}  ${f.category}  ${f.message}\n` +
            `    ${markSpan(f.quoted ? (post.quoted ?? '') : post.text, f.start, f.end, contextChars)}\n`,
        )
        .join('');
    },
    end: (totals) => `${describeTotals(totals)}\n`,
  };
}

function describeTotals({ posts, postsWithFindings, findings, malformed }: CheckTotals): string {
  const checked =
    findings === 0
      ? `No findings in ${count(posts, 'post')}.`
      : `${count(findings, 'finding')} in ${postsWithFindings} of ${count(posts, 'post')}.`;
  return malformed === 0 ? checked : `${checked} ${count(malformed, 'malformed record')} skipped.`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

const LONG_SPAN = 120;

/** The text around [start, end) on one line, with the span in ⟦ ⟧ and line breaks shown as ⏎. */
export function markSpan(text: string, start: number, end: number, contextChars: number): string {
  const from = codePointStart(text, Math.max(0, start - contextChars));
  const to = codePointEnd(text, Math.min(text.length, end + contextChars));
  let span = text.slice(start, end);
  if (span.length > LONG_SPAN) {
    const codePoints = Array.from(span);
    span = `${codePoints.slice(0, 60).join('')} … ${codePoints.slice(-40).join('')}`;
  }
  const shown =
    (from > 0 ? '…' : '') +
    text.slice(from, start) +
    `⟦${span}⟧` +
    text.slice(end, to) +
    (to < text.length ? '…' : '');
  return shown.replace(/\r\n|\r|\n/g, '⏎');
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function codePointStart(text: string, index: number): number {
  return index > 0 && isLowSurrogate(text.charCodeAt(index)) ? index - 1 : index;
}

function codePointEnd(text: string, index: number): number {
  return index < text.length && isLowSurrogate(text.charCodeAt(index)) ? index + 1 : index;
}
