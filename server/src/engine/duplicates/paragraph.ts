import { normalizeForCompare } from '../text/normalize';
import { splitClauses, splitSentences } from '../text/sentences';
import { readContent } from './content';
import { fingerprints } from './fingerprint';
import { CLAUSE_WINDOW, MIN_CLAUSE } from './thresholds';

/** A clause, with offsets into its paragraph's joined text (its own punctuation included). */
export interface ClauseEntry {
  readonly start: number;
  readonly end: number;
  readonly content: string;
}

export interface SentenceEntry {
  readonly owner: ParagraphEntry;
  readonly index: number;
  /** Offsets into the paragraph's joined text. */
  readonly start: number;
  readonly end: number;
  /** Exact-duplicate key: punctuation width and whitespace normalised. */
  readonly key: string;
  readonly content: string;
  readonly prints: Uint32Array;
  readonly clauses: readonly ClauseEntry[];
}

/** A clause that repeats an earlier clause of the same paragraph within the window. */
export interface ClauseRepeat {
  readonly sentence: number;
  readonly clause: number;
  readonly earlierSentence: number;
  readonly earlierClause: number;
}

/**
 * Everything the duplicate rules derive from one paragraph's text alone. It is cached by
 * that text, so an edit re-reads only the paragraph it touched.
 */
export interface ParagraphEntry {
  readonly text: string;
  readonly sentences: readonly SentenceEntry[];
  readonly clauseRepeats: readonly ClauseRepeat[];
}

export function readParagraph(text: string): ParagraphEntry {
  const sentences: SentenceEntry[] = [];
  const clauseRepeats: ClauseRepeat[] = [];
  const entry: ParagraphEntry = { text, sentences, clauseRepeats };
  for (const span of splitSentences(text)) {
    const content = readContent(text, span.start, span.end).text;
    const clauses = splitClauses(text, span.start, span.end).map((c) => ({
      start: c.start,
      end: c.end,
      content: readContent(text, c.start, c.end).text,
    }));
    sentences.push({
      owner: entry,
      index: sentences.length,
      start: span.start,
      end: span.end,
      key: normalizeForCompare(text.slice(span.start, span.end)),
      content,
      prints: fingerprints(content),
      clauses,
    });
  }
  clauseRepeats.push(...findClauseRepeats(sentences));
  return entry;
}

function findClauseRepeats(sentences: readonly SentenceEntry[]): ClauseRepeat[] {
  const repeats: ClauseRepeat[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const clauses = sentences[s].clauses;
    for (let c = 0; c < clauses.length; c++) {
      const content = clauses[c].content;
      if (content.length < MIN_CLAUSE) continue;
      const earlier = findEarlierClause(sentences, s, c, content);
      if (earlier) repeats.push({ sentence: s, clause: c, earlierSentence: earlier[0], earlierClause: earlier[1] });
    }
  }
  return repeats;
}

/** The nearest earlier clause with the same content, within the window. */
function findEarlierClause(sentences: readonly SentenceEntry[], s: number, c: number, content: string): [number, number] | undefined {
  for (let t = s; t >= Math.max(0, s - CLAUSE_WINDOW); t--) {
    const clauses = sentences[t].clauses;
    for (let d = (t === s ? c : clauses.length) - 1; d >= 0; d--) {
      if (clauses[d].content === content) return [t, d];
    }
  }
  return undefined;
}

/** Paragraph entries by text, least recently used first; bounded by the characters they hold. */
export class ParagraphCache {
  private readonly entries = new Map<string, ParagraphEntry>();
  private size = 0;

  constructor(private readonly budget = 32_000_000) {}

  get(text: string): ParagraphEntry {
    const cached = this.entries.get(text);
    if (cached) {
      this.entries.delete(text);
      this.entries.set(text, cached);
      return cached;
    }
    const entry = readParagraph(text);
    this.entries.set(text, entry);
    this.size += text.length;
    for (const [oldest, old] of this.entries) {
      if (this.size <= this.budget) break;
      this.entries.delete(oldest);
      this.size -= old.text.length;
    }
    return entry;
  }
}
