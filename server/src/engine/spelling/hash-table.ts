/**
 * Counts of short strings (character n-grams, dictionary words) keyed by a 64-bit hash in
 * two 32-bit halves, laid out as an open-addressing table with linear probing. A slot is three
 * 32-bit words side by side (count, high half, low half), so a lookup reads one cache line, and
 * the table is one typed array: a model file is read by making a view on its bytes, nothing is
 * parsed or inserted at load time, and a lookup touches one or two slots.
 */

/** FNV-1a for one half, a murmur-style mix for the other: every way of hashing here uses these. */
const HIGH_SEED = 0x811c9dc5;
const HIGH_PRIME = 0x01000193;
const LOW_SEED = 0x9747b28c;
const LOW_PRIME = 0x5bd1e995;

/** The two hashes of the last string hashed: a lookup in a hot loop allocates nothing. */
const lastHash = new Uint32Array(2);

/** Two independent 32-bit hashes of `text` into `lastHash`; a wrong match needs both to collide. */
function hashInto(text: string): void {
  let high = HIGH_SEED;
  let low = LOW_SEED;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    high = Math.imul(high ^ code, HIGH_PRIME);
    low = Math.imul(low ^ code, LOW_PRIME);
    low ^= low >>> 15;
  }
  lastHash[0] = high;
  lastHash[1] = low;
}

/** Two independent 32-bit hashes of `text`; a wrong match needs both to collide. */
export function hashPair(text: string): [number, number] {
  hashInto(text);
  return [lastHash[0], lastHash[1]];
}

/** 32-bit words per slot: the count (0 in an empty slot), then the two halves of the hash. */
export const SLOT_WORDS = 3;

export class HashCounts {
  private readonly mask: number;

  /** `cells` holds SLOT_WORDS words for each slot; the number of slots is a power of two. */
  constructor(readonly cells: Uint32Array) {
    this.mask = cells.length / SLOT_WORDS - 1;
  }

  get slots(): number {
    return this.cells.length / SLOT_WORDS;
  }

  get(text: string): number {
    hashInto(text);
    return this.find(lastHash[0], lastHash[1]);
  }

  /**
   * The count of the string of one to three UTF-16 code units `a`, `b`, `c` (a negative one
   * ends it early), as `get` of that string: the hot path builds no string.
   */
  getCodes(a: number, b = -1, c = -1): number {
    let high = Math.imul(HIGH_SEED ^ a, HIGH_PRIME);
    let low = Math.imul(LOW_SEED ^ a, LOW_PRIME);
    low ^= low >>> 15;
    if (b >= 0) {
      high = Math.imul(high ^ b, HIGH_PRIME);
      low = Math.imul(low ^ b, LOW_PRIME);
      low ^= low >>> 15;
      if (c >= 0) {
        high = Math.imul(high ^ c, HIGH_PRIME);
        low = Math.imul(low ^ c, LOW_PRIME);
        low ^= low >>> 15;
      }
    }
    return this.find(high >>> 0, low >>> 0);
  }

  /**
   * The counts of the strings `codes[from..from+1)`, `codes[from..from+2)` … up to `to`, into
   * `out[0]`, `out[1]` …: the strings that start at one place share their hashing.
   */
  getPrefixes(codes: ArrayLike<number>, from: number, to: number, out: Float64Array): void {
    let high = HIGH_SEED;
    let low = LOW_SEED;
    for (let i = from; i < to; i++) {
      const code = codes[i];
      high = Math.imul(high ^ code, HIGH_PRIME);
      low = Math.imul(low ^ code, LOW_PRIME);
      low ^= low >>> 15;
      out[i - from] = this.find(high >>> 0, low >>> 0);
    }
  }

  private find(high: number, low: number): number {
    const cells = this.cells;
    for (let slot = (high ^ low) & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slot * SLOT_WORDS;
      const count = cells[at];
      if (count === 0) return 0;
      if (cells[at + 1] === high && cells[at + 2] === low) return count;
    }
  }

  /** The table of `counts` (each above 0), at most four fifths full; strings whose hashes meet share a count. */
  static from(counts: ReadonlyMap<string, number>): HashCounts {
    let slots = 1;
    while (slots * 0.8 < counts.size + 1) slots *= 2;
    const cells = new Uint32Array(slots * SLOT_WORDS);
    const mask = slots - 1;
    for (const [text, count] of counts) {
      if (count <= 0) continue;
      const [high, low] = hashPair(text);
      let slot = (high ^ low) & mask;
      while (cells[slot * SLOT_WORDS] !== 0 && !(cells[slot * SLOT_WORDS + 1] === high && cells[slot * SLOT_WORDS + 2] === low)) slot = (slot + 1) & mask;
      const at = slot * SLOT_WORDS;
      cells[at] = Math.min(0xffffffff, cells[at] + count);
      cells[at + 1] = high;
      cells[at + 2] = low;
    }
    return new HashCounts(cells);
  }
}
