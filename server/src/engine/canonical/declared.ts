import type { Canon } from './canon';
import type { Variant } from './variant';

/** Spellings a curated glossary names as non-canonical (its `patterns`), wherever they occur. */
export function findDeclaredVariants(text: string, canon: Canon): Variant[] {
  const variants: Variant[] = [];
  for (const { entry, pattern } of canon.declared) {
    for (const m of text.matchAll(pattern)) {
      if (m[0] === '' || m[0] === entry.term) continue;
      variants.push({
        kind: 'declared',
        span: { start: m.index!, end: m.index! + m[0].length },
        replacement: entry.term,
        canonical: entry.term,
        entry,
      });
    }
  }
  return variants;
}
