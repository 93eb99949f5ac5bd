import { parseDocument } from '../document/parse';
import { LineIndex } from '../text/lines';
import type { Span } from '../types';
import { readParagraph, type SentenceEntry } from './paragraph';
import { containedSimilarity } from './similarity';
import { CORPUS_COMMON, MIN_OVERLAP, MIN_SHARED_FRACTION, MIN_SHARED_PRINTS, OVERLAP_LOOKUP_LIMIT, OVERLAP_SIMILARITY } from './thresholds';

/** A sentence of a corpus source. */
export interface CorpusSentence {
  readonly source: string;
  readonly span: Span;
  readonly content: string;
  readonly key: string;
  readonly prints: readonly number[];
}

export interface CorpusSourceInfo {
  readonly id: string;
  readonly text: string;
  /** The first article's title, or undefined when the source has none. */
  readonly title?: string;
  readonly sentences: readonly CorpusSentence[];
  readonly contentLength: number;
}

/** A sentence of the checked document that overlaps a corpus sentence: `similarity` of it appears there. */
export interface CorpusMatch {
  readonly sentence: number;
  readonly target: CorpusSentence;
  readonly similarity: number;
}

/** Which sources a match may come from: user sources only (the corpus-overlap rule) or all. */
export type OverlapScope = 'user' | 'all';

/** User corpora take part in 查重; the embedded corpus (`builtin:…`) only when asked for. */
export function isUserSource(id: string): boolean {
  return !id.startsWith('builtin:');
}

/** Fingerprints of every corpus sentence, for 查重 and for telling ordinary phrasing apart. */
export class CorpusIndex {
  private readonly sources = new Map<string, CorpusSourceInfo>();
  private postings: Record<OverlapScope, Map<number, CorpusSentence[]>> | undefined;
  private readonly lines = new Map<string, LineIndex>();
  private readonly matchCache: Record<OverlapScope, WeakMap<readonly SentenceEntry[], { version: number; matches: CorpusMatch[][] }>> = {
    user: new WeakMap(),
    all: new WeakMap(),
  };
  private version = 0;

  set(id: string, text: string): void {
    const next = readSource(id, text);
    const previous = this.sources.get(id);
    // Moved to the end, where its sentences now stand in the postings too.
    this.sources.delete(id);
    this.sources.set(id, next);
    this.lines.delete(id);
    if (previous) this.unpost(previous);
    this.post(next);
    this.version++;
  }

  remove(id: string): void {
    const previous = this.sources.get(id);
    if (!previous) return;
    this.sources.delete(id);
    this.lines.delete(id);
    this.unpost(previous);
    this.version++;
  }

  /** Changes whenever a source is set or removed. */
  get revision(): number {
    return this.version;
  }

  source(id: string): CorpusSourceInfo | undefined {
    return this.sources.get(id);
  }

  /** True when some source is in `scope`. */
  hasSources(scope: OverlapScope): boolean {
    for (const id of this.sources.keys()) if (scope === 'all' || isUserSource(id)) return true;
    return false;
  }

  allSources(): CorpusSourceInfo[] {
    return [...this.sources.values()];
  }

  /** The 1-based line of an offset in a source. */
  lineOf(id: string, offset: number): number {
    const source = this.sources.get(id);
    if (!source) return 0;
    let index = this.lines.get(id);
    if (!index) {
      index = new LineIndex(source.text);
      this.lines.set(id, index);
    }
    return index.positionAt(offset).line + 1;
  }

  /** True when `print` occurs in so many corpus sentences that it is ordinary phrasing. */
  isCommon(print: number): boolean {
    return (this.index().all.get(print)?.length ?? 0) >= CORPUS_COMMON;
  }

  /**
   * For each sentence, its overlaps with corpus sentences, best first, one per source.
   * Cached per list of sentences (one paragraph) until the corpus changes.
   */
  matchesOf(sentences: readonly SentenceEntry[], scope: OverlapScope): CorpusMatch[][] {
    const cached = this.matchCache[scope].get(sentences);
    if (cached && cached.version === this.version) return cached.matches;
    const postings = this.index()[scope];
    const matches = sentences.map((sentence) => (postings.size === 0 ? [] : this.matchSentence(sentence, postings)));
    this.matchCache[scope].set(sentences, { version: this.version, matches });
    return matches;
  }

  private matchSentence(sentence: SentenceEntry, postings: Map<number, CorpusSentence[]>): CorpusMatch[] {
    if (sentence.content.length < MIN_OVERLAP) return [];
    const shared = new Map<CorpusSentence, number>();
    for (const print of sentence.prints) {
      const list = postings.get(print);
      if (!list || list.length > OVERLAP_LOOKUP_LIMIT) continue;
      for (const target of list) shared.set(target, (shared.get(target) ?? 0) + 1);
    }
    const best = new Map<string, CorpusMatch>();
    // A sentence mostly found in a corpus sentence shares a good part of its fingerprints with it.
    const needed = Math.max(Math.min(MIN_SHARED_PRINTS, sentence.prints.length), Math.ceil(sentence.prints.length * MIN_SHARED_FRACTION));
    for (const [target, count] of shared) {
      if (count < needed) continue;
      const similarity = target.key === sentence.key ? 1 : containedSimilarity(sentence.content, target.content);
      if (similarity < OVERLAP_SIMILARITY) continue;
      const current = best.get(target.source);
      if (!current || similarity > current.similarity) best.set(target.source, { sentence: sentence.index, target, similarity });
    }
    return [...best.values()].sort((a, b) => b.similarity - a.similarity);
  }

  /**
   * The postings of every fingerprint, built on first use and then kept up to date one source
   * at a time: indexing a large corpus file by file never rebuilds them from scratch.
   */
  private index(): Record<OverlapScope, Map<number, CorpusSentence[]>> {
    if (!this.postings) {
      this.postings = { user: new Map(), all: new Map() };
      for (const source of this.sources.values()) this.post(source);
    }
    return this.postings;
  }

  private mapsOf(source: CorpusSourceInfo): Map<number, CorpusSentence[]>[] {
    if (!this.postings) return [];
    return isUserSource(source.id) ? [this.postings.all, this.postings.user] : [this.postings.all];
  }

  private post(source: CorpusSourceInfo): void {
    for (const map of this.mapsOf(source)) {
      for (const sentence of source.sentences) {
        for (const print of sentence.prints) {
          const list = map.get(print);
          if (list) list.push(sentence);
          else map.set(print, [sentence]);
        }
      }
    }
  }

  private unpost(source: CorpusSourceInfo): void {
    const prints = new Set(source.sentences.flatMap((sentence) => sentence.prints));
    for (const map of this.mapsOf(source)) {
      for (const print of prints) {
        const kept = map.get(print)?.filter((sentence) => sentence.source !== source.id);
        if (kept === undefined) continue;
        if (kept.length > 0) map.set(print, kept);
        else map.delete(print);
      }
    }
  }
}

function readSource(id: string, text: string): CorpusSourceInfo {
  const document = parseDocument(text);
  const sentences: CorpusSentence[] = [];
  let contentLength = 0;
  for (const paragraph of document.paragraphs) {
    const entry = readParagraph(paragraph.text);
    entry.sentences.forEach((s, i) => {
      const span = paragraph.sentences[i]?.span;
      if (!span) return;
      contentLength += s.content.length;
      sentences.push({ source: id, span, content: s.content, key: s.key, prints: s.prints });
    });
  }
  return { id, text, title: document.articles[0]?.title?.text, sentences, contentLength };
}
