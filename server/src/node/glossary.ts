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

/** The curated glossary shipped beside the embedded corpus. */
export function loadBuiltinGlossary(): GlossarySource[] {
  const read = readGlossaryFile(path.join(builtinCorpusDir(), 'glossary.json'), BUILTIN_GLOSSARY_ID);
  return read.ok ? [read.source] : [];
}
