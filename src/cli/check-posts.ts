import { once } from 'node:events';
import { analyze, type AnalyzeInput } from '../core/index.ts';
import type { CheckTotals, FindingsFormatter } from './format-findings.ts';
import type { RecordResult } from './post-record.ts';

/** Settings from the command line that a record can override with its own fields. */
export type PostDefaults = Pick<AnalyzeInput, 'profile' | 'reply' | 'lang' | 'platform'>;

export interface CheckPostsOptions {
  records: AsyncIterable<RecordResult>;
  /** Names a record's line for messages, e.g. 12 → "posts.jsonl:12". */
  describeLine: (line: number) => string;
  defaults: PostDefaults;
  formatter: FindingsFormatter;
  output: NodeJS.WritableStream;
  reportMalformed: (message: string) => void;
}

/** Checks every valid record, writing results as it goes; malformed records are reported and skipped. */
export async function checkPosts(options: CheckPostsOptions): Promise<CheckTotals> {
  const { records, describeLine, defaults, formatter, output, reportMalformed } = options;
  const totals: CheckTotals = { posts: 0, postsWithFindings: 0, findings: 0, malformed: 0 };
  await write(output, formatter.begin());
  for await (const result of records) {
    if ('error' in result) {
      totals.malformed++;
      reportMalformed(`${describeLine(result.line)}: ${result.error}`);
      continue;
    }
    const { id, idGiven, input } = result.record;
    const post = { ...defaults, ...withoutUndefined(input), text: input.text };
    const findings = analyze(post);
    totals.posts++;
    totals.findings += findings.length;
    if (findings.length > 0) totals.postsWithFindings++;
    await write(output, formatter.post({ where: describeLine(result.line), id, idGiven, text: input.text, quoted: post.quoted, findings }));
  }
  await write(output, formatter.end(totals));
  return totals;
}

function withoutUndefined<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Waits when the reader is slower than the checker, so a huge input isn't buffered in memory as output. */
async function write(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (chunk !== '' && !stream.write(chunk)) await once(stream, 'drain');
}
