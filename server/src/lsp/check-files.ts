import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { Range } from 'vscode-languageserver';
import type { Engine, Span } from '../engine';
import { readTextFile } from '../node/read';
import { toDiagnostic } from './convert';
import type { CheckFilesResult } from './protocol';

/** Analyses files on disk as the editor would if they were open. */
export function checkFiles(
  engine: Engine,
  uris: readonly string[],
  locate: (source: string, span: Span) => { uri: string; range: Range } | undefined,
): CheckFilesResult {
  const result: CheckFilesResult = { files: [], skipped: [] };
  for (const uri of uris) {
    const parsed = URI.parse(uri);
    if (parsed.scheme !== 'file') {
      result.skipped.push({ uri, reason: `not a file: ${parsed.scheme}` });
      continue;
    }
    const read = readTextFile(parsed.fsPath);
    if (!read.ok) {
      result.skipped.push({ uri, reason: read.reason });
      continue;
    }
    const document = TextDocument.create(uri, 'plaintext', 0, read.text);
    result.files.push({ uri, diagnostics: engine.analyze(read.text).map((finding) => toDiagnostic(document, finding, locate)) });
  }
  return result;
}
