import { createFindingsFormatter } from './format-findings.ts';
import { HELP_TEXT, USAGE_HINT } from './help-text.ts';
import { parseCommandLine, UsageError, type Command } from './parse-arguments.ts';
import {
  inputFormatForPath,
  readRecords,
  recordsFromArguments,
  STDIN_NAME,
  UnreadableInputError,
} from './read-records.ts';

const EXIT_CLEAN = 0;
const EXIT_FINDINGS = 1;
const EXIT_USER_ERROR = 2;
const EXIT_INTERNAL_ERROR = 3;

async function main(args: string[]): Promise<number> {
  try {
    const command = parseCommandLine(args);
    if (command.name === 'help') {
      process.stdout.write(HELP_TEXT);
      return EXIT_CLEAN;
    }
    const totals = await runCheck(command);
    return totals.findings > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`guidepost: ${error.message}\n${USAGE_HINT}\n`);
      return EXIT_USER_ERROR;
    }
    if (error instanceof UnreadableInputError) {
      process.stderr.write(`guidepost: ${error.message}\n`);
      return EXIT_USER_ERROR;
    }
    process.stderr.write(`guidepost: internal error\n${error instanceof Error ? error.stack : String(error)}\n`);
    return EXIT_INTERNAL_ERROR;
  }
}

async function runCheck(command: Extract<Command, { name: 'check' }>) {
  // The rule core loads an NLP library; help and usage errors shouldn't wait for it.
  const { checkPosts } = await import('./check-posts.ts');
  const { input, texts, format, defaults } = command;
  const fromFile = input !== undefined;
  const records = fromFile ? readRecords(input, command.inputFormat ?? inputFormatForPath(input)) : recordsFromArguments(texts);
  const source = input === '-' ? STDIN_NAME : input;
  return checkPosts({
    records,
    describeLine: (line) => (fromFile ? `${source}:${line}` : `text ${line}`),
    defaults,
    // Arguments are short and typed by hand, so show all of each; file records get a short excerpt.
    formatter: createFindingsFormatter(format, { contextChars: fromFile ? 40 : 1000 }),
    output: process.stdout,
    reportMalformed: (message) => process.stderr.write(`${message}\n`),
  });
}

// A reader that stops early (`guidepost ... | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_CLEAN);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
