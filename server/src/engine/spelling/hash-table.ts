/**
 * Counts of short strings (character n-grams, dictionary words) keyed by a 64-bit hash in
 * two sorted 32-bit halves. The tables are typed arrays, so a model file is read by making
 * views on its bytes: nothing is parsed, and a lookup is a binary search.
 */

/** Two independent 32-bit hashes of `text`; a wrong match needs both to collide. */
export function hashPair(text: string): [number, number] {
  let high = 0x811c9dc5;
  let low = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    high = Math.imul(high ^ code, 0x01000193);
    low = Math.imul(low ^ code, 0x5bd1e995);
    low ^= low >>> 15;
  }
  return [high >>> 0, low >>> 0];
}

export class HashCounts {
  constructor(
    readonly high: Uint32Array,
    readonly low: Uint32Array,
    readonly counts: Uint32Array,
  ) {}

  get size(): number {
    return this.counts.length;
  }

  get(text: string): number {
    const [h, l] = hashPair(text);
    const high = this.high;
    let lo = 0;
    let hi = high.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (high[mid] < h || (high[mid] === h && this.low[mid] < l)) lo = mid + 1;
      else hi = mid;
    }
    return lo < high.length && high[lo] === h && this.low[lo] === l ? this.counts[lo] : 0;
  }

  /** The table of `counts`, summing the counts of strings whose hashes meet. */
  static from(counts: ReadonlyMap<string, number>): HashCounts {
    const keyed = [...counts].map(([text, count]) => [...hashPair(text), count] as [number, number, number]);
    keyed.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const high: number[] = [];
    const low: number[] = [];
    const sums: number[] = [];
    for (const [h, l, count] of keyed) {
      const last = high.length - 1;
      if (last >= 0 && high[last] === h && low[last] === l) sums[last] = Math.min(0xffffffff, sums[last] + count);
      else high.push(h), low.push(l), sums.push(Math.min(0xffffffff, count));
    }
    return new HashCounts(Uint32Array.from(high), Uint32Array.from(low), Uint32Array.from(sums));
  }
}
