import type { Span } from '../types';
import { CLAUSE_END, CLOSERS, SENTENCE_END, isBlank } from '../text/chars';

/**
 * The span to delete to remove `span` cleanly: the text itself plus the blanks after it
 * on the same line; when nothing else is left on the line, the line and its line break.
 */
export function deletionSpan(text: string, span: Span): Span {
  let end = span.end;
  while (end < text.length && isBlank(text[end])) end++;
  let lineStart = span.start;
  while (lineStart > 0 && isBlank(text[lineStart - 1])) lineStart--;
  const startsLine = lineStart === 0 || text[lineStart - 1] === '\n' || text[lineStart - 1] === '\r';
  const endsLine = end === text.length || text[end] === '\n' || text[end] === '\r';
  if (startsLine && endsLine) {
    if (text[end] === '\r' && text[end + 1] === '\n') end += 2;
    else if (end < text.length) end += 1;
    return { start: lineStart, end };
  }
  return { start: span.start, end };
}

const isSpace = (ch: string | undefined) => ch !== undefined && (isBlank(ch) || ch === '\n' || ch === '\r');
const endsSentence = (ch: string) => SENTENCE_END.has(ch) || ch === '.';

/**
 * A clause's words without the punctuation that ends it: “提起来，” and “提起来。”” both
 * give “提起来”, while a quotation closed inside the clause (“叫做“千里眼””) keeps its mark.
 */
export function clauseWords(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && isSpace(text[end - 1])) end--;
  if (end > span.start && CLAUSE_END.has(text[end - 1])) return { start: span.start, end: end - 1 };
  let e = end;
  while (e > span.start && CLOSERS.has(text[e - 1])) e--;
  if (e > span.start && endsSentence(text[e - 1])) {
    while (e > span.start && endsSentence(text[e - 1])) e--;
    return { start: span.start, end: e };
  }
  return { start: span.start, end };
}

/**
 * The span to delete to remove the clause whose words are `words`, with the separator
 * that belongs to it: a clause followed by “，” goes with that comma; the last clause of a
 * sentence goes with the comma before it and leaves the sentence's “。” in place; a clause
 * that is the whole sentence goes as a sentence.
 */
export function clauseDeletionSpan(text: string, words: Span): Span {
  let after = words.end;
  while (after < text.length && isBlank(text[after])) after++;
  if (after < text.length && CLAUSE_END.has(text[after])) {
    let end = after + 1;
    while (end < text.length && isBlank(text[end])) end++;
    return { start: words.start, end };
  }
  let before = words.start;
  while (before > 0 && isSpace(text[before - 1])) before--;
  if (before > 0 && CLAUSE_END.has(text[before - 1])) return { start: before - 1, end: words.end };
  let end = after;
  while (end < text.length && endsSentence(text[end])) end++;
  while (end < text.length && CLOSERS.has(text[end])) end++;
  return deletionSpan(text, { start: words.start, end });
}
