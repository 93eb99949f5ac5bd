import type { Finding, LineIndex, Severity, Span } from '../engine';

/** An LSP-shaped diagnostic: 0-based lines, UTF-16 characters. */
export interface JsonDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: 1 | 2 | 3 | 4;
  code: string;
  source: 'tifa';
  message: string;
  relatedInformation?: { location: { uri: string; range: JsonDiagnostic['range'] }; message: string }[];
  /** Every fix the editor offers as a quick fix, safe or not, best first. */
  fixes: { title: string; edits: { range: JsonDiagnostic['range']; newText: string }[] }[];
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
  const fixes = (finding.fixes ?? []).map(
    (fix) => `{"title":${JSON.stringify(fix.title)},"edits":[${fix.edits.map((e) => `{"range":${jsonRange(lines, e.span)},"newText":${JSON.stringify(e.newText)}}`).join(',')}]}`,
  );
  return `${json},"fixes":[${fixes.join(',')}]}`;
}

function jsonRange(lines: LineIndex, span: Span): string {
  const start = lines.positionAt(span.start);
  const end = lines.positionAt(span.end);
  return `{"start":{"line":${start.line},"character":${start.character}},"end":{"line":${end.line},"character":${end.character}}}`;
}

/** One checked file in the `--format json` output. */
export interface JsonFile {
  /** The name shown for it. */
  readonly file: string;
  /** Its URI, already a JSON string. */
  readonly quotedUri: string;
  readonly lines: LineIndex;
  readonly findings: readonly Finding[];
}

/** Lines per write: few system calls, and no string of the whole output. */
const LINES_PER_WRITE = 1024;

/**
 * Writes the `--format json` document, one diagnostic per line, through `write` a batch of
 * lines at a time. A 1 MB draft has some 8,000 findings: indented throughout they came to 6 MB
 * and took twice as long to write, and made as one string they all lived until the end. Per
 * line they stay as easy to read and to diff.
 */
export function writeJson(files: readonly JsonFile[], write: (lines: string) => void): void {
  if (files.length === 0) {
    write('[]');
    return;
  }
  let batch: string[] = ['['];
  const push = (line: string) => {
    batch.push(line);
    if (batch.length === LINES_PER_WRITE) {
      write(batch.join('\n'));
      batch = [];
    }
  };
  files.forEach(({ file, quotedUri, lines, findings }, index) => {
    push('  {');
    push(`    "file": ${JSON.stringify(file)},`);
    if (findings.length === 0) {
      push('    "diagnostics": []');
    } else {
      push('    "diagnostics": [');
      const last = findings.length - 1;
      for (let i = 0; i < last; i++) push(`      ${jsonDiagnostic(lines, quotedUri, findings[i])},`);
      push(`      ${jsonDiagnostic(lines, quotedUri, findings[last])}`);
      push('    ]');
    }
    push(index === files.length - 1 ? '  }' : '  },');
  });
  batch.push(']');
  write(batch.join('\n'));
}
