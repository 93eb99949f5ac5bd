import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { Range } from 'vscode-languageserver';
import * as path from 'node:path';
import { documentKind, type Engine, type Span } from '../engine';
import { loadConfig } from '../node/config';
import { IgnoreFilter, IgnoreRules } from '../node/ignore';
import { readTextFile } from '../node/read';
import { toDiagnostic } from './convert';
import type { CheckFilesResult } from './protocol';

/** The files `tifa check` would skip: those `.gitignore` or the `ignore` list of the workspace's `tifa.json` name. */
export function workspaceIgnores(root: string | undefined): (file: string) => boolean {
  if (!root) return () => false;
  const { ignore } = loadConfig(root).config;
  const rules = ignore.length > 0 ? new IgnoreRules(root, ignore) : undefined;
  const filter = new IgnoreFilter(() => rules);
  return (file) => filter.ignores(file, false);
}

/** Analyses files on disk as the editor would if they were open. */
export function checkFiles(
  engine: Engine,
  uris: readonly string[],
  locate: (source: string, span: Span) => { uri: string; range: Range } | undefined,
  ignored: (file: string) => boolean = () => false,
): CheckFilesResult {
  const result: CheckFilesResult = { files: [], skipped: [], ignored: [] };
  for (const uri of uris) {
    const parsed = URI.parse(uri);
    if (parsed.scheme !== 'file') {
      result.skipped.push({ uri, reason: `not a file: ${parsed.scheme}` });
      continue;
    }
    if (ignored(parsed.fsPath)) {
      result.ignored.push(uri);
      continue;
    }
    const read = readTextFile(parsed.fsPath);
    if (!read.ok) {
      result.skipped.push({ uri, reason: read.reason });
      continue;
    }
    const document = TextDocument.create(uri, 'plaintext', 0, read.text);
    result.files.push({ uri, diagnostics: engine.analyze(read.text, { kind: documentKind(path.extname(parsed.fsPath)) }).map((finding) => toDiagnostic(document, finding, locate)) });
  }
  return result;
}
