import * as fs from 'node:fs';
import { MAX_FILE_BYTES, type ReadResult } from './read';

type Mammoth = typeof import('mammoth');
let mammothLibrary: Mammoth | undefined;

/** mammoth, with its zip and XML readers, is 800 KB of code: only a .docx loads it, so checking plain text never parses it. */
function mammoth(): Mammoth {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  mammothLibrary ??= require('mammoth') as Mammoth;
  return mammothLibrary;
}

/**
 * Reads the body text of a Word document (.docx), one paragraph per line, so that line N
 * of the text is paragraph N of the document, counting empty paragraphs as Word does.
 * Table cells, list items and headings are paragraphs too. Formatting is dropped; the
 * document is never written back.
 */
export async function readDocx(file: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : String((error as Error).message) };
  }
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, reason: `too large (${Math.round(bytes.length / 1048576)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)` };
  }
  try {
    const result = await mammoth().extractRawText({ buffer: bytes });
    return { ok: true, text: paragraphsToText(result.value) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `not a readable Word document (.docx): ${detail.split('\n')[0]}` };
  }
}

/** mammoth ends every paragraph with a blank line; Tifa wants one line per paragraph. */
export function paragraphsToText(raw: string): string {
  const body = raw.endsWith('\n\n') ? raw.slice(0, -2) : raw;
  return body
    .split('\n\n')
    .map((paragraph) => paragraph.replace(/[\r\n\u2028\u2029]+/gu, ' '))
    .join('\n');
}
