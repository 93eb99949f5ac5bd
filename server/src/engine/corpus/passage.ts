import type { Article, DocumentModel, Paragraph, Sentence } from '../document/model';
import type { Line } from '../document/lines';
import { normalizeChar } from '../text/normalize';
import type { Span } from '../types';

/**
 * A unit of running text as the miner reads it: a paragraph (broken lines re-joined) or a
 * numbered heading line. Its text has half-width punctuation replaced by the full-width
 * twin, one unit for one unit, so offsets into it still map back to the original.
 */
export interface Block {
  readonly index: number;
  readonly article: number;
  readonly text: string;
  readonly span: Span;
  readonly heading: boolean;
  /** Maps an offset into `text` to the original document. */
  toOriginal(offset: number): number;
  /** The original sentence that holds `offset`, for source references. */
  sentenceAt(offset: number): { span: Span; text: string };
}

export interface ArticleInfo {
  readonly title?: string;
  readonly author?: string;
}

export interface Passage {
  readonly blocks: readonly Block[];
  readonly articles: readonly ArticleInfo[];
}

/** The byline and the author note of an article, as written. */
export function articleAuthor(article: Article): string | undefined {
  return [article.byline?.text, article.authorNote?.text].filter(Boolean).join(' ') || undefined;
}

function normalizePunctuation(text: string): string {
  let out = '';
  for (const ch of text) out += ch.length === 1 ? normalizeChar(ch) : ch;
  return out;
}

function paragraphBlock(paragraph: Paragraph, index: number, article: number): Block {
  return {
    index,
    article,
    text: normalizePunctuation(paragraph.text),
    span: paragraph.span,
    heading: false,
    toOriginal: paragraph.toOriginal,
    sentenceAt(offset) {
      const original = paragraph.toOriginal(offset);
      const sentence: Sentence | undefined =
        paragraph.sentences.find((s) => s.span.start <= original && original < s.span.end) ?? paragraph.sentences[0];
      return sentence ? { span: sentence.span, text: sentence.text } : { span: paragraph.span, text: paragraph.text };
    },
  };
}

function headingBlock(line: Line, index: number, article: number): Block {
  return {
    index,
    article,
    text: normalizePunctuation(line.text),
    span: line.span,
    heading: true,
    toOriginal: (offset) => line.span.start + offset,
    sentenceAt: () => ({ span: line.span, text: line.text }),
  };
}

/** Reads a parsed document as a sequence of blocks, article by article. */
export function readPassage(model: DocumentModel): Passage {
  const blocks: Block[] = [];
  const articles: ArticleInfo[] = [];
  model.articles.forEach((article, a) => {
    articles.push({ title: article.title?.text, author: articleAuthor(article) });
    const units: ({ at: number; paragraph: Paragraph } | { at: number; line: Line })[] = [
      ...article.paragraphs.map((paragraph) => ({ at: paragraph.span.start, paragraph })),
      ...article.headings.map((line) => ({ at: line.span.start, line })),
    ].sort((x, y) => x.at - y.at);
    for (const unit of units) {
      blocks.push('paragraph' in unit ? paragraphBlock(unit.paragraph, blocks.length, a) : headingBlock(unit.line, blocks.length, a));
    }
  });
  return { blocks, articles };
}
