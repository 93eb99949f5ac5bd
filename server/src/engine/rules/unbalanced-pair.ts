import { defineMessages } from '../messages';
import { protectedRanges } from '../text/protected';
import type { DocumentModel } from '../document/model';
import type { Span } from '../types';
import type { DocumentRule, RuleFinding } from './rule';

const messages = defineMessages({
  unclosed: { zh: '“{open}”缺少对应的“{close}”', en: "'{open}' has no matching '{close}'" },
  unopened: { zh: '“{close}”缺少对应的“{open}”', en: "'{close}' has no matching '{open}'" },
  unclosedRun: { zh: '连续 {count} 个“{open}”缺少对应的“{close}”', en: "{count} '{open}' in a row have no matching '{close}'" },
  unopenedRun: { zh: '连续 {count} 个“{close}”缺少对应的“{open}”', en: "{count} '{close}' in a row have no matching '{open}'" },
});

const CLOSE_OF: Readonly<Record<string, string>> = { '“': '”', '‘': '’', '《': '》', '（': '）', '〔': '〕' };
const OPENERS = Object.keys(CLOSE_OF);
const LATIN = /[A-Za-z]/u;
/** By char code: 0 for other characters, else (pair index + 1) for an opener and −(pair index + 1) for a closer. */
const MARK = new Int8Array(0x10000);
OPENERS.forEach((open, pair) => {
  MARK[open.charCodeAt(0)] = pair + 1;
  MARK[CLOSE_OF[open].charCodeAt(0)] = -(pair + 1);
});
const UNCLOSED = 0;
const UNOPENED = 1;

/**
 * Quotation marks, title marks and brackets (GB/T 15834-2011 “” ‘’ 《》 （） 〔〕) that open
 * without closing or close without opening, within a paragraph or a line of its own.
 * A quotation running over several paragraphs opens each of them and closes only the last.
 * The same mark left unmatched several times in a row is one finding.
 */
export const unbalancedPair: DocumentRule = {
  scope: 'document',
  code: 'unbalanced-pair',
  defaultSeverity: 'warning',
  description: { zh: '引号、书名号、括号不成对', en: 'Unbalanced quotation marks, title marks or brackets' },
  check({ text, document, locale }) {
    const t = messages(locale);
    const units = textUnits(document);
    const guard = protectedRanges(text);
    // Runs of one mark reported again right after itself, kept as they come: a hostile line may
    // hold an unmatched mark in every character.
    const reportedAt: number[] = [];
    const reportedCount: number[] = [];
    const reportedKind: number[] = [];
    const reportedPair: number[] = [];
    const report = (kind: number, pair: number, at: number) => {
      const last = reportedAt.length - 1;
      if (last >= 0 && reportedKind[last] === kind && reportedPair[last] === pair && reportedAt[last] + reportedCount[last] === at) {
        reportedCount[last]++;
        return;
      }
      reportedAt.push(at);
      reportedCount.push(1);
      reportedKind.push(kind);
      reportedPair.push(pair);
    };
    // The openers not yet closed: offsets and pairs, in typed arrays grown as needed.
    let stackAt = new Int32Array(64);
    let stackPair = new Int8Array(64);
    let top = 0;
    const open = new Int32Array(OPENERS.length);
    units.forEach((segments, u) => {
      top = 0;
      open.fill(0);
      for (const segment of segments) {
        for (let i = segment.start; i < segment.end; i++) {
          const mark = MARK[text.charCodeAt(i)];
          if (mark === 0 || guard.has(i)) continue;
          if (mark > 0) {
            if (top === stackAt.length) {
              const at = new Int32Array(top * 2);
              at.set(stackAt);
              stackAt = at;
              const pairs = new Int8Array(top * 2);
              pairs.set(stackPair);
              stackPair = pairs;
            }
            stackAt[top] = i;
            stackPair[top++] = mark - 1;
            open[mark - 1]++;
            continue;
          }
          const pair = -mark - 1;
          if (text[i] === '’' && LATIN.test(text[i - 1] ?? '') && LATIN.test(text[i + 1] ?? '')) continue;
          if (open[pair] === 0) {
            report(UNOPENED, pair, i);
            continue;
          }
          let depth = top - 1;
          while (stackPair[depth] !== pair) depth--;
          for (let k = depth; k < top; k++) {
            open[stackPair[k]]--;
            if (stackPair[k] !== pair) report(UNCLOSED, stackPair[k], stackAt[k]);
          }
          top = depth;
        }
      }
      const next = units[u + 1];
      for (let k = 0; k < top; k++) {
        const continuedQuote = stackPair[k] === 0 && stackAt[k] === segments[0].start && next !== undefined && text[next[0].start] === '“';
        if (!continuedQuote) report(UNCLOSED, stackPair[k], stackAt[k]);
      }
    });
    const order = reportedAt.map((_, r) => r).sort((a, b) => reportedAt[a] - reportedAt[b]);
    const findings: RuleFinding[] = [];
    // The same mark reported again right after itself is one slip (a key held down, a paste gone
    // wrong): one finding for the run, not one per character.
    for (let r = 0; r < order.length; ) {
      const first = order[r];
      const at = reportedAt[first];
      const kind = reportedKind[first];
      const pair = reportedPair[first];
      let count = reportedCount[first];
      let end = r + 1;
      for (; end < order.length; end++) {
        const next = order[end];
        if (reportedKind[next] !== kind || reportedPair[next] !== pair || reportedAt[next] !== at + count) break;
        count += reportedCount[next];
      }
      const params = { count, open: OPENERS[pair], close: CLOSE_OF[OPENERS[pair]] };
      const key = kind === UNCLOSED ? (count === 1 ? 'unclosed' : 'unclosedRun') : count === 1 ? 'unopened' : 'unopenedRun';
      findings.push({ code: 'unbalanced-pair', span: { start: at, end: at + count }, message: t(key, params) });
      r = end;
    }
    return findings;
  },
};

/** Paragraphs (their pieces joined) and every line that belongs to no paragraph, in text order. */
function textUnits(document: DocumentModel): Span[][] {
  // Both lists are in text order, and a paragraph's segments are lines of it: one merge.
  const units: Span[][] = [];
  const { paragraphs, lines } = document;
  let p = 0;
  let segment = 0;
  for (const line of lines) {
    while (p < paragraphs.length && paragraphs[p].span.start < line.span.start && segment === 0) {
      units.push(paragraphs[p].segments.slice());
      p++;
    }
    const paragraph = paragraphs[p];
    if (paragraph && paragraph.segments[segment]?.start === line.span.start) {
      if (segment === 0) units.push(paragraph.segments.slice());
      segment++;
      if (segment === paragraph.segments.length) {
        segment = 0;
        p++;
      }
      continue;
    }
    units.push([line.span]);
  }
  for (; p < paragraphs.length; p++) units.push(paragraphs[p].segments.slice());
  return units;
}
