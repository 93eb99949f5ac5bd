import { defineMessages } from '../messages';
import { protectedRanges } from '../text/protected';
import type { DocumentModel } from '../document/model';
import type { Span } from '../types';
import type { DocumentRule, RuleFinding } from './rule';

const messages = defineMessages({
  unclosed: { zh: '“{open}”缺少对应的“{close}”', en: "'{open}' has no matching '{close}'" },
  unopened: { zh: '“{close}”缺少对应的“{open}”', en: "'{close}' has no matching '{open}'" },
});

const CLOSE_OF: Readonly<Record<string, string>> = { '“': '”', '‘': '’', '《': '》', '（': '）', '〔': '〕' };
const OPEN_OF: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(CLOSE_OF).map(([o, c]) => [c, o]));
const LATIN = /[A-Za-z]/u;
/** Any mark of the pairs: one pass of the regex engine finds them all faster than a loop over every character. */
const PAIR_MARK = new RegExp(`[${Object.entries(CLOSE_OF).flat().join('')}]`, 'gu');

/**
 * Quotation marks, title marks and brackets (GB/T 15834-2011 “” ‘’ 《》 （） 〔〕) that open
 * without closing or close without opening, within a paragraph or a line of its own.
 * A quotation running over several paragraphs opens each of them and closes only the last.
 */
export const unbalancedPair: DocumentRule = {
  scope: 'document',
  code: 'unbalanced-pair',
  defaultSeverity: 'warning',
  description: { zh: '引号、书名号、括号不成对', en: 'Unbalanced quotation marks, title marks or brackets' },
  check({ text, document, locale }) {
    const t = messages(locale);
    const findings: RuleFinding[] = [];
    const units = textUnits(document);
    const guard = protectedRanges(text);
    const marks = Array.from(text.matchAll(PAIR_MARK), (m) => m.index);
    units.forEach((segments, u) => {
      const stack: { ch: string; at: number }[] = [];
      const report = (kind: 'unclosed' | 'unopened', ch: string, at: number) => {
        const open = kind === 'unclosed' ? ch : OPEN_OF[ch];
        findings.push({
          code: 'unbalanced-pair',
          span: { start: at, end: at + 1 },
          message: t(kind, { open, close: CLOSE_OF[open] }),
        });
      };
      for (const segment of segments) {
        for (let k = firstAtOrAfter(marks, segment.start); k < marks.length && marks[k] < segment.end; k++) {
          const i = marks[k];
          const ch = text[i];
          if (guard.has(i)) continue;
          if (CLOSE_OF[ch]) stack.push({ ch, at: i });
          else if (OPEN_OF[ch]) {
            if (ch === '’' && LATIN.test(text[i - 1] ?? '') && LATIN.test(text[i + 1] ?? '')) continue;
            const depth = findOpener(stack, OPEN_OF[ch]);
            if (depth < 0) {
              report('unopened', ch, i);
              continue;
            }
            for (const inner of stack.splice(depth)) if (inner.ch !== OPEN_OF[ch]) report('unclosed', inner.ch, inner.at);
          }
        }
      }
      const next = units[u + 1];
      for (const open of stack) {
        const continuedQuote = open.ch === '“' && open.at === segments[0].start && next !== undefined && text[next[0].start] === '“';
        if (!continuedQuote) report('unclosed', open.ch, open.at);
      }
    });
    return findings.sort((a, b) => a.span.start - b.span.start);
  },
};

/** The index of the first of the sorted `offsets` at or after `at`. */
function firstAtOrAfter(offsets: readonly number[], at: number): number {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offsets[mid] < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

function findOpener(stack: readonly { ch: string }[], open: string): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].ch === open) return k;
  return -1;
}

/** Paragraphs (their pieces joined) and every line that belongs to no paragraph, in text order. */
function textUnits(document: DocumentModel): Span[][] {
  const inParagraph = new Set<number>();
  const units: Span[][] = [];
  for (const paragraph of document.paragraphs) {
    for (const segment of paragraph.segments) inParagraph.add(segment.start);
    units.push([...paragraph.segments]);
  }
  for (const line of document.lines) if (!inParagraph.has(line.span.start)) units.push([line.span]);
  return units.sort((a, b) => a[0].start - b[0].start);
}
