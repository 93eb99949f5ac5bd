import type { Span } from '../types';
import { formatCitation, type Citation } from './citation';

/** Where a term was found: a sentence of a corpus source. */
export interface SourceRef {
  /** The corpus source id (a path or `builtin:…`). */
  readonly source: string;
  readonly articleTitle?: string;
  /** The byline and the author note, as written. */
  readonly author?: string;
  /** The sentence that holds the term. */
  readonly span: Span;
  readonly sentence: string;
  /** The term itself in the source, where known. */
  readonly at?: Span;
  /** Title, issuing body and date, for an official text. */
  readonly citation?: Citation;
}

/**
 * Where a source sentence comes from, as the user reads it: 《2024年政府工作报告》（国务院，2024年3月5日）
 * for an official text, 《article》 — author for an article of a corpus.
 */
export function sourceLabel(ref: SourceRef, separator = ' — '): string {
  if (ref.citation) return formatCitation(ref.citation);
  return [ref.articleTitle ? `《${ref.articleTitle}》` : undefined, ref.author].filter(Boolean).join(separator);
}

export type TermKind = 'quoted' | 'numbered' | 'phrase' | 'glossary';

export interface TermEntry {
  readonly term: string;
  readonly kind: TermKind;
  /** The items of an enumerating slogan, in canonical order. */
  readonly items?: readonly string[];
  readonly definition?: string;
  /** Where the definition comes from: a publication for curated entries, the article for mined ones. */
  readonly definitionSource?: string;
  /** A public address of the definition's source, for curated entries. */
  readonly definitionUrl?: string;
  /** The body that issued the definition's source, for curated entries. */
  readonly definitionIssuer?: string;
  /** The date of the definition's source, YYYY[-MM[-DD]]. */
  readonly definitionDate?: string;
  /** The official text (under corpus/official/) that spells the items out. */
  readonly definitionFile?: string;
  /** When the formulation entered official usage, YYYY[-MM[-DD]]. */
  readonly since?: string;
  /** The area of official usage a curated entry belongs to. */
  readonly area?: string;
  readonly sources: readonly SourceRef[];
  /** The count a numbered slogan promises: 4 for 四个关系. */
  readonly numeral?: number;
  /** False when the corpus lists a different number of items than the slogan promises. */
  readonly itemsMatchNumeral?: boolean;
  /** How the corpus gave the items (list-before, parallel, ordinal, …). */
  readonly itemPattern?: string;
  /** Other spellings of the same term, for curated entries. */
  readonly aliases?: readonly string[];
  /** Non-canonical spellings a curated entry corrects (literal, or /regex/). */
  readonly variants?: readonly string[];
  /**
   * For a numbered slogan whose items the miner could not read with certainty: the passage
   * of the corpus that elaborates it, shown instead of items.
   */
  readonly context?: string;
  /** Earlier wordings that official usage has replaced, for curated entries. */
  readonly history?: readonly TermHistory[];
}

/** An earlier wording of a term: its items, or a form, as written before `until`. */
export interface TermHistory {
  /** The date from which the wording counts as replaced: YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly until: string;
  /** The term's earlier items, in their order then. */
  readonly items?: readonly string[];
  /** An earlier written form; `to` (else the term) replaces it. */
  readonly form?: string;
  readonly to?: string;
  readonly source?: { readonly title: string; readonly date?: string };
}

const KIND_RANK: Readonly<Record<TermKind, number>> = { quoted: 0, phrase: 1, numbered: 2, glossary: 3 };

/** Every known term, looked up by text and by first character. */
export class KnowledgeBase {
  private readonly entries = new Map<string, TermEntry>();
  /** What termAt finds: every term, and every glossary alias that is not a term itself, with its entry. */
  private readonly spellings: Map<string, TermEntry>;
  private readonly byFirstChar = new Map<string, string[]>();
  private longest = 0;

  constructor(entries: Iterable<TermEntry> = []) {
    for (const e of entries) this.entries.set(e.term, e);
    this.spellings = new Map(this.entries);
    for (const entry of this.entries.values()) {
      for (const alias of entry.aliases ?? []) if (!this.spellings.has(alias)) this.spellings.set(alias, entry);
    }
    for (const spelling of this.spellings.keys()) {
      const list = this.byFirstChar.get(spelling[0]) ?? [];
      list.push(spelling);
      this.byFirstChar.set(spelling[0], list);
      this.longest = Math.max(this.longest, spelling.length);
    }
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

  /** The longest known term or alias in `text` that covers `offset`, with the entry it names. */
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
        if (text.startsWith(term, s)) best = { entry: this.spellings.get(term)!, span: { start: s, end } };
      }
    }
    return best;
  }
}

