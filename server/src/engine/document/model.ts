import type { Span } from '../types';
import type { Line } from './lines';

/** A sentence with its span in the original text and its text as read (broken lines re-joined). */
export interface Sentence {
  readonly span: Span;
  readonly text: string;
  readonly paragraph: number;
}

/** A paragraph as read: one or more original line pieces that belong to one run of text. */
export interface Paragraph {
  readonly index: number;
  readonly segments: readonly Span[];
  /** The joined text of its segments. */
  readonly text: string;
  readonly span: Span;
  readonly sentences: readonly Sentence[];
  /** Maps an offset into `text` back to the original text. */
  toOriginal(offset: number): number;
}

/** A place where a line break (and perhaps a stray heading) falls inside a sentence. */
export interface ParagraphBreak {
  /** The whitespace between the two pieces, from the end of one to the start of the other. */
  readonly gap: Span;
  /** A title-like line that sat in the gap, if any. */
  readonly strayHeading?: Line;
}

export interface Article {
  readonly span: Span;
  readonly column?: Line;
  readonly title?: Line;
  readonly byline?: Line;
  readonly authorNote?: Line;
  readonly headings: readonly Line[];
  readonly paragraphs: readonly Paragraph[];
}

export interface DocumentModel {
  readonly text: string;
  readonly lines: readonly Line[];
  readonly articles: readonly Article[];
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly breaks: readonly ParagraphBreak[];
}
