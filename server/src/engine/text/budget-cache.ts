/**
 * Values by text, bounded by the characters of the texts held. Each batch of uses (a check, a
 * document read) is a generation. When a batch ends past the budget, and a quarter of it past
 * what was held after the last eviction, the entries used longest ago are dropped until a quarter
 * of the budget is free, never those of the batch just ended: a text larger than the budget keeps
 * all of its entries while it is the one in use, and does not sort the cache on every use.
 */
export class BudgetedTextCache<V> {
  private readonly entries = new Map<string, { readonly value: V; used: number }>();
  private chars = 0;
  private generation = 0;
  /** What was held after the last eviction. */
  private settled = 0;

  constructor(private readonly budget: number) {}

  /** The number of characters held. */
  get characters(): number {
    return this.chars;
  }

  /** Starts a batch of uses. */
  begin(): void {
    this.generation++;
  }

  /** The value held for `text`, marked as used in this batch. */
  get(text: string): V | undefined {
    const entry = this.entries.get(text);
    if (!entry) return undefined;
    entry.used = this.generation;
    return entry.value;
  }

  /** Holds `value` for `text`, which should be held apart from any larger string it was cut from. */
  set(text: string, value: V): void {
    this.entries.set(text, { value, used: this.generation });
    this.chars += text.length;
  }

  values(): IterableIterator<V> {
    return Array.from(this.entries.values(), (entry) => entry.value).values();
  }

  clear(): void {
    this.entries.clear();
    this.chars = 0;
    this.settled = 0;
  }

  /** Ends a batch: drops what the budget says to. */
  end(): void {
    if (this.chars <= Math.max(this.budget, this.settled + this.budget / 4)) return;
    const stale = [...this.entries].filter(([, entry]) => entry.used < this.generation).sort((a, b) => a[1].used - b[1].used);
    for (const [text] of stale) {
      if (this.chars <= (this.budget * 3) / 4) break;
      this.entries.delete(text);
      this.chars -= text.length;
    }
    this.settled = this.chars;
  }
}
