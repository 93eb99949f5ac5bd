import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CorpusSource } from '../engine';

/** The folder of the embedded corpus: `corpus/` beside `dist/`, in the repository and in the .vsix. */
export function builtinCorpusDir(): string {
  return path.resolve(__dirname, '..', 'corpus');
}

/** The embedded corpus texts. */
export function loadBuiltinCorpus(): CorpusSource[] {
  const dir = builtinCorpusDir();
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.txt') || name.endsWith('.md'))
    .sort()
    .map((name) => ({ id: `builtin:${name}`, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}
