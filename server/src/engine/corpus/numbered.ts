import type { Block, Passage } from './passage';
import { listEndingAt, listInClause, clauseEnd } from './lists';
import { isCompositeNumbered, numberedShape, type NumberedShape } from './numerals';
import {
  echoes,
  findItemsAfter,
  findOrdinalItems,
  findParagraphItems,
  findParagraphItemsBefore,
  findParallelItems,
  findSectionItems,
  sentenceEnd,
  type ItemsFound,
  type ItemPattern,
} from './enumerations';

/** Where a numbered slogan occurs: a block and the term's offsets in its text. */
export interface Occurrence {
  readonly block: number;
  readonly start: number;
  readonly end: number;
}

export interface NumberedSlogan {
  readonly term: string;
  /** The promised count; absent for composite slogans like 三融五跨. */
  readonly numeral?: number;
  readonly items?: readonly string[];
  readonly pattern?: ItemPattern;
  readonly itemsMatchNumeral?: boolean;
  /** A sentence of the corpus that defines the slogan (…即…, …是指…), from the term on. */
  readonly definition?: string;
  readonly definitionAt?: Occurrence;
  readonly occurrences: readonly Occurrence[];
}

const QUOTED = /“([^“”\r\n]{2,12})”/gu;
const UNQUOTED = /(?<![第一二两三四五六七八九十百“\d])[两二三四五六七八九十双]+(?:个|项|条|种|大|点|类|张|句)?\p{Script=Han}{1,5}?(?=的|[，。；：、“”（）—]|$)/gu;
/** Patterns in order of trust: a list written against the term beats one found further off. */
const RANK: readonly ItemPattern[] = ['list-before', 'definition', 'list-after', 'list-later', 'parallel', 'ordinal', 'sections', 'dashes', 'paragraphs', 'paragraphs-before'];

interface Candidate extends ItemsFound {
  readonly definitionAt?: Occurrence;
}

/** The related list later in the sentence: 要提高“政治三力”，…，练就过硬的政治判断力、政治领悟力、政治执行力. */
function findLaterList(text: string, from: number, shape: NumberedShape): ItemsFound | undefined {
  const end = sentenceEnd(text, from);
  let at = from;
  while (at < end) {
    const clauseStop = clauseEnd(text, at);
    const list = listInClause(text, at);
    if (list && list.items.length === shape.count && echoes(list.items, shape.head)) {
      return { items: list.items, pattern: 'list-later', anchored: false };
    }
    at = clauseStop + 1;
  }
  return undefined;
}

function candidatesAt(blocks: readonly Block[], occurrence: Occurrence, shape: NumberedShape, quoteStart: number): Candidate[] {
  const block = blocks[occurrence.block];
  const out: Candidate[] = [];
  const before = listEndingAt(block.text, quoteStart);
  if (before) out.push({ items: before.items, pattern: 'list-before', anchored: false });
  for (const after of findItemsAfter(block.text, occurrence.end, shape.count, shape.head)) {
    out.push(after.defines ? { ...after, definitionAt: { ...occurrence, start: quoteStart } } : after);
  }
  const later = findLaterList(block.text, occurrence.end, shape);
  if (later) out.push(later);
  const parallel = findParallelItems(block, occurrence.end, shape.noun);
  if (parallel) out.push(parallel);
  const ordinal = findOrdinalItems(blocks, occurrence.block, occurrence.end, shape.count + 2);
  if (ordinal) out.push(ordinal);
  if (sentenceEnd(block.text, occurrence.end) >= block.text.length) {
    const paragraphs = findParagraphItems(blocks, occurrence.block, shape.noun, shape.count);
    if (paragraphs) out.push(paragraphs);
    const sections = findSectionItems(blocks, occurrence.block);
    if (sections) out.push(sections);
  }
  if (!block.text.slice(0, occurrence.start).match(/[。！？]/u)) {
    const before = findParagraphItemsBefore(blocks, occurrence.block, shape.noun, shape.count);
    if (before && before.items.length === shape.count) out.push(before);
  }
  return out;
}

/** The defining sentence from the term on: “三不”，即不增加企业负担、…。 */
function definitionText(text: string, from: number): string {
  return text.slice(from, sentenceEnd(text, from)).trim();
}

function insideQuotation(text: string, at: number): boolean {
  return text.lastIndexOf('“', at) > text.lastIndexOf('”', at - 1);
}

function better(a: Candidate, b: Candidate | undefined, count: number): boolean {
  if (!b) return true;
  const aMatch = a.items.length === count;
  const bMatch = b.items.length === count;
  if (aMatch !== bMatch) return aMatch;
  return RANK.indexOf(a.pattern) < RANK.indexOf(b.pattern);
}

/**
 * Numbered slogans of a passage and their items. Quoted terms with a count are always
 * slogans; an unquoted one (五个核心要素) only where the text spells out exactly as many
 * items as it promises. Items that differ in number from the count are kept only when the
 * text ties them to the term (a colon, 即), and then marked as not matching.
 */
export function mineNumbered(passage: Passage): NumberedSlogan[] {
  const { blocks } = passage;
  const found = new Map<string, { shape?: NumberedShape; best?: Candidate; occurrences: Occurrence[] }>();
  const note = (term: string, shape: NumberedShape | undefined, occurrence: Occurrence, candidates: Candidate[]) => {
    const entry = found.get(term) ?? { shape, occurrences: [] };
    entry.occurrences.push(occurrence);
    if (shape) {
      for (const candidate of candidates) {
        const acceptable = candidate.items.length === shape.count || candidate.anchored;
        if (acceptable && better(candidate, entry.best, shape.count)) entry.best = candidate;
      }
    }
    found.set(term, entry);
  };

  for (const block of blocks) {
    const text = block.text;
    for (const m of text.matchAll(QUOTED)) {
      const term = m[1];
      if (/[、，；。：！？\s]/u.test(term)) continue;
      const shape = numberedShape(term);
      if (!shape && !isCompositeNumbered(term)) continue;
      const start = (m.index ?? 0) + 1;
      const occurrence = { block: block.index, start, end: start + term.length };
      note(term, shape, occurrence, shape ? candidatesAt(blocks, { ...occurrence, end: occurrence.end + 1 }, shape, start - 1) : []);
    }
    for (const m of text.matchAll(UNQUOTED)) {
      const term = m[0];
      const shape = numberedShape(term);
      if (!shape) continue;
      const start = m.index ?? 0;
      if (insideQuotation(text, start)) continue;
      const occurrence = { block: block.index, start, end: start + term.length };
      const exact = candidatesAt(blocks, occurrence, shape, start).filter(
        (c) => c.items.length === shape.count && (c.pattern === 'list-before' || c.pattern === 'definition' || c.pattern === 'list-after' || (c.pattern === 'ordinal' && c.anchored)),
      );
      if (exact.length > 0 || found.has(term)) note(term, shape, occurrence, exact);
    }
  }

  return [...found].map(([term, { shape, best, occurrences }]) => {
    const definitionAt = best?.definitionAt;
    return {
      term,
      numeral: shape?.count,
      items: best?.items,
      pattern: best?.pattern,
      itemsMatchNumeral: best && shape ? best.items.length === shape.count : undefined,
      definition: definitionAt ? definitionText(blocks[definitionAt.block].text, definitionAt.start) : undefined,
      definitionAt,
      occurrences,
    };
  });
}
