import { compilePattern } from '../corpus/glossary';
import type { KnowledgeBase, TermEntry } from '../corpus/knowledge';
import { isHan } from '../text/chars';
import { trustedItems } from './enumerated';
import { isNumeralChar, numeralValue } from './numerals';

/** A canonical list of items, in canonical order: 政治判断力、政治领悟力、政治执行力. */
export interface Enumeration {
  readonly entry: TermEntry;
  readonly items: readonly string[];
}

/** A numbered slogan whose items the canon spells out: 四个关系. */
export interface CountedSlogan {
  readonly entry: TermEntry;
  /** The text after the numeral: 个关系. */
  readonly rest: string;
  readonly numeral: string;
  readonly value: number;
  readonly items: readonly string[];
}

/** A non-canonical spelling a curated entry names, as a pattern (八条规定 for 八项规定). */
export interface DeclaredVariant {
  readonly entry: TermEntry;
  readonly pattern: RegExp;
}

/** Items shorter than this are too common (“深、实、细”) to tell one list from another. */
const MIN_ITEM_CHARS = 2;
/** A slogan shorter than this is one ordinary word away from many others. */
const MIN_SLOGAN_CHARS = 4;

const NUMBERED = /^([一二两三四五六七八九十双]+)([个项条种大点张句])(\p{Script=Han}+)$/u;
const ITEM_PUNCTUATION = /[，,。；;：:！!？?“”"（）()《》\s]/u;

/**
 * What the non-canonical-phrasing checks need from a knowledge base, arranged for lookup.
 * Built once per knowledge base.
 */
export class Canon {
  readonly enumerations: Enumeration[] = [];
  /** Item text → the enumerations that contain it. */
  readonly byItem = new Map<string, Enumeration[]>();
  /** Lengths (UTF-16 units) of all items, longest first. */
  readonly itemLengths: number[];
  /** Numbered slogans, only where the canon gives one numeral for the rest of the name. */
  readonly counted: CountedSlogan[];
  /** Slogans whose near-misses are flagged: curated ones, and coined ones (三融五跨) that are established or long. */
  readonly nearMissTargets: TermEntry[] = [];
  readonly declared: DeclaredVariant[] = [];
  /** Slogans whose items a draft that spells them out is held to. */
  readonly enumerated: Enumeration[] = [];
  /** The same by the first code unit of the term, so a text is scanned once for all of them. */
  readonly enumeratedByFirst = new Map<number, Enumeration[]>();
  /** 1 at the first code unit of any of them: a table lookup per character of the text, not a map lookup. */
  readonly enumeratedFirst = new Uint8Array(0x10000);
  /** Their places in `enumerated` by the last code unit of the term, in order: what ends a line that announces one. */
  readonly enumeratedByLast = new Map<number, number[]>();
  private readonly terms: KnowledgeBase;

  constructor(knowledge: KnowledgeBase) {
    this.terms = knowledge;
    const lists = new Map<string, Enumeration>();
    const counted: CountedSlogan[] = [];
    const orders = new Map<string, Set<string>>();
    for (const entry of knowledge.all()) {
      const items = listItems(entry);
      if (items) {
        const key = items.join('、');
        if (!lists.has(key)) lists.set(key, { entry, items });
        const set = [...items].sort().join('、');
        orders.set(set, (orders.get(set) ?? new Set()).add(key));
      }
      const trusted = entry.kind !== 'phrase' && [...entry.term].length >= 2 ? trustedItems(entry) : undefined;
      if (trusted) {
        const slogan = { entry, items: trusted };
        this.enumerated.push(slogan);
        const first = entry.term.charCodeAt(0);
        this.enumeratedFirst[first] = 1;
        this.enumeratedByFirst.set(first, [...(this.enumeratedByFirst.get(first) ?? []), slogan]);
        const last = entry.term.charCodeAt(entry.term.length - 1);
        this.enumeratedByLast.set(last, [...(this.enumeratedByLast.get(last) ?? []), this.enumerated.length - 1]);
      }
      const slogan = countedSlogan(entry);
      if (slogan) counted.push(slogan);
      if (isNearMissTarget(entry)) this.nearMissTargets.push(entry);
      for (const variant of entry.variants ?? []) {
        const pattern = compiled(variant);
        if (pattern) this.declared.push({ entry, pattern });
      }
    }
    for (const list of lists.values()) {
      // Two canonical orders of the same items: the canon does not decide, so neither is enforced.
      if (orders.get([...list.items].sort().join('、'))!.size > 1) continue;
      this.enumerations.push(list);
      for (const item of new Set(list.items)) this.byItem.set(item, [...(this.byItem.get(item) ?? []), list]);
    }
    this.itemLengths = [...new Set([...this.byItem.keys()].map((item) => item.length))].sort((a, b) => b - a);
    const byRest = new Map<string, CountedSlogan[]>();
    for (const c of counted) byRest.set(c.rest, [...(byRest.get(c.rest) ?? []), c]);
    this.counted = counted.filter((c) => byRest.get(c.rest)!.length === 1);
  }

  isKnownTerm(text: string): boolean {
    return this.terms.get(text) !== undefined;
  }
}

/**
 * The items of a list slogan, where the canon fixes their order: a phrasing that is the list
 * itself (马上就办、办就办好) or a curated entry. Items that the corpus explains one by one
 * in prose (四个关系: 一是…二是…) are not held to that order.
 */
export function listItems(entry: TermEntry): readonly string[] | undefined {
  const spelled = entry.term.includes('、') ? entry.term.split('、') : undefined;
  const items = entry.kind === 'glossary' ? (entry.items ?? spelled) : spelled;
  if (!items || items.length < 2) return undefined;
  if (items.some((item) => [...item].length < MIN_ITEM_CHARS || ITEM_PUNCTUATION.test(item) || item.includes('、'))) return undefined;
  if (new Set(items).size !== items.length) return undefined;
  return items;
}

function countedSlogan(entry: TermEntry): CountedSlogan | undefined {
  const m = NUMBERED.exec(entry.term);
  if (!m || !entry.items || entry.items.length < 2) return undefined;
  const value = numeralValue(m[1]);
  if (value === undefined) return undefined;
  return { entry, numeral: m[1], rest: m[2] + m[3], value, items: entry.items };
}

function isNearMissTarget(entry: TermEntry): boolean {
  const chars = [...entry.term];
  if (chars.length < MIN_SLOGAN_CHARS || NUMBERED.test(entry.term)) return false;
  if (!chars.every((c) => isHan(c.codePointAt(0)!))) return false;
  const curated = entry.kind === 'glossary' || entry.definition !== undefined;
  // A short coined slogan used once may sit one character from another (一主两辅, 一主两翼).
  return curated || (isCoined(entry.term) && (entry.sources.length >= 2 || chars.length > MIN_SLOGAN_CHARS));
}

/** A slogan built around two or more numerals, like 三融五跨 or 一中心四板块一网格. */
export function isCoined(term: string): boolean {
  return [...term].filter(isNumeralChar).length >= 2;
}

/** A glossary pattern as a RegExp; the glossary loader has already reported one that does not compile. */
function compiled(variant: string): RegExp | undefined {
  try {
    return compilePattern(variant);
  } catch {
    return undefined;
  }
}

const canons = new WeakMap<KnowledgeBase, Canon>();

export function canonOf(knowledge: KnowledgeBase): Canon {
  let canon = canons.get(knowledge);
  if (!canon) {
    canon = new Canon(knowledge);
    canons.set(knowledge, canon);
  }
  return canon;
}
