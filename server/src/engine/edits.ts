import type { TextEdit } from './types';

/** Sorts edits and drops any that overlap an earlier one, so they can be applied together. */
export function nonOverlapping(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const kept: TextEdit[] = [];
  let lastEnd = -1;
  for (const edit of sorted) {
    if (edit.span.start < lastEnd) continue;
    if (kept.length > 0 && edit.span.start === lastEnd && edit.span.start === edit.span.end) continue;
    kept.push(edit);
    lastEnd = edit.span.end;
  }
  return kept;
}

/** Applies non-overlapping edits to `text`. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const ordered = nonOverlapping(edits);
  let out = '';
  let at = 0;
  for (const edit of ordered) {
    out += text.slice(at, edit.span.start) + edit.newText;
    at = edit.span.end;
  }
  return out + text.slice(at);
}
