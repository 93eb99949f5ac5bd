import {
  CodeAction,
  CodeActionKind,
  Diagnostic,
  DiagnosticSeverity,
  type Range,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix, Severity, Span, TextEdit } from '../engine';

export const DIAGNOSTIC_SOURCE = 'tifa';

export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function toSpan(document: TextDocument, range: Range): Span {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspEdit(document: TextDocument, edit: TextEdit): LspTextEdit {
  return { range: toRange(document, edit.span), newText: edit.newText };
}

/** A finding as an LSP diagnostic; related locations in other sources are resolved by `uriOf`. */
export function toDiagnostic(
  document: TextDocument,
  finding: Finding,
  resolveRelated?: (source: string, span: Span) => { uri: string; range: Range } | undefined,
): Diagnostic {
  const diagnostic = Diagnostic.create(
    toRange(document, finding.span),
    finding.message,
    SEVERITY[finding.severity],
    finding.code,
    DIAGNOSTIC_SOURCE,
  );
  const related = (finding.related ?? []).flatMap((r) => {
    const location = r.source
      ? resolveRelated?.(r.source, r.span)
      : { uri: document.uri, range: toRange(document, r.span) };
    return location ? [{ location, message: r.message }] : [];
  });
  if (related.length > 0) diagnostic.relatedInformation = related;
  return diagnostic;
}

export function toCodeAction(document: TextDocument, fix: Fix, diagnostic: Diagnostic | undefined): CodeAction {
  const action = CodeAction.create(fix.title, { changes: { [document.uri]: fix.edits.map((e) => toLspEdit(document, e)) } }, CodeActionKind.QuickFix);
  if (diagnostic) action.diagnostics = [diagnostic];
  if (fix.preferred) action.isPreferred = true;
  return action;
}

/** One edit that turns `before` into `after`, covering only the part that changed. */
export function minimalEdit(document: TextDocument, before: string, after: string): LspTextEdit | undefined {
  if (before === after) return undefined;
  let prefix = 0;
  const limit = Math.min(before.length, after.length);
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  // Never split a surrogate pair, nor a CRLF: a position between \r and \n does not exist in
  // LSP, and the client would move it before the \r and leave that behind.
  if (prefix > 0 && (isHighSurrogate(before.charCodeAt(prefix - 1)) || splitsCrlf(before, prefix))) prefix--;
  if (suffix > 0 && (isLowSurrogate(before.charCodeAt(before.length - suffix)) || splitsCrlf(before, before.length - suffix))) suffix--;
  return {
    range: toRange(document, { start: prefix, end: before.length - suffix }),
    newText: after.slice(prefix, after.length - suffix),
  };
}

function splitsCrlf(text: string, offset: number): boolean {
  return text.charCodeAt(offset - 1) === 0x0d && text.charCodeAt(offset) === 0x0a;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
