import { parseArgs } from 'node:util';
import { platforms, profiles } from '../core/types.ts';
import type { PostDefaults } from './check-posts.ts';
import { outputFormats, type OutputFormat } from './format-findings.ts';
import { inputFormats, type InputFormat } from './read-records.ts';

/** The command line is wrong; the message is one line meant for the user. */
export class UsageError extends Error {}

export type Command =
  | { name: 'help' }
  | {
      name: 'check';
      texts: string[];
      input: string | undefined;
      inputFormat: InputFormat | undefined;
      format: OutputFormat;
      defaults: PostDefaults;
    };

const optionSpecs = {
  help: { type: 'boolean', short: 'h' },
  input: { type: 'string', short: 'i', multiple: true },
  'input-format': { type: 'string' },
  format: { type: 'string', short: 'f' },
  profile: { type: 'string' },
  reply: { type: 'boolean' },
  lang: { type: 'string' },
  platform: { type: 'string' },
} as const;

export function parseCommandLine(args: string[]): Command {
  const { values, positionals } = parseOrExplain(args);
  const [command, ...texts] = positionals;
  if (values.help || command === 'help') return { name: 'help' };
  if (command === undefined) throw new UsageError('missing command: use "guidepost check TEXT" or "guidepost check --input FILE"');
  if (command !== 'check') throw new UsageError(`unknown command "${command}"`);

  const format = oneOf('--format', values.format, outputFormats) ?? 'text';
  const inputFormat = oneOf('--input-format', values['input-format'], inputFormats);
  const lang = values.lang;
  if (lang !== undefined && (lang.length < 2 || lang.length > 35)) {
    throw new UsageError(`--lang must be a language tag such as en or pt-BR, got "${lang}"`);
  }
  const defaults: PostDefaults = {
    profile: oneOf('--profile', values.profile, profiles),
    reply: values.reply,
    lang,
    platform: oneOf('--platform', values.platform, platforms),
  };

  const inputs = values.input ?? [];
  if (inputs.length > 1) throw new UsageError('--input can be given only once');
  const [input] = inputs;
  if (input === '') throw new UsageError('--input needs a file name, or - for standard input');
  if (input !== undefined && texts.length > 0) throw new UsageError('give either TEXT arguments or --input, not both');
  if (input === undefined && texts.length === 0) throw new UsageError('nothing to check: give a TEXT argument or --input FILE');
  if (inputFormat !== undefined && input === undefined) throw new UsageError('--input-format applies only with --input');
  return {
    name: 'check',
    texts,
    input,
    inputFormat,
    format,
    defaults,
  };
}

function parseOrExplain(args: string[]) {
  try {
    return parseArgs({ args, options: optionSpecs, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) throw error;
    throw new UsageError(explainParseError(code, (error as Error).message));
  }
}

/** Node's parseArgs messages run to several sentences; the user gets one line. */
function explainParseError(code: string, message: string): string {
  const option = /'(-[^' ,]+)'/.exec(message)?.[1] ?? /--[\w-]+/.exec(message)?.[0] ?? 'option';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return option.startsWith('--')
      ? `unknown option ${option}`
      : `unknown option ${option} (to check a text that starts with "-", put -- before it)`;
  }
  const name = /--[\w-]+/.exec(message)?.[0] ?? option;
  if (/argument missing|ambiguous/.test(message)) {
    return `${name} needs a value (for a value that starts with "-", write ${name}=VALUE)`;
  }
  if (/does not take an argument/.test(message)) return `${name} takes no value`;
  return message.split('\n')[0] ?? message;
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, got "${value}"`);
}
