import { codePointBefore } from '../text/chars';
import { isAsciiAlnum } from '../text/cjk';
import { LineIndex } from '../text/lines';
import { defineMessages } from '../messages';
import type { Span } from '../types';
import type { Rule, RuleFinding } from './rule';

const messages = defineMessages({
  message: {
    zh: '段落在句子中间断开（第 {line} 行与下一段），疑为粘贴时的换行',
    en: 'A paragraph breaks off mid-sentence (line {line} and the next piece), likely a line break from a paste',
  },
  fix: { zh: '接上断开的句子', en: 'Join the broken sentence' },
});

/** A piece of a broken paragraph is prose; a long line without a single mark is a dateline or a title. */
const PUNCTUATED = /[，。、；：！？“”,;:!?]/u;

/**
 * A line break or blank line in the middle of a sentence, as a paste from PDF leaves it.
 * The document model joins such pieces already; headings, list items and author notes
 * are never part of them. A break with a heading stranded in it is `stray-heading`'s.
 */
export const brokenParagraph: Rule = {
  code: 'broken-paragraph',
  defaultSeverity: 'warning',
  description: { zh: '句子中间的断行或空行', en: 'A line break or blank line inside a sentence' },
  check({ text, document, locale }) {
    const t = messages(locale);
    const findings: RuleFinding[] = [];
    let lines: LineIndex | undefined;
    for (const gap of document.breaks) {
      if (gap.strayHeading || !PUNCTUATED.test(lineBefore(text, gap.gap.start))) continue;
      lines ??= new LineIndex(text);
      findings.push({
        code: 'broken-paragraph',
        span: aroundGap(text, gap.gap),
        message: t('message', { line: lines.positionAt(gap.gap.start).line + 1 }),
        fixes: [{ title: t('fix'), edits: [{ span: gap.gap, newText: joiner(text, gap.gap) }], safe: true, preferred: true }],
      });
    }
    return findings;
  },
};

/** The gap with the character on each side of it, so the diagnostic is visible on both lines. */
export function aroundGap(text: string, gap: Span): Span {
  const before = codePointBefore(text, gap.start);
  const after = text.codePointAt(gap.end);
  return {
    start: before === undefined ? gap.start : gap.start - (before > 0xffff ? 2 : 1),
    end: after === undefined ? gap.end : gap.end + (after > 0xffff ? 2 : 1),
  };
}

function lineBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  return text.slice(start, end);
}

/** Chinese pieces join directly; two Latin words keep a space between them. */
export function joiner(text: string, gap: Span): string {
  return isAsciiAlnum(codePointBefore(text, gap.start)) && isAsciiAlnum(text.codePointAt(gap.end)) ? ' ' : '';
}
