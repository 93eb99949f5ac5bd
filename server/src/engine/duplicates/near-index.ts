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
 * Two sentences that share enough fingerprints and are alike enough to be near-duplicates,
 * unless what they share is common phrasing: that last test is `verdict`, kept until the
 * set of common fingerprints changes.
 */
interface Candidate extends NearPair {
  verdict?: { readonly epoch: number; readonly near: boolean };
}

/**
 * The fingerprint index of one document, kept across analyses: when the document changes,
 * only the paragraphs that left or joined it are removed from or added to the index, and
 * only their sentences, and those whose fingerprints became or ceased to be common, look for
 * near-duplicate partners again.
 *
 * Whether two sentences pair depends on the two sentences and on which fingerprints are
 * common in the whole document, never on the order they came in: an index brought to a text
 * through any history of edits holds what a new index of that text holds.
 */
export class NearIndex {
  private present: ReadonlyMap<ParagraphEntry, number> = new Map();
  /** Sentence ids by fingerprint. */
  private readonly postings = new PrintTable();
  private readonly ids = new Map<SentenceEntry, number>();
  private readonly sentences: (SentenceEntry | undefined)[] = [];
  private readonly freeIds: number[] = [];
  private readonly candidates = new Map<SentenceEntry, Candidate[]>();
  /** Counts the changes of the set of common fingerprints; a verdict of an older epoch is read again. */
  private epoch = 0;
  /** Scratch counts by sentence id for `pairUp`, reused to spare the garbage collector. */
  private readonly shared = new Map<number, number>();

  /** `isCommonElsewhere` must not change over the life of the index. */
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
    const removed: ParagraphEntry[] = [];
    for (const entry of entries.keys()) if (!this.present.has(entry)) added.push(entry);
    for (const entry of this.present.keys()) if (!entries.has(entry)) removed.push(entry);
    // Only the fingerprints of sentences that leave or join can become common or cease to be.
    const wasCommon = new Map<number, boolean>();
    for (const entry of [...removed, ...added]) {
      for (const sentence of entry.sentences) {
        if (!eligible(sentence)) continue;
        for (const print of sentence.prints) if (!wasCommon.has(print)) wasCommon.set(print, this.commonHere(print));
      }
    }
    for (const entry of removed) this.remove(entry);
    this.present = entries;
    let prints = 0;
    for (const entry of added) for (const sentence of entry.sentences) if (eligible(sentence)) prints += sentence.prints.length;
    this.postings.reserve(prints);
    const revisit = new Set<number>();
    for (const entry of added) {
      for (const sentence of entry.sentences) {
        if (!eligible(sentence)) continue;
        const id = this.freeIds.pop() ?? this.sentences.length;
        this.sentences[id] = sentence;
        this.ids.set(sentence, id);
        const { prints } = sentence;
        for (let i = 0; i < prints.length; i++) this.postings.add(prints[i], id);
        revisit.add(id);
      }
    }
    // A sentence with a fingerprint that changed sides counts its shared fingerprints anew.
    let flipped = false;
    wasCommon.forEach((was, print) => {
      if (this.commonHere(print) === was) return;
      flipped = true;
      const found = this.postings.get(print);
      if (typeof found === 'number') revisit.add(found);
      else if (found) for (const id of found) revisit.add(id);
    });
    if (flipped) this.epoch++;
    for (const id of revisit) this.dropCandidates(this.sentences[id]!);
    // Sentences looked at together pair up once: each looks only at those already done.
    const pending = new Uint8Array(this.sentences.length);
    for (const id of revisit) pending[id] = 1;
    for (const id of revisit) {
      pending[id] = 0;
      this.pairUp(id, pending);
    }
  }

  /** Every near-duplicate pair among the document's sentences. */
  allPairs(): NearPair[] {
    const all = new Set<Candidate>();
    for (const list of this.candidates.values()) for (const candidate of list) all.add(candidate);
    const pairs: NearPair[] = [];
    for (const candidate of all) {
      if (candidate.verdict?.epoch !== this.epoch) {
        candidate.verdict = { epoch: this.epoch, near: this.similarBeyondPhrasing(candidate.a.content, candidate.b.content) };
      }
      if (candidate.verdict.near) pairs.push(candidate);
    }
    return pairs;
  }

  /** True when `print` is ordinary phrasing in this document. */
  isCommon(print: number): boolean {
    return this.commonHere(print) || this.isCommonElsewhere(print);
  }

  private commonHere(print: number): boolean {
    return this.postings.count(print) > DOCUMENT_COMMON;
  }

  private remove(entry: ParagraphEntry): void {
    for (const sentence of entry.sentences) {
      const id = this.ids.get(sentence);
      if (id === undefined) continue;
      for (const print of sentence.prints) this.postings.remove(print, id);
      this.ids.delete(sentence);
      this.sentences[id] = undefined;
      this.freeIds.push(id);
      this.dropCandidates(sentence);
    }
  }

  private dropCandidates(sentence: SentenceEntry): void {
    for (const candidate of this.candidates.get(sentence) ?? []) {
      const other = candidate.a === sentence ? candidate.b : candidate.a;
      const list = this.candidates.get(other);
      if (!list) continue;
      const kept = list.filter((c) => c !== candidate);
      if (kept.length > 0) this.candidates.set(other, kept);
      else this.candidates.delete(other);
    }
    this.candidates.delete(sentence);
  }

  /** Finds the candidates of sentence `id`; sentences still `pending` will find it themselves. */
  private pairUp(id: number, pending: Uint8Array): void {
    const sentence = this.sentences[id]!;
    const shared = this.shared;
    shared.clear();
    // Indexed loops and forEach: until V8 optimises this code (in a short `tifa check`, never), a
    // for…of allocates a result object per element, a couple of megabytes per 1 MB document.
    const { prints } = sentence;
    for (let p = 0; p < prints.length; p++) {
      const print = prints[p];
      const found = this.postings.get(print);
      // A fingerprint of this sentence alone proposes no partner.
      if (typeof found !== 'object') continue;
      if (found.length > DOCUMENT_COMMON || this.isCommonElsewhere(print)) continue;
      for (let f = 0; f < found.length; f++) {
        const other = found[f];
        if (other === id || pending[other] === 1) continue;
        shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    const needed = this.neededShared(sentence);
    shared.forEach((count, otherId) => {
      const other = this.sentences[otherId]!;
      if (count < needed || other.key === sentence.key || count < this.neededShared(other)) return;
      const similarity = editSimilarity(sentence.content, other.content, NEAR_SIMILARITY);
      if (similarity < NEAR_SIMILARITY) return;
      const candidate: Candidate = { a: other, b: sentence, similarity };
      this.addCandidate(sentence, candidate);
      this.addCandidate(other, candidate);
    });
  }

  /**
   * The shared fingerprints a partner of `sentence` needs: a share of those that are not
   * common phrasing. Both sentences of a pair must have their share, so that the pair does
   * not depend on which of them was indexed first.
   */
  private neededShared(sentence: SentenceEntry): number {
    let distinctive = 0;
    const { prints } = sentence;
    for (let p = 0; p < prints.length; p++) if (!this.isCommon(prints[p])) distinctive++;
    return Math.max(MIN_SHARED_PRINTS, Math.ceil(distinctive * MIN_SHARED_FRACTION));
  }

  private addCandidate(sentence: SentenceEntry, candidate: Candidate): void {
    const list = this.candidates.get(sentence);
    if (list) list.push(candidate);
    else this.candidates.set(sentence, [candidate]);
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
