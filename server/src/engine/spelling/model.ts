import { HashCounts, SLOT_WORDS } from './hash-table';

/** How a confusable character resembles the one written; a pair can have several bits. */
export const SAME_SOUND_SAME_TONE = 1;
export const SAME_SOUND_OTHER_TONE = 2;
export const SAME_STROKES = 4;
export const SAME_SHAPE = 8;
/** The two glyphs, drawn, lie close (corpus/spelling/glyph-similar.tsv, its second column). */
export const DRAWN_ALIKE = 16;
/** The larger part of one glyph, drawn, looks like the whole of the other (its third column): a part added or lost. */
export const DRAWN_PART = 32;

export interface Confusable {
  readonly char: string;
  /** Bits of SAME_SOUND_SAME_TONE, SAME_SOUND_OTHER_TONE, SAME_STROKES, SAME_SHAPE, DRAWN_ALIKE, DRAWN_PART. */
  readonly kind: number;
}

/** The fitted decision: a logistic model over the features of one candidate. */
export interface SpellingWeights {
  readonly weights: readonly number[];
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  /** A character is flagged when its best candidate's probability reaches this. */
  readonly threshold: number;
  /** Further candidates are offered as fixes when their probability reaches this. */
  readonly suggest: number;
}

/** Marks the start or end of a run of Chinese characters in the n-gram counts. */
export const BOUNDARY = '\u0001';

/**
 * What the wrong-character rule reads: character n-gram counts of official prose, the word
 * frequencies of a dictionary, which characters are confused with which, and the weights.
 */
export interface SpellingModel {
  /** How often a string of one to three characters (BOUNDARY at a run's ends) occurs in the training prose. */
  ngram(text: string): number;
  /** `ngram` of the one to three characters with these UTF-16 codes; a negative code ends the string early. */
  ngramCodes(a: number, b?: number, c?: number): number;
  /** How many characters the training prose has. */
  readonly ngramTotal: number;
  /** The dictionary frequency of a word; single characters included. */
  word(text: string): number;
  /** `word` of each string of the UTF-16 codes `codes[from..end)`, for `end` from `from + 1` to `to`, into `out[end - from - 1]`. */
  wordsFrom(codes: ArrayLike<number>, from: number, to: number, out: Float64Array): void;
  /** The natural logarithm of the sum of the dictionary's frequencies. */
  readonly wordLogTotal: number;
  confusables(char: string): readonly Confusable[];
  readonly weights: SpellingWeights;
}

/** What a model is made of, as the trainer builds it and a model file stores it. */
export interface SpellingTables {
  readonly ngrams: HashCounts;
  readonly ngramTotal: number;
  readonly words: HashCounts;
  readonly wordTotal: number;
  /** Per character: its confusables written together, then `|`, then two hex digits of kind bits per confusable. */
  readonly confusion: Readonly<Record<string, string>>;
  readonly weights: SpellingWeights;
  /** Where the data came from, stored in the file for whoever reads it. */
  readonly provenance?: readonly string[];
}

const NONE: readonly Confusable[] = Object.freeze([]);

export class PackedSpellingModel implements SpellingModel {
  readonly ngramTotal: number;
  readonly wordLogTotal: number;
  readonly weights: SpellingWeights;
  private readonly parsed = new Map<string, readonly Confusable[]>();

  constructor(readonly tables: SpellingTables) {
    this.ngramTotal = tables.ngramTotal;
    this.wordLogTotal = Math.log(Math.max(1, tables.wordTotal));
    this.weights = tables.weights;
  }

  ngram(text: string): number {
    return this.tables.ngrams.get(text);
  }

  ngramCodes(a: number, b?: number, c?: number): number {
    return this.tables.ngrams.getCodes(a, b, c);
  }

  word(text: string): number {
    return this.tables.words.get(text);
  }

  wordsFrom(codes: ArrayLike<number>, from: number, to: number, out: Float64Array): void {
    this.tables.words.getPrefixes(codes, from, to, out);
  }

  confusables(char: string): readonly Confusable[] {
    const cached = this.parsed.get(char);
    if (cached) return cached;
    const packed = Object.prototype.hasOwnProperty.call(this.tables.confusion, char) ? this.tables.confusion[char] : undefined;
    const bar = packed ? packed.indexOf('|') : 0;
    const found = packed ? [...packed.slice(0, bar)].map((c, i) => ({ char: c, kind: parseInt(packed.slice(bar + 1 + 2 * i, bar + 3 + 2 * i), 16) })) : [];
    const result = found.length > 0 ? found : NONE;
    this.parsed.set(char, result);
    return result;
  }
}

const MAGIC = 'TIFASPL3';

/** The bytes of a model file: a JSON header, then the two tables' cells as little-endian 32-bit words. */
export function encodeSpellingModel(tables: SpellingTables): Uint8Array {
  const header = new TextEncoder().encode(
    JSON.stringify({
      ngramTotal: tables.ngramTotal,
      wordTotal: tables.wordTotal,
      ngrams: tables.ngrams.slots,
      words: tables.words.slots,
      weights: tables.weights,
      provenance: tables.provenance ?? [],
      confusion: tables.confusion,
    }),
  );
  const start = align(MAGIC.length + 4 + header.length);
  const arrays = [tables.ngrams.cells, tables.words.cells];
  const bytes = new Uint8Array(start + arrays.reduce((sum, a) => sum + a.length * 4, 0));
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  const view = new DataView(bytes.buffer);
  view.setUint32(MAGIC.length, header.length, true);
  bytes.set(header, MAGIC.length + 4);
  let at = start;
  for (const array of arrays) {
    for (let i = 0; i < array.length; i++, at += 4) view.setUint32(at, array[i], true);
  }
  return bytes;
}

/** Reads a model file's bytes; throws on anything that is not one. */
export function decodeSpellingModel(input: Uint8Array): PackedSpellingModel {
  if (new TextDecoder().decode(input.subarray(0, MAGIC.length)) !== MAGIC) throw new Error('not a Tifa spelling model');
  // Typed-array views need their offset aligned to the element size.
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(MAGIC.length, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + headerLength))) as {
    ngramTotal: number;
    wordTotal: number;
    ngrams: number;
    words: number;
    weights: SpellingWeights;
    provenance: string[];
    confusion: Record<string, string>;
  };
  let at = align(MAGIC.length + 4 + headerLength);
  if (at + (header.ngrams + header.words) * SLOT_WORDS * 4 !== bytes.byteLength) throw new Error('spelling model truncated');
  const take = (length: number): Uint32Array => {
    const array = littleEndian() ? new Uint32Array(bytes.buffer, bytes.byteOffset + at, length) : Uint32Array.from({ length }, (_, i) => view.getUint32(at + i * 4, true));
    at += length * 4;
    return array;
  };
  const ngrams = new HashCounts(take(header.ngrams * SLOT_WORDS));
  const words = new HashCounts(take(header.words * SLOT_WORDS));
  return new PackedSpellingModel({ ...header, ngrams, words });
}

function align(offset: number): number {
  return (offset + 3) & ~3;
}

function littleEndian(): boolean {
  return new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
}
