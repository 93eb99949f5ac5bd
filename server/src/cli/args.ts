import type { Locale } from '../engine';
import { cliMessages, type CliTranslate } from './messages';

export type OutputFormat = 'text' | 'json' | 'sarif';
export type GlossaryFormat = 'json' | 'md';
export type Subcommand = 'check' | 'report' | 'glossary';

/** Options every subcommand takes. */
export interface CommonOptions {
  /** A `tifa.json` used for every file instead of the nearest one above each file. */
  readonly config?: string;
  readonly locale?: string;
  /** Colour in text output: `undefined` means “when stdout is a terminal”. */
  readonly color?: boolean;
}

export interface CheckOptions extends CommonOptions {
  readonly format: OutputFormat;
  readonly fix: boolean;
  /** Only error-severity findings are shown; the summary line is left out. */
  readonly quiet: boolean;
  /** Text output lists every finding instead of the first few of each code per file. */
  readonly all: boolean;
  readonly maxWarnings?: number;
  readonly paths: readonly string[];
}

export interface ReportOptions extends CommonOptions {
  /** Where the HTML goes; `-` is stdout. */
  readonly output: string;
  readonly paths: readonly string[];
}

export interface GlossaryOptions extends CommonOptions {
  readonly format: GlossaryFormat;
}

export type Command =
  | { kind: 'check'; options: CheckOptions }
  | { kind: 'report'; options: ReportOptions }
  | { kind: 'glossary'; options: GlossaryOptions }
  | { kind: 'help'; topic?: Subcommand }
  | { kind: 'version' };

export class UsageError extends Error {}

export const DEFAULT_REPORT_FILE = 'tifa-report.html';
const SUBCOMMANDS: readonly Subcommand[] = ['check', 'report', 'glossary'];
const CHECK_FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];
const GLOSSARY_FORMATS: readonly GlossaryFormat[] = ['json', 'md'];

/** The message language asked for on the command line, before the arguments are parsed. */
export function localeArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--locale') return argv[i + 1];
    if (argv[i].startsWith('--locale=')) return argv[i].slice('--locale='.length);
  }
  return undefined;
}

/** Parses `tifa` arguments; throws UsageError with a message meant for the user. */
export function parseArgs(argv: readonly string[], locale: Locale = 'en'): Command {
  const t = cliMessages(locale);
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') return { kind: 'help' };
  if (command === 'help') {
    const topic = rest[0];
    return { kind: 'help', topic: SUBCOMMANDS.includes(topic as Subcommand) ? (topic as Subcommand) : undefined };
  }
  if (command === '--version' || command === '-v') return { kind: 'version' };
  if (!SUBCOMMANDS.includes(command as Subcommand)) throw new UsageError(t('unknownCommand', { command }));
  const subcommand = command as Subcommand;
  const flags = readFlags(rest, subcommand, t);
  if (flags === 'help') return { kind: 'help', topic: subcommand };
  const common: CommonOptions = { config: flags.values.get('--config'), locale: flags.values.get('--locale'), color: flags.color };
  if (subcommand === 'glossary') {
    if (flags.paths.length > 0) throw new UsageError(t('unknownOption', { option: flags.paths[0], command }));
    return { kind: 'glossary', options: { ...common, format: choice(flags.values.get('--format') ?? 'md', GLOSSARY_FORMATS, '--format', t) } };
  }
  if (flags.paths.length === 0) throw new UsageError(t('noPaths', { command }));
  if (subcommand === 'report') {
    return { kind: 'report', options: { ...common, output: flags.values.get('--output') ?? DEFAULT_REPORT_FILE, paths: flags.paths } };
  }
  const maxWarnings = flags.values.get('--max-warnings');
  if (maxWarnings !== undefined && !/^\d+$/u.test(maxWarnings)) {
    throw new UsageError(t('badCount', { option: '--max-warnings', value: maxWarnings }));
  }
  return {
    kind: 'check',
    options: {
      ...common,
      format: choice(flags.values.get('--format') ?? 'text', CHECK_FORMATS, '--format', t),
      fix: flags.switches.has('--fix'),
      quiet: flags.switches.has('--quiet'),
      all: flags.switches.has('--all'),
      maxWarnings: maxWarnings === undefined ? undefined : Number(maxWarnings),
      paths: flags.paths,
    },
  };
}

/** Options taking a value, per subcommand, with their short aliases. */
const VALUE_OPTIONS: Record<Subcommand, readonly string[]> = {
  check: ['--format', '--config', '--locale', '--max-warnings'],
  report: ['--output', '--config', '--locale'],
  glossary: ['--format', '--config', '--locale'],
};
const SWITCHES: Record<Subcommand, readonly string[]> = {
  check: ['--fix', '--quiet', '--all'],
  report: [],
  glossary: [],
};
const ALIASES: Record<string, string> = { '-f': '--format', '-c': '--config', '-o': '--output', '-q': '--quiet' };

interface Flags {
  values: Map<string, string>;
  switches: Set<string>;
  color?: boolean;
  paths: string[];
}

function readFlags(args: readonly string[], command: Subcommand, t: CliTranslate): Flags | 'help' {
  const flags: Flags = { values: new Map(), switches: new Set(), paths: [] };
  let onlyPaths = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (onlyPaths || arg === '-' || !arg.startsWith('-')) {
      flags.paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const written = equals > 0 ? arg.slice(0, equals) : arg;
    const flag = ALIASES[written] ?? written;
    if (flag === '--help' || flag === '-h') return 'help';
    if (flag === '--color' || flag === '--no-color') {
      flags.color = flag === '--color';
    } else if (VALUE_OPTIONS[command].includes(flag)) {
      const value = equals > 0 ? arg.slice(equals + 1) : args[++i];
      if (value === undefined) throw new UsageError(t('needsValue', { option: written }));
      flags.values.set(flag, value);
    } else if (SWITCHES[command].includes(flag) && equals < 0) {
      flags.switches.add(flag);
    } else {
      throw new UsageError(t('unknownOption', { option: arg, command }));
    }
  }
  return flags;
}

function choice<T extends string>(value: string, choices: readonly T[], option: string, t: CliTranslate): T {
  if (!choices.includes(value as T)) throw new UsageError(t('badChoice', { option, choices: choices.join(', '), value }));
  return value as T;
}
