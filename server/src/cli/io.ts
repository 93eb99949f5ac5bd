import type { Discovery } from './discovery';
import type { CliTranslate } from './messages';

/** Where the CLI writes; tests pass their own. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** Raw stderr writes for the progress line; absent when stderr is not a terminal. */
  progress?(raw: string): void;
  readonly stdoutIsTTY?: boolean;
  readonly columns?: number;
  readonly env?: NodeJS.ProcessEnv;
}

/** What every subcommand gets. */
export interface CommandContext {
  readonly io: Io;
  readonly cwd: string;
  readonly t: CliTranslate;
  readonly discovery: Discovery;
  readonly version: string;
}
