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
  for (const target of canon.nearMissTargets) {
    if (!isCoined(target.term)) continue;
    for (const at of skeletonMatches(text, target.term)) {
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

/** Offsets where `text` has the numerals of `term` at the same places, all else Chinese characters. */
function skeletonMatches(text: string, term: string): number[] {
  const first = term.split('').findIndex(isNumeralChar);
  const out: number[] = [];
  for (let at = text.indexOf(term[first]); at >= 0; at = text.indexOf(term[first], at + 1)) {
    const start = at - first;
    if (start < 0 || start + term.length > text.length) continue;
    const written = text.slice(start, start + term.length);
    if (written !== term && sameSkeletonOneChange(written, term)) out.push(start);
  }
  return out;
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
