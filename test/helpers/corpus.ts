import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CorpusSource, TermEntry } from '../../server/src/engine';

/** The repository root: tests run from it (npm test), but resolve it from this file to be safe. */
export const ROOT = path.resolve(__dirname, '..', '..', '..');

export function readFixture(...parts: string[]): string {
  return fs.readFileSync(path.join(ROOT, 'test', 'fixtures', ...parts), 'utf8');
}

/** The embedded corpus, as the server and the CLI load it. */
export function embeddedCorpus(): CorpusSource {
  return { id: 'builtin:study-notes.txt', text: fs.readFileSync(path.join(ROOT, 'corpus', 'study-notes.txt'), 'utf8') };
}

/**
 * A folder of the data shared beside the repository (`../shared/<name>`). Tests that read it
 * fail, never skip, when it is missing: a test that silently checks nothing is a defect.
 */
export function sharedDir(name: string): string {
  const dir = path.join(ROOT, '..', 'shared', name);
  if (!fs.existsSync(dir)) throw new Error(`${dir} is missing: the tests need ../shared/${name} beside the repository`);
  return dir;
}

/** The `.txt` files of a shared folder, sorted by name. */
export function sharedTexts(name: string): { name: string; text: string }[] {
  const dir = sharedDir(name);
  const files = fs.readdirSync(dir).filter((file) => file.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`${dir} holds no .txt files`);
  return files.map((file) => ({ name: file, text: fs.readFileSync(path.join(dir, file), 'utf8') }));
}

/** The embedded glossaries, as the server and the CLI load them: corpus/glossary.json, then corpus/glossary/*.json. */
export function embeddedGlossaries(): { id: string; data: unknown }[] {
  const read = (file: string) => ({ id: `builtin:${path.relative(path.join(ROOT, 'corpus'), file).split(path.sep).join('/')}`, data: JSON.parse(fs.readFileSync(file, 'utf8')) as unknown });
  const dir = path.join(ROOT, 'corpus', 'glossary');
  const more = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => read(path.join(dir, f))) : [];
  return [read(path.join(ROOT, 'corpus', 'glossary.json')), ...more];
}

/** 新三样 with its items and one source in an official text, cited by title, issuer and date. */
export const NEW_THREE: TermEntry = {
  term: '新三样',
  kind: 'numbered',
  items: ['电动汽车', '锂电池', '光伏产品'],
  sources: [
    {
      source: 'builtin:official/gov-report-2024.txt',
      span: { start: 0, end: 1 },
      sentence: '电动汽车、锂电池、光伏产品“新三样”出口增长近30%。',
      citation: { title: '《2024年政府工作报告》', issuer: '国务院', date: '2024-03-05' },
    },
  ],
};
