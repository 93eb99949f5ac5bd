import { lineNumberAt } from '../document/lines';
import type { DocumentModel, Paragraph } from '../document/model';
import type { Span } from '../types';
import { clauseWords } from '../rules/deletion';
import { CorpusIndex, type CorpusMatch, type OverlapScope } from './corpus-index';
import { NearIndex } from './near-index';
import { ParagraphCache, type ParagraphEntry, type SentenceEntry } from './paragraph';

/** The exact-duplicate key of a sentence must be at least this long; “是。” repeats innocently. */
export const MIN_DUPLICATE_SENTENCE = 8;
/** Documents whose fingerprint index is kept between analyses: the ones being edited. */
const KEPT_INDEXES = 4;
/** Paragraphs sampled to tell which kept index belongs to a document. */
const SAMPLE = 64;

export interface ExactRepeat {
  readonly sentence: Span;
  readonly original: Span;
}

export interface ClauseRepeatAt {
  /** The repeated words, without the punctuation that ends the clause. */
  readonly words: Span;
  readonly earlier: Span;
}

export interface NearRepeat {
  readonly sentence: Span;
  readonly other: Span;
  readonly similarity: number;
}

export interface OverlapAt {
  readonly sentence: Span;
  readonly contentLength: number;
  readonly matches: readonly CorpusMatch[];
}

/** Everything the duplicate rules report for one document. */
export interface DocumentDuplicates {
  readonly exact: readonly ExactRepeat[];
  readonly clauses: readonly ClauseRepeatAt[];
  readonly near: readonly NearRepeat[];
  /** Overlaps with user corpus sources, except the document itself. */
  readonly overlaps: readonly OverlapAt[];
  readonly contentLength: number;
  /** The 1-based line of an offset, from one line index shared by the rules. */
  readonly lineOf: (offset: number) => number;
}

/**
 * Finds repeated sentences, clauses and near-duplicates in a document and its overlaps
 * with the corpus. Per-paragraph work is cached by paragraph text and the fingerprint
 * index of each edited document is updated in place, so a keystroke re-reads one paragraph.
 */
export class DuplicateDetector {
  readonly corpus = new CorpusIndex();
  private readonly paragraphs = new ParagraphCache();
  private indexes: NearIndex[] = [];
  /** The corpus the kept indexes were built against: it tells them which phrasing is common. */
  private indexedRevision = -1;
  private readonly results = new WeakMap<DocumentModel, DocumentDuplicates>();

  setCorpus(id: string, text: string): void {
    this.corpus.set(id, text);
  }

  removeCorpus(id: string): void {
    this.corpus.remove(id);
  }

  analyze(document: DocumentModel): DocumentDuplicates {
    let result = this.results.get(document);
    if (!result) {
      result = this.compute(document);
      this.results.set(document, result);
    }
    return result;
  }

