import type { KnowledgeBase, TermEntry } from './corpus/knowledge';
import type { Segmenter } from './segmenter';
import type { Span } from './types';
import { isHanAt } from './text/chars';

export interface CompletionCandidate {
  readonly entry: TermEntry;
  /** Text inserted in place of `replace`. */
  readonly insertText: string;
  /** Higher is better established in the corpus. */
  readonly weight: number;
  /** One line shown beside the label. */
  readonly detail: string;
  /** Markdown documentation: the term's items, definition and sources. */
  readonly documentation: string;
}

export interface CompletionResult {
  /** What the candidates replace: the typed prefix. */
  readonly replace: Span;
  readonly candidates: readonly CompletionCandidate[];
}

/**
 * Candidates for the text typed before `offset`: the longest run of Chinese text ending at
 * the cursor that starts a known term. Where a segmenter is loaded, a start that falls on
 * a word boundary is preferred, so 坚持两个 completes 两个…, not 持两个….
 */
export function completeAt(
  knowledge: KnowledgeBase,
  text: string,
  offset: number,
  describe: (entry: TermEntry) => { detail: string; documentation: string },
  segmenter?: Segmenter,
): CompletionResult | undefined {
  const maxLength = knowledge.maxTermLength;
  let lineStart = offset;
  while (lineStart > 0 && offset - lineStart < maxLength && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') {
    lineStart--;
  }
  const starts: number[] = [];
  for (let s = lineStart; s < offset; s++) {
    if (!isHanAt(text, s) && !/[0-9“]/u.test(text[s])) continue;
    if (knowledge.hasPrefix(text.slice(s, offset))) starts.push(s);
  }
  if (starts.length === 0) return undefined;
  let start = starts[0];
  if (segmenter && starts.length > 1) {
    const boundaries = wordBoundaries(segmenter, text, lineStart, offset);
    start = starts.find((s) => boundaries.has(s)) ?? start;
  }
  const prefix = text.slice(start, offset);
  const candidates = knowledge
    .withPrefix(prefix)
    .filter((entry) => entry.term !== prefix)
    .map((entry) => ({ entry, insertText: entry.term, weight: entry.sources.length, ...describe(entry) }))
    .sort((a, b) => b.weight - a.weight || a.entry.term.length - b.entry.term.length);
  return { replace: { start, end: offset }, candidates };
}

function wordBoundaries(segmenter: Segmenter, text: string, start: number, end: number): Set<number> {
  const boundaries = new Set<number>([start]);
  let at = start;
  for (const word of segmenter.cut(text.slice(start, end))) {
    at += word.length;
    boundaries.add(at);
  }
  return boundaries;
}
