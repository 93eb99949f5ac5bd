import type { Finding, Severity } from '../engine';
import type { Palette } from './color';
import { formatPlace, placeOf, quoteAround, type CheckedDocument } from './document';

const SEVERITY_WIDTH = 7;

/**
 * Findings grouped under their file: `  3:5  warning  message  code`, then the text around
 * the finding with the finding itself marked (by colour on a terminal, «» otherwise).
 */
export function formatText(documents: readonly CheckedDocument[], palette: Palette, colored: boolean): string[] {
  const out: string[] = [];
  for (const document of documents) {
    if (document.findings.length === 0) continue;
    if (out.length > 0) out.push('');
    out.push(palette.underline(document.display));
    const places = document.findings.map((f) => formatPlace(document.kind, placeOf(document, f.span.start)));
    const width = Math.max(...places.map((p) => p.length));
    document.findings.forEach((finding, i) => {
      out.push(`  ${palette.dim(places[i].padEnd(width))}  ${paintSeverity(finding.severity, palette)}  ${finding.message}  ${palette.dim(finding.code)}`);
      out.push(`  ${' '.repeat(width)}  ${quoteLine(document, finding, palette, colored)}`);
    });
  }
  return out;
}

function paintSeverity(severity: Severity, palette: Palette): string {
  const label = severity.padEnd(SEVERITY_WIDTH);
  if (severity === 'error') return palette.red(label);
  if (severity === 'warning') return palette.yellow(label);
  return palette.blue(label);
}

function quoteLine(document: CheckedDocument, finding: Finding, palette: Palette, colored: boolean): string {
  const quote = quoteAround(document.text, document.lines, finding.span);
  const match = colored ? palette.bold(palette.underline(quote.match)) : `«${quote.match}»`;
  return `${palette.dim(quote.before)}${match}${palette.dim(quote.after)}`;
}
