import type { Span } from '../types';
import type { Canon, Enumeration } from './canon';
import { isOneEditAway } from './distance';
import type { ListRun } from './runs';
import type { Variant } from './variant';

/** A changed item must keep this many characters, so one edit leaves most of it intact. */
const MIN_CHANGED_ITEM_CHARS = 3;

type Place = 'first' | 'middle' | 'last' | 'only';

/**
 * Lists that are a known enumeration written wrongly: the same items in another order, one
 * item off by a single character, or (inside a quotation, where the slogan is clearly
 * cited) one item left out. A list must consist of the enumeration and nothing else: the
 * first item may follow lead-in words and the last may precede trailing words, but a longer
 * or shorter list is a different list.
 */
export function findListVariants(text: string, runs: readonly ListRun[], canon: Canon): Variant[] {
  const variants: Variant[] = [];
  for (const run of runs) {
    for (const list of candidateLists(text, run, canon)) {
      const variant = orderVariant(text, run, list) ?? changedVariant(text, run, list) ?? missingVariant(text, run, list);
      if (variant) {
        variants.push(variant);
        break;
      }
    }
  }
  return variants;
}

function placeOf(index: number, count: number): Place {
  return index === 0 ? 'first' : index === count - 1 ? 'last' : 'middle';
}

/** The span of `item` within a segment, or undefined: lead-in words may precede the first, trailing words follow the last. */
function itemSpan(text: string, segment: Span, item: string, place: Place): Span | undefined {
  if (place === 'middle') return text.slice(segment.start, segment.end) === item ? segment : undefined;
  if (place === 'first') {
    return text.startsWith(item, segment.end - item.length) && segment.end - item.length >= segment.start
      ? { start: segment.end - item.length, end: segment.end }
      : undefined;
  }
  return text.startsWith(item, segment.start) && segment.start + item.length <= segment.end
    ? { start: segment.start, end: segment.start + item.length }
    : undefined;
}

function candidateLists(text: string, run: ListRun, canon: Canon): Enumeration[] {
  const found = new Set<Enumeration>();
  const add = (item: string) => {
    for (const list of canon.byItem.get(item) ?? []) found.add(list);
  };
  const count = run.segments.length;
  run.segments.forEach((segment, i) => {
    const place = placeOf(i, count);
    if (place === 'middle') return add(text.slice(segment.start, segment.end));
    for (const length of canon.itemLengths) {
      if (length > segment.end - segment.start) continue;
      add(place === 'first' ? text.slice(segment.end - length, segment.end) : text.slice(segment.start, segment.start + length));
    }
  });
  return [...found].filter((list) => list.items.length === count || (run.quoted && list.items.length === count + 1));
}

function listSpan(first: Span, last: Span): Span {
  return { start: first.start, end: last.end };
}

function orderVariant(text: string, run: ListRun, list: Enumeration): Variant | undefined {
  const count = run.segments.length;
  if (list.items.length !== count) return undefined;
  const used = new Set<string>();
  const spans: Span[] = [];
  for (let i = 0; i < count; i++) {
    const place = placeOf(i, count);
    // Where items end alike (…力), the canonical item at this place is tried first.
    const ordered = [list.items[i], ...list.items.filter((_, j) => j !== i)];
    const item = ordered.find((candidate) => !used.has(candidate) && itemSpan(text, run.segments[i], candidate, place));
    if (!item) return undefined;
    used.add(item);
    spans.push(itemSpan(text, run.segments[i], item, place)!);
  }
  const span = listSpan(spans[0], spans[count - 1]);
  const canonical = list.items.join('、');
  if (text.slice(span.start, span.end) === canonical) return undefined;
  return { kind: 'order', span, replacement: canonical, canonical, entry: list.entry };
}

function changedVariant(text: string, run: ListRun, list: Enumeration): Variant | undefined {
  const count = run.segments.length;
  if (list.items.length !== count) return undefined;
  let changed = -1;
  for (let i = 0; i < count; i++) {
    if (itemSpan(text, run.segments[i], list.items[i], placeOf(i, count))) continue;
    if (changed >= 0) return undefined;
    changed = i;
  }
  if (changed < 0) return undefined;
  const item = list.items[changed];
  if ([...item].length < MIN_CHANGED_ITEM_CHARS) return undefined;
  const span = nearItemSpan(text, run.segments[changed], item, placeOf(changed, count));
  if (!span) return undefined;
  const written = text.slice(span.start, span.end);
  if (list.items.includes(written)) return undefined;
  return { kind: 'changed', span, replacement: item, canonical: list.items.join('、'), entry: list.entry };
}

/** Where a segment holds `item` off by one edit: the whole segment in the middle, its end or start at the edges. */
function nearItemSpan(text: string, segment: Span, item: string, place: Place): Span | undefined {
  const spans: Span[] = [];
  if (place === 'middle') spans.push(segment);
  else {
    for (const length of [item.length, item.length + 1, item.length - 1]) {
      if (length > segment.end - segment.start || length < 1) continue;
      spans.push(place === 'first' ? { start: segment.end - length, end: segment.end } : { start: segment.start, end: segment.start + length });
    }
  }
  return spans.find((span) => isOneEditAway(text.slice(span.start, span.end), item));
}

function missingVariant(text: string, run: ListRun, list: Enumeration): Variant | undefined {
  const count = run.segments.length;
  if (!run.quoted || list.items.length !== count + 1 || count < 2) return undefined;
  const written = run.segments.map((segment) => text.slice(segment.start, segment.end));
  const missing = list.items.findIndex((_, skip) => list.items.filter((__, j) => j !== skip).every((item, j) => item === written[j]));
  if (missing < 0) return undefined;
  const canonical = list.items.join('、');
  return { kind: 'missing', span: listSpan(run.segments[0], run.segments[count - 1]), replacement: canonical, canonical, entry: list.entry };
}
