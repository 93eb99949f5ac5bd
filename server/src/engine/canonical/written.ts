import { chineseNumeralValue } from '../text/numerals';
import type { Span } from '../types';

/**
 * A draft's own enumeration of a slogan, read right next to the slogan: 一是…二是…;
 * （一）…（二）… inline; parallel clauses with a shared head (把握…的关系；把握…的关系);
 * a 、-list right after or right before the term.
 */
export type WrittenForm = 'ordinal' | 'parallel' | 'list-after' | 'list-before';

export interface WrittenItem {
  /** The item as written: the first clause after its marker, or its list segment. */
  readonly span: Span;
  /** Everything that belongs to the item, up to the separator before the next one. */
  readonly body: Span;
  /** The span is the item and nothing else: a list segment between two commas, or one ending at the term. */
  readonly exact?: boolean;
}

export interface OrdinalMarker {
  readonly span: Span;
  /** The numeral inside the marker, which renumbering replaces. */
  readonly numeral: Span;
  /** 一是 → '{n}是', （一） → '（{n}）'. */
  readonly shape: string;
}

export interface WrittenEnumeration {
  readonly form: WrittenForm;
  readonly items: readonly WrittenItem[];
  /** The marker before each item, for ordinal enumerations. */
  readonly markers?: readonly OrdinalMarker[];
  /** What separates two items: 、 or ；. */
  readonly separator: string;
}

const CLAUSE_MARKS = '，,。；;：:！!？?“”‘’"（）()《》\n\r';
const ITEM_MARKS = '，,。；;：:！!？?\n\r';
const SENTENCE_MARKS = '。！？!?\n\r';
const CLOSING_QUOTES = '”’」』';
const OPENING_QUOTES = '“‘「『';
const AFTER_ANCHOR = /^(?:：|——|，?即[：:]?|，?是指|，?分别是|，?包括[：:]?)/u;
/** Inline ordinals; the item text begins right after the marker. */
const ORDINAL = /(?<=^|[。；;，,：:！!？?])[ \t\u3000]*(?:([一二三四五六七八九十]{1,2})是(?:要)?|第([一二三四五六七八九十]{1,2})(?=[，,、：:])[，,、：:]|[（(]([一二三四五六七八九十]{1,2})[)）])/gu;
/** What the first marker of an ordinal enumeration contains. */
const FIRST_MARKERS = ['一是', '第一', '一）', '一)'];
/** An enumeration opens in the term's sentence or the one after it, or it belongs to something else. */
const SENTENCES_TO_FIRST_ITEM = 2;
/** How far after the term an enumeration with its elaborations may run: the search for ordinals stops there. */
const MAX_ENUMERATION_CHARS = 4000;

/** The marks of each set as a table by code unit: the scans below look at every character. */
const tables = new Map<string, Uint8Array>();

function tableOf(marks: string): Uint8Array {
  let table = tables.get(marks);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (let i = 0; i < marks.length; i++) table[marks.charCodeAt(i)] = 1;
    tables.set(marks, table);
  }
  return table;
}

function indexOfAny(text: string, marks: string, from: number, to = text.length): number {
  const table = tableOf(marks);
  for (let i = from; i < to; i++) if (table[text.charCodeAt(i)] === 1) return i;
  return to;
}

function trimmed(text: string, span: Span): Span | undefined {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

/** The position just after the term and a closing quote. */
function afterTerm(text: string, term: Span): number {
  return CLOSING_QUOTES.includes(text[term.end] ?? '') ? term.end + 1 : term.end;
}

/**
 * Splits [from, to) at 、 into list segments; undefined unless there are two or more. The
 * segment at the open end may carry words that are not the item's: trailing words after a
 * list that follows the term, lead-in words before a list that ends at it.
 */
function listSegments(text: string, from: number, to: number, openEnd: 'first' | 'last'): WrittenItem[] | undefined {
  const spans: Span[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && text[i] !== '、') continue;
    const span = trimmed(text, { start, end: i });
    if (!span) return undefined;
    spans.push(span);
    start = i + 1;
  }
  if (spans.length < 2) return undefined;
  const open = openEnd === 'first' ? 0 : spans.length - 1;
  return spans.map((span, i) => ({ span, body: span, exact: i !== open }));
}

/** “四风”：形式主义、官僚主义… — a list right after the term and an anchor. */
function listAfter(text: string, term: Span): WrittenEnumeration | undefined {
  const after = afterTerm(text, term);
  const anchor = AFTER_ANCHOR.exec(text.slice(after, after + 6));
  if (!anchor) return undefined;
  const start = after + anchor[0].length;
  const items = listSegments(text, start, indexOfAny(text, CLAUSE_MARKS, start), 'last');
  return items && { form: 'list-after', items, separator: '、' };
}

/** 政治意识、大局意识、核心意识、看齐意识“四个意识” — a list that ends right at the term. */
function listBefore(text: string, term: Span): WrittenEnumeration | undefined {
  let end = term.start;
  if (OPENING_QUOTES.includes(text[end - 1] ?? '')) end--;
  if (text[end - 1] === '的') end--;
  // ……等基本政治制度: a list closed by 等 names some of the items, never all of them.
  if (text[end - 1] === '等') return undefined;
  const clause = tableOf(CLAUSE_MARKS);
  let start = end;
  while (start > 0 && clause[text.charCodeAt(start - 1)] !== 1) start--;
  const items = listSegments(text, start, end, 'first');
  return items && { form: 'list-before', items, separator: '、' };
}

