import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CorpusSource } from '../../server/src/engine';

/** The repository root: tests run from it (npm test), but resolve it from this file to be safe. */
export const ROOT = path.resolve(__dirname, '..', '..', '..');

export function readFixture(...parts: string[]): string {
  return fs.readFileSync(path.join(ROOT, 'test', 'fixtures', ...parts), 'utf8');
}

/** The embedded corpus, as the server and the CLI load it. */
export function embeddedCorpus(): CorpusSource {
  return { id: 'builtin:study-notes.txt', text: fs.readFileSync(path.join(ROOT, 'corpus', 'study-notes.txt'), 'utf8') };
}
