import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = join(import.meta.dirname, '../..');
const tsx = join(repoRoot, 'node_modules/.bin/tsx');
const workDir = mkdtempSync(join(tmpdir(), 'guidepost-cli-'));

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real command line, as a user would, with optional standard input. */
function guidepost(args: string[], stdin = ''): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['src/cli/guidepost.ts', ...args], { cwd: repoRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

function writeInput(name: string, content: string): string {
  const path = join(workDir, name);
  writeFileSync(path, content);
  return path;
}

function jsonLines(stdout: string): unknown[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown);
}

const findingKeys = ['rule', 'category', 'start', 'end', 'severity', 'message'];

function sarcasmAt(start: number) {
  return { rule: 'tone-sarcasm', category: 'tone/sarcasm', start, end: start + 2, severity: 'warning', message: expect.any(String) };
}

function voteAt(start: number) {
  return {
    rule: 'endorsement-political',
    category: 'endorsement/political',
    start,
    end: start + 'Vote for Jane Smith'.length,
    severity: 'error',
    message: expect.any(String),
  };
}

describe.concurrent('guidepost check', { timeout: 30_000 }, () => {
  it('prints a readable finding for a text argument and exits 1', async () => {
    const run = await guidepost(['check', 'Vote for Jane Smith today']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('endorsement/political');
    expect(run.stdout).toContain('text 1  0-19  error');
    expect(run.stdout).toContain('⟦Vote for Jane Smith⟧ today');
  });

  it('exits 0 for a clean text', async () => {
    const run = await guidepost(['check', 'We are opening a new library branch next week.']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No findings in 1 post.');
    expect(run.stderr).toBe('');
  });

  it('skips malformed JSON Lines records with FILE:LINE on stderr and checks the others', async () => {
    const file = writeInput(
      'posts.jsonl',
      [
        JSON.stringify({ id: 'a', text: 'Great timing /s' }),
        '{"id": 2, "text": "unterminated',
        JSON.stringify({ id: 3, text: 'Vote for Jane Smith', profile: 'corporate' }),
        '',
        JSON.stringify({ id: 42, text: 'Please vote. Vote for Jane Smith' }),
        JSON.stringify({ id: 6, quoted: 'no text here' }),
        JSON.stringify({ text: 'A calm and friendly update.' }),
        JSON.stringify({ id: '007', text: 'x'.repeat(100_001) }),
        JSON.stringify({ id: '9', text: 'Vote for Jane Smith', profile: 'personal', reply: true, lang: 'en' }),
        '[1, 2]',
      ].join('\n') + '\n',
    );
    const run = await guidepost(['check', '--input', file, '--format', 'jsonl']);

    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^${escapeRegExp(file)}:2: not valid JSON`)),
      `${file}:3: "profile" must be one of official, personal, got "corporate"`,
      `${file}:6: missing required field "text"`,
      `${file}:8: "text" is longer than 100000 characters (it has 100001)`,
      `${file}:10: expected a JSON object, got an array`,
    ]);
    const records = jsonLines(run.stdout);
    expect(run.stdout.endsWith('\n')).toBe(true);
    expect(records).toEqual([
      { id: 'a', findings: [sarcasmAt(13)] },
      { id: 42, findings: [voteAt(13)] },
      { id: 7, findings: [] },
      { id: '9', findings: [] },
    ]);
    for (const record of records as Array<{ findings: object[] }>) {
      expect(Object.keys(record)).toEqual(['id', 'findings']);
      for (const finding of record.findings) expect(Object.keys(finding)).toEqual(findingKeys);
    }
    expect(run.code).toBe(1);
  });

  it('exits 0 when only malformed records stand between the clean ones', async () => {
    const file = writeInput('clean.ndjson', '{"text": "Hello"}\nnot json\n{"id": "b", "text": "Goodbye"}\n');
    const run = await guidepost(['check', '-i', file]);
    expect(run.stderr).toContain(`${file}:2: not valid JSON`);
    expect(run.stdout).toBe('No findings in 2 posts. 1 malformed record skipped.\n');
    expect(run.code).toBe(0);
  });

  it('reads CSV with an id column, CRLF rows and a quoted multi-line text', async () => {
    const file = writeInput(
      'plan.csv',
      [
        'ID,Text,Profile,Channel',
        ',"Line one',
        'Vote for Jane Smith",official,web',
        ',"Great timing /s",,web',
        'p3,too few fields',
        'p4,"He said ""hi"" /s",,',
        '',
      ].join('\r\n'),
    );
    const run = await guidepost(['check', '--input', file, '--format', 'jsonl']);
    expect(run.stderr).toBe(`${file}:5: the row has 2 fields but the header has 4\n`);
    expect(jsonLines(run.stdout)).toEqual([
      { id: 2, findings: [voteAt('Line one\n'.length)] },
      { id: 4, findings: [sarcasmAt('Great timing '.length)] },
      { id: 'p4', findings: [sarcasmAt('He said "hi" '.length)] },
    ]);
    expect(run.code).toBe(1);
  });

  it('reads plain text one post per non-empty line, ids being line numbers', async () => {
    const file = writeInput('drafts.txt', 'Good morning!\n\n   \nGreat timing /s\n');
    const run = await guidepost(['check', '--input', file, '--format', 'json']);
    expect(JSON.parse(run.stdout)).toEqual([
      { id: 1, findings: [] },
      { id: 4, findings: [sarcasmAt(13)] },
    ]);
    expect(run.code).toBe(1);
  });

  it('reads standard input as text by default, and prints file findings with their line and excerpt', async () => {
    const run = await guidepost(['check', '--input', '-'], 'All good here\nPlease, Vote for Jane Smith on Thursday\n');
    expect(run.stdout).toMatch(
      /^<stdin>:2 {2}8-27 {2}error {4}endorsement\/political {2}\S.*\n {4}Please, ⟦Vote for Jane Smith⟧ on Thursday\n1 finding in 1 of 2 posts\.\n$/,
    );
    expect(run.code).toBe(1);
  });

  it('reads standard input as JSON Lines with --input-format, flags as defaults a record can override', async () => {
    const stdin = '{"id": 1, "text": "Vote for Jane Smith"}\n{"id": 2, "text": "Vote for Jane Smith", "profile": "official"}\n';
    const run = await guidepost(['check', '--input', '-', '--input-format', 'jsonl', '--profile', 'personal', '-f', 'jsonl'], stdin);
    expect(run.stderr).toBe('');
    expect(jsonLines(run.stdout)).toEqual([
      { id: 1, findings: [] },
      { id: 2, findings: [voteAt(0)] },
    ]);
    expect(run.code).toBe(1);
  });

  it('runs over a corpus file: one JSON line per post, ids kept, quoted findings marked', async () => {
    const corpus = join(repoRoot, 'test/corpus/dev.jsonl');
    const run = await guidepost(['check', '--input', corpus, '--format', 'jsonl']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const posts = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; quoted?: string; labels: string[] });
    const lines = jsonLines(run.stdout) as Array<{ id: string; findings: Array<{ category: string; start: number; end: number; quoted?: boolean }> }>;
    expect(lines.map((l) => l.id)).toEqual(posts.map((p) => p.id));
    const quotedFindings = lines.flatMap((l, i) => l.findings.filter((f) => f.quoted).map((f) => ({ f, post: posts[i]! })));
    expect(quotedFindings.length).toBeGreaterThan(0);
    for (const { f, post } of quotedFindings) expect(f.end).toBeLessThanOrEqual(post.quoted!.length);
  });

  it('marks quoted findings in the text output', async () => {
    const run = await guidepost(['check', '--input', '-', '--input-format', 'jsonl'], '{"text":"Worth a read.","quoted":"Great timing /s"}\n');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/quoted 13-15 .*tone\/sarcasm/);
    expect(run.stdout).toContain('Great timing ⟦/s⟧');
  });

  it('exits 2 naming a missing file', async () => {
    const missing = join(workDir, 'no-such-file.jsonl');
    const run = await guidepost(['check', '--input', missing]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(missing);
    expect(run.stderr).toContain('no such file or directory');
    expect(run.stdout).toBe('');
  });

  it('exits 2 on an unknown flag with a one-line message and a usage hint, and on other bad usage', async () => {
    const runs = await Promise.all([
      guidepost(['check', '--bogus', 'text']),
      guidepost(['check', '--profile']),
      guidepost(['check', '--platform', 'myspace']),
      guidepost(['check']),
    ]);
    const [unknownFlag, missingValue, badPlatform, noText] = runs;
    expect(unknownFlag?.stderr).toBe('guidepost: unknown option --bogus\nRun "guidepost --help" for usage.\n');
    expect(missingValue?.stderr).toContain('--profile needs a value');
    expect(badPlatform?.stderr).toContain('--platform must be one of x, bluesky, mastodon, threads, got "myspace"');
    expect(noText?.stderr).toContain('nothing to check');
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).not.toMatch(/^\s+at /m);
    }
  });

  it('prints usage for --help, exiting 0', async () => {
    const run = await guidepost(['check', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('guidepost check [options] --input FILE');
    expect(run.stdout).toContain('Exit status:');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
