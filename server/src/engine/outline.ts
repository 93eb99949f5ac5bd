import type { Article, DocumentModel, Paragraph } from './document/model';
import type { Line } from './document/lines';
import type { Span } from './types';
import { findLeads, stretchOf } from './outline-leads';
import { articleAuthor } from './corpus/passage';

export type OutlineKind = 'article' | 'section' | 'enumeration';

/** One node of a document's structure, for the Outline view and breadcrumbs. */
export interface OutlineSymbol {
  readonly kind: OutlineKind;
  readonly name: string;
  /** The byline or author note of an article. */
  readonly detail?: string;
  /** Heading depth of a section: 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）. */
  readonly level?: number;
  /** The whole extent, containing every child. */
  readonly span: Span;
  /** The part to reveal when the symbol is picked: a title, a heading, an enumerator's first clause. */
  readonly selectionSpan: Span;
  readonly children: OutlineSymbol[];
}

/** A foldable region: an article or a section with everything under it. */
export interface FoldingSpan {
  readonly kind: 'article' | 'section';
  readonly span: Span;
}

export interface DocumentOutline {
  readonly symbols: OutlineSymbol[];
  readonly folds: FoldingSpan[];
}

/** Longest symbol name; longer headings and clauses are cut with an ellipsis. */
export const MAX_NAME_LENGTH = 30;

const ENUMERATOR = /^(?:([一二三四五六七八九十]+)是|第([一二三四五六七八九十]+)[，,、：:]|(首先)|(其次)|(再次)|(最后))/u;
const FIRST_CLAUSE = /^[^。！？；;，,：:]*/u;

/** Articles, the sections under their headings, and the enumerations (一是…二是…) in them. */
export function outlineDocument(document: DocumentModel): DocumentOutline {
  const symbols: OutlineSymbol[] = [];
  const folds: FoldingSpan[] = [];
  for (const article of document.articles) {
    const symbol = outlineArticle(document, article);
    if (!symbol) continue;
    symbols.push(symbol);
    folds.push({ kind: 'article', span: symbol.span });
    collectSectionFolds(symbol.children, folds);
  }
  return { symbols, folds };
}

function collectSectionFolds(symbols: readonly OutlineSymbol[], folds: FoldingSpan[]): void {
  for (const symbol of symbols) {
    if (symbol.kind !== 'section') continue;
    folds.push({ kind: 'section', span: symbol.span });
    collectSectionFolds(symbol.children, folds);
  }
}

interface Section {
  readonly name: string;
  /** The heading or lead sentence, to reveal. */
  readonly selection: Span;
  /** Heading depth; a lead sentence sits one below the heading it falls under. */
  readonly level: number;
  /** Which section holds an offset when several do: the deepest. */
  readonly depth: number;
  readonly end: number;
  readonly children: Section[];
  readonly enumerations: OutlineSymbol[];
}

/** Lead sentences nest under every heading. */
const LEAD_DEPTH = 100;

function outlineArticle(document: DocumentModel, article: Article): OutlineSymbol | undefined {
  // Without a title the article is named by its first line, not by a heading it would repeat.
  const head = article.title ?? document.lines.find((l) => l.span.start >= article.span.start);
  if (!head) return undefined;
  const bodyEnd = article.authorNote ? lastLineEndBefore(document, article.authorNote.span.start, article.span.start) : article.span.end;
  const roots: Section[] = [];
  const flat = buildSections(document, article.headings, bodyEnd, roots);
  flat.push(...leadSections(document, article, flat, bodyEnd, roots));
  const loose: OutlineSymbol[] = [];
  for (const enumeration of enumerations(document.text, article.paragraphs, article.headings)) {
    const owner = innermost(flat, enumeration.span.start);
    (owner ? owner.enumerations : loose).push(enumeration);
  }
  const detail = articleAuthor(article);
  return {
    kind: 'article',
    name: shorten(head.text),
    ...(detail ? { detail } : {}),
    span: article.span,
    selectionSpan: head.span,
    children: byStart([...roots.map(sectionSymbol), ...loose]),
  };
}

/** Nests headings by level; a section runs to the line before the next heading of the same or a higher level. */
function buildSections(document: DocumentModel, headings: readonly Line[], bodyEnd: number, roots: Section[]): Section[] {
  const flat: Section[] = [];
  const stack: Section[] = [];
  headings.forEach((heading, i) => {
    const level = heading.level ?? 1;
    let next: Line | undefined;
    for (let j = i + 1; j < headings.length && !next; j++) if ((headings[j].level ?? 1) <= level) next = headings[j];
    const end = next ? lastLineEndBefore(document, next.span.start, heading.span.start) : bodyEnd;
    const section: Section = {
      name: shorten(heading.text),
      selection: heading.span,
      level,
      depth: level,
      end: Math.max(end, heading.span.end),
      children: [],
      enumerations: [],
    };
    while (stack.length > 0 && stack[stack.length - 1].level >= level) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1].children : roots).push(section);
    stack.push(section);
    flat.push(section);
  });
  return flat;
}

