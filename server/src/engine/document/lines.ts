import type { Span } from '../types';
import { CLOSERS, isSpaceCode, SENTENCE_END } from '../text/chars';

export type LineKind =
  /** （作者系……） or （作者单位……）: closes an article. */
  | 'author-note'
  /** 一、 （一） 1. （1） 第一章 or a Markdown # heading. */
  | 'heading'
  /** A Markdown or numbered list item. */
  | 'list-item'
  /** A short line without sentence punctuation: a title, a byline, a column name. */
  | 'title-like'
  /** Body text. */
  | 'text';

export interface Line {
  readonly index: number;
  /** The line's content without surrounding whitespace. */
  readonly span: Span;
  readonly text: string;
  readonly kind: LineKind;
  /** Heading depth for 'heading' lines: 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）; Markdown #-count. */
  readonly level?: number;
}

const AUTHOR_NOTE = /^[（(]\s*作者.*[)）]$/u;
const MARKDOWN_HEADING = /^(#{1,6})\s+\S/u;
const LIST_ITEM = /^(?:[-*+]\s+|>\s*)/u;
const HEADING_PATTERNS: readonly [RegExp, number][] = [
  [/^第[一二三四五六七八九十百]+[章节部分篇]/u, 1],
  [/^[一二三四五六七八九十]+、/u, 1],
  [/^[（(][一二三四五六七八九十]+[)）]/u, 2],
  [/^\d{1,2}[.．、](?!\d)/u, 3],
  [/^[（(]\d{1,2}[)）]/u, 4],
];
/** Longest line still read as a title or heading rather than body text. */
export const MAX_TITLE_LENGTH = 40;
/** Sentence marks, a half-width full stop after a Chinese character among them (利益.加快). */
const SENTENCE_PUNCTUATION = /[。，,；;！？!?]|\p{Script=Han}\.(?!\.)/u;
const NAME_LIST = /^\p{Script=Han}{2,4}(?:[ \u3000]+\p{Script=Han}{2,4})*$/u;

export function classifyLine(text: string): { kind: LineKind; level?: number } {
  if (AUTHOR_NOTE.test(text)) return { kind: 'author-note' };
  const md = MARKDOWN_HEADING.exec(text);
  if (md) return { kind: 'heading', level: md[1].length };
  if (LIST_ITEM.test(text)) return { kind: 'list-item' };
  for (const [pattern, level] of HEADING_PATTERNS) {
    if (pattern.test(text) && (text.length <= MAX_TITLE_LENGTH || !endsSentence(text))) {
      return { kind: 'heading', level };
    }
  }
  if (text.length <= MAX_TITLE_LENGTH && !SENTENCE_PUNCTUATION.test(text) && !endsSentence(text)) {
    return { kind: 'title-like' };
  }
  return { kind: 'text' };
}

/** True when the text ends where a sentence may end: 。！？… or ；：, possibly inside closing quotes. */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i])) i--;
  if (i < 0) return true;
  const ch = text[i];
  return SENTENCE_END.has(ch) || ch === '.' || ch === '；' || ch === ';' || ch === '：' || ch === ':';
}

export function looksLikeNames(text: string): boolean {
  return NAME_LIST.test(text);
}

/** The lines of an earlier version of a text, and how much of it the new version keeps. */
export interface EarlierLines {
  readonly lines: readonly Line[];
  /** Code units the two versions share from the start. */
  readonly unchanged: number;
  /** Code units the two versions share at the end, none of them among the shared start. */
  readonly unchangedEnd?: number;
  /** The new length minus the earlier one. */
  readonly shift?: number;
  /** Whether the line at place `k` of `lines` may still be taken over: parts read long ago are read again. */
  readonly lent: (k: number) => boolean;
}

/**
 * Splits text into lines with trimmed content spans; blank lines are left out. `previous`
 * holds the lines of an earlier version whose first `unchanged` code units are the same:
 * the lines that end before the change are taken over as they are, up to the first that
 * `lent` refuses. Lines in the shared end (`unchangedEnd`), from the line break before them
 * on, are taken over moved by `shift`, with their numbers moved by the lines the edit added.
 * `from`, when given, receives for each line the place of the earlier line it takes over, or -1.
 */
export function readLines(text: string, previous?: EarlierLines, from: number[] = []): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  let index = 0;
  let start = 0;
  const previousLines = previous?.lines ?? [];
  const shift = previous?.shift ?? 0;
  // A line starting after this offset has its line break before it in the shared end.
  const sharedEndFrom = previous?.unchangedEnd ? n - previous.unchangedEnd : -1;
  if (previous) {
    // Lines before the last one that starts inside the unchanged text end, break included, before
    // it. Strictly inside: an edit right at a line start may join a \r before it to a \n.
    let kept = 0;
    while (kept < previous.lines.length && previous.lines[kept].span.start < previous.unchanged && previous.lent(kept)) kept++;
    if (kept > 1) {
      const resume = previous.lines[kept - 1];
      for (let k = 0; k < kept - 1; k++) {
        lines.push(previous.lines[k]);
        from.push(k);
      }
      index = resume.index;
      start = lineStartBefore(text, resume.span.start);
    }
  }
  while (start <= n) {
    let end = start;
    while (end < n) {
      const code = text.charCodeAt(end);
      if (code === 10 || code === 13) break;
      end++;
    }
    let s = start;
    let e = end;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      // Past the edit, a line whose break before it is unchanged reads as it did, only moved.
      const first = sharedEndFrom >= 0 && start > sharedEndFrom ? startingAt(previousLines, s - shift) : -1;
      if (first >= 0 && previous!.lent(first)) {
        const renumber = index - previousLines[first].index;
        let k = first;
        for (; k < previousLines.length && previous!.lent(k); k++) {
          const line = previousLines[k];
          lines.push({ ...line, index: line.index + renumber, span: { start: line.span.start + shift, end: line.span.end + shift } });
          from.push(k);
        }
        if (k === previousLines.length) return lines;
        // Read again from the first line not lent any more.
        const resume = previousLines[k];
        index = resume.index + renumber;
        start = lineStartBefore(text, resume.span.start + shift);
        continue;
      }
      const content = text.slice(s, e);
      lines.push({ index, span: { start: s, end: e }, text: content, ...classifyLine(content) });
      from.push(-1);
    }
    if (end >= n) break;
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    index++;
  }
  return lines;
}

/** Where the line holding the content that starts at `offset` begins: just past the line break before it. */
function lineStartBefore(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}

/** The place among `items` (in order of their spans) of the one whose span starts at `offset`, or -1. */
export function startingAt(items: readonly { readonly span: Span }[], offset: number): number {
  let low = 0;
  let high = items.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid].span.start < offset) low = mid + 1;
    else high = mid;
  }
  return items[low]?.span.start === offset ? low : -1;
}

/**
 * The 1-based line of an offset that lies on a line with text, found among the lines
 * already read instead of scanning the text again.
 */
export function lineNumberAt(lines: readonly Line[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lines[mid].span.start <= offset) low = mid;
    else high = mid - 1;
  }
  return (lines[low]?.index ?? 0) + 1;
}
