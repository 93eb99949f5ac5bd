import type { Block } from './passage';
import { clauseEnd, commonPrefix, listStartingAt, splitEnumeration } from './lists';
import { ordinalValue } from './numerals';

/** How the items of a slogan were given in the text. */
export type ItemPattern =
  /** 电动汽车、锂电池、光伏产品“新三样”: a list right before the term. */
  | 'list-before'
  /** “六督”，督方针、督发展…: a list right after the term. */
  | 'list-after'
  /** “两个维护”即…，…: a definition that spells out the items. */
  | 'definition'
  /** 要提高“政治三力”，…练就过硬的政治判断力、政治领悟力、政治执行力: a related list later in the sentence. */
  | 'list-later'
  /** 一是…二是…, 第一，…第二，… */
  | 'ordinal'
  /** 把握…的关系；把握…的关系: parallel clauses with a shared head. */
  | 'parallel'
  /** Paragraphs that open with a shared head: 进一步强化政治属性…。进一步强化责任担当…。 */
  | 'paragraphs'
  /** The same, before a paragraph that sums them up: …。以上三条，概括为“三个坚持”。 */
  | 'paragraphs-before'
  /** （一）（二）… or 一、二、… sections after the term. */
  | 'sections'
  /** ——面向…；——面向…, or a Markdown bullet list. */
  | 'dashes'
  /** “一化三改”…“一化”即…；“三改”即…: the parts of a compound slogan defined one by one. */
  | 'parts';

export interface ItemsFound {
  readonly items: string[];
  readonly pattern: ItemPattern;
  /** The text ties the list to the term itself (a colon, 即, 是指), so a count that differs is still reported. */
  readonly anchored: boolean;
  /** The sentence defines the term (即, 是指), not only lists its items. */
  readonly defines?: boolean;
}

const ORDINAL_MARKER = /(?:^|[。；，：！？\r\n])\s*(?:(第|其)([一二三四五六七八九十]+)[，、：]|([一二三四五六七八九十]+)(是要|是|要))/gu;
const SECTION_MARKERS: readonly [string, RegExp][] = [
  ['cn-dun', /^([一二三四五六七八九十]+)、/u],
  ['cn-paren', /^（([一二三四五六七八九十]+)）/u],
  ['num', /^(\d{1,2})[.．、](?!\d)/u],
  ['num-paren', /^（(\d{1,2})）/u],
  ['cn-di', /^第([一二三四五六七八九十]+)[，、：章节部分]/u],
];
const MARKDOWN_HEADING = /^#{1,6}\s+/u;
const DASH = /^(?:——|—|－－|[-*+•]\s+)/u;

function firstClause(text: string): string {
  return text.slice(0, clauseEnd(text, 0)).trim();
}

/** End of the sentence holding `from` in block text: just after its 。！？ (or the text end). */
export function sentenceEnd(text: string, from: number): number {
  const end = clauseEnd(text, from, '。！？');
  return Math.min(text.length, end + 1);
}

