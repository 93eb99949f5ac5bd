import { LineIndex, type Finding, type Span } from '../engine';

/** Plain text, or the paragraphs of a Word document read one per line. */
export type DocumentKind = 'text' | 'docx';

/** One checked input with its findings. */
export interface CheckedDocument {
  /** Absolute path. */
  readonly file: string;
  /** Path relative to the working folder, as shown to the user. */
  readonly display: string;
  readonly kind: DocumentKind;
  readonly text: string;
  readonly lines: LineIndex;
  readonly findings: readonly Finding[];
}

/** A 1-based place: line and column in UTF-16 units, or paragraph and character in a Word document. */
export interface Place {
  readonly line: number;
  readonly column: number;
}

export function placeOf(document: Pick<CheckedDocument, 'lines'>, offset: number): Place {
  const { line, character } = document.lines.positionAt(offset);
  return { line: line + 1, column: character + 1 };
}

/** `3:5` in a text file; `¶3:5` (paragraph 3, character 5) in a Word document, where lines mean nothing. */
export function formatPlace(kind: DocumentKind, place: Place): string {
  return `${kind === 'docx' ? '¶' : ''}${place.line}:${place.column}`;
}

export interface Quote {
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

const MAX_MATCH = 60;

/**
 * The text of `span` with up to `width` characters either side, kept within its line (its
 * paragraph, in a Word document) and with runs of whitespace shown as one space.
 */
export function quoteAround(text: string, lines: LineIndex, span: Span, width = 16): Quote {
  const line = lines.positionAt(span.start).line;
  const lineStart = lines.lineStart(line);
  const lineEnd = Math.max(lines.lineEnd(line), span.start);
  const end = Math.min(span.end, lineEnd);
  const flat = (s: string) => s.replace(/\s+/gu, ' ');
  let match = flat(text.slice(span.start, end));
  if (match.length > MAX_MATCH) match = `${match.slice(0, MAX_MATCH)}…`;
  else if (end < span.end) match += '…';
  const beforeStart = Math.max(lineStart, span.start - width);
  const afterEnd = Math.min(lineEnd, end + width);
  const before = (beforeStart > lineStart ? '…' : '') + flat(text.slice(beforeStart, span.start)).trimStart();
  const after = flat(text.slice(end, afterEnd)).trimEnd() + (afterEnd < lineEnd ? '…' : '');
  return { before: safeSlice(before), match: safeSlice(match), after: safeSlice(after) };
}

/** Drops a lone surrogate left at a cut, so a quote never shows half of 𠀀. */
function safeSlice(s: string): string {
  return s.replace(/^[\udc00-\udfff]|[\ud800-\udbff]$/gu, '').replace(/…[\udc00-\udfff]/gu, '…').replace(/[\ud800-\udbff]…$/gu, '…');
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countFindings(documents: readonly CheckedDocument[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const document of documents) {
    for (const finding of document.findings) {
      if (finding.severity === 'error') counts.errors++;
      else if (finding.severity === 'warning') counts.warnings++;
      else counts.infos++;
    }
  }
  return counts;
}
