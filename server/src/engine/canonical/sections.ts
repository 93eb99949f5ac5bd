import { enumerationRuns, type EnumerationMarker } from '../document/enumerations';
import type { DocumentModel } from '../document/model';
import type { Span } from '../types';
import type { Canon } from './canon';
import { insideTitle } from './drafted';
import { compareWritten, writesEarlierItem } from './enumerated';
import type { Variant } from './variant';
import type { WrittenEnumeration, WrittenItem } from './written';

const ITEM_MARKS = '，,。；;：:！!？?\n\r';
/** After the term, the line that announces the items may only close: 把握好“四个关系”，具体是： */
const CLOSING_REST = /^[”’」』]?[^。！？!?]{0,8}[：:。]?[ \t\u3000]*$/u;

/** The last non-blank line before the line at `at`. */
function lineBefore(text: string, at: number): Span | undefined {
  let end = at;
  while (end > 0 && text[end - 1] !== '\n' && text[end - 1] !== '\r') end--;
  while (end > 0 && /\s/u.test(text[end - 1])) end--;
  if (end === 0) return undefined;
  let start = end;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  return { start, end };
}

/** True when only blanks (or a Markdown heading's #s) stand between the start of the line and `at`. */
function opensLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n' || c === '\r') return true;
    if (c !== ' ' && c !== '\t' && c !== '\u3000' && c !== '#') return false;
  }
  return true;
}

/** Each marker opens a line of its own: the sections of an enumeration, not ordinals inside one paragraph. */
function eachOnItsOwnLine(text: string, markers: readonly EnumerationMarker[]): boolean {
  return markers.every((m, i) => opensLine(text, m.span.start) && (i === 0 || text.slice(markers[i - 1].span.end, m.span.start).includes('\n')));
}

function sectionItems(text: string, markers: readonly EnumerationMarker[]): WrittenItem[] | undefined {
  const items: WrittenItem[] = [];
  for (const marker of markers) {
    let end = marker.span.end;
    while (end < text.length && !ITEM_MARKS.includes(text[end])) end++;
    while (end > marker.span.end && /\s/u.test(text[end - 1])) end--;
    if (end === marker.span.end) return undefined;
    const span = { start: marker.span.end, end };
    items.push({ span, body: span });
  }
  return items;
}

/**
 * What may stand after the term on the announcing line: a closing quote, eight characters and
 * a colon or full stop (CLOSING_REST), once the line's trailing blanks are cut.
 */
const MAX_REST = 10;

/**
 * The enumerated slogans, in the canon's order, whose last code unit stands among the last
 * MAX_REST + 1 of `announced`: only they can pass CLOSING_REST, and a document has thousands
 * of lines to try against hundreds of slogans.
 */
function enumeratedEndingIn(canon: Canon, announced: string): Canon['enumerated'] {
  const found = new Set<number>();
  for (let i = Math.max(0, announced.length - MAX_REST - 1); i < announced.length; i++) {
    for (const k of canon.enumeratedByLast.get(announced.charCodeAt(i)) ?? []) found.add(k);
  }
  return [...found].sort((a, b) => a - b).map((k) => canon.enumerated[k]);
}

/**
 * A slogan announced at the end of a line, its items the sections or paragraphs that follow,
 * each opening with its number: 把握“四个关系”。（一）把握…的关系 (new line) （二）…. A changed item
 * is fixed in place; an item missing or out of order is reported without a fix, since moving
 * whole sections is the drafter's call.
 */
export function findSectionVariants(document: DocumentModel, canon: Canon): Variant[] {
  if (canon.enumerated.length === 0) return [];
  const text = document.text;
  const variants: Variant[] = [];
  for (const run of enumerationRuns(document)) {
    const markers = run.markers;
    if (markers.length < 2 || markers[0].value !== 1 || !eachOnItsOwnLine(text, markers)) continue;
    const line = lineBefore(text, markers[0].span.start);
    if (!line) continue;
    const announced = text.slice(line.start, line.end);
    for (const { entry, items } of enumeratedEndingIn(canon, announced)) {
      const at = announced.lastIndexOf(entry.term);
      if (at < 0 || insideTitle(announced, at) || !CLOSING_REST.test(announced.slice(at + entry.term.length))) continue;
      const written = sectionItems(text, markers);
      if (!written) break;
      const enumeration: WrittenEnumeration = { form: 'parallel', items: written, separator: '' };
      if (writesEarlierItem(text, enumeration, entry, items)) break;
      const comparison = compareWritten(text, enumeration, items);
      const canonical = items.join('、');
      if (comparison?.kind === 'changed') {
        const { edit } = comparison;
        variants.push({ kind: 'changed', span: edit.span, replacement: edit.newText, canonical: items[comparison.index], entry });
      } else if (comparison?.kind === 'order' || comparison?.kind === 'missing') {
        const span = { start: markers[0].span.start, end: written[written.length - 1].span.end };
        variants.push({ kind: comparison.kind, span, replacement: canonical, canonical, entry, edits: [] });
      }
      break;
    }
  }
  return variants;
}
