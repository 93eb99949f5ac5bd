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
