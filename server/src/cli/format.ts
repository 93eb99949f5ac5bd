import { LineIndex, type Finding, type Severity } from '../engine';

/** An LSP-shaped diagnostic: 0-based lines, UTF-16 characters. */
export interface JsonDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: 1 | 2 | 3 | 4;
  code: string;
  source: 'tifa';
  message: string;
  relatedInformation?: { location: { uri: string; range: JsonDiagnostic['range'] }; message: string }[];
}

const LSP_SEVERITY: Record<Severity, JsonDiagnostic['severity']> = { error: 1, warning: 2, info: 3, hint: 4 };

export function toJsonDiagnostic(lines: LineIndex, uri: string, finding: Finding): JsonDiagnostic {
  const range = (start: number, end: number) => ({ start: lines.positionAt(start), end: lines.positionAt(end) });
  const diagnostic: JsonDiagnostic = {
    range: range(finding.span.start, finding.span.end),
    severity: LSP_SEVERITY[finding.severity],
    code: finding.code,
    source: 'tifa',
    message: finding.message,
  };
  const related = (finding.related ?? []).filter((r) => !r.source);
  if (related.length > 0) {
    diagnostic.relatedInformation = related.map((r) => ({ location: { uri, range: range(r.span.start, r.span.end) }, message: r.message }));
  }
  return diagnostic;
}

/** One checked file in the `--format json` output. */
export interface JsonFile {
  readonly file: string;
  readonly diagnostics: readonly JsonDiagnostic[];
}

/**
 * The `--format json` document with one diagnostic per line: a 1 MB draft has some 8,000 findings,
 * which indented throughout come to 6 MB of output and take twice as long to write; per line they
 * stay as easy to read and to diff.
 */
export function formatJson(files: readonly JsonFile[]): string {
  if (files.length === 0) return '[]';
  const entries = files.map(({ file, diagnostics }) => {
    const list = diagnostics.length === 0 ? '[]' : `[\n${diagnostics.map((d) => `      ${JSON.stringify(d)}`).join(',\n')}\n    ]`;
    return `  {\n    "file": ${JSON.stringify(file)},\n    "diagnostics": ${list}\n  }`;
  });
  return `[\n${entries.join(',\n')}\n]`;
}
