import { CLOSERS, isSpaceCode, SENTENCE_END } from './chars';
import type { Span } from '../types';

const OPENING_QUOTES = new Set(['“', '《', '「', '『']);
const CLOSING_QUOTES = new Set(['”', '》', '」', '』']);
/** A quotation longer than this is taken as unbalanced, so its sentence ends still count. */
const MAX_QUOTED_SENTENCE = 160;

// Character classes by UTF-16 unit, so the hot loop compares numbers, not strings.
// 0: any other character.
const OPEN = 1;
const CLOSE = 2;
const END = 3;
const CLASS = new Uint8Array(0x10000);
for (const ch of OPENING_QUOTES) CLASS[ch.charCodeAt(0)] = OPEN;
for (const ch of CLOSING_QUOTES) CLASS[ch.charCodeAt(0)] = CLOSE;
for (const ch of SENTENCE_END) CLASS[ch.charCodeAt(0)] = END;
const IS_CLOSER = new Uint8Array(0x10000);
for (const ch of CLOSERS) IS_CLOSER[ch.charCodeAt(0)] = 1;
const DOT = 0x2e;

/**
 * Splits `text[start, end)` into sentences. A sentence ends at 。！？… (and their
 * half-width twins), taking any closing quotes or brackets with it. Marks inside
 * “…” or 《…》 do not end the sentence unless the quotation runs on implausibly long.
 */
export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  const spans: Span[] = [];
  let sentenceStart = start;
  let depth = 0;
  let quoteStart = -1;
  let i = start;
  while (i < end) {
    const kind = CLASS[text.charCodeAt(i)];
    if (kind === OPEN) {
      if (depth === 0) quoteStart = i;
      depth++;
    } else if (kind === CLOSE && depth > 0) {
      depth--;
    }
    if (depth > 0 && i - quoteStart > MAX_QUOTED_SENTENCE) depth = 0;
    if (kind === END && depth === 0) {
      let j = i + 1;
      while (j < end && (CLASS[text.charCodeAt(j)] === END || text.charCodeAt(j) === DOT)) j++;
      while (j < end && IS_CLOSER[text.charCodeAt(j)] === 1) j++;
      pushTrimmed(text, sentenceStart, j, spans);
      sentenceStart = j;
      i = j;
      continue;
    }
    i++;
  }
  pushTrimmed(text, sentenceStart, end, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, into: Span[]): void {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end > start) into.push({ start, end });
}
