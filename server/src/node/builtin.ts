import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Citation, CorpusSource } from '../engine';

/** The folder of the embedded corpus: `corpus/` beside `dist/`, in the repository and in the .vsix. */
export function builtinCorpusDir(): string {
  return path.resolve(__dirname, '..', 'corpus');
}

/** The folder of the embedded official texts, with their provenance and `sources.json`. */
export const OFFICIAL_DIR = 'official';

interface OfficialMetadata {
  readonly file: string;
  readonly title: string;
  readonly issuer: string;
  readonly date: string | null;
}

/**
 * The embedded corpus texts: the seed corpus, then the official texts cited by title, issuer
 * and date. The build reads them from the repository's `corpus/` through `dir`.
 */
export function loadBuiltinCorpus(dir = builtinCorpusDir()): CorpusSource[] {
  const own = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.txt') || name.endsWith('.md'))
    .sort()
    .map((name) => ({ id: `builtin:${name}`, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
  return [...own, ...loadOfficialTexts(path.join(dir, OFFICIAL_DIR))];
}

/** The official texts that sources.json describes; none when it is missing, as in a corpus folder of other making. */
function loadOfficialTexts(dir: string): CorpusSource[] {
  let listed: readonly OfficialMetadata[];
  try {
    listed = (JSON.parse(fs.readFileSync(path.join(dir, 'sources.json'), 'utf8')) as { sources: OfficialMetadata[] }).sources;
  } catch {
    return [];
  }
  return listed.map((meta) => {
    const citation: Citation = { title: meta.title, issuer: meta.issuer, date: meta.date ?? undefined };
    const text = fs.readFileSync(path.join(dir, meta.file), 'utf8');
    return { id: `builtin:${OFFICIAL_DIR}/${meta.file}`, text, citation, reference: true };
  });
}