/** 一是…二是…: items after ordinal markers that begin right after the term. */
export function findOrdinalItems(blocks: readonly Block[], at: number, from: number, window: number): ItemsFound | undefined {
  const first = blocks[at];
  const parts = [first.text.slice(from)];
  for (let k = at + 1; k < blocks.length && k <= at + window && blocks[k].article === first.article; k++) parts.push(blocks[k].text);
  const text = parts.join('\n');
  const sentence = sentenceEnd(text, 0);
  const markers = [...text.matchAll(ORDINAL_MARKER)];
  const firstMarker = markers[0];
  if (!firstMarker || firstMarker.index === undefined) return undefined;
  const style = firstMarker[1] ?? firstMarker[4];
  const value = ordinalValue(firstMarker[2] ?? firstMarker[3]);
  if (value !== 1) return undefined;
  // The list must open in the term's sentence or the one after it, or it belongs to something else.
  if (firstMarker.index >= sentenceEnd(text, sentence)) return undefined;
  const items: string[] = [];
  for (const m of markers) {
    const mStyle = m[1] ?? m[4];
    const mValue = ordinalValue(m[2] ?? m[3]);
    if (mStyle !== style) continue;
    if (mValue !== items.length + 1) break;
    const start = (m.index ?? 0) + m[0].length;
    // 第二，坚持解放思想，实事求是，与时俱进，求真务实。: an ordinal that opens a paragraph names a whole sentence.
    const opensParagraph = mStyle === '第' && (m.index === 0 || /[\r\n]/u.test(m[0]));
    const end = clauseEnd(text, start, opensParagraph ? '；。！？\r\n' : '，；。：！？\r\n');
    const item = text.slice(start, end).trim();
    if (!item) break;
    items.push(item);
  }
  if (items.length < 2) return undefined;
  const anchored = /^[”]?[：:]/u.test(text) && firstMarker.index <= 2;
  return { items, pattern: 'ordinal', anchored };
}

/** Items of a run of clauses that share a head and name the counted noun. */
function parallelRun(clauses: readonly string[], noun: string): string[] | undefined {
  if (!noun || clauses.length < 2) return undefined;
  const head = clauses[0];
  const run: string[] = [];
  for (const clause of clauses) {
    if (!clause.includes(noun) || commonPrefix([head, clause]).length < 2) break;
    run.push(clause);
  }
  if (run.length < 2) return undefined;
  const prefix = commonPrefix(run);
  const at = prefix.indexOf(noun);
  return run.map((clause) => (at >= 0 ? clause.slice(at) : clause));
}

/** 把握…的关系；把握…的关系: the sentences right after the term, split at ；and 。. */
export function findParallelItems(block: Block, from: number, noun: string): ItemsFound | undefined {
  const rest = block.text.slice(from);
  const start = /^[”]?[：]/u.test(rest) ? rest.indexOf('：') + 1 : sentenceEnd(rest, 0);
  const segments = rest
    .slice(start)
    .split(/[；。]/u)
    .map((s) => firstClause(s))
    .filter((s) => s.length > 0);
  const items = parallelRun(segments, noun);
  return items && { items, pattern: 'parallel', anchored: false };
}

/** Paragraphs after the term whose first clauses share a head naming the counted noun. */
export function findParagraphItems(blocks: readonly Block[], at: number, noun: string, limit: number): ItemsFound | undefined {
  const clauses: string[] = [];
  for (let k = at + 1; k < blocks.length && k <= at + limit + 1 && blocks[k].article === blocks[at].article; k++) {
    clauses.push(firstClause(blocks[k].text));
  }
  const items = parallelRun(clauses, noun);
  return items && { items, pattern: 'paragraphs', anchored: false };
}

/**
 * Paragraphs right before the term that open with a shared head naming the counted noun,
 * summed up after them: 坚持问题导向…。坚持系统观念…。坚持守正创新…。以上三条，概括为“三个坚持”。
 */
export function findParagraphItemsBefore(blocks: readonly Block[], at: number, noun: string, limit: number): ItemsFound | undefined {
  const clauses: string[] = [];
  for (let k = at - 1; k >= 0 && k >= at - limit - 1 && blocks[k].article === blocks[at].article && !blocks[k].heading; k--) {
    clauses.push(firstClause(blocks[k].text));
  }
  const items = parallelRun(clauses, noun);
  return items && { items: items.reverse(), pattern: 'paragraphs-before', anchored: false };
}

function sectionMarker(heading: string): { style: string; value: number; rest: string } | undefined {
  const text = heading.replace(MARKDOWN_HEADING, '');
  for (const [style, pattern] of SECTION_MARKERS) {
    const m = pattern.exec(text);
    const value = m ? ordinalValue(m[1]) : undefined;
    if (m && value !== undefined) return { style, value, rest: text.slice(m[0].length).trim() };
  }
  return undefined;
}

