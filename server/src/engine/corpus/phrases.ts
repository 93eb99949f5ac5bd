import type { Passage } from './passage';
import { clauseEnd, listInClause, splitEnumeration } from './lists';
import type { Occurrence } from './numbered';

export interface MinedPhrase {
  /** The phrasing as written: items joined by 、. */
  readonly term: string;
  readonly items: readonly string[];
  readonly occurrences: readonly Occurrence[];
}

const QUOTED_LIST = /“([^“”\r\n]{3,60})”/gu;
const MAX_PHRASE_ITEM = 12;

/**
 * Canonical multi-item phrasings: lists the corpus quotes (“集约建设、互联互通、协同联动”),
 * lists it repeats word for word (数字化思维、数字化认知、数字化能力), and lists that spell
 * out a numbered slogan (政治判断力、政治领悟力、政治执行力).
 */
export function minePhrases(passage: Passage, sloganItems: readonly (readonly string[])[]): MinedPhrase[] {
  const seen = new Map<string, { items: string[]; quoted: boolean; occurrences: Occurrence[] }>();
  const note = (items: string[], quoted: boolean, occurrence: Occurrence) => {
    if (items.length < 2 || items.some((item) => item.length === 0 || item.length > MAX_PHRASE_ITEM || /[“”]/u.test(item))) return;
    const term = items.join('、');
    const entry = seen.get(term) ?? { items, quoted: false, occurrences: [] };
    entry.quoted ||= quoted;
    entry.occurrences.push(occurrence);
    seen.set(term, entry);
  };
  for (const block of passage.blocks) {
    const text = block.text;
    for (const m of text.matchAll(QUOTED_LIST)) {
      if (!m[1].includes('、') || /[，；。：！？]/u.test(m[1])) continue;
      const start = (m.index ?? 0) + 1;
      note(splitEnumeration(m[1]), true, { block: block.index, start, end: start + m[1].length });
    }
    let at = 0;
    while (at < text.length) {
      const end = clauseEnd(text, at);
      if (text.slice(at, end).includes('、')) {
        const list = listInClause(text, at);
        if (list) {
          const term = list.items.join('、');
          const start = text.indexOf(term, at);
          if (start >= 0 && start < end) note(list.items, false, { block: block.index, start, end: start + term.length });
        }
      }
      at = end + 1;
    }
  }
  const spelledOut = new Set(sloganItems.map((items) => items.join('、')));
  return [...seen]
    .filter(([term, e]) => e.quoted || e.occurrences.length >= 2 || spelledOut.has(term))
    .map(([term, e]) => ({ term, items: e.items, occurrences: e.occurrences }));
}
