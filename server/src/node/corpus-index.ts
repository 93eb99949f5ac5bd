import * as fs from 'node:fs';
import * as path from 'node:path';
import { entriesFromIndex, entriesFromIndexByDigest, type CorpusSource } from '../engine';
import { loadSeedCorpus, officialSource, officialTexts } from './builtin';

/** Where the build puts the prebuilt index: beside the bundled server in `dist/`. */
export function corpusIndexFile(): string {
  return path.join(__dirname, 'corpus-index.json');
}

/**
 * The embedded corpus with its prebuilt index attached, so the engine skips mining it. An
 * official text the index holds under the digest its provenance records is not even read:
 * the index carries all the engine needs of it. A missing or stale index only costs the
 * mining time; it is never an error.
 */
export function loadIndexedBuiltinCorpus(indexFile = corpusIndexFile(), dir?: string): CorpusSource[] {
  let index: unknown;
  try {
    index = JSON.parse(fs.readFileSync(indexFile, 'utf8'));
  } catch {
    index = undefined;
  }
  const seed = loadSeedCorpus(dir).map((source) => {
    const mined = index === undefined ? undefined : entriesFromIndex(index, source.id, source.text);
    return mined ? { ...source, mined } : source;
  });
  const official = officialTexts(dir).map((text) => {
    const mined = index === undefined ? undefined : entriesFromIndexByDigest(index, text.id, text.sha256, text.citation);
    // The engine reads a reference text handed in with its entries for nothing else.
    return mined ? { ...officialSource(text, ''), mined } : officialSource(text);
  });
  return [...seed, ...official];
}
