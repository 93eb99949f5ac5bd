import { isHanAt } from '../text/chars';
import { chineseNumeral, chineseNumeralValue } from '../text/numerals';
import type { Span } from '../types';
import type { Line } from './lines';
import type { DocumentModel } from './model';

/**
 * The ordinals that number the items of an enumeration: inline ones inside paragraphs
 * (一是 二是, 第一， 第二， 首先 其次 再次) and the numbers that open headings or numbered
 * paragraphs (一、 （一） 1. （1）).
 */
export type MarkerFamily = 'shi' | 'di' | 'sequence' | 'heading';

export interface EnumerationMarker {
  readonly family: MarkerFamily;
  /** Heading depth: 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）; 0 for inline markers. */
  readonly level: number;
  readonly value: number;
  /** The whole marker, e.g. 二是 or （二）. */
  readonly span: Span;
  /** The ordinal inside it, which renumbering replaces. */
  readonly numeral: Span;
  /** The paragraph of an inline marker, or -1. */
  readonly paragraph: number;
  readonly atParagraphStart: boolean;
  /** Grows at every heading, title and author note: an inline enumeration never crosses one. */
  readonly section: number;
}

export interface EnumerationRun {
  readonly markers: readonly EnumerationMarker[];
  /** For heading runs: the heading one level up that the run sits under. */
  readonly parent?: EnumerationMarker;
}

const SEQUENCE_WORDS = ['首先', '其次', '再次'];
const INLINE = /([一二三四五六七八九十]{1,3})是|第([一二三四五六七八九十]{1,3})(?=[，,、：:])|(首先|其次|再次)(?=[，,])/gu;
const BOUNDARY = new Set(['。', '；', ';', '：', ':', '，', ',', '！', '？', '!', '?']);
const SENTENCE_CLOSE = new Set(['。', '！', '？', '!', '?']);
const HEADING_NUMBERS: readonly [RegExp, number][] = [
  [/^([一二三四五六七八九十]{1,3})、/u, 1],
  [/^[（(]([一二三四五六七八九十]{1,3})[)）]/u, 2],
  [/^(\d{1,2})[.．、](?!\d)/u, 3],
  [/^[（(](\d{1,2})[)）]/u, 4],
];
const MARKDOWN_PREFIX = /^#{1,6}\s+/u;
/** The characters a heading number can open with: every pattern of HEADING_NUMBERS starts with one. */
const NUMBER_OPENERS = new Set([...'一二三四五六七八九十（(0123456789']);

/** The text of a line after a Markdown heading's #s, and whether a heading number could open it. */
function numberPlace(text: string): { prefix: number; possible: boolean } {
  const prefix = text.charCodeAt(0) === 35 ? (MARKDOWN_PREFIX.exec(text)?.[0].length ?? 0) : 0;
  return { prefix, possible: NUMBER_OPENERS.has(text[prefix]) };
}
/** A chapter, an appendix or an unnumbered Markdown heading closes every open heading enumeration. */
const SECTION_BREAK = /^(?:第[一二三四五六七八九十百]+[章节部分篇]|附[件录：:])/u;

/** How a marker reads with another value: 三是 → 二是, （3） → （2）, 其次 → 再次. */
export function renderNumeral(marker: EnumerationMarker, value: number): string {
  if (marker.family === 'sequence') return SEQUENCE_WORDS[value - 1] ?? '';
  return marker.level >= 3 ? String(value) : chineseNumeral(value);
}

/** Every inline and heading marker of the document, in text order. */
export function enumerationMarkers(document: DocumentModel): EnumerationMarker[] {
  const sections = sectionsOf(document);
  const markers: EnumerationMarker[] = [];
  // One pass over the whole text tells which paragraphs hold a marker at all; a paragraph
  // joined from broken lines is read whole, since a marker may straddle the break.
  const found = Array.from(document.text.matchAll(INLINE), (m) => m.index);
  let next = 0;
  for (const paragraph of document.paragraphs) {
    while (next < found.length && found[next] < paragraph.span.start) next++;
    const holdsMarker = next < found.length && found[next] < paragraph.span.end;
    if (!holdsMarker && paragraph.segments.length === 1) continue;
    const section = sections.inline.get(paragraph.span.start) ?? 0;
    const text = paragraph.text;
    for (const m of text.matchAll(INLINE)) {
      if (!atBoundary(text, m.index)) continue;
      const word = m[1] ?? m[2] ?? m[3];
      const value = m[3] ? SEQUENCE_WORDS.indexOf(m[3]) + 1 : chineseNumeralValue(word);
      if (value === undefined || value < 1) continue;
      const numeralStart = m[3] ? m.index : m.index + (m[2] ? 1 : 0);
      const toSpan = (start: number, end: number): Span => ({ start: paragraph.toOriginal(start), end: paragraph.toOriginal(end - 1) + 1 });
      markers.push({
        family: m[1] ? 'shi' : m[2] ? 'di' : 'sequence',
        level: 0,
        value,
        span: toSpan(m.index, m.index + m[0].length),
        numeral: toSpan(numeralStart, numeralStart + word.length),
        paragraph: paragraph.index,
        atParagraphStart: m.index === 0,
        section,
      });
    }
  }
  for (const line of sections.numberable) {
    const marker = headingMarker(line, sections.heading.get(line.span.start) ?? 0);
    if (marker) markers.push(marker);
  }
  return markers.sort((a, b) => a.span.start - b.span.start);
}

