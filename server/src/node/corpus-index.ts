import * as fs from 'node:fs';
import * as path from 'node:path';
import { entriesFromIndex, type CorpusSource } from '../engine';
import { loadBuiltinCorpus } from './builtin';

/** Where the build puts the prebuilt index: beside the bundled server in `dist/`. */
export function corpusIndexFile(): string {
  return path.join(__dirname, 'corpus-index.json');
}

/**
 * The embedded corpus with its prebuilt index attached, so the engine skips mining it. A
 * missing or stale index only costs the mining time; it is never an error.
 */
export function loadIndexedBuiltinCorpus(indexFile = corpusIndexFile()): CorpusSource[] {
  let index: unknown;
  try {
    index = JSON.parse(fs.readFileSync(indexFile, 'utf8'));
  } catch {
    return loadBuiltinCorpus();
  }
  return loadBuiltinCorpus().map((source) => {
    const mined = entriesFromIndex(index, source.id, source.text);
    return mined ? { ...source, mined } : source;
  });
}
