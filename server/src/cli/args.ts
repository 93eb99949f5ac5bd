export type OutputFormat = 'text' | 'json';

export interface CheckOptions {
  readonly format: OutputFormat;
  readonly fix: boolean;
  readonly config?: string;
  readonly locale?: string;
  readonly paths: readonly string[];
}

export type Command =
  | { kind: 'check'; options: CheckOptions }
  | { kind: 'help'; topic?: string }
  | { kind: 'version' };

export class UsageError extends Error {}

const FORMATS: readonly OutputFormat[] = ['text', 'json'];

/** Parses `tifa` arguments; throws UsageError with a message meant for the user. */
export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    return { kind: 'help', topic: rest[0] };
  }
  if (command === '--version' || command === '-v') return { kind: 'version' };
  if (command !== 'check') throw new UsageError(`unknown command "${command}"; try "tifa --help"`);
  let format: OutputFormat = 'text';
  let fix = false;
  let config: string | undefined;
  let locale: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? rest[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--help':
      case '-h':
        return { kind: 'help', topic: 'check' };
      case '--format':
      case '-f': {
        const v = value();
        if (!FORMATS.includes(v as OutputFormat)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${v}"`);
        format = v as OutputFormat;
        break;
      }
      case '--fix':
        fix = true;
        break;
      case '--config':
      case '-c':
        config = value();
        break;
      case '--locale':
        locale = value();
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"; try "tifa check --help"`);
        paths.push(arg);
    }
  }
  if (paths.length === 0) throw new UsageError('no files given; usage: tifa check [options] <files, folders or globs>');
  return { kind: 'check', options: { format, fix, config, locale, paths } };
}

export const HELP = {
  main: `tifa — checks Chinese policy documents against a corpus of canonical phrasing

Usage:
  tifa check [options] <files, folders or globs>   report (and fix) findings
  tifa --help | --version

Run "tifa check --help" for the options of check.`,
  check: `Usage: tifa check [options] <files, folders or globs>

Options:
  -f, --format text|json   output format (default: text)
      --fix                apply every safe fix and write the files back
  -c, --config <file>      use this tifa.json instead of the nearest one
      --locale zh|en       language of the messages (default: from the environment)
  -h, --help               show this help

Exit status: 0 no errors, 1 an error-severity finding, 2 usage error or unreadable input.`,
} as const;
