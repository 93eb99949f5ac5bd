import { CLAUSE_END, CLOSERS, SENTENCE_END } from './chars';
import type { Span } from '../types';

const OPENING_QUOTES = new Set(['“', '《', '「', '『']);
const CLOSING_QUOTES = new Set(['”', '》', '」', '』']);
/** A quotation longer than this is taken as unbalanced, so its sentence ends still count. */
const MAX_QUOTED_SENTENCE = 160;

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
    const ch = text[i];
    if (OPENING_QUOTES.has(ch)) {
      if (depth === 0) quoteStart = i;
      depth++;
    } else if (CLOSING_QUOTES.has(ch) && depth > 0) {
      depth--;
    }
    if (depth > 0 && i - quoteStart > MAX_QUOTED_SENTENCE) depth = 0;
    if (SENTENCE_END.has(ch) && depth === 0) {
      let j = i + 1;
      while (j < end && (SENTENCE_END.has(text[j]) || text[j] === '.')) j++;
      while (j < end && CLOSERS.has(text[j])) j++;
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

/** Splits a sentence into clauses at ，；： (and half-width twins) outside quotations. */
export function splitClauses(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let clauseStart = start;
  let depth = 0;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (OPENING_QUOTES.has(ch)) depth++;
    else if (CLOSING_QUOTES.has(ch) && depth > 0) depth--;
    else if (depth === 0 && (CLAUSE_END.has(ch) || SENTENCE_END.has(ch))) {
      pushTrimmed(text, clauseStart, i + 1, spans);
      clauseStart = i + 1;
    }
  }
  pushTrimmed(text, clauseStart, end, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, into: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) into.push({ start, end });
}
