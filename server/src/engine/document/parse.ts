import type { Span } from '../types';
import { splitSentences } from '../text/sentences';
import { endsSentence, looksLikeNames, readLines, startingAt, type Line } from './lines';
import type { Article, DocumentModel, Paragraph, ParagraphBreak, Sentence } from './model';

/**
 * Reads a document into articles, paragraphs and sentences. Lines broken in the middle
 * of a sentence (a paste from PDF) are joined back into one paragraph; a title-like line
 * stranded between the two halves is recorded as a stray heading. `previous`, the model of an
 * earlier version of the text, lends the lines and paragraphs that lie before the first change,
 * and those after the last change, moved by the length the edit added.
 */
export function parseDocument(text: string, previous?: DocumentModel): DocumentModel {
  // After an edit, what lies around it is read again only where the edit can reach.
  const earlierAges = previous && ages.get(previous);
  const generation = earlierAges ? earlierAges.generation + 1 : 0;
  const unchanged = previous ? commonPrefixLength(previous.text, text) : 0;
  // What follows the edit is the same too, moved by the length the edit added.
  const unchangedEnd = previous ? commonSuffixLength(previous.text, text, Math.min(previous.text.length, text.length) - unchanged) : 0;
  const shift = previous ? text.length - previous.text.length : 0;
  const sharedEndFrom = text.length - unchangedEnd;
  const lent = (born: number | undefined) => born !== undefined && born > generation - MAX_LENT_GENERATIONS;
  const earlier =
    previous && earlierAges && (unchanged > 0 || unchangedEnd > 0)
      ? { lines: previous.lines, unchanged, unchangedEnd, shift, lent: (k: number) => lent(earlierAges.lines[k]) }
      : undefined;
  const from: number[] = [];
  const lines = readLines(text, earlier, from);
  // A part taken over, moved or not, keeps the version it was read in: it holds a slice of that text.
  const lineAges = from.map((k) => (k >= 0 && earlierAges ? earlierAges.lines[k] : generation));
  const paragraphAges: number[] = [];
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const breaks: ParagraphBreak[] = [];
  const articles: Article[] = [];

  let articleLines: Line[] = [];
  let articleParagraphs: Paragraph[] = [];
  const closeArticle = (authorNote?: Line) => {
    if (articleLines.length === 0 && !authorNote) return;
    articles.push(buildArticle(articleLines, articleParagraphs, authorNote));
    articleLines = [];
    articleParagraphs = [];
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind === 'author-note') {
      closeArticle(line);
      continue;
    }
    articleLines.push(line);
    if (line.kind !== 'text' && line.kind !== 'list-item') continue;
    // Gather the pieces of one paragraph.
    const segments: Span[] = [line.span];
    let last = line;
    while (line.kind === 'text' && !endsSentence(last.text)) {
      const next = lines[i + 1];
      if (!next) break;
      if (next.kind === 'text' && !startsNewParagraph(next.text)) {
        breaks.push({ gap: { start: last.span.end, end: next.span.start } });
        segments.push(next.span);
        articleLines.push(next);
        last = next;
        i++;
        continue;
      }
      const after = lines[i + 2];
      if (next.kind === 'title-like' && after && after.kind === 'text' && !startsNewParagraph(after.text)) {
        breaks.push({ gap: { start: last.span.end, end: after.span.start }, strayHeading: next });
        segments.push(after.span);
        articleLines.push(next, after);
        last = after;
        i += 2;
        continue;
      }
      break;
    }
    const before = previous?.paragraphs[paragraphs.length];
    const reusable = before && before.span.end <= unchanged && lent(earlierAges?.paragraphs[paragraphs.length]) && sameSpans(before.segments, segments);
    let paragraph: Paragraph;
    if (reusable) {
      paragraph = before;
      paragraphAges.push(earlierAges!.paragraphs[paragraphs.length]);
    } else {
      // A paragraph wholly in the unchanged end, read as it was, is moved along rather than read again.
      const k = previous && unchangedEnd > 0 && segments[0].start > sharedEndFrom ? startingAt(previous.paragraphs, segments[0].start - shift) : -1;
      if (k >= 0 && lent(earlierAges?.paragraphs[k]) && sameSpans(previous!.paragraphs[k].segments, segments, shift)) {
        paragraph = moveParagraph(previous!.paragraphs[k], paragraphs.length, segments, shift);
        paragraphAges.push(earlierAges!.paragraphs[k]);
      } else {
        paragraph = buildParagraph(text, paragraphs.length, segments);
        paragraphAges.push(generation);
      }
    }
    paragraphs.push(paragraph);
    articleParagraphs.push(paragraph);
    sentences.push(...paragraph.sentences);
  }
  closeArticle();
  const model = { text, lines, articles, paragraphs, sentences, breaks };
  ages.set(model, { generation, lines: lineAges, paragraphs: paragraphAges });
  return model;
}

