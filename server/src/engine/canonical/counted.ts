import { lineStartOf, nextLineStart } from '../text/lines';
import type { Canon } from './canon';
import { isNumeralChar, numeralValue } from './numerals';
import type { Variant } from './variant';

/** At least this many of the canonical items must be written nearby to tie a count to the canon. */
const MIN_ITEMS_SEEN = 2;

/**
 * A numbered slogan whose count contradicts the canon while its items are the canon's:
 * “三个关系” followed by the four relationships of “四个关系”. Without the items nearby the
 * count may name another list altogether, so it is left alone.
 */
export function findCountVariants(text: string, canon: Canon): Variant[] {
  const variants: Variant[] = [];
  for (const slogan of canon.counted) {
    for (let at = text.indexOf(slogan.rest); at >= 0; at = text.indexOf(slogan.rest, at + 1)) {
      let start = at;
      while (start > 0 && isNumeralChar(text[start - 1])) start--;
      if (start === at || text[start - 1] === '第') continue;
      const value = numeralValue(text.slice(start, at));
      if (value === undefined || value === slogan.value) continue;
      const nearby = paragraphsFrom(text, start);
      const seen = slogan.items.filter((item) => nearby.includes(item)).length;
      if (seen < Math.max(MIN_ITEMS_SEEN, Math.ceil(slogan.items.length / 2))) continue;
      variants.push({
        kind: 'numeral',
        span: { start, end: at + slogan.rest.length },
        replacement: slogan.entry.term,
        canonical: slogan.entry.term,
        entry: slogan.entry,
      });
    }
  }
  return variants;
}

/** Where a count's items are written: its own paragraph, or 一是… 二是… in the paragraphs after it. */
const ITEM_PARAGRAPHS = 1 + 8;

function paragraphsFrom(text: string, offset: number): string {
  const start = lineStartOf(text, offset);
  let end = start;
  for (let paragraphs = 0; paragraphs < ITEM_PARAGRAPHS && end < text.length; ) {
    const next = nextLineStart(text, end);
    if (text.slice(end, next).trim()) paragraphs++;
    end = next;
  }
  return text.slice(start, end);
}
