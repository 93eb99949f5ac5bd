import type { TermEntry } from '../corpus/knowledge';
import { chineseNumeral } from '../text/numerals';
import type { Span, TextEdit } from '../types';
import type { WrittenEnumeration, WrittenItem } from './written';

/**
 * How a draft's enumeration of a slogan compares with a list of items, when it is clearly
 * that slogan's: as many items, or one fewer, and all but at most one of them found in it.
 */
export type Comparison =
  | { readonly kind: 'same' }
  | { readonly kind: 'order'; readonly edits: TextEdit[]; readonly span: Span }
  | { readonly kind: 'changed'; readonly index: number; readonly edit: TextEdit }
  | { readonly kind: 'missing'; readonly index: number; readonly edits: TextEdit[]; readonly span: Span };

/** The least a list must hold to be told from another: two items could be any pair. */
const MIN_ITEMS = 3;

interface Placed {
  /** The canonical item found in it, or -1. */
  readonly index: number;
  /** Where that item is written, inside the written item. */
  readonly at?: Span;
}

/** Each written item with the canonical item it holds, the one at its own place tried first. */
function place(text: string, written: readonly WrittenItem[], items: readonly string[]): Placed[] {
  const used = new Set<number>();
  return written.map((w, i) => {
    const value = text.slice(w.span.start, w.span.end);
    const order = [i, ...items.map((_, j) => j).filter((j) => j !== i).sort((a, b) => items[b].length - items[a].length)];
    for (const j of order) {
      if (j >= items.length || used.has(j)) continue;
      const at = value.indexOf(items[j]);
      if (at < 0) continue;
      used.add(j);
      return { index: j, at: { start: w.span.start + at, end: w.span.start + at + items[j].length } };
    }
    return { index: -1 };
  });
}

/** Where each item of `items` is written, when the draft's list is exactly that list in that order. */
export function locateItems(text: string, written: WrittenEnumeration, items: readonly string[]): Span[] | undefined {
  if (written.items.length !== items.length) return undefined;
  const placed = place(text, written.items, items);
  return placed.every((p, i) => p.index === i) ? placed.map((p) => p.at!) : undefined;
}

/**
 * True when the draft's list writes an item of an earlier official list that the current
 * one no longer has: the list is the earlier wording, which superseded-phrase judges by date.
 */
export function writesEarlierItem(text: string, written: WrittenEnumeration, entry: TermEntry, items: readonly string[]): boolean {
  for (const history of entry.history ?? []) {
    for (const old of history.items ?? []) {
      if (items.includes(old)) continue;
      if (written.items.some((w) => text.slice(w.span.start, w.span.end).includes(old))) return true;
    }
  }
  return false;
}

export function compareWritten(text: string, written: WrittenEnumeration, items: readonly string[]): Comparison | undefined {
  const n = items.length;
  const w = written.items.length;
  if (n < 2 || (w !== n && w !== n - 1)) return undefined;
  const placed = place(text, written.items, items);
  const found = placed.filter((p) => p.index >= 0).length;
  if (w === n && found === n) {
    if (placed.every((p, i) => p.index === i)) return { kind: 'same' };
    return reorder(text, written, placed, items);
  }
  if (n < MIN_ITEMS) return undefined;
  if (w === n && found === n - 1) {
    const k = placed.findIndex((p) => p.index < 0);
    if (!placed.every((p, i) => i === k || p.index === i)) return undefined;
    const edit = changedItem(text, written.items[k], items[k], written.form === 'list-before' && k === 0);
    return edit && { kind: 'changed', index: k, edit };
  }
  if (w === n - 1 && found === w && placed.every((p, i) => i === 0 || p.index > placed[i - 1].index)) {
    const missing = items.findIndex((_, j) => !placed.some((p) => p.index === j));
    return insertion(written, placed, items, missing);
  }
  return undefined;
}

function reorder(text: string, written: WrittenEnumeration, placed: readonly Placed[], items: readonly string[]): Comparison {
  const list = written.form === 'list-after' || written.form === 'list-before';
  // A list swaps the items themselves; an ordinal or parallel enumeration moves each item with what elaborates it.
  const spans = placed.map((p, i) => (list ? p.at! : written.items[i].body));
  const holding = new Map(placed.map((p, i) => [p.index, i]));
  const edits = spans.map((span, i) => ({ span, newText: list ? items[i] : text.slice(spans[holding.get(i)!].start, spans[holding.get(i)!].end) }));
  return { kind: 'order', edits: edits.filter((e) => text.slice(e.span.start, e.span.end) !== e.newText), span: { start: spans[0].start, end: spans[spans.length - 1].end } };
}

