import type { Finding, LineIndex, Severity, Span } from '../engine';

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

/**
 * A finding as one line of JSON with the keys of JsonDiagnostic, in its order. It is written out
 * directly: objects for some 15,000 ranges of a 1 MB draft cost more to build and collect than
 * the text they turn into. `quotedUri` is the file's URI already as a JSON string.
 */
export function jsonDiagnostic(lines: LineIndex, quotedUri: string, finding: Finding): string {
  let json = `{"range":${jsonRange(lines, finding.span)},"severity":${LSP_SEVERITY[finding.severity]},"code":${JSON.stringify(finding.code)},"source":"tifa","message":${JSON.stringify(finding.message)}`;
  const related = (finding.related ?? []).filter((r) => !r.source);
  if (related.length > 0) {
    const items = related.map((r) => `{"location":{"uri":${quotedUri},"range":${jsonRange(lines, r.span)}},"message":${JSON.stringify(r.message)}}`);
    json += `,"relatedInformation":[${items.join(',')}]`;
  }
  return `${json}}`;
}

function jsonRange(lines: LineIndex, span: Span): string {
  const start = lines.positionAt(span.start);
  const end = lines.positionAt(span.end);
  return `{"start":{"line":${start.line},"character":${start.character}},"end":{"line":${end.line},"character":${end.character}}}`;
}

/** One checked file in the `--format json` output, its diagnostics already lines of JSON. */
export interface JsonFile {
  readonly file: string;
  readonly diagnostics: readonly string[];
}

/**
 * The `--format json` document with one diagnostic per line: a 1 MB draft has some 8,000 findings,
 * which indented throughout come to 6 MB of output and take twice as long to write; per line they
 * stay as easy to read and to diff.
 */
export function formatJson(files: readonly JsonFile[]): string {
  if (files.length === 0) return '[]';
  const entries = files.map(({ file, diagnostics }) => {
    const list = diagnostics.length === 0 ? '[]' : `[\n      ${diagnostics.join(',\n      ')}\n    ]`;
    return `  {\n    "file": ${JSON.stringify(file)},\n    "diagnostics": ${list}\n  }`;
  });
  return `[\n${entries.join(',\n')}\n]`;
}