/** （一）（二）… sections, or ——dash or bulleted paragraphs, that follow the term's paragraph. */
export function findSectionItems(blocks: readonly Block[], at: number): ItemsFound | undefined {
  const next = blocks[at + 1];
  if (!next || next.article !== blocks[at].article) return undefined;
  if (DASH.test(next.text)) {
    const items: string[] = [];
    for (let k = at + 1; k < blocks.length && blocks[k].article === next.article && DASH.test(blocks[k].text); k++) {
      items.push(firstClause(blocks[k].text.replace(DASH, '')));
    }
    return items.length >= 2 ? { items, pattern: 'dashes', anchored: false } : undefined;
  }
  const opening = sectionMarker(next.text);
  if (!opening || opening.value !== 1) return undefined;
  const parent = sectionMarker(blocks[at].text)?.style;
  const items: string[] = [];
  for (let k = at + 1; k < blocks.length && blocks[k].article === next.article; k++) {
    const marker = sectionMarker(blocks[k].text);
    if (!marker) continue;
    if (marker.style === parent) break;
    if (marker.style !== opening.style) continue;
    if (marker.value !== items.length + 1) break;
    items.push(firstClause(marker.rest).replace(/[。；]$/u, ''));
  }
  return items.length >= 2 ? { items, pattern: 'sections', anchored: false } : undefined;
}

const DEFINITION_ANCHOR = /^”?(?:：|——|，?即[：]?|，?是指|，?指的是|，?就是|，?分别是|，?包括)/u;
const LIST_ANCHOR = /^”?(?:，|：|——)/u;

/**
 * Items spelled out right after the term: “六督”，督方针、督发展…; 两个维护即…，…; 三个面向——….
 * A bare comma only counts when the items echo the term (督 in 六督), so
 * “两个维护”内化于心、外化于行 is not read as its items.
 */
export function findItemsAfter(text: string, from: number, count: number, echo: string): ItemsFound[] {
  const rest = text.slice(from);
  const found: ItemsFound[] = [];
  const definition = DEFINITION_ANCHOR.exec(rest);
  const anchor = definition ?? LIST_ANCHOR.exec(rest);
  if (!anchor) return found;
  const start = from + anchor[0].length;
  const byComma = definition !== null && !anchor[0].endsWith('：') && !anchor[0].endsWith('——');
  const defines = definition !== null && /即|指|就是/u.test(anchor[0]);
  const list = listStartingAt(text, start);
  if (list && (definition || echoes(list.items, echo))) {
    found.push({ items: list.items, pattern: definition ? 'definition' : 'list-after', anchored: definition !== null, defines });
  }
  if (definition) {
    const end = sentenceEnd(text, start);
    const sentence = text.slice(start, end).replace(/[。！？]$/u, '');
    for (const separator of byComma ? ['；', '，'] : ['；']) {
      const all = sentence.split(separator).map((c) => c.trim()).filter(Boolean);
      const clauses = separator === '；' ? all : sharedHeadRun(all);
      if (clauses.length < 2) continue;
      if (clauses.length === count) {
        found.unshift({ items: clauses.map((c) => splitEnumeration(c).join('、')), pattern: 'definition', anchored: true, defines });
      }
    }
  }
  return found;
}

/** The clauses from the first on that open with the same two or more characters. */
function sharedHeadRun(clauses: readonly string[]): string[] {
  const run: string[] = [];
  for (const clause of clauses) {
    if (run.length > 0 && commonPrefix([run[0], clause]).length < 2) break;
    run.push(clause);
  }
  return run;
}

/** True when every item shares a character with the term's words (督 in 督方针 and 六督). */
export function echoes(items: readonly string[], echo: string): boolean {
  if (!echo) return false;
  return items.every((item) => [...echo].some((ch) => item.includes(ch)));
}
