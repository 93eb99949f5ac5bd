import type { Block, Passage } from './passage';
import NUMBERED_WORDS from './numbered-words.json';
import { elaboration } from './elaboration';
import { findPartDefinitions } from './compound';
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
  /** For a slogan without items: the passage that elaborates it. */
  readonly context?: string;
}

const QUOTED = /“([^“”\r\n]{2,12})”/gu;
/**
 * An unquoted count and what it counts: the longest run of up to five characters, without 的,
 * that ends at punctuation or at a word that closes a noun phrase (的, 等, 和, 方面).
 */
const UNQUOTED = /(?<![第一二两三四五六七八九十百“\d])[两二三四五六七八九十双]+(?:个|项|条|种|大|点|类|张|句)?(?:(?!的)\p{Script=Han}){1,5}(?=的|等|和|方面|[，。；：、“”（）—]|$)/gu;
/** Patterns in order of trust: a list written against the term beats one found further off. */
const RANK: readonly ItemPattern[] = ['list-before', 'definition', 'parts', 'list-after', 'list-later', 'parallel', 'ordinal', 'sections', 'dashes', 'paragraphs', 'paragraphs-before'];

interface Candidate extends ItemsFound {
  readonly definitionAt?: Occurrence;
  /** False when the items' edges are a guess: the slogan then shows its context, not items. */
  readonly sure?: boolean;
  /** Where the candidate was read: the block and the sentence holding the term. */
  readonly at?: Occurrence;
}

/** An item that ends with 这, 和 or 的 was cut in the wrong place: whatever found it, it is not shown. */
const LOOSE_EDGE = /(?:这|和|的|与|及)$/u;
const GENERIC_NOUNS = new Set(NUMBERED_WORDS.generic);
const FIXED_WORDS = NUMBERED_WORDS.fixed;

/**
 * An unquoted numeral phrase names a slogan only when it counts something named by two
 * characters or more, that is not a generic 方面 or 件事, in a word that is not 两岸 or 双向,
 * and that is not the second half of a slogan such as 一岗双责.
 */
function namesSlogan(text: string, start: number, term: string, shape: NumberedShape): boolean {
  if (shape.noun.length < 2 || GENERIC_NOUNS.has(shape.noun) || GENERIC_NOUNS.has(term.slice(shape.at + shape.length))) return false;
  if (FIXED_WORDS.some((word) => term.includes(word))) return false;
  return !/[一二两三四五六七八九十][\p{Script=Han}]$/u.test(text.slice(Math.max(0, start - 2), start));
}

/**
 * Each item holds two of the head's characters, or its only one (政治判断力 for 政治三力, 保居民就业
 * for 六保), and the items share nothing else: 农业更强、农民更富、农村更美 are built on one
 * pattern of their own and say what becomes of 三农, not what it is.
 */
function echoesStrongly(items: readonly string[], head: string): boolean {
  const chars = [...new Set(head.replace(/[一]/gu, ''))];
  const needed = Math.min(2, chars.length);
  if (needed === 0 || !items.every((item) => chars.filter((ch) => item.includes(ch)).length >= needed)) return false;
  const shared = [...new Set(items[0])].filter((ch) => !chars.includes(ch) && items.every((item) => item.includes(ch)));
  return shared.length === 0;
}

/** The related list later in the sentence: 要提高“政治三力”，…，练就过硬的政治判断力、政治领悟力、政治执行力. */
function findLaterList(text: string, from: number, shape: NumberedShape): ItemsFound | undefined {
  const end = sentenceEnd(text, from);
  let at = from;
  while (at < end) {
    const clauseStop = clauseEnd(text, at);
    const list = listInClause(text, at);
    if (list && list.items.length === shape.count && echoesStrongly(list.items, shape.head)) {
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
  if (before) out.push({ items: before.items, pattern: 'list-before', anchored: false, sure: before.sure, at: occurrence });
  for (const after of findItemsAfter(block.text, occurrence.end, shape.count, shape.head)) {
    out.push(after.defines ? { ...after, definitionAt: { ...occurrence, start: quoteStart } } : after);
  }
  const later = findLaterList(block.text, occurrence.end, shape);
  if (later) out.push(later);
  const parallel = findParallelItems(block, occurrence.end, shape.noun);
  if (parallel) out.push(parallel);
  const ordinal = findOrdinalItems(blocks, occurrence.block, occurrence.end, shape.count + 2);
  // 一是…二是… after the term but not tied to it by a colon lists what is done about it, unless each item names it.
  if (ordinal && (ordinal.anchored || echoes(ordinal.items, shape.head))) out.push(ordinal);
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
  if ((a.sure !== false) !== (b.sure !== false)) return a.sure !== false;
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
    for (const candidate of candidates) {
      if (!shape) entry.best ??= candidate;
      else if ((candidate.items.length === shape.count || candidate.anchored) && better(candidate, entry.best, shape.count)) entry.best = candidate;
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
      const parts = shape ? undefined : findPartDefinitions(blocks, block.index, term);
      note(term, shape, occurrence, shape ? candidatesAt(blocks, { ...occurrence, end: occurrence.end + 1 }, shape, start - 1) : parts ? [parts] : []);
    }
    for (const m of text.matchAll(UNQUOTED)) {
      const term = m[0];
      const shape = numberedShape(term);
      if (!shape) continue;
      const start = m.index ?? 0;
      if (insideQuotation(text, start)) continue;
      const occurrence = { block: block.index, start, end: start + term.length };
      if (!namesSlogan(text, start, term, shape) && !found.has(term)) continue;
      const exact = candidatesAt(blocks, occurrence, shape, start).filter(
        (c) =>
          c.items.length === shape.count &&
          c.sure !== false &&
          (c.pattern === 'list-before' || c.pattern === 'definition' || c.pattern === 'list-after' || (c.pattern === 'ordinal' && c.anchored)),
      );
      if (exact.length > 0 || found.has(term)) note(term, shape, occurrence, exact);
    }
  }

  return [...found].map(([term, { shape, best, occurrences }]) => {
    const definitionAt = best?.definitionAt;
    // A definition whose list does not come to the count was split where it should not be
    // (对农业、手工业和资本主义工商业的社会主义改造): the definition is shown, not items.
    const splitWrong = best?.pattern === 'definition' && definitionAt !== undefined && shape !== undefined && best.items.length !== shape.count;
    const sure = best !== undefined && best.sure !== false && !splitWrong && best.items.every((item) => !LOOSE_EDGE.test(item));
    const items = sure ? best.items : undefined;
    return {
      term,
      numeral: shape?.count,
      items,
      pattern: sure ? best.pattern : undefined,
      itemsMatchNumeral: items && shape ? items.length === shape.count : undefined,
      definition: definitionAt ? definitionText(blocks[definitionAt.block].text, definitionAt.start) : undefined,
      definitionAt,
      occurrences,
      context: items || definitionAt ? undefined : elaboration(blocks, occurrences, term, shape, best?.at),
    };
  });
}
