/**
 * Sentence ids by fingerprint, in an open-addressing table of typed arrays. A 1 MB document
 * holds about a hundred thousand fingerprints, nearly all in one sentence each; a `Map` of
 * arrays spends most of the check on allocation, this spends none for those.
 */
const EMPTY = 0;
const DELETED = -1;

export class PrintTable {
  /** `print + 1`, or EMPTY, or DELETED. */
  private keys: Int32Array;
  /** A sentence id (≥ 0), or `-(list + 1)` for a fingerprint shared by several sentences. */
  private values: Int32Array;
  private readonly lists: number[][] = [];
  private readonly freeLists: number[] = [];
  /** Slots that are not EMPTY, deleted ones included. */
  private occupied = 0;

  constructor(capacity = 1024) {
    this.keys = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
  }

  /** Grows the table once to hold `count` more fingerprints, instead of doubling it again and again as they come. */
  reserve(count: number): void {
    let capacity = this.keys.length;
    while ((this.occupied + count) * 2 > capacity) capacity *= 2;
    if (capacity > this.keys.length) this.rehashInto(capacity);
  }

  /** The id of the one sentence with `print`, the ids of several, or undefined. */
  get(print: number): number | readonly number[] | undefined {
    const slot = this.find(print);
    if (slot < 0) return undefined;
    const value = this.values[slot];
    return value >= 0 ? value : this.lists[-value - 1];
  }

  /** How many sentences have `print`. */
  count(print: number): number {
    const found = this.get(print);
    return found === undefined ? 0 : typeof found === 'number' ? 1 : found.length;
  }

  add(print: number, id: number): void {
    const slot = this.find(print);
    if (slot >= 0) {
      const value = this.values[slot];
      if (value < 0) this.lists[-value - 1].push(id);
      else this.values[slot] = -(this.newList([value, id]) + 1);
      return;
    }
    const mask = this.keys.length - 1;
    let i = print & mask;
    while (this.keys[i] !== EMPTY && this.keys[i] !== DELETED) i = (i + 1) & mask;
    if (this.keys[i] === EMPTY) this.occupied++;
    this.keys[i] = print + 1;
    this.values[i] = id;
    if (this.occupied * 2 > this.keys.length) this.rehash();
  }

  remove(print: number, id: number): void {
    const slot = this.find(print);
    if (slot < 0) return;
    const value = this.values[slot];
    if (value >= 0) {
      if (value === id) this.keys[slot] = DELETED;
      return;
    }
    const index = -value - 1;
    const list = this.lists[index];
    const at = list.indexOf(id);
    if (at >= 0) list.splice(at, 1);
    if (list.length === 1) {
      this.values[slot] = list[0];
      this.lists[index] = [];
      this.freeLists.push(index);
    }
  }

  private find(print: number): number {
    const key = print + 1;
    const mask = this.keys.length - 1;
    for (let i = print & mask; ; i = (i + 1) & mask) {
      const k = this.keys[i];
      if (k === key) return i;
      if (k === EMPTY) return -1;
    }
  }

  private newList(list: number[]): number {
    const index = this.freeLists.pop();
    if (index === undefined) return this.lists.push(list) - 1;
    this.lists[index] = list;
    return index;
  }

  /** Doubles the table when it is full of live keys; otherwise only sweeps deleted slots. */
  private rehash(): void {
    const { keys } = this;
    let live = 0;
    for (let j = 0; j < keys.length; j++) if (keys[j] !== EMPTY && keys[j] !== DELETED) live++;
    this.rehashInto(live * 4 > keys.length ? keys.length * 2 : keys.length);
  }

  private rehashInto(capacity: number): void {
    const { keys, values } = this;
    let live = 0;
    this.keys = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j];
      if (k === EMPTY || k === DELETED) continue;
      live++;
      let i = (k - 1) & mask;
      while (this.keys[i] !== EMPTY) i = (i + 1) & mask;
      this.keys[i] = k;
      this.values[i] = values[j];
    }
    this.occupied = live;
  }
}
