import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CorpusSource } from '../engine';

/** The folder of the embedded corpus: `corpus/` beside `dist/`, in the repository and in the .vsix. */
export function builtinCorpusDir(): string {
  return path.resolve(__dirname, '..', 'corpus');
}

/** The embedded corpus texts; the build reads them from the repository's `corpus/` through `dir`. */
export function loadBuiltinCorpus(dir = builtinCorpusDir()): CorpusSource[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.txt') || name.endsWith('.md'))
    .sort()
    .map((name) => ({ id: `builtin:${name}`, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}
