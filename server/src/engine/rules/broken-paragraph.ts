import { codePointBefore, isHan } from '../text/chars';
import { isAsciiAlnum, isAsciiDigit, isChinese } from '../text/cjk';
import { protectedRanges, type ProtectedRanges } from '../text/protected';
import { defineMessages } from '../messages';
import { endsSentence, lineNumberAt, MAX_TITLE_LENGTH } from '../document/lines';
import type { DocumentModel } from '../document/model';
import { startsNewParagraph } from '../document/parse';
import type { Span } from '../types';
import type { DocumentRule, RuleFinding } from './rule';

const messages = defineMessages({
  message: {
    zh: '段落在句子中间断开（第 {line} 行与下一段），疑为粘贴时的换行',
    en: 'A paragraph breaks off mid-sentence (line {line} and the next piece), likely a line break from a paste',
  },
  fix: { zh: '接上断开的句子', en: 'Join the broken sentence' },
});

/** A piece of a broken paragraph is prose; a long line without a single mark is a dateline or a title. */
const PUNCTUATED = /[，。、；：！？“”,;:!?]/u;
const TABLE_ROW = /^\s*\|.*\|\s*$/u;
const FINISHED_SENTENCE = /[。！？]/u;
const BLANK_LINE = /\n[ \t\u3000]*\r?\n|\r[ \t\u3000]*\r/u;
/** Marks after which a sentence goes on. */
const CLAUSE_MARK = new Set(['，', '、', '；', '：', ',', ';', ':', '—']);
const ANY_MARK = /[，、；：。！？,;:.!?）)”’》]/u;
/** A sentence finished inside a line, which a title never holds. */
const SENTENCE_INSIDE = /[。！？；;]/u;
/** Longest line read as a title over the paragraph that follows it after a blank line. */
const MAX_TITLE_LENGTH_OVER_PARAGRAPH = 12;

/**
 * A line break or blank line in the middle of a sentence, as a paste from PDF leaves it.
 * The document model joins such pieces already; headings, list items and author notes
 * are never part of them, save a numbered paragraph that opens with its heading. A break
 * with a heading stranded in it is `stray-heading`'s.
 */
export const brokenParagraph: DocumentRule = {
  scope: 'document',
  code: 'broken-paragraph',
  defaultSeverity: 'warning',
  description: { zh: '句子中间的断行或空行', en: 'A line break or blank line inside a sentence' },
  check({ text, document, locale }) {
    const t = messages(locale);
    const findings: RuleFinding[] = [];
    const guard = protectedRanges(text);
    const gaps = [...document.breaks.filter((b) => !b.strayHeading).map((b) => b.gap), ...headingLedBreaks(document)];
    for (const gap of gaps.sort((a, b) => a.start - b.start)) {
      if (!isChineseBreak(text, gap, guard)) continue;
      findings.push({
        code: 'broken-paragraph',
        span: aroundGap(text, gap),
        message: t('message', { line: lineNumberAt(document.lines, gap.start) }),
        fixes: [{ title: t('fix'), edits: [{ span: gap, newText: joiner(text, gap) }], safe: true, preferred: true }],
      });
    }
    return findings;
  },
};

/**
 * Breaks the document model does not join: a numbered paragraph that opens with its own
 * heading, （三）完善制度规范体系。坚持制度治党…, cut off mid-sentence. Its first piece reads as a
 * heading, but a heading does not hold a finished sentence and then stop mid-way.
 */
function headingLedBreaks(document: DocumentModel): Span[] {
  const gaps: Span[] = [];
  const { lines } = document;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (line.kind !== 'heading' || line.text.startsWith('#') || line.text.length <= MAX_TITLE_LENGTH) continue;
    if (!FINISHED_SENTENCE.test(line.text) || endsSentence(line.text)) continue;
    if (next.kind !== 'text' || startsNewParagraph(next.text)) continue;
    gaps.push({ start: line.span.end, end: next.span.start });
  }
  return gaps;
}

/** The gap with the character on each side of it, so the diagnostic is visible on both lines. */
export function aroundGap(text: string, gap: Span): Span {
  const before = codePointBefore(text, gap.start);
  const after = text.codePointAt(gap.end);
  return {
    start: before === undefined ? gap.start : gap.start - (before > 0xffff ? 2 : 1),
    end: after === undefined ? gap.end : gap.end + (after > 0xffff ? 2 : 1),
  };
}

/**
 * A break that splits Chinese prose. Hard-wrapped Latin text, Markdown tables and code
 * keep their line breaks.
 */
function isChineseBreak(text: string, gap: Span, guard: ProtectedRanges): boolean {
  if (guard.has(gap.start)) return false;
  const before = lineAround(text, gap.start, -1);
  const after = lineAround(text, gap.end, 1);
  if (!PUNCTUATED.test(before) || TABLE_ROW.test(before) || TABLE_ROW.test(after)) return false;
  if (BLANK_LINE.test(text.slice(gap.start, gap.end)) ? !continuesAcrossBlankLine(text, gap, before) : writtenLineByLine(before, after)) return false;
  return isChinese(codePointBefore(text, gap.start)) || isChinese(text.codePointAt(gap.end));
}

/**
 * A blank line is a writer's paragraph break unless the line before it stops mid-way through
 * Chinese prose: on a Chinese character, a clause mark or a number. A line that ends on an
 * emoticon, an emoji, a Latin word or a closing bracket has ended, and a short line without
 * a full stop or a semicolon reads as a title (虽然简单，但这些细节值得注意) over its paragraph.
 */
function continuesAcrossBlankLine(text: string, gap: Span, before: string): boolean {
  const last = codePointBefore(text, gap.start);
  if (last === undefined) return false;
  const clause = CLAUSE_MARK.has(String.fromCodePoint(last));
  if (!isHan(last) && !clause && !isAsciiDigit(last)) return false;
  return clause || before.trim().length > MAX_TITLE_LENGTH_OVER_PARAGRAPH || SENTENCE_INSIDE.test(before);
}

/**
 * Lines written clause by clause, as Markdown documents and lists of offices do: a short line
 * that ends on a clause mark, followed by a short line that ends on a mark as well. A PDF
 * line ends on a mark only by chance, and seldom twice running.
 */
function writtenLineByLine(before: string, after: string): boolean {
  const beforeText = before.trim();
  const afterText = after.trim();
  return (
    beforeText.length <= MAX_TITLE_LENGTH &&
    afterText.length <= MAX_TITLE_LENGTH &&
    CLAUSE_MARK.has(beforeText[beforeText.length - 1] ?? '') &&
    ANY_MARK.test(afterText[afterText.length - 1] ?? '')
  );
}

/** The line that ends at `offset` (direction -1) or starts there (direction 1). */
function lineAround(text: string, offset: number, direction: -1 | 1): string {
  let end = offset;
  if (direction < 0) {
    while (end > 0 && text[end - 1] !== '\n' && text[end - 1] !== '\r') end--;
    return text.slice(end, offset);
  }
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return text.slice(offset, end);
}

/** Chinese pieces join directly; two Latin words keep a space between them. */
export function joiner(text: string, gap: Span): string {
  return isAsciiAlnum(codePointBefore(text, gap.start)) && isAsciiAlnum(text.codePointAt(gap.end)) ? ' ' : '';
}
