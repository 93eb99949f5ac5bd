import type { Canon } from './canon';
import { compareWritten, writesEarlierItem } from './enumerated';
import type { Variant } from './variant';
import { writtenEnumerations } from './written';

/** A title 《…》 longer than this is not one: the look back stops there. */
const MAX_TITLE_CHARS = 200;

/** True when `at` lies inside a title 《…》, which quotes a name as it was. */
export function insideTitle(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i <= MAX_TITLE_CHARS; i--) {
    const c = text[i];
    if (c === '《') return true;
    if (c === '》' || c === '\n' || c === '\r') return false;
  }
  return false;
}

/**
 * A draft that spells out the items of a slogan the canon knows, next to the slogan, with
 * an item changed, left out or moved: “四个关系”。一是…四是把握重点突破与整体推进的关系. Only an
 * enumeration that is clearly the slogan's is compared (see compareWritten); one that is an
 * earlier official wording of it is left to superseded-phrase.
 */
export function findDraftedVariants(text: string, canon: Canon): Variant[] {
  const variants: Variant[] = [];
  if (canon.enumerated.length === 0) return variants;
  const first = canon.enumeratedFirst;
  for (let at = 0; at < text.length; at++) {
    if (first[text.charCodeAt(at)] === 0) continue;
    for (const { entry, items } of canon.enumeratedByFirst.get(text.charCodeAt(at))!) {
      const term = entry.term;
      if (!text.startsWith(term, at) || insideTitle(text, at)) continue;
      const span = { start: at, end: at + term.length };
      for (const written of writtenEnumerations(text, span, items)) {
        if (writesEarlierItem(text, written, entry, items)) break;
        const comparison = compareWritten(text, written, items);
        if (!comparison) continue;
        const canonical = items.join('、');
        if (comparison.kind === 'changed') {
          const { edit } = comparison;
          variants.push({ kind: 'changed', span: edit.span, replacement: edit.newText, canonical: items[comparison.index], entry });
        } else if (comparison.kind !== 'same' && comparison.edits.length > 0) {
          variants.push({ kind: comparison.kind, span: comparison.span, replacement: canonical, canonical, entry, edits: comparison.edits });
        }
        break;
      }
    }
  }
  return variants;
}
