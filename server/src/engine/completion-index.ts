import type { KnowledgeBase, TermEntry } from './corpus/knowledge';
import { matchPinyin, readingsOf, spellableChars } from './pinyin';

/** What completion knows of a corpus source: whether it is an official text, and its date. */
export interface SourceInfo {
  readonly official?: boolean;
  /** YYYY-MM-DD (or YYYY, YYYY-MM). */
  readonly date?: string;
}

/** The source information of a corpus source id, when there is any. */
export type SourceLookup = (id: string) => SourceInfo | undefined;

/** A term that completion can offer, with how established it is in the corpus. */
export interface CompletionTerm {
  readonly entry: TermEntry;
  /** Higher is better established: uses in the corpus, distinct articles, curation. */
  readonly weight: number;
  /** A curated glossary entry. */
  readonly curated: boolean;
  /** How many distinct official texts use it. */
  readonly official: number;
  /** The latest date of a source that uses it, '' when none is dated. */
  readonly latest: string;
  /** Place in the order of establishment, 0 for the best established term: lists sort by it. */
  readonly rank: number;
}

/**
 * The terms of one knowledge base arranged for completion: sorted for Chinese prefixes and
 * bucketed by the first letter of any reading of their first character for pinyin. Built
 * once per knowledge base; the engine builds a new knowledge base whenever the corpus changes.
 */
export class CompletionIndex {
  private readonly sorted: CompletionTerm[];
  private readonly ranked: CompletionTerm[];
  private readonly byInitial = new Map<string, CompletionTerm[]>();
  private readonly chars = new Map<TermEntry, string[]>();

  constructor(knowledge: KnowledgeBase, sources?: SourceLookup) {
    const weighed = knowledge
      .all()
      .filter((entry) => [...entry.term].length >= 2)
      .map((entry) => ({ entry, weight: establishment(entry), curated: entry.kind === 'glossary', ...officialUse(entry, sources) }))
      .sort(byStanding);
    this.ranked = weighed.map((term, rank) => ({ ...term, rank }));
    this.sorted = [...this.ranked].sort((a, b) => (a.entry.term < b.entry.term ? -1 : a.entry.term > b.entry.term ? 1 : 0));
    for (const term of this.sorted) {
      const first = spellableChars(term.entry.term)[0];
      if (!first) continue;
      for (const initial of new Set(readingsOf(first).map((r) => r[0]))) {
        const bucket = this.byInitial.get(initial) ?? [];
        bucket.push(term);
        this.byInitial.set(initial, bucket);
      }
    }
  }

  /** Every term, best established first: the list for an empty prefix (just after an opening quote). */
  byRank(): readonly CompletionTerm[] {
    return this.ranked;
  }

  /** True when some term starts with `prefix`; a binary search, no allocation. */
  hasPrefix(prefix: string): boolean {
    const at = this.lowerBound(prefix);
    return at < this.sorted.length && this.sorted[at].entry.term.startsWith(prefix);
  }

  withPrefix(prefix: string): CompletionTerm[] {
    const out: CompletionTerm[] = [];
    for (let i = this.lowerBound(prefix); i < this.sorted.length && this.sorted[i].entry.term.startsWith(prefix); i++) {
      out.push(this.sorted[i]);
    }
    return out;
  }

  /**
   * Terms that start with the characters `literal` and continue with characters spelled by
   * `pinyin`, each with the readings that matched.
   */
  withPinyin(literal: string, pinyin: string): { term: CompletionTerm; readings: string[] }[] {
    const pool = literal ? this.withPrefix(literal) : (this.byInitial.get(pinyin[0].toLowerCase()) ?? []);
    const out: { term: CompletionTerm; readings: string[] }[] = [];
    for (const term of pool) {
      const readings = matchPinyin(pinyin, this.spellable(term.entry, literal.length));
      if (readings) out.push({ term, readings });
    }
    return out;
  }

  private spellable(entry: TermEntry, from: number): string[] {
    if (from > 0) return spellableChars(entry.term.slice(from));
    let chars = this.chars.get(entry);
    if (!chars) {
      chars = spellableChars(entry.term);
      this.chars.set(entry, chars);
    }
    return chars;
  }

  private lowerBound(prefix: string): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.sorted[mid].entry.term < prefix) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/**
 * The order of a list: curated entries first, then the terms more official texts use, then
 * the more recently used, then the better established in the corpus, then shorter ones, then
 * in code-unit order.
 */
export function byStanding(a: Omit<CompletionTerm, 'rank'>, b: Omit<CompletionTerm, 'rank'>): number {
  return (
    Number(b.curated) - Number(a.curated) ||
    b.official - a.official ||
    (a.latest < b.latest ? 1 : a.latest > b.latest ? -1 : 0) ||
    b.weight - a.weight ||
    a.entry.term.length - b.entry.term.length ||
    (a.entry.term < b.entry.term ? -1 : a.entry.term > b.entry.term ? 1 : 0)
  );
}

/** How many distinct official texts use a term, and the latest date of any dated source that does. */
export function officialUse(entry: TermEntry, sources?: SourceLookup): { official: number; latest: string } {
  if (!sources) return { official: 0, latest: '' };
  const official = new Set<string>();
  let latest = '';
  let last: string | undefined;
  for (const ref of entry.sources) {
    // A term's sources come grouped by corpus source: each is looked up once per run.
    if (ref.source === last) continue;
    last = ref.source;
    const info = sources(ref.source);
    if (!info) continue;
    if (info.official) official.add(ref.source);
    if (info.date && info.date > latest) latest = info.date;
  }
  return { official: official.size, latest };
}

/**
 * How established a term is: each use in the corpus counts, each further article that uses
 * it counts again, and a curated definition or a known list of items adds to it.
 */
export function establishment(entry: TermEntry): number {
  const articles = new Set(entry.sources.map((s) => `${s.source}\u0000${s.articleTitle ?? ''}`)).size;
  const curated = entry.kind === 'glossary' || entry.definition !== undefined ? 2 : 0;
  const listed = entry.items && entry.items.length > 1 ? 1 : 0;
  return entry.sources.length + articles + curated + listed;
}

const indexes = new WeakMap<KnowledgeBase, CompletionIndex>();

/**
 * The completion index of a knowledge base, built on first use. The engine builds a new
 * knowledge base whenever a corpus source changes, so `sources` cannot go stale under it.
 */
export function completionIndexOf(knowledge: KnowledgeBase, sources?: SourceLookup): CompletionIndex {
  let index = indexes.get(knowledge);
  if (!index) {
    index = new CompletionIndex(knowledge, sources);
    indexes.set(knowledge, index);
  }
  return index;
}
