import { BudgetedTextCache } from '../text/budget-cache';
import { detach } from '../text/detach';
import { splitSentences } from '../text/sentences';
import { compareKey, contentOf } from './content';
import { winnow } from './fingerprint';
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
  readonly prints: readonly number[];
  /** Its clauses, when it may share one with a sentence nearby; otherwise none. */
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
  const spans = splitSentences(text);
  const read = spans.map((span) => {
    const content = contentOf(text, span.start, span.end);
    return { span, content, ...winnow(content) };
  });
  // A clause of MIN_CLAUSE characters repeated within the window leaves a fingerprint in both
  // places (winnowing's guarantee), so only sentences that share one are split into clauses.
  const split = read.map((r) => r.repeats);
  for (let s = 0; s < read.length; s++) {
    for (let t = Math.max(0, s - CLAUSE_WINDOW); t < s; t++) {
      if (sharePrint(read[s].prints, read[t].prints)) split[s] = split[t] = true;
    }
  }
  read.forEach(({ span, content, prints }, i) => {
    const clauses = split[i]
      ? clauseSpans(text, span.start, span.end).map(([start, end]) => ({
          start,
          end,
          // Shorter raw text cannot hold MIN_CLAUSE content characters; such clauses are never compared.
          content: end - start >= MIN_CLAUSE ? contentOf(text, start, end) : '',
        }))
      : [];
    sentences.push({
      owner: entry,
      index: sentences.length,
      start: span.start,
      end: span.end,
      key: compareKey(text, span.start, span.end),
      content,
      prints,
      clauses,
    });
  });
  clauseRepeats.push(...findClauseRepeats(sentences));
  return entry;
}

function sharePrint(a: readonly number[], b: readonly number[]): boolean {
  if (a.length * b.length > 4096) {
    const set = new Set(b);
    return a.some((x) => set.has(x));
  }
  return a.some((x) => b.includes(x));
}

const OPENERS = new Set([0x201c, 0x300a, 0x300c, 0x300e]);
const CLOSERS = new Set([0x201d, 0x300b, 0x300d, 0x300f]);
const CLAUSE_ENDS = new Set([0xff0c, 0x2c, 0xff1b, 0x3b, 0xff1a, 0x3a, 0x3002, 0xff01, 0xff1f, 0x21, 0x3f, 0x2026]);
const SPACE = /\s/u;

/**
 * The clauses of `text[start, end)`, split after ，；： and sentence ends outside quotations,
 * over char codes for speed: it runs on every sentence.
 */
function clauseSpans(text: string, start: number, end: number): [number, number][] {
  const spans: [number, number][] = [];
  let from = start;
  let depth = 0;
  const push = (s: number, e: number) => {
    while (s < e && SPACE.test(text[s])) s++;
    while (e > s && SPACE.test(text[e - 1])) e--;
    if (e > s) spans.push([s, e]);
  };
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (OPENERS.has(code)) depth++;
    else if (CLOSERS.has(code)) {
      if (depth > 0) depth--;
    } else if (depth === 0 && CLAUSE_ENDS.has(code)) {
      push(from, i + 1);
      from = i + 1;
    }
  }
  push(from, end);
  return spans;
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

/**
 * The characters of paragraph text kept: a million, two documents of the most the server
 * checks of one (half a million), or several smaller ones. The paragraphs of the document just read are
 * never dropped, so a larger document only holds more for as long as it is the one read, and
 * switching between documents that together pass the budget costs re-reading the paragraphs
 * of the one not read lately. An entry costs about 12 bytes per character of its paragraph:
 * at the budget the cache holds some 12 MB, where twice the budget held 25 MB that a long
 * editing session filled with the paragraphs its edits had replaced.
 */
const PARAGRAPH_BUDGET = 1_000_000;

/**
 * Paragraph entries by text, bounded by the characters they hold. A hit only stamps the
 * entry; once the paragraphs of a document are read (`read`), the cache, if it has outgrown
 * its budget, drops the entries used longest ago, never those of that document, until a
 * quarter of the budget is free.
 */
export class ParagraphCache {
  private readonly entries: BudgetedTextCache<ParagraphEntry>;

  constructor(budget = PARAGRAPH_BUDGET) {
    this.entries = new BudgetedTextCache(budget);
  }

  /** The entries of a document's paragraphs, in their order. */
  read(texts: readonly string[]): ParagraphEntry[] {
    this.entries.begin();
    const entries = texts.map((text) => this.get(text));
    this.entries.end();
    return entries;
  }

  /** The number of characters held. */
  get characters(): number {
    return this.entries.characters;
  }

  private get(text: string): ParagraphEntry {
    const cached = this.entries.get(text);
    if (cached) return cached;
    // Held apart from the document: the paragraph is often a slice of one version of it.
    const own = detach(text);
    const entry = readParagraph(own);
    this.entries.set(own, entry);
    return entry;
  }
}
