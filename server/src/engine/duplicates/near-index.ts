import type { ParagraphEntry, SentenceEntry } from './paragraph';
import { PrintTable } from './print-table';
import { KGRAM, kgramHashes } from './fingerprint';
import { editSimilarity } from './similarity';
import { DOCUMENT_COMMON, MIN_DISTINCTIVE, MIN_NEAR, MIN_SHARED_FRACTION, MIN_SHARED_PRINTS, NEAR_SIMILARITY } from './thresholds';

/** Two sentences of one document that differ by a few words. */
export interface NearPair {
  readonly a: SentenceEntry;
  readonly b: SentenceEntry;
  readonly similarity: number;
}

/**
 * The fingerprint index of one document, kept across analyses: when the document changes,
 * only the paragraphs that left or joined it are removed from or added to the index, and
 * only their sentences look for near-duplicate partners again.
 */
export class NearIndex {
  private present: ReadonlyMap<ParagraphEntry, number> = new Map();
  /** Sentence ids by fingerprint. */
  private readonly postings = new PrintTable();
  private readonly ids = new Map<SentenceEntry, number>();
  private readonly sentences: (SentenceEntry | undefined)[] = [];
  private readonly freeIds: number[] = [];
  private readonly pairs = new Map<SentenceEntry, NearPair[]>();
  /** Scratch counts by sentence id for `pairUp`, reused to spare the garbage collector. */
  private readonly shared = new Map<number, number>();

  constructor(private readonly isCommonElsewhere: (print: number) => boolean) {}

  /** How many of `sample` this index already holds. */
  overlap(sample: readonly ParagraphEntry[]): number {
    let shared = 0;
    for (const entry of sample) if (this.present.has(entry)) shared++;
    return shared;
  }

  /** Brings the index to the document whose paragraphs are the keys of `entries`. */
  update(entries: ReadonlyMap<ParagraphEntry, number>): void {
    const added: ParagraphEntry[] = [];
    for (const entry of entries.keys()) if (!this.present.has(entry)) added.push(entry);
    for (const entry of this.present.keys()) if (!entries.has(entry)) this.remove(entry);
    this.present = entries;
    let prints = 0;
    for (const entry of added) for (const sentence of entry.sentences) if (eligible(sentence)) prints += sentence.prints.length;
    this.postings.reserve(prints);
    const fresh: number[] = [];
    for (const entry of added) {
      for (const sentence of entry.sentences) {
        if (!eligible(sentence)) continue;
        const id = this.freeIds.pop() ?? this.sentences.length;
        this.sentences[id] = sentence;
        this.ids.set(sentence, id);
        const { prints } = sentence;
        for (let i = 0; i < prints.length; i++) this.postings.add(prints[i], id);
        fresh.push(id);
      }
    }
    // Sentences added together pair up once: each looks only at those already paired.
    const pending = new Uint8Array(this.sentences.length);
    for (const id of fresh) pending[id] = 1;
    for (const id of fresh) {
      pending[id] = 0;
      this.pairUp(id, pending);
    }
  }

  /** Every near-duplicate pair among the document's sentences. */
  allPairs(): NearPair[] {
    const all = new Set<NearPair>();
    for (const list of this.pairs.values()) for (const pair of list) all.add(pair);
    return [...all];
  }

  /** True when `print` is ordinary phrasing in this document. */
  isCommon(print: number): boolean {
    return this.postings.count(print) > DOCUMENT_COMMON || this.isCommonElsewhere(print);
  }

  private remove(entry: ParagraphEntry): void {
    for (const sentence of entry.sentences) {
      const id = this.ids.get(sentence);
      if (id === undefined) continue;
      for (const print of sentence.prints) this.postings.remove(print, id);
      this.ids.delete(sentence);
      this.sentences[id] = undefined;
      this.freeIds.push(id);
      for (const pair of this.pairs.get(sentence) ?? []) {
        const other = pair.a === sentence ? pair.b : pair.a;
        const list = this.pairs.get(other);
        if (!list) continue;
        const kept = list.filter((p) => p !== pair);
        if (kept.length > 0) this.pairs.set(other, kept);
        else this.pairs.delete(other);
      }
      this.pairs.delete(sentence);
    }
  }

  /** Finds the partners of sentence `id`; sentences still `pending` will find it themselves. */
  private pairUp(id: number, pending: Uint8Array): void {
    const sentence = this.sentences[id]!;
    const shared = this.shared;
    shared.clear();
    let distinctive = 0;
    // Indexed loops and forEach: until V8 optimises this code (in a short `tifa check`, never), a
    // for…of allocates a result object per element, a couple of megabytes per 1 MB document.
    const { prints } = sentence;
    for (let p = 0; p < prints.length; p++) {
      const print = prints[p];
      const found = this.postings.get(print);
      // A fingerprint of this sentence alone proposes no partner and is not common.
      if (typeof found !== 'object') {
        distinctive++;
        continue;
      }
      if (found.length > DOCUMENT_COMMON || this.isCommonElsewhere(print)) continue;
      distinctive++;
      for (let f = 0; f < found.length; f++) {
        const other = found[f];
        if (other === id || pending[other] === 1) continue;
        shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    const needed = Math.max(MIN_SHARED_PRINTS, Math.ceil(distinctive * MIN_SHARED_FRACTION));
    shared.forEach((count, otherId) => {
      const other = this.sentences[otherId]!;
      if (count < needed || other.key === sentence.key) return;
      const similarity = editSimilarity(sentence.content, other.content, NEAR_SIMILARITY);
      if (similarity < NEAR_SIMILARITY || !this.similarBeyondPhrasing(sentence.content, other.content)) return;
      const pair = { a: other, b: sentence, similarity };
      this.addPair(sentence, pair);
      this.addPair(other, pair);
    });
  }

  private addPair(sentence: SentenceEntry, pair: NearPair): void {
    const list = this.pairs.get(sentence);
    if (list) list.push(pair);
    else this.pairs.set(sentence, [pair]);
  }

  /**
   * Two sentences that are alike mostly because both use the same slogans are ordinary
   * writing: what is left of each once common phrasing is taken out must still match.
   */
  private similarBeyondPhrasing(a: string, b: string): boolean {
    const restA = this.distinctive(a);
    const restB = this.distinctive(b);
    if (Math.min(restA.length, restB.length) < MIN_DISTINCTIVE) return false;
    return editSimilarity(restA, restB, NEAR_SIMILARITY) >= NEAR_SIMILARITY;
  }

  /** The characters of `content` that no common k-gram covers. */
  private distinctive(content: string): string {
    const covered = new Uint8Array(content.length);
    kgramHashes(content).forEach((hash, i) => {
      if (this.isCommon(hash)) covered.fill(1, i, i + KGRAM);
    });
    let rest = '';
    for (let i = 0; i < content.length; i++) if (!covered[i]) rest += content[i];
    return rest;
  }
}

function eligible(sentence: SentenceEntry): boolean {
  return sentence.content.length >= MIN_NEAR;
}
