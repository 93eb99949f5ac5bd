import type { Finding, Fix, TextEdit } from './types';

export interface ChosenFixes {
  readonly edits: TextEdit[];
  /** How many fixes were taken, by diagnostic code. */
  readonly byCode: ReadonlyMap<string, number>;
}

/**
 * The safe fixes that can be applied together. A fix is taken whole or not at all: when
 * any of its edits touches an edit already taken, the whole fix waits for the next round,
 * so a fix of several edits (a pair of brackets, a renumbering) is never applied by half.
 * Earlier fixes win; two insertions at one offset count as touching.
 */
export function chooseSafeFixes(findings: readonly Finding[]): ChosenFixes {
  const candidates: { code: string; fix: Fix; start: number }[] = [];
  for (const finding of findings) {
    const fix = finding.fixes?.find((f) => f.safe);
    if (fix && fix.edits.length > 0) candidates.push({ code: finding.code, fix, start: Math.min(...fix.edits.map((e) => e.span.start)) });
  }
  candidates.sort((a, b) => a.start - b.start);
  const taken: TextEdit[] = [];
  const byCode = new Map<string, number>();
  for (const { code, fix } of candidates) {
    if (fix.edits.some((edit, i) => fix.edits.some((other, j) => j > i && touches(edit, other)))) continue;
    if (fix.edits.some((edit) => touchesAny(taken, edit))) continue;
    for (const edit of fix.edits) taken.splice(insertionPoint(taken, edit.span.start), 0, edit);
    byCode.set(code, (byCode.get(code) ?? 0) + 1);
  }
  return { edits: taken, byCode };
}

/** `taken` is sorted and free of overlaps, so only the neighbours of `edit`'s place can touch it. */
function touchesAny(taken: readonly TextEdit[], edit: TextEdit): boolean {
  const at = insertionPoint(taken, edit.span.start);
  for (let k = Math.max(0, at - 2); k < Math.min(taken.length, at + 2); k++) if (touches(edit, taken[k])) return true;
  for (let k = at + 2; k < taken.length && taken[k].span.start < edit.span.end; k++) if (touches(edit, taken[k])) return true;
  return false;
}

/** The index of the first taken edit that starts after `start`. */
function insertionPoint(taken: readonly TextEdit[], start: number): number {
  let low = 0;
  let high = taken.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (taken[mid].span.start <= start) low = mid + 1;
    else high = mid;
  }
  return low;
}

function touches(a: TextEdit, b: TextEdit): boolean {
  if (a.span.start === a.span.end && b.span.start === b.span.end) return a.span.start === b.span.start;
  // An insertion next to a replacement touches it: the order of the two would be a guess.
  if (a.span.start === a.span.end) return a.span.start >= b.span.start && a.span.start <= b.span.end;
  if (b.span.start === b.span.end) return b.span.start >= a.span.start && b.span.start <= a.span.end;
  return a.span.start < b.span.end && b.span.start < a.span.end;
}
