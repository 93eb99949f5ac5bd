import type { KnowledgeBase, TermEntry } from './corpus/knowledge';
import { completionIndexOf, type CompletionIndex, type CompletionTerm, type SourceLookup } from './completion-index';
import { defineMessages } from './messages';
import type { Segmenter } from './segmenter';
import { isHanAt } from './text/chars';
import { chineseNumeral } from './text/numerals';
import type { Locale, Span } from './types';

export interface CompletionCandidate {
  readonly entry: TermEntry;
  /** What the list shows. */
  readonly label: string;
  /** Text inserted in place of `replace`: plain text, or a snippet when `snippet` is set. */
  readonly insertText: string;
  /** True when `insertText` is in snippet syntax (`${1:item}` tab stops). */
  readonly snippet: boolean;
  /** Text the editor's own filter matches what is typed against: the typed text comes first, so pinyin survives it. */
  readonly filterText: string;
  /** Higher is better established in the corpus. */
  readonly weight: number;
  /** One line shown beside the label. */
  readonly detail: string;
  /** Markdown documentation: the term's items, definition and sources. */
  readonly documentation: string;
}

export interface CompletionResult {
  /** What the candidates replace: the typed prefix, Chinese characters and/or pinyin letters. */
  readonly replace: Span;
  readonly candidates: readonly CompletionCandidate[];
}

export interface CompletionOptions {
  readonly locale: Locale;
  /** The Markdown description of a term. */
  readonly describe: (entry: TermEntry) => string;
  readonly segmenter?: Segmenter;
  /** Which corpus sources are official texts, and their dates: the list ranks by them. */
  readonly sources?: SourceLookup;
}

/** A single typed character starts too many terms to be worth a list, except right after an opening quote. */
const MIN_PREFIX_CHARS = 2;
/** Pinyin typed in one go is rarely longer than this; it bounds how far back the cursor is looked at. */
const MAX_PINYIN_LETTERS = 64;
/**
 * The most candidates one list holds. The editor shows about a dozen at a time and asks
 * again on every keystroke (the server marks each list incomplete), so the best
 * established ones are enough: typing narrows the list. A list of every known term would
 * cost a large response on every opening quote.
 */
const MAX_CANDIDATES = 20;

const messages = defineMessages({
  detail: { zh: '提法 · 语料中出现 {count} 次', en: 'Slogan · {count} uses in the corpus' },
  expandLabel: { zh: '{term}（展开为 {count} 项）', en: '{term} (expand into {count} items)' },
  expandDetail: { zh: '提法 · 逐项展开，可逐项修改', en: 'Slogan · its items, each one editable' },
});

/**
 * Candidates for the text typed before `offset`. Only the current line, as far back as the
 * longest known term, is looked at, so the cost does not grow with the document.
 *
 * - Pinyin: the ASCII letters just before the cursor spell the start of a term, in full or by
 *   initials; Chinese characters right before the letters may fix its first characters (两个wh).
 * - Chinese: the longest run of characters ending at the cursor that starts a known term;
 *   where a segmenter is loaded, a run starting on a word boundary is preferred, so 坚持两个
 *   completes 两个…, not 持两个….
 * - Right after an opening quote a term is surely meant: nothing typed yet offers the best
 *   established terms, and one character or letter is enough to narrow them.
 *
 * A list holds at most MAX_CANDIDATES candidates, in the order of the index: curated entries,
 * then the terms more official texts use, then the more recently used, then the better established.
 */
