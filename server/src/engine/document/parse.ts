import type { Span } from '../types';
import { splitSentences } from '../text/sentences';
import { endsSentence, looksLikeNames, readLines, type Line } from './lines';
import type { Article, DocumentModel, Paragraph, ParagraphBreak, Sentence } from './model';

/**
 * Reads a document into articles, paragraphs and sentences. Lines broken in the middle
 * of a sentence (a paste from PDF) are joined back into one paragraph; a title-like line
 * stranded between the two halves is recorded as a stray heading. `previous`, the model of an
 * earlier version of the text, lends the lines and paragraphs that lie before the first change.
 */
export function parseDocument(text: string, previous?: DocumentModel): DocumentModel {
  // After an edit, what lies before it is read again only where the edit can reach.
  const generation = previous ? (generations.get(previous) ?? 0) + 1 : 0;
  const unchanged = previous ? commonPrefixLength(previous.text, text) : 0;
  const lent = <T extends object>(part: T) => (born.get(part) ?? -Infinity) > generation - MAX_LENT_GENERATIONS;
  const earlier = previous && unchanged > 0 ? { lines: previous.lines, unchanged, lent } : undefined;
  const lines = readLines(text, earlier);
  for (const line of lines) if (!born.has(line)) born.set(line, generation);
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
    const reusable = before && before.span.end <= unchanged && lent(before) && sameSpans(before.segments, segments);
    const paragraph = reusable ? before : buildParagraph(text, paragraphs.length, segments);
    if (!reusable) born.set(paragraph, generation);
    paragraphs.push(paragraph);
    articleParagraphs.push(paragraph);
    sentences.push(...paragraph.sentences);
  }
  closeArticle();
  const model = { text, lines, articles, paragraphs, sentences, breaks };
  generations.set(model, generation);
  return model;
}

/**
 * Lines and paragraphs hold slices of the text they were read from, and a slice keeps that
 * whole text alive. Parts are lent to later versions for this many versions only, so a
 * document being edited keeps at most this many old copies of its text.
 */
const MAX_LENT_GENERATIONS = 8;
/** The version, counted along the chain of previous models, in which each part was read. */
const born = new WeakMap<object, number>();
const generations = new WeakMap<DocumentModel, number>();

/** How many code units `a` and `b` share from the start. */
function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let i = 0;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function sameSpans(a: readonly Span[], b: readonly Span[]): boolean {
  return a.length === b.length && a.every((span, k) => span.start === b[k].start && span.end === b[k].end);
}

/** Body lines that open with an enumerator start a paragraph of their own. */
export function startsNewParagraph(text: string): boolean {
  return /^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、]|首先|其次|最后)/u.test(text);
}

function buildParagraph(text: string, index: number, segments: Span[]): Paragraph {
  // A paragraph on one line is a slice of the text; joining would copy it.
  const joined = segments.length === 1 ? text.slice(segments[0].start, segments[0].end) : segments.map((s) => text.slice(s.start, s.end)).join('');
  const starts: number[] = [];
  let acc = 0;
  for (const s of segments) {
    starts.push(acc);
    acc += s.end - s.start;
  }
  const toOriginal = (offset: number): number => {
    let k = segments.length - 1;
    while (k > 0 && starts[k] > offset) k--;
    return segments[k].start + (offset - starts[k]);
  };
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