/**
 * Lines and paragraphs hold slices of the text they were read from, and a slice keeps that
 * whole text alive. Parts are lent to later versions for this many versions only, so a
 * document being edited keeps at most this many old copies of its text.
 */
export const MAX_LENT_GENERATIONS = 8;
/**
 * A model's version, counted along the chain of previous models, and the version in which each
 * of its lines and paragraphs was read, by their places in it.
 */
const ages = new WeakMap<DocumentModel, { generation: number; lines: readonly number[]; paragraphs: readonly number[] }>();

/**
 * How many versions ago, counted along the chain of previous models, each line and paragraph of
 * `model` was read: what bounds the older texts a model keeps alive through the parts it took over.
 */
export function partAges(model: DocumentModel): { lines: number[]; paragraphs: number[] } | undefined {
  const known = ages.get(model);
  return known && { lines: known.lines.map((g) => known.generation - g), paragraphs: known.paragraphs.map((g) => known.generation - g) };
}

/**
 * Code units compared at once by string equality, which V8 does a machine word at a time: a
 * keystroke in a long document compares all of it, before and after the edit.
 */
const STRIDE = 4096;

/** How many code units `a` and `b` share from the start. */
function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let i = 0;
  while (i + STRIDE <= limit && a.slice(i, i + STRIDE) === b.slice(i, i + STRIDE)) i += STRIDE;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** How many code units `a` and `b` share at the end, at most `limit`. */
function commonSuffixLength(a: string, b: string, limit: number): number {
  let i = 0;
  while (i + STRIDE <= limit && a.slice(a.length - i - STRIDE, a.length - i) === b.slice(b.length - i - STRIDE, b.length - i)) i += STRIDE;
  while (i < limit && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** Whether the spans `a`, moved by `shift`, are the spans `b`. */
function sameSpans(a: readonly Span[], b: readonly Span[], shift = 0): boolean {
  return a.length === b.length && a.every((span, k) => span.start + shift === b[k].start && span.end + shift === b[k].end);
}

/** `paragraph`, read in an earlier version, as the paragraph `index` at `segments`, `shift` code units on. */
function moveParagraph(paragraph: Paragraph, index: number, segments: Span[], shift: number): Paragraph {
  return {
    index,
    segments,
    text: paragraph.text,
    span: { start: segments[0].start, end: segments[segments.length - 1].end },
    sentences: paragraph.sentences.map((s) => ({ span: { start: s.span.start + shift, end: s.span.end + shift }, text: s.text, paragraph: index })),
    toOriginal: originalOffsets(segments),
  };
}

/** Maps an offset into the joined text of `segments` back to the text they were cut from. */
function originalOffsets(segments: readonly Span[]): (offset: number) => number {
  const starts: number[] = [];
  let acc = 0;
  for (const s of segments) {
    starts.push(acc);
    acc += s.end - s.start;
  }
  return (offset: number): number => {
    let k = segments.length - 1;
    while (k > 0 && starts[k] > offset) k--;
    return segments[k].start + (offset - starts[k]);
  };
}

/** Body lines that open with an enumerator start a paragraph of their own. */
export function startsNewParagraph(text: string): boolean {
  return /^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、]|首先|其次|最后)/u.test(text);
}

function buildParagraph(text: string, index: number, segments: Span[]): Paragraph {
  // A paragraph on one line is a slice of the text; joining would copy it.
  const joined = segments.length === 1 ? text.slice(segments[0].start, segments[0].end) : segments.map((s) => text.slice(s.start, s.end)).join('');
  const toOriginal = originalOffsets(segments);
  // On one line the offsets need no mapping, so the spans split from the text are the sentences' own.
  const sentences: Sentence[] =
    segments.length === 1
      ? splitSentences(text, segments[0].start, segments[0].end).map((span) => ({ span, text: text.slice(span.start, span.end), paragraph: index }))
      : splitSentences(joined).map((s) => ({
          span: { start: toOriginal(s.start), end: toOriginal(s.end - 1) + 1 },
          text: joined.slice(s.start, s.end),
          paragraph: index,
        }));
  return {
    index,
    segments,
    text: joined,
    span: { start: segments[0].start, end: segments[segments.length - 1].end },
    sentences,
    toOriginal,
  };
}

function buildArticle(lines: Line[], paragraphs: Paragraph[], authorNote?: Line): Article {
  const firstBody = paragraphs[0]?.span.start ?? Infinity;
  const header = lines.filter((l) => l.kind === 'title-like' && l.span.end <= firstBody);
  let byline: Line | undefined;
  if (header.length >= 2 && looksLikeNames(header[header.length - 1].text)) byline = header.pop();
  const title = header.pop();
  const column = header.length > 0 ? header[header.length - 1] : undefined;
  const headings = lines.filter((l) => l.kind === 'heading');
  const start = lines[0]?.span.start ?? authorNote?.span.start ?? 0;
  const end = authorNote?.span.end ?? lines[lines.length - 1]?.span.end ?? start;
  return { span: { start, end }, column, title, byline, authorNote, headings, paragraphs };
}