export function completeAt(
  knowledge: KnowledgeBase,
  text: string,
  offset: number,
  options: CompletionOptions,
): CompletionResult | undefined {
  const index = completionIndexOf(knowledge, options.sources);
  const t = messages(options.locale);
  let letters = offset;
  while (letters > 0 && offset - letters < MAX_PINYIN_LETTERS && /[A-Za-z]/u.test(text[letters - 1])) letters--;
  const lineStart = startOfWindow(text, letters, knowledge.maxTermLength);

  if (letters < offset) {
    const typedPinyin = text.slice(letters, offset);
    const literalStarts = candidateStarts(index, text, lineStart, letters, 1);
    for (const start of preferWordStart(literalStarts, text, lineStart, letters, options.segmenter)) {
      const matches = index.withPinyin(text.slice(start, letters), typedPinyin);
      if (matches.length > 0) return result(start, matches);
    }
    if (typedPinyin.length < MIN_PREFIX_CHARS && !afterOpeningQuote(text, letters)) return undefined;
    const matches = index.withPinyin('', typedPinyin);
    return matches.length > 0 ? result(letters, matches) : undefined;
  }

  if (afterOpeningQuote(text, offset)) return result(offset, index.byRank());

  const starts = candidateStarts(index, text, lineStart, offset, MIN_PREFIX_CHARS);
  const [start] = preferWordStart(starts, text, lineStart, offset, options.segmenter);
  if (start === undefined) return undefined;
  const prefix = text.slice(start, offset);
  return result(
    start,
    index.withPrefix(prefix).filter((term) => term.entry.term !== prefix),
  );

  /** The best established matches, as many as fit in one list; a term's expansion stays beside it. */
  function result(start: number, matches: readonly Match[]): CompletionResult {
    const typed = text.slice(start, offset);
    const candidates: CompletionCandidate[] = [];
    for (const match of [...matches].sort((a, b) => termOf(a).rank - termOf(b).rank)) {
      const more = 'readings' in match ? candidatesFor(match.term, typed, match.readings) : candidatesFor(match, typed, []);
      if (candidates.length + more.length > MAX_CANDIDATES) break;
      candidates.push(...more);
    }
    return { replace: { start, end: offset }, candidates };
  }

  function candidatesFor(term: CompletionTerm, typed: string, readings: readonly string[]): CompletionCandidate[] {
    const { entry, weight } = term;
    // Described only when asked for: a list shows dozens of items and the editor documents one.
    const describe = () => options.describe(entry);
    const filterText = [typed, entry.term, readings.map((r) => r[0]).join(''), readings.join('')].filter(Boolean).join(' ');
    const plain: CompletionCandidate = {
      entry,
      label: entry.term,
      insertText: entry.term,
      snippet: false,
      filterText,
      weight,
      detail: t('detail', { count: entry.sources.length }),
      get documentation() {
        return describe();
      },
    };
    const items = expandableItems(entry);
    if (!items) return [plain];
    return [
      plain,
      {
        entry,
        label: t('expandLabel', { term: entry.term, count: items.length }),
        insertText: expansionSnippet(entry.term, items),
        snippet: true,
        filterText,
        weight,
        detail: t('expandDetail'),
        get documentation() {
          return describe();
        },
      },
    ];
  }
}

/** Loads the pinyin dictionary and indexes the terms now, so that the first request is as fast as the rest. */
export function prepareCompletion(knowledge: KnowledgeBase, sources?: SourceLookup): void {
  completionIndexOf(knowledge, sources);
}

/** A term matched by its characters, or by pinyin with the readings that matched. */
type Match = CompletionTerm | { readonly term: CompletionTerm; readonly readings: readonly string[] };

function termOf(match: Match): CompletionTerm {
  return 'readings' in match ? match.term : match;
}

function afterOpeningQuote(text: string, at: number): boolean {
  return at > 0 && text[at - 1] === '“';
}

/** Where the text worth looking at begins: the start of the line, or one longest term back. */
function startOfWindow(text: string, end: number, maxTermLength: number): number {
  let start = end;
  while (start > 0 && end - start < maxTermLength && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  return start;
}

/** Starts, earliest first, of the runs ending at `end` that begin some known term. */
function candidateStarts(index: CompletionIndex, text: string, from: number, end: number, minChars: number): number[] {
  const starts: number[] = [];
  for (let s = from; s < end; s++) {
    if (!isHanAt(text, s) && !/[0-9]/u.test(text[s])) continue;
    const prefix = text.slice(s, end);
    if ([...prefix].length < (afterOpeningQuote(text, s) ? 1 : minChars)) continue;
    if (index.hasPrefix(prefix)) starts.push(s);
  }
  return starts;
}

/** The starts reordered so that those on a word boundary of the segmenter come first. */
function preferWordStart(starts: number[], text: string, from: number, end: number, segmenter?: Segmenter): number[] {
  if (!segmenter || starts.length < 2) return starts;
  const boundaries = new Set<number>([from]);
  let at = from;
  for (const word of segmenter.cut(text.slice(from, end))) {
    at += word.length;
    boundaries.add(at);
  }
  return [...starts.filter((s) => boundaries.has(s)), ...starts.filter((s) => !boundaries.has(s))];
}

/**
 * The items a numbered slogan expands into. A phrasing that already spells out its items
 * (数字化思维、数字化认知、数字化能力) has nothing to expand.
 */
function expandableItems(entry: TermEntry): readonly string[] | undefined {
  const items = entry.items;
  if (!items || items.length < 2) return undefined;
  if (items.every((item) => entry.term.includes(item))) return undefined;
  return items;
}

/** 四个关系：一是${1:…}；二是${2:…}… — the drafter's own list, each item a tab stop. */
export function expansionSnippet(term: string, items: readonly string[]): string {
  const parts = items.map((item, i) => `${chineseNumeral(i + 1)}是\${${i + 1}:${escapeSnippet(item)}}`);
  return `${escapeSnippet(term)}：${parts.join('；')}$0`;
}

function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/gu, (c) => `\\${c}`);
}
