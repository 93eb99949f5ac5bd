import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Citation, CorpusSource } from '../engine';

/** The folder of the embedded corpus: `corpus/` beside `dist/`, in the repository and in the .vsix. */
export function builtinCorpusDir(): string {
  return path.resolve(__dirname, '..', 'corpus');
}

/** The folder of the embedded official texts, with their provenance and `sources.json`. */
export const OFFICIAL_DIR = 'official';

/** What sources.json says of one official text. */
export interface OfficialText {
  readonly id: string;
  readonly file: string;
  readonly citation: Citation;
  /** The SHA-256 prefix its provenance records: the prebuilt index is trusted for the text that has it. */
  readonly sha256: string;
}

/** The official texts sources.json describes; none when it is missing, as in a corpus folder of other making. */
export function officialTexts(dir = builtinCorpusDir()): OfficialText[] {
  const folder = path.join(dir, OFFICIAL_DIR);
  let listed: readonly { file: string; title: string; issuer: string; date: string | null; sha256: string }[];
  try {
    listed = (JSON.parse(fs.readFileSync(path.join(folder, 'sources.json'), 'utf8')) as { sources: typeof listed }).sources;
  } catch {
    return [];
  }
  return listed.map((meta) => ({
    id: `builtin:${OFFICIAL_DIR}/${meta.file}`,
    file: path.join(folder, meta.file),
    citation: { title: meta.title, issuer: meta.issuer, date: meta.date ?? undefined },
    sha256: meta.sha256,
  }));
}

/** An official text as a corpus source: a reference text, cited by its title, issuer and date. */
export function officialSource(text: OfficialText, content = fs.readFileSync(text.file, 'utf8')): CorpusSource {
  return { id: text.id, text: content, citation: text.citation, reference: true, official: true, date: text.citation.date };
}

/**
 * The embedded corpus texts: the seed corpus, then the official texts. The build reads them
 * from the repository's `corpus/` through `dir`.
 */
export function loadBuiltinCorpus(dir = builtinCorpusDir()): CorpusSource[] {
  return [...loadSeedCorpus(dir), ...officialTexts(dir).map((text) => officialSource(text))];
}

/** The seed corpus: the texts directly in `corpus/`. */
export function loadSeedCorpus(dir = builtinCorpusDir()): CorpusSource[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.txt') || name.endsWith('.md'))
    .sort()
    .map((name) => ({ id: `builtin:${name}`, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}
