import { FULL_WIDTH_TWIN, isBlank, isLineBreak } from './chars';

/**
 * Text prepared for comparison: punctuation in its full-width form, no whitespace.
 * `origin[i]` is the offset in the source of the i-th unit of `text`.
 */
export interface NormalizedText {
  readonly text: string;
  readonly origin: Int32Array;
}

export function normalizeChar(ch: string): string {
  return FULL_WIDTH_TWIN[ch] ?? ch;
}

/** Normalises `source.slice(start, end)`, keeping a map back to source offsets. */
export function normalizeRange(source: string, start = 0, end = source.length): NormalizedText {
  const origin = new Int32Array(end - start);
  let out = '';
  let n = 0;
  for (let i = start; i < end; i++) {
    const ch = source[i];
    if (isBlank(ch) || isLineBreak(ch)) continue;
    out += normalizeChar(ch);
    origin[n++] = i;
  }
  return { text: out, origin: origin.subarray(0, n) };
}

/** The comparison key of a piece of text. */
export function normalizeForCompare(text: string): string {
  return normalizeRange(text).text;
}
