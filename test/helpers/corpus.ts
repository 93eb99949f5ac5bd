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

/** The embedded glossaries, as the server and the CLI load them: corpus/glossary.json, then corpus/glossary/*.json. */
export function embeddedGlossaries(): { id: string; data: unknown }[] {
  const read = (file: string) => ({ id: `builtin:${path.relative(path.join(ROOT, 'corpus'), file).split(path.sep).join('/')}`, data: JSON.parse(fs.readFileSync(file, 'utf8')) as unknown });
  const dir = path.join(ROOT, 'corpus', 'glossary');
  const more = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => read(path.join(dir, f))) : [];
  return [read(path.join(ROOT, 'corpus', 'glossary.json')), ...more];
}