  private compute(document: DocumentModel): DocumentDuplicates {
    const entries = this.paragraphs.read(document.paragraphs.map((p) => p.text));
    const firstAt = new Map<ParagraphEntry, number>();
    entries.forEach((entry, i) => {
      if (!firstAt.has(entry)) firstAt.set(entry, i);
    });
    const spanOf = (paragraph: Paragraph, sentence: number): Span => paragraph.sentences[sentence]?.span ?? paragraph.span;

    // A sentence is known by its ordinal in the document: the sentences of paragraph p are
    // numbered from firstSentence[p].
    const firstSentence = new Array<number>(entries.length);
    const exact: ExactRepeat[] = [];
    const repeated = new Set<number>();
    const seen = new Map<string, Span>();
    let contentLength = 0;
    let ordinal = 0;
    document.paragraphs.forEach((paragraph, p) => {
      firstSentence[p] = ordinal;
      const sentences = entries[p].sentences;
      for (let i = 0; i < sentences.length; i++) {
        const sentence = sentences[i];
        contentLength += sentence.content.length;
        if (sentence.key.length < MIN_DUPLICATE_SENTENCE) continue;
        const span = spanOf(paragraph, i);
        const original = seen.get(sentence.key);
        if (original) {
          exact.push({ sentence: span, original });
          repeated.add(ordinal + i);
        } else {
          seen.set(sentence.key, span);
        }
      }
      ordinal += sentences.length;
    });

    const clauses: ClauseRepeatAt[] = [];
    document.paragraphs.forEach((paragraph, p) => {
      const entry = entries[p];
      for (const repeat of entry.clauseRepeats) {
        if (repeated.has(firstSentence[p] + repeat.sentence)) continue;
        const clause = entry.sentences[repeat.sentence].clauses[repeat.clause];
        const earlier = entry.sentences[repeat.earlierSentence].clauses[repeat.earlierClause];
        clauses.push({
          words: toOriginal(paragraph, clauseWords(entry.text, clause)),
          earlier: toOriginal(paragraph, clauseWords(entry.text, earlier)),
        });
      }
    });

    const index = this.indexFor(entries, firstAt);
    const best = new Map<number, NearRepeat>();
    for (const pair of index.allPairs()) {
      const pa = firstAt.get(pair.a.owner);
      const pb = firstAt.get(pair.b.owner);
      if (pa === undefined || pb === undefined) continue;
      const [later, earlier, pl, pe] =
        pa < pb || (pa === pb && pair.a.index < pair.b.index) ? [pair.b, pair.a, pb, pa] : [pair.a, pair.b, pa, pb];
      const key = firstSentence[pl] + later.index;
      if (repeated.has(key) || repeated.has(firstSentence[pe] + earlier.index)) continue;
      const current = best.get(key);
      const other = spanOf(document.paragraphs[pe], earlier.index);
      // Ties go to the earliest partner, whatever order the index found them in.
      if (current && (current.similarity > pair.similarity || (current.similarity === pair.similarity && current.other.start <= other.start))) continue;
      best.set(key, { sentence: spanOf(document.paragraphs[pl], later.index), other, similarity: pair.similarity });
    }
    const near = [...best.values()].sort((a, b) => a.sentence.start - b.sentence.start);

    const overlaps = this.overlapsOf(document, entries, 'user');
    const lineOf = (offset: number) => lineNumberAt(document.lines, offset);
    return { exact, clauses, near, overlaps, contentLength, lineOf };
  }

  /** Overlaps of the document's sentences with the corpus sources in `scope`, except the document itself. */
  overlaps(document: DocumentModel, scope: OverlapScope): OverlapAt[] {
    return this.overlapsOf(document, this.paragraphs.read(document.paragraphs.map((p) => p.text)), scope);
  }

  private overlapsOf(document: DocumentModel, entries: readonly ParagraphEntry[], scope: OverlapScope): OverlapAt[] {
    const overlaps: OverlapAt[] = [];
    if (!this.corpus.hasSources(scope)) return overlaps;
    const itself = new Set(this.corpus.allSources().filter((s) => s.text === document.text).map((s) => s.id));
    document.paragraphs.forEach((paragraph, p) => {
      const sentences: readonly SentenceEntry[] = entries[p].sentences;
      this.corpus.matchesOf(sentences, scope).forEach((matches, i) => {
        const kept = matches.filter((m) => !itself.has(m.target.source));
        if (kept.length > 0) {
          overlaps.push({ sentence: paragraph.sentences[i]?.span ?? paragraph.span, contentLength: sentences[i].content.length, matches: kept });
        }
      });
    });
    return overlaps;
  }

  /** The kept index that already holds most of this document, brought up to date. */
  private indexFor(entries: readonly ParagraphEntry[], present: ReadonlyMap<ParagraphEntry, number>): NearIndex {
    if (this.indexedRevision !== this.corpus.revision) {
      this.indexes = [];
      this.indexedRevision = this.corpus.revision;
    }
    const step = Math.max(1, Math.floor(entries.length / SAMPLE));
    const sample = entries.filter((_, i) => i % step === 0);
    let best: NearIndex | undefined;
    let bestShared = 0;
    for (const index of this.indexes) {
      const shared = index.overlap(sample);
      if (shared > bestShared) {
        best = index;
        bestShared = shared;
      }
    }
    if (!best || bestShared * 2 < sample.length) {
      best = new NearIndex((print) => this.corpus.isCommon(print));
      this.indexes.push(best);
      if (this.indexes.length > KEPT_INDEXES) this.indexes.shift();
    } else {
      this.indexes = [...this.indexes.filter((i) => i !== best), best];
    }
    best.update(present);
    return best;
  }
}

function toOriginal(paragraph: Paragraph, span: Span): Span {
  return { start: paragraph.toOriginal(span.start), end: paragraph.toOriginal(span.end - 1) + 1 };
}
