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
    this.sources.set(id, readSource(id, text));
    this.lines.delete(id);
    this.changed();
  }

  remove(id: string): void {
    if (this.sources.delete(id)) {
      this.lines.delete(id);
      this.changed();
    }
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

  private changed(): void {
    this.version++;
    this.postings = undefined;
  }

  private index(): Record<OverlapScope, Map<number, CorpusSentence[]>> {
    if (this.postings) return this.postings;
    const postings = { user: new Map<number, CorpusSentence[]>(), all: new Map<number, CorpusSentence[]>() };
    for (const source of this.sources.values()) {
      const maps = isUserSource(source.id) ? [postings.all, postings.user] : [postings.all];
      for (const sentence of source.sentences) {
        for (const print of sentence.prints) {
          for (const map of maps) {
            const list = map.get(print);
            if (list) list.push(sentence);
            else map.set(print, [sentence]);
          }
        }
      }
    }
    this.postings = postings;
    return postings;
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
