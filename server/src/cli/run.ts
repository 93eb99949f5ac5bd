import { localeFrom, type CorpusSource, type GlossarySource, type SpellingModel } from '../engine';
import { loadIndexedBuiltinCorpus } from '../node/corpus-index';
import { loadBuiltinGlossary } from '../node/glossary';
import { loadSpellingModel } from '../node/spelling';
import { localeArgument, parseArgs, UsageError } from './args';
import { runCheck } from './check';
import { Discovery } from './discovery';
import { runGlossary } from './glossary';
import { helpText } from './help';
import type { CommandContext, Io } from './io';
import { cliMessages } from './messages';
import { runReport } from './report';

export type { Io } from './io';

declare const __TIFA_VERSION__: string;
const VERSION = typeof __TIFA_VERSION__ === 'string' ? __TIFA_VERSION__ : '0.0.0';

/** What the CLI loads from disk; tests hand in their own. */
export interface Services {
  readonly builtinCorpus: () => CorpusSource[];
  readonly builtinGlossary: () => GlossarySource[];
  /** The wrong-character model; without it that rule finds nothing. */
  readonly spellingModel?: () => SpellingModel;
}

const NODE_SERVICES: Services = { builtinCorpus: () => loadIndexedBuiltinCorpus(), builtinGlossary: loadBuiltinGlossary, spellingModel: () => loadSpellingModel() };

/** Runs the CLI and returns its exit status. */
export async function run(argv: readonly string[], io: Io, cwd = process.cwd(), services: Services = NODE_SERVICES): Promise<number> {
  const env = io.env ?? {};
  const locale = localeFrom(localeArgument(argv) ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG);
  const t = cliMessages(locale);
  let command;
  try {
    command = parseArgs(argv, locale);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`tifa: ${error.message}`);
      return 2;
    }
    throw error;
  }
  if (command.kind === 'help') {
    io.out(helpText(locale, command.topic));
    return 0;
  }
  if (command.kind === 'version') {
    io.out(VERSION);
    return 0;
  }
  const discovery = new Discovery({
    cwd,
    locale,
    configFile: command.options.config,
    t,
    warn: (message) => io.err(`tifa: ${message}`),
    loadBuiltin: services.builtinCorpus,
    loadBuiltinGlossary: services.builtinGlossary,
    loadSpellingModel: services.spellingModel,
  });
  const context: CommandContext = { io, cwd, t, discovery, version: VERSION };
  if (command.kind === 'glossary') return runGlossary(command.options, context);
  if (command.kind === 'report') return runReport(command.options, context);
  return runCheck(command.options, context);
}
