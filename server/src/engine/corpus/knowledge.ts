import type { Span } from '../types';

/** Where a term was found: a sentence of a corpus source. */
export interface SourceRef {
  /** The corpus source id (a path or `builtin:…`). */
  readonly source: string;
  readonly articleTitle?: string;
  /** The byline and the author note, as written. */
  readonly author?: string;
  readonly span: Span;
  readonly sentence: string;
}

export type TermKind = 'quoted' | 'numbered' | 'phrase' | 'glossary';

export interface TermEntry {
  readonly term: string;
  readonly kind: TermKind;
  /** The items of an enumerating slogan, in canonical order. */
  readonly items?: readonly string[];
  readonly definition?: string;
  /** Where the definition comes from, for curated entries. */
  readonly definitionSource?: string;
  readonly sources: readonly SourceRef[];
}

/** Every known term, looked up by text, by first character and by prefix. */
export class KnowledgeBase {
  private readonly entries = new Map<string, TermEntry>();
  private byFirstChar = new Map<string, string[]>();
  private sorted: string[] = [];
  private longest = 0;

  constructor(entries: Iterable<TermEntry> = []) {
    for (const e of entries) this.entries.set(e.term, e);
    this.reindex();
  }

  get size(): number {
    return this.entries.size;
  }

  get maxTermLength(): number {
    return this.longest;
  }

  get(term: string): TermEntry | undefined {
    return this.entries.get(term);
  }

  all(): TermEntry[] {
    return [...this.entries.values()];
  }

  /** Terms that start with `prefix`, in code-unit order. */
  withPrefix(prefix: string): TermEntry[] {
    const out: TermEntry[] = [];
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.sorted[mid] < prefix) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < this.sorted.length && this.sorted[i].startsWith(prefix); i++) {
      out.push(this.entries.get(this.sorted[i])!);
    }
    return out;
  }

  /** True when some term starts with `prefix`. */
  hasPrefix(prefix: string): boolean {
    return this.withPrefix(prefix).length > 0;
  }

  /** The longest known term in `text` that covers `offset`. */
  termAt(text: string, offset: number): { entry: TermEntry; span: Span } | undefined {
    let best: { entry: TermEntry; span: Span } | undefined;
    const from = Math.max(0, offset - this.longest + 1);
    for (let s = from; s <= offset && s < text.length; s++) {
      const candidates = this.byFirstChar.get(text[s]);
      if (!candidates) continue;
      for (const term of candidates) {
        const end = s + term.length;
        if (end <= offset) continue;
        if (best && term.length <= best.span.end - best.span.start) continue;
        if (text.startsWith(term, s)) best = { entry: this.entries.get(term)!, span: { start: s, end } };
      }
    }
    return best;
  }

  /** Every occurrence of known terms in `text`, longest first where they overlap. */
  occurrences(text: string, term: string): Span[] {
    const spans: Span[] = [];
    if (!term) return spans;
    let at = text.indexOf(term);
    while (at >= 0) {
      spans.push({ start: at, end: at + term.length });
      at = text.indexOf(term, at + term.length);
    }
    return spans;
  }

  private reindex(): void {
    this.sorted = [...this.entries.keys()].sort();
    this.byFirstChar = new Map();
    this.longest = 0;
    for (const term of this.sorted) {
      const list = this.byFirstChar.get(term[0]) ?? [];
      list.push(term);
      this.byFirstChar.set(term[0], list);
      this.longest = Math.max(this.longest, term.length);
    }
  }
}

/** Merges entries for the same term: sources add up, later curated text wins. */
export function mergeEntries(lists: Iterable<Iterable<TermEntry>>): TermEntry[] {
  const merged = new Map<string, TermEntry>();
  for (const list of lists) {
    for (const entry of list) {
      const prior = merged.get(entry.term);
      if (!prior) {
        merged.set(entry.term, entry);
        continue;
      }
      const kind = entry.kind === 'glossary' || prior.kind === 'quoted' ? entry.kind : prior.kind;
      merged.set(entry.term, {
        term: entry.term,
        kind,
        items: entry.items ?? prior.items,
        definition: entry.definition ?? prior.definition,
        definitionSource: entry.definitionSource ?? prior.definitionSource,
        sources: [...prior.sources, ...entry.sources],
      });
    }
  }
  return [...merged.values()];
}
