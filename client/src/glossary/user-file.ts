/**
 * Edits of the user glossary file and of `tifa.json`, as text in and text out, so the
 * command that writes them stays a thin shell around these functions.
 */

export interface Edited {
  readonly text: string;
  /** False when the term or path was already there and the text is unchanged. */
  readonly changed: boolean;
}

/** The version of the glossary format, as in the curated `corpus/glossary.json`. */
const GLOSSARY_VERSION = 1;

interface TermRecord {
  term: string;
}

/**
 * Adds `term` to a glossary file as an entry without a definition, which the glossary format
 * allows. A new file is `{ "version": 1, "entries": [...] }`; an existing one keeps its shape,
 * whether a top-level array or an object with `entries` or `terms`.
 */
export function addTermToGlossary(existing: string | undefined, term: string): Edited {
  const trimmed = term.trim();
  if (!trimmed) throw new Error('empty term');
  const data: unknown = existing === undefined || existing.trim() === '' ? { version: GLOSSARY_VERSION, entries: [] } : JSON.parse(stripBom(existing));
  const list = entryList(data);
  if (list.some((e) => (typeof e === 'string' ? e : (e as TermRecord)?.term) === trimmed)) {
    return { text: existing ?? '', changed: false };
  }
  list.push({ term: trimmed });
  return { text: `${JSON.stringify(data, null, 2)}\n`, changed: true };
}

function entryList(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (typeof data === 'object' && data !== null) {
    const object = data as Record<string, unknown>;
    for (const key of ['entries', 'terms']) if (Array.isArray(object[key])) return object[key] as unknown[];
    if (object.entries === undefined && object.terms === undefined) return (object.entries = []) as unknown[];
  }
  throw new Error('the glossary file holds neither a list nor an object with "entries"');
}

/** Lists `glossaryPath` in the `glossary` of a `tifa.json`, creating the file's object if need be. */
export function addGlossaryToConfig(existing: string | undefined, glossaryPath: string): Edited {
  const data: unknown = existing === undefined || existing.trim() === '' ? {} : JSON.parse(stripBom(existing));
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('tifa.json does not hold a JSON object');
  const config = data as Record<string, unknown>;
  const glossary = config.glossary === undefined ? [] : config.glossary;
  if (!Array.isArray(glossary)) throw new Error('"glossary" in tifa.json is not a list');
  const normalized = (p: unknown) => (typeof p === 'string' ? p.replace(/^\.\//u, '') : p);
  if (glossary.some((p) => normalized(p) === normalized(glossaryPath))) return { text: existing ?? '', changed: false };
  config.glossary = [...glossary, glossaryPath];
  return { text: `${JSON.stringify(config, null, 2)}\n`, changed: true };
}

function stripBom(text: string): string {
  return text.replace(/^\ufeff/u, '');
}