/** Several rules read the enumerations of one analysed document; they are grouped once. */
const runsOf = new WeakMap<DocumentModel, readonly EnumerationRun[]>();

/**
 * Groups markers into enumerations. An inline enumeration starts at its first item and
 * continues in the same paragraph, or at the start of a later paragraph of the same
 * section; an item with no enumeration to continue is left alone. A heading enumeration
 * runs until a heading of a higher level, a chapter, an appendix, an author note or its
 * own first number again.
 */
export function enumerationRuns(document: DocumentModel): readonly EnumerationRun[] {
  let runs = runsOf.get(document);
  if (!runs) {
    runs = groupRuns(enumerationMarkers(document));
    runsOf.set(document, runs);
  }
  return runs;
}

function groupRuns(markers: readonly EnumerationMarker[]): EnumerationRun[] {
  const runs: { markers: EnumerationMarker[]; parent?: EnumerationMarker }[] = [];
  const inline = new Map<MarkerFamily, EnumerationMarker[]>();
  const open = new Map<number, { markers: EnumerationMarker[]; parent?: EnumerationMarker }>();
  let lastSection = -1;
  for (const marker of markers) {
    if (marker.family !== 'heading') {
      const run = inline.get(marker.family);
      const last = run?.[run.length - 1];
      const continues =
        last !== undefined &&
        marker.value > 1 &&
        (last.paragraph === marker.paragraph || (marker.atParagraphStart && last.section === marker.section));
      if (continues) run!.push(marker);
      else if (marker.value === 1) {
        const fresh = [marker];
        inline.set(marker.family, fresh);
        runs.push({ markers: fresh });
      }
      continue;
    }
    if (marker.section !== lastSection) open.clear();
    lastSection = marker.section;
    for (const level of [...open.keys()]) if (level > marker.level) open.delete(level);
    const run = open.get(marker.level);
    // A first item again opens a new list (an appendix, a second part), not a repeat.
    if (run && marker.value !== 1) run.markers.push(marker);
    else {
      let parent: EnumerationMarker | undefined;
      for (const [level, outer] of open) if (level < marker.level && (!parent || level > parent.level)) parent = outer.markers[outer.markers.length - 1];
      const fresh = { markers: [marker], parent };
      open.set(marker.level, fresh);
      runs.push(fresh);
    }
  }
  return runs;
}

function atBoundary(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = text[index - 1];
  if (BOUNDARY.has(before)) return true;
  // 建设.二是: a Chinese sentence closed by a half-width full stop, which punctuation-width fixes.
  if (before === '.' && isHanAt(text, index - 2)) return true;
  return (before === '”' || before === '’' || before === '）') && SENTENCE_CLOSE.has(text[index - 2] ?? '');
}

function headingMarker(line: Line, section: number): EnumerationMarker | undefined {
  const { prefix, possible } = numberPlace(line.text);
  if (!possible) return undefined;
  const text = line.text.slice(prefix);
  for (const [pattern, level] of HEADING_NUMBERS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const value = level >= 3 ? Number(m[1]) : chineseNumeralValue(m[1]);
    if (value === undefined || value < 1) return undefined;
    const start = line.span.start + prefix;
    const numeralStart = start + m[0].indexOf(m[1]);
    return {
      family: 'heading',
      level,
      value,
      span: { start, end: start + m[0].length },
      numeral: { start: numeralStart, end: numeralStart + m[1].length },
      paragraph: -1,
      atParagraphStart: true,
      section,
    };
  }
  return undefined;
}

/**
 * Section numbers keyed by line start. Inline enumerations end at any heading, title,
 * author note or numbered paragraph; heading enumerations end only at an author note,
 * a chapter or an unnumbered Markdown heading. `numberable` holds the lines that may open
 * with a heading number: headings and body lines, but not a heading stranded inside a sentence.
 */
function sectionsOf(document: DocumentModel): { inline: Map<number, number>; heading: Map<number, number>; numberable: Line[] } {
  const stray = new Set(document.breaks.flatMap((b) => (b.strayHeading ? [b.strayHeading.span.start] : [])));
  const inline = new Map<number, number>();
  const heading = new Map<number, number>();
  const numberable: Line[] = [];
  let inlineSection = 0;
  let headingSection = 0;
  for (const line of document.lines) {
    if (stray.has(line.span.start)) continue;
    const mayBeNumbered = line.kind === 'heading' || line.kind === 'text';
    if (mayBeNumbered) numberable.push(line);
    const place = mayBeNumbered ? numberPlace(line.text) : undefined;
    const numbered = place !== undefined && place.possible && HEADING_NUMBERS.some(([p]) => p.test(line.text.slice(place.prefix)));
    if (line.kind === 'author-note' || SECTION_BREAK.test(line.text) || (line.kind === 'heading' && !numbered)) headingSection++;
    if (numbered || (line.kind !== 'text' && line.kind !== 'list-item')) inlineSection++;
    inline.set(line.span.start, inlineSection);
    heading.set(line.span.start, headingSection);
  }
  return { inline, heading, numberable };
}