/**
 * Merges entries for the same term: sources add up (each place once); a curated entry's
 * definition and items win, a later curated entry over an earlier one; among mined items,
 * a list that matches the slogan's count wins over one that does not.
 */
export function mergeEntries(lists: Iterable<Iterable<TermEntry>>): TermEntry[] {
  // A term used across thousands of corpus files gathers thousands of sources: they are
  // collected in one array and one set per term, so merging stays linear in the sources.
  const merged = new Map<string, { entry: TermEntry; sources: SourceRef[]; seen: Set<string>; alone: boolean }>();
  for (const list of lists) {
    for (const entry of list) {
      const prior = merged.get(entry.term);
      if (!prior) {
        merged.set(entry.term, { entry, sources: [...entry.sources], seen: new Set(entry.sources.map(sourceKey)), alone: true });
        continue;
      }
      prior.entry = mergeTwo(prior.entry, entry);
      prior.alone = false;
      for (const source of entry.sources) {
        const key = sourceKey(source);
        if (prior.seen.has(key)) continue;
        prior.seen.add(key);
        prior.sources.push(source);
      }
    }
  }
  return [...merged.values()].map(({ entry, sources, alone }) => (alone ? entry : { ...entry, sources }));
}

/** Merges everything of two entries but their sources, which mergeEntries gathers. */
function mergeTwo(prior: TermEntry, entry: TermEntry): TermEntry {
  const curated = entry.kind === 'glossary';
  // What a user corpus says of a term wins over what the embedded corpus says of it.
  const userOverBuiltin = !curated && prior.kind !== 'glossary' && fromUserCorpus(entry) && !fromUserCorpus(prior);
  const kind = KIND_RANK[entry.kind] >= KIND_RANK[prior.kind] ? entry.kind : prior.kind;
  const entryItemsWin =
    entry.items !== undefined &&
    (curated ||
      prior.items === undefined ||
      (prior.kind !== 'glossary' && entry.itemsMatchNumeral === true && prior.itemsMatchNumeral !== true) ||
      (userOverBuiltin && entry.itemsMatchNumeral !== false));
  const entryDefinitionWins = entry.definition !== undefined && (curated || prior.definition === undefined || userOverBuiltin);
  // Most merges of a large corpus only add sources: the entry is kept, not copied.
  const unchanged =
    !curated &&
    kind === prior.kind &&
    !entryItemsWin &&
    !entryDefinitionWins &&
    (prior.numeral !== undefined || entry.numeral === undefined) &&
    entry.aliases === undefined &&
    entry.variants === undefined &&
    (entry.context === undefined || prior.context !== undefined) &&
    entry.history === undefined;
  if (unchanged) return prior;
  return {
    ...prior,
    ...(curated ? entry : {}),
    term: entry.term,
    kind,
    numeral: prior.numeral ?? entry.numeral,
    items: entryItemsWin ? entry.items : prior.items,
    itemsMatchNumeral: entryItemsWin ? entry.itemsMatchNumeral : prior.itemsMatchNumeral,
    itemPattern: entryItemsWin ? entry.itemPattern : prior.itemPattern,
    definition: entryDefinitionWins ? entry.definition : prior.definition,
    definitionSource: entryDefinitionWins ? entry.definitionSource : prior.definitionSource,
    definitionUrl: entryDefinitionWins ? entry.definitionUrl : prior.definitionUrl,
    aliases: entry.aliases ?? prior.aliases,
    variants: entry.variants ?? prior.variants,
    context: prior.context ?? entry.context,
    history: entry.history ?? prior.history,
  };
}

function fromUserCorpus(entry: TermEntry): boolean {
  return entry.sources.length > 0 && !entry.sources[0].source.startsWith('builtin:');
}

function sourceKey(ref: SourceRef): string {
  return `${ref.source}\u0000${ref.span.start}`;
}

/** Longest item of a phrase that still goes into the segmenter's dictionary as one word. */
const MAX_DICTIONARY_ITEM = 8;

/**
 * The words the segmenter should keep whole: every term written without punctuation, and
 * the short items of canonical phrasings (数字化思维, not 数字化思维、数字化认知、数字化能力).
 */
export function dictionaryWords(entries: readonly TermEntry[]): string[] {
  const words = new Set<string>();
  const add = (word: string) => {
    if (word.length >= 2 && !/[\p{P}\s]/u.test(word)) words.add(word);
  };
  for (const entry of entries) {
    add(entry.term);
    if (entry.kind === 'phrase') for (const item of entry.items ?? []) if (item.length <= MAX_DICTIONARY_ITEM) add(item);
  }
  return [...words];
}
