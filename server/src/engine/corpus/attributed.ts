import ATTRIBUTED_NOUNS from './attributed-nouns.json';
import { listEndingAt } from './lists';
import type { NumberedSlogan, Occurrence } from './numbered';
import type { Passage } from './passage';

/** The term after 的, up to the end of its clause. */
const AFTER_OF = /的(\p{Script=Han}{3,8}?)(?=[，。；：、！？]|$)/gu;
const MIN_ITEMS = 4;
const MAX_ITEM_LENGTH = 2;

/**
 * Slogans whose items are written before them as attributes: 创新、协调、绿色、开放、共享的
 * 新发展理念. A term that one text writes with two different lists is left out.
 */
export function mineAttributed(passage: Passage): NumberedSlogan[] {
  const found = new Map<string, { items: string[]; occurrences: Occurrence[]; conflicting: boolean }>();
  for (const block of passage.blocks) {
    for (const m of block.text.matchAll(AFTER_OF)) {
      const term = m[1];
      if (!ATTRIBUTED_NOUNS.nouns.some((noun) => term.endsWith(noun))) continue;
      const at = m.index ?? 0;
      const list = listEndingAt(block.text, at + 1);
      if (!list || list.quoted || !list.sure || list.items.length < MIN_ITEMS || list.items.some((item) => item.length > MAX_ITEM_LENGTH)) continue;
      const occurrence = { block: block.index, start: at + 1, end: at + 1 + term.length };
      const prior = found.get(term);
      if (!prior) found.set(term, { items: list.items, occurrences: [occurrence], conflicting: false });
      else {
        prior.occurrences.push(occurrence);
        if (prior.items.join('、') !== list.items.join('、')) prior.conflicting = true;
      }
    }
  }
  return [...found]
    .filter(([, entry]) => !entry.conflicting)
    .map(([term, { items, occurrences }]) => ({ term, items, pattern: 'list-before' as const, occurrences }));
}
