import type { Span } from '../types';
import { isBlank } from '../text/chars';

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
