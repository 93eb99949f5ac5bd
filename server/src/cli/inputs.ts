import * as path from 'node:path';
import { readDocx } from '../node/docx';
import { DOCX_EXTENSION, expandPaths, TEXT_EXTENSIONS } from '../node/files';
import { IgnoreFilter } from '../node/ignore';
import { readTextFile, type ReadResult } from '../node/read';
import type { Discovery } from './discovery';
import type { DocumentKind } from './document';

export const INPUT_EXTENSIONS = [...TEXT_EXTENSIONS, DOCX_EXTENSION];

export function kindOf(file: string): DocumentKind {
  return path.extname(file).toLowerCase() === DOCX_EXTENSION ? 'docx' : 'text';
}

/**
 * Expands files, folders and globs into the files to check, skipping what `.gitignore` and
 * the `ignore` list of each folder's `tifa.json` exclude, and the `~$….docx` owner files Word
 * leaves beside every open document in a shared folder.
 */
export function collectInputs(patterns: readonly string[], cwd: string, discovery: Discovery): { files: string[]; missing: string[] } {
  const filter = new IgnoreFilter((folder) => discovery.ignoreRulesFor(folder));
  const { files, missing } = expandPaths(patterns, cwd, { extensions: INPUT_EXTENSIONS, filter });
  return { files: files.filter((file) => !path.basename(file).startsWith(WORD_OWNER_FILE)), missing };
}

const WORD_OWNER_FILE = '~$';

export function readInput(file: string): Promise<ReadResult> {
  return kindOf(file) === 'docx' ? readDocx(file) : Promise.resolve(readTextFile(file));
}
