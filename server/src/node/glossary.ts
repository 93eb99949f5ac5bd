import * as fs from 'node:fs';
import * as path from 'node:path';
import type { GlossarySource } from '../engine';
import { builtinCorpusDir } from './builtin';
import { readTextFile } from './read';

export const BUILTIN_GLOSSARY_ID = 'builtin:glossary.json';

export type GlossaryRead = { ok: true; source: GlossarySource; text: string } | { ok: false; reason: string };

/** Reads a glossary file (JSON) for the engine; a file that cannot be read or parsed says why. */
export function readGlossaryFile(file: string, id = file): GlossaryRead {
  const read = readTextFile(file);
  if (!read.ok) return read;
  try {
    return { ok: true, source: { id, data: JSON.parse(read.text.replace(/^\ufeff/u, '')) }, text: read.text };
  } catch (error) {
    return { ok: false, reason: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * The curated glossary shipped beside the embedded corpus: `glossary.json`, then one file per
 * area under `glossary/`, in name order. Each is its own source (`builtin:glossary/culture.json`),
 * so a problem names the file it is in.
 */
export function builtinGlossaryFiles(dir = builtinCorpusDir()): { id: string; file: string }[] {
  const folder = path.join(dir, 'glossary');
  let names: string[] = [];
  try {
    names = fs.readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
  } catch {
    // A build without area files still has the main glossary.
  }
  return [
    { id: BUILTIN_GLOSSARY_ID, file: path.join(dir, 'glossary.json') },
    ...names.map((name) => ({ id: `builtin:glossary/${name}`, file: path.join(folder, name) })),
  ];
}

export function loadBuiltinGlossary(dir = builtinCorpusDir()): GlossarySource[] {
  return builtinGlossaryFiles(dir).flatMap(({ id, file }) => {
    const read = readGlossaryFile(file, id);
    return read.ok ? [read.source] : [];
  });
}