function commonPrefixLength(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
}

/**
 * The edit that turns a written item into the canonical one, when it is recognisably that
 * item with a part changed: 把握重点突破与整体推进的关系 for 把握重点突破与系统建设的关系. It
 * keeps what the two share at both ends; words before the item (in a list written before
 * the term) or after it (elsewhere) stay as they are.
 */
function changedItem(text: string, item: WrittenItem, canonical: string, leadIn: boolean): TextEdit | undefined {
  const value = text.slice(item.span.start, item.span.end);
  const flip = (s: string) => [...s].reverse().join('');
  // Anchored at its start, an item may run on with trailing words; written before a term, it may follow lead-in words.
  const [w, c] = leadIn ? [flip(value), flip(canonical)] : [value, canonical];
  const prefix = commonPrefixLength(w, c);
  let suffix = 0;
  let end = -1;
  if (item.exact) {
    end = w.length;
    suffix = Math.min(commonPrefixLength(flip(w), flip(c)), w.length - prefix, c.length - prefix);
  } else {
    for (let k = c.length - prefix; k >= 1; k--) {
      const at = w.indexOf(c.slice(c.length - k), prefix);
      if (at >= 0) {
        suffix = k;
        end = at + k;
        break;
      }
    }
  }
  const middle = end - suffix - prefix;
  const shared = prefix + suffix;
  if (end < 0 || shared < Math.max(2, Math.ceil(c.length / 2)) || middle < 1 || middle > c.length) return undefined;
  const wrote = w.slice(prefix, end - suffix);
  const should = c.slice(prefix, c.length - suffix);
  if (wrote === should) return undefined;
  const start = leadIn ? item.span.end - (end - suffix) : item.span.start + prefix;
  return { span: { start, end: start + middle }, newText: leadIn ? flip(should) : should };
}

/** The edits that write a missing item in its place, renumbering the ordinals after it. */
function insertion(written: WrittenEnumeration, placed: readonly Placed[], items: readonly string[], missing: number): Comparison | undefined {
  if (missing < 0) return undefined;
  const list = written.form === 'list-after' || written.form === 'list-before';
  const edits: TextEdit[] = [];
  const sep = written.separator;
  if (written.form === 'ordinal') {
    const markers = written.markers!;
    const marker = (k: number) => markers[0].shape.replace('{n}', chineseNumeral(k + 1));
    const [before, after] = markers[0].shape.split('{n}');
    if (missing === 0) {
      // Inserted at the first marker, which is renumbered too: one edit, as two would start at one place.
      edits.push({ span: markers[0].numeral, newText: `${chineseNumeral(1)}${after}${items[0]}${sep}${before}${chineseNumeral(2)}` });
    } else {
      const at = written.items[missing - 1].body.end;
      edits.push({ span: { start: at, end: at }, newText: `${sep}${marker(missing)}${items[missing]}` });
    }
    for (let k = Math.max(missing, 1); k < markers.length; k++) edits.push({ span: markers[k].numeral, newText: chineseNumeral(k + 2) });
  } else if (missing === 0) {
    const at = list ? placed[0].at!.start : written.items[0].body.start;
    edits.push({ span: { start: at, end: at }, newText: `${items[0]}${sep}` });
  } else {
    const at = list ? placed[missing - 1].at!.end : written.items[missing - 1].body.end;
    edits.push({ span: { start: at, end: at }, newText: `${sep}${items[missing]}` });
  }
  const first = written.markers?.[0].span.start ?? written.items[0].span.start;
  return { kind: 'missing', index: missing, edits, span: { start: first, end: written.items[written.items.length - 1].span.end } };
}

/** The canonical items of a slogan whose own list a draft is held to: curated ones, or mined ones that match the count. */
export function trustedItems(entry: TermEntry): readonly string[] | undefined {
  const items = entry.items;
  if (!items || items.length < 2 || new Set(items).size !== items.length) return undefined;
  if (items.some((item) => item.length < 2)) return undefined;
  if (entry.kind === 'glossary') return items;
  if (entry.kind !== 'numbered' || entry.itemsMatchNumeral !== true) return undefined;
  // A list later in the sentence is only related to the slogan; the others name it.
  return entry.itemPattern === 'list-later' ? undefined : items;
}