/** The end of the sentence that holds `from`: the position of its 。！？ (or of the text's end). */
function sentenceEnd(text: string, from: number): number {
  return indexOfAny(text, SENTENCE_MARKS, from);
}

/** 一是…；二是…；三是…。 — markers numbered from one, opening in the term's sentence or the next. */
function ordinal(whole: string, term: Span): WrittenEnumeration | undefined {
  // Offsets stay those of the whole text; only the search is bounded.
  const text = whole.length > term.end + MAX_ENUMERATION_CHARS ? whole.slice(0, term.end + MAX_ENUMERATION_CHARS) : whole;
  let limit = afterTerm(text, term);
  for (let k = 0; k < SENTENCES_TO_FIRST_ITEM && limit < text.length; k++) limit = sentenceEnd(text, limit) + 1;
  // Most terms have no first item after them: a glance at the window spares the search of the rest.
  const window = text.slice(afterTerm(text, term), limit);
  if (!FIRST_MARKERS.some((marker) => window.includes(marker))) return undefined;
  const pattern = ORDINAL;
  pattern.lastIndex = afterTerm(text, term);
  const markers: (OrdinalMarker & { value: number; style: number })[] = [];
  // The first marker is looked for only where it may open; the others follow it.
  for (let m = pattern.exec(text.slice(0, limit)); m; m = pattern.exec(text)) {
    const style = m[1] ? 1 : m[2] ? 2 : 3;
    const word = m[1] ?? m[2] ?? m[3];
    const value = chineseNumeralValue(word);
    const markerStart = m.index + (m[0].length - m[0].trimStart().length);
    if (markers.length === 0) {
      if (value !== 1) return undefined;
    } else if (style !== markers[0].style || value !== markers.length + 1) break;
    const numeralStart = markerStart + m[0].trimStart().indexOf(word);
    const shape = m[0].trimStart().replace(word, '{n}');
    markers.push({ span: { start: markerStart, end: m.index + m[0].length }, numeral: { start: numeralStart, end: numeralStart + word.length }, shape, value, style });
  }
  if (markers.length < 2) return undefined;
  const items: WrittenItem[] = [];
  for (let i = 0; i < markers.length; i++) {
    const start = markers[i].span.end;
    const next = markers[i + 1];
    // The last item runs to the end of its sentence; the others to the separator before the next marker.
    const bodyEnd = next ? next.span.start - 1 : sentenceEnd(text, start);
    const body = trimmed(text, { start, end: Math.max(start, bodyEnd) });
    const span = body && trimmed(text, { start, end: indexOfAny(text, ITEM_MARKS, start, body.end) });
    if (!body || !span) return undefined;
    items.push({ span, body });
  }
  const separator = markers.length > 1 ? text[markers[1].span.start - 1] : '；';
  return { form: 'ordinal', items, markers, separator: '；;。，,'.includes(separator) ? separator : '；' };
}

/**
 * 把握…的关系；把握…的关系。 — clauses after the term's colon, or from the next sentence on,
 * that open with the same `head`.
 */
function parallel(text: string, term: Span, head: string, count: number): WrittenEnumeration | undefined {
  if (head.length < 2) return undefined;
  const after = afterTerm(text, term);
  const colon = text[after] === '：' || text[after] === ':';
  let start = colon ? after + 1 : sentenceEnd(text, after) + 1;
  const items: WrittenItem[] = [];
  while (start < text.length && items.length <= count) {
    const end = indexOfAny(text, '；;。\n\r', start);
    const body = trimmed(text, { start, end });
    if (!body || !text.startsWith(head, body.start)) break;
    const span = trimmed(text, { start: body.start, end: indexOfAny(text, ITEM_MARKS, body.start, body.end) })!;
    items.push({ span, body });
    if (text[end] !== '；' && text[end] !== ';' && text[end] !== '。') break;
    start = end + 1;
  }
  return items.length >= 2 ? { form: 'parallel', items, separator: '；' } : undefined;
}

const heads = new WeakMap<readonly string[], string>();

/** The characters every item opens with: 把握 for 把握…的关系. */
export function sharedHead(items: readonly string[]): string {
  let head = heads.get(items);
  if (head === undefined) {
    head = items[0] ?? '';
    for (const item of items) while (!item.startsWith(head)) head = head.slice(0, -1);
    heads.set(items, head);
  }
  return head;
}

/** Every enumeration written right next to an occurrence of a slogan, the most closely tied first. */
export function writtenEnumerations(text: string, term: Span, canonical: readonly string[]): WrittenEnumeration[] {
  const found = [listAfter(text, term), ordinal(text, term), parallel(text, term, sharedHead(canonical), canonical.length), listBefore(text, term)];
  return found.filter((e): e is WrittenEnumeration => e !== undefined);
}