/** A lead sentence's part runs to the next lead or to the end of the section it falls under. */
function leadSections(document: DocumentModel, article: Article, headingSections: readonly Section[], bodyEnd: number, roots: Section[]): Section[] {
  const leads = findLeads(article.paragraphs, article.headings);
  return leads.map((lead, i) => {
    const start = lead.sentence.span.start;
    const owner = innermost(headingSections, start);
    const limit = owner ? owner.end : bodyEnd;
    const nextHeading = article.headings[stretchOf(article.headings, start)]?.span.start ?? Infinity;
    const nextLead = leads[i + 1]?.sentence.span.start ?? Infinity;
    const stop = Math.min(nextHeading, nextLead);
    const end = stop === Infinity ? limit : Math.min(limit, lastLineEndBefore(document, stop, start));
    const clause = FIRST_CLAUSE.exec(lead.sentence.text)![0];
    const section: Section = {
      name: shorten([...clause].length >= 4 ? clause : lead.sentence.text),
      selection: lead.sentence.span,
      level: (owner?.level ?? 0) + 1,
      depth: LEAD_DEPTH,
      end: Math.max(end, lead.paragraph.span.end),
      children: [],
      enumerations: [],
    };
    (owner ? owner.children : roots).push(section);
    return section;
  });
}

function sectionSymbol(section: Section): OutlineSymbol {
  return {
    kind: 'section',
    name: section.name,
    level: section.level,
    span: { start: section.selection.start, end: section.end },
    selectionSpan: section.selection,
    children: byStart([...section.children.map(sectionSymbol), ...section.enumerations]),
  };
}

function byStart(symbols: OutlineSymbol[]): OutlineSymbol[] {
  return symbols.sort((a, b) => a.span.start - b.span.start);
}

/** The end of the last line that starts before `offset` and not before `floor`; `floor` if none does. */
function lastLineEndBefore(document: DocumentModel, offset: number, floor: number): number {
  const { lines } = document;
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (lines[mid].span.start < offset) low = mid + 1;
    else high = mid;
  }
  const line = lines[low - 1];
  return line && line.span.start >= floor ? line.span.end : floor;
}

function innermost(sections: readonly Section[], offset: number): Section | undefined {
  let found: Section | undefined;
  for (const section of sections) {
    if (section.selection.start <= offset && offset < section.end && (!found || section.depth >= found.depth)) found = section;
  }
  return found;
}

interface EnumeratorSentence {
  readonly paragraph: Paragraph;
  readonly sentenceIndex: number;
  readonly ordinal: string;
  readonly group: number;
}

/**
 * Sentences that open with 一是/第一，/首先 and their successors. A lone enumerator in a
 * stretch between headings (一是一，二是二 aside) is ordinary prose and is left out.
 */
function enumerations(text: string, paragraphs: readonly Paragraph[], headings: readonly Line[]): OutlineSymbol[] {
  const found: EnumeratorSentence[] = [];
  for (const paragraph of paragraphs) {
    paragraph.sentences.forEach((sentence, sentenceIndex) => {
      const match = ENUMERATOR.exec(sentence.text);
      if (!match) return;
      const ordinal = match.slice(1).find((g) => g !== undefined) ?? match[0];
      const group = stretchOf(headings, sentence.span.start);
      found.push({ paragraph, sentenceIndex, ordinal, group });
    });
  }
  const ordinals = new Map<number, Set<string>>();
  for (const item of found) ordinals.set(item.group, (ordinals.get(item.group) ?? new Set()).add(item.ordinal));
  const symbols: OutlineSymbol[] = [];
  for (const item of found) {
    if (ordinals.get(item.group)!.size < 2) continue;
    const sentences = item.paragraph.sentences;
    let last = item.sentenceIndex;
    while (last + 1 < sentences.length && !ENUMERATOR.test(sentences[last + 1].text)) last++;
    const first = sentences[item.sentenceIndex];
    const clause = FIRST_CLAUSE.exec(first.text)![0];
    const clauseEnd = first.span.start + clause.length;
    // A clause broken across lines does not map one-to-one onto the original text.
    const selectionEnd = clause.length > 0 && text.slice(first.span.start, clauseEnd) === clause ? clauseEnd : first.span.end;
    symbols.push({
      kind: 'enumeration',
      name: shorten(clause || first.text),
      span: { start: first.span.start, end: sentences[last].span.end },
      selectionSpan: { start: first.span.start, end: selectionEnd },
      children: [],
    });
  }
  return symbols;
}

function shorten(text: string): string {
  const chars = [...text.trim()];
  return chars.length <= MAX_NAME_LENGTH ? chars.join('') : `${chars.slice(0, MAX_NAME_LENGTH - 1).join('')}…`;
}
