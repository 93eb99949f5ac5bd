import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine';
import { toRange, DIAGNOSTIC_SOURCE } from './convert';

/** The code of the one diagnostic that counts the findings left out by `tifa.maxNumberOfProblems`. */
export const TOO_MANY_PROBLEMS = 'too-many-problems';

/**
 * The earliest `max` findings in text order, and the first of those left out with their
 * count. No one reads thousands of squiggles, and a document that yields them (a line of one
 * unclosed mark, a long text pasted many times) must not slow the editor sending them.
 */
export function earliestFindings(findings: readonly Finding[], max: number): { shown: readonly Finding[]; left: number; firstLeft?: Finding } {
  if (findings.length <= max) return { shown: findings, left: 0 };
  const ordered = [...findings].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { shown: ordered.slice(0, max), left: ordered.length - max, firstLeft: ordered[max] };
}

/**
 * The diagnostics of the earliest `max` findings; when some are left out, one more entry says
 * how many, at the first of them, so the Problems view shows it.
 */
export function cappedDiagnostics(
  document: TextDocument,
  findings: readonly Finding[],
  max: number,
  convert: (finding: Finding) => Diagnostic,
  leftOutMessage: (left: number) => string,
): Diagnostic[] {
  const { shown, left, firstLeft } = earliestFindings(findings, max);
  const diagnostics = shown.map(convert);
  if (firstLeft) {
    const at = toRange(document, { start: firstLeft.span.start, end: firstLeft.span.start });
    diagnostics.push({ range: at, message: leftOutMessage(left), severity: DiagnosticSeverity.Information, source: DIAGNOSTIC_SOURCE, code: TOO_MANY_PROBLEMS });
  }
  return diagnostics;
}
