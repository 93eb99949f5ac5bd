import type { TermEntry } from '../corpus/knowledge';
import { isHan } from '../text/chars';
import type { Canon } from './canon';
import { isCoined } from './canon';
import { isOneEditAway } from './distance';
import { isNumeralChar } from './numerals';
import type { Variant } from './variant';

const QUOTATION = /“([^“”\r\n]{2,16})”/gu;

/**
 * Slogans written one character off: 三融五通 for 三融五跨. A quotation marks its content as
 * a cited slogan, so any one edit counts there. In running text only a coined numeric slogan
 * is matched, and only by a change that keeps every numeral in place (三融五通, not 三融四跨),
 * because ordinary words are one character apart from each other all the time.
 */
export function findNearMisses(text: string, canon: Canon): Variant[] {
  if (canon.nearMissTargets.length === 0) return [];
  const variants: Variant[] = [];
  const quoted: { start: number; end: number }[] = [];
  for (const m of text.matchAll(QUOTATION)) {
    const start = m.index! + 1;
    quoted.push({ start, end: start + m[1].length });
    const target = soleTarget(canon, m[1], (term) => isOneEditAway(m[1], term));
    if (target) variants.push(variant(start, m[1], target));
  }
  for (const { target, starts } of skeletonMatches(text, canon)) {
    for (const at of starts) {
      const written = text.slice(at, at + target.term.length);
      if (quoted.some((q) => at < q.end && at + written.length > q.start)) continue;
      if (soleTarget(canon, written, (term) => sameSkeletonOneChange(written, term)) !== target) continue;
      variants.push(variant(at, written, target));
    }
  }
  return variants;
}

function variant(start: number, written: string, target: TermEntry): Variant {
  return { kind: 'near-miss', span: { start, end: start + written.length }, replacement: target.term, canonical: target.term, entry: target };
}

/** The one slogan `written` is a near-miss of; none when it is itself known or could be either of two. */
function soleTarget(canon: Canon, written: string, near: (term: string) => boolean): TermEntry | undefined {
  if (canon.isKnownTerm(written)) return undefined;
  const targets = canon.nearMissTargets.filter((entry) => near(entry.term));
  return targets.length === 1 ? targets[0] : undefined;
}

/** A coined slogan, with where its first two numerals stand. */
interface Coined {
  readonly target: TermEntry;
  /** Its place among the canon's near-miss targets: matches are reported in that order. */
  readonly order: number;
  readonly first: number;
}

/** The canon's coined slogans by their first two numerals and the distance between them (三融五跨: 三, 五, 2), and the longest such distance. */
interface CoinedIndex {
  readonly bySkeleton: Map<string, Coined[]>;
  readonly longestGap: number;
}

const coinedIndexes = new WeakMap<Canon, CoinedIndex>();

function coinedIndex(canon: Canon): CoinedIndex {
  const known = coinedIndexes.get(canon);
  if (known) return known;
  const bySkeleton = new Map<string, Coined[]>();
  let longestGap = 0;
  canon.nearMissTargets.forEach((target, order) => {
    if (!isCoined(target.term)) return;
    const term = target.term;
    const places: number[] = [];
    for (let i = 0; i < term.length && places.length < 2; i++) if (isNumeralChar(term[i])) places.push(i);
    const gap = places[1] - places[0];
    longestGap = Math.max(longestGap, gap);
    const key = skeletonKey(term[places[0]], term[places[1]], gap);
    let list = bySkeleton.get(key);
    if (!list) bySkeleton.set(key, (list = []));
    list.push({ target, order, first: places[0] });
  });
  const index = { bySkeleton, longestGap };
  coinedIndexes.set(canon, index);
  return index;
}

function skeletonKey(a: string, b: string, gap: number): string {
  return `${a}${b}${gap}`;
}

/**
 * Per coined slogan of the canon, in the canon's order, the offsets where `text` has its
 * numerals at the same places and one other character changed, all else Chinese characters.
 * One pass over the text's numerals finds them, whatever the number of slogans.
 */
function skeletonMatches(text: string, canon: Canon): { target: TermEntry; starts: number[] }[] {
  const { bySkeleton, longestGap } = coinedIndex(canon);
  if (bySkeleton.size === 0) return [];
  const found = new Map<Coined, number[]>();
  for (let i = 0; i < text.length; i++) {
    if (!isNumeralChar(text[i])) continue;
    for (let gap = 1; gap <= longestGap && i + gap < text.length; gap++) {
      if (!isNumeralChar(text[i + gap])) continue;
      const coined = bySkeleton.get(skeletonKey(text[i], text[i + gap], gap));
      if (!coined) continue;
      for (const c of coined) {
        const start = i - c.first;
        const term = c.target.term;
        if (start < 0 || start + term.length > text.length) continue;
        const written = text.slice(start, start + term.length);
        if (written === term || !sameSkeletonOneChange(written, term)) continue;
        let starts = found.get(c);
        if (!starts) found.set(c, (starts = []));
        starts.push(start);
      }
    }
  }
  return [...found]
    .sort((a, b) => a[0].order - b[0].order)
    .map(([c, starts]) => ({ target: c.target, starts }));
}

function sameSkeletonOneChange(written: string, term: string): boolean {
  if (written.length !== term.length) return false;
  let changes = 0;
  for (let i = 0; i < term.length; i++) {
    if (!isHan(written.codePointAt(i)!)) return false;
    if (written[i] === term[i]) continue;
    if (isNumeralChar(term[i]) || isNumeralChar(written[i])) return false;
    changes++;
  }
  return changes === 1;
}
