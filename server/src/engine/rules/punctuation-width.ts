import { codePointBefore, FULL_WIDTH_TWIN, isBlank, isHanAt } from '../text/chars';
import { isAsciiAlnum, isAsciiDigit, isChinese, nextVisible, previousVisible } from '../text/cjk';
import { protectedRanges, type ProtectedRanges } from '../text/protected';
import { defineMessages } from '../messages';
import type { Span, TextEdit } from '../types';
import type { PieceRule, RuleFinding } from './rule';

const messages = defineMessages({
  message: {
    zh: '中文语境中的半角标点“{half}”应为全角“{full}”',
    en: "Half-width '{half}' in Chinese text should be the full-width '{full}'",
  },
  pair: {
    zh: '中文语境中的半角括号“()”应为全角“（）”',
    en: "Half-width parentheses '()' in Chinese text should be the full-width '（）'",
  },
  related: { zh: '对应的右括号', en: 'The matching closing parenthesis' },
  fix: { zh: '改为全角“{full}”', en: "Change to the full-width '{full}'" },
  fixPair: { zh: '改为全角括号“（）”', en: "Change to the full-width '（）'" },
});

const MARKS = new Set([',', ';', ':', '?', '!']);
/** The marks by ASCII code, so the scan over every character compares numbers. */
const IS_MARK = new Uint8Array(128);
for (const mark of MARKS) IS_MARK[mark.charCodeAt(0)] = 1;
/** Short enumerators such as (1) or (a) that GB/T 15834 also writes with full-width brackets. */
const SHORT_ENUMERATOR = /^[0-9a-zA-Z一二三四五六七八九十]{1,3}$/u;

/**
 * Half-width , ; : ? ! ( ) written next to Chinese (GB/T 15834-2011 uses the full-width
 * forms in Chinese text). Numbers (1,000, 0.8:1, 10:30), URLs, code and Latin phrases keep theirs.
 */
export const punctuationWidth: PieceRule = {
  scope: 'piece',
  code: 'punctuation-width',
  defaultSeverity: 'warning',
  description: {
    zh: '中文语境中的半角标点（GB/T 15834-2011）',
    en: 'Half-width punctuation in Chinese text (GB/T 15834-2011)',
  },
  check({ text, locale }) {
    const t = messages(locale);
    const guard = protectedRanges(text);
    const findings: RuleFinding[] = [];
    // Marks written one right after another form one run, reported and fixed as one.
    let run: { start: number; end: number; half: string; full: string; newText: string } | undefined;
    const closeRun = () => {
      if (!run) return;
      const { start, end, half, full, newText } = run;
      findings.push({
        code: 'punctuation-width',
        span: { start, end: start + half.length },
        message: t('message', { half, full }),
        fixes: [{ title: t('fix', { full }), edits: [{ span: { start, end }, newText }], safe: true, preferred: true }],
      });
      run = undefined;
    };
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 128 || IS_MARK[code] === 0 || guard.has(i) || !inChineseContext(text, i)) continue;
      const ch = text[i];
      if (ch === '!' && text[i + 1] === '[') continue;
      const full = FULL_WIDTH_TWIN[ch];
      let end = i + 1;
      while (end < text.length && isBlank(text[end]) && text[end] !== '\ufeff') end++;
      // A full-width mark carries its own spacing; blanks after it go only when text follows on the line.
      if (end === text.length || text[end] === '\n' || text[end] === '\r') end = i + 1;
      if (run && run.end === i && run.start + run.half.length === i) {
        run.half += ch;
        run.full += full;
        run.newText += full;
        run.end = end;
      } else {
        closeRun();
        run = { start: i, end, half: ch, full, newText: full };
      }
    }
    closeRun();
    for (const [open, close] of halfWidthParentheses(text, guard)) {
      const edits: TextEdit[] = [
        { span: { start: open, end: open + 1 }, newText: '（' },
        { span: { start: close, end: close + 1 }, newText: '）' },
      ];
      findings.push({
        code: 'punctuation-width',
        span: { start: open, end: open + 1 },
        message: t('pair'),
        related: [{ span: { start: close, end: close + 1 }, message: t('related') }],
        fixes: [{ title: t('fixPair'), edits, safe: true, preferred: true }],
      });
    }
    return findings;
  },
};

/**
 * A mark is in Chinese text when a Chinese character or mark stands next to it. It stays
 * half-width between two digits (1,000, 0.8:1), and after a Latin word unless Chinese
 * follows it at once: 用Python,然后 is Chinese, “Hello, world! 不必改动” keeps its Latin marks.
 */
function inChineseContext(text: string, offset: number): boolean {
  const touching = codePointBefore(text, offset);
  if (isAsciiDigit(touching) && isAsciiDigit(text.codePointAt(offset + 1))) return false;
  // A run of marks such as ?! or ,, shares its neighbours, so fixing one never changes the verdict on the next.
  let before = offset;
  while (before > 0 && MARKS.has(text[before - 1])) before--;
  let after = offset + 1;
  while (after < text.length && MARKS.has(text[after])) after++;
  // English spacing, a blank and then a Latin word (“字数, whitespace”), marks an English sentence.
  const next = nextVisible(text, after);
  if (isBlank(text[after] ?? '') && isAsciiAlnum(next)) return false;
  if (isChinese(previousVisible(text, before))) return true;
  // After Latin text (a word, **bold**, `code`) only Chinese right after the mark makes it Chinese: “字数, whitespace” stays.
  if (isLatinSide(codePointBefore(text, before))) return isChinese(text.codePointAt(after));
  return isChinese(next);
}

/** Matched ( ) pairs on one line that enclose Chinese, stand between Chinese, or hold a short enumerator next to Chinese. */
function halfWidthParentheses(text: string, guard: ProtectedRanges): [number, number][] {
  const pairs: [number, number][] = [];
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x29) continue;
    if (code === 0x0a || code === 0x0d) stack.length = 0;
    else if (code === 0x28 /* ( */ && !guard.has(i)) stack.push(i);
    else if (code === 0x29 /* ) */ && stack.length > 0 && !guard.has(i)) {
      const open = stack.pop()!;
      if (wantsFullWidth(text, { start: open, end: i + 1 })) pairs.push([open, i]);
    }
  }
  return pairs;
}

/** Printable ASCII other than a blank: the end of a Latin word, of **bold** or of `code`. */
function isLatinSide(codePoint: number | undefined): boolean {
  return codePoint !== undefined && codePoint > 0x20 && codePoint < 0x7f;
}

function wantsFullWidth(text: string, pair: Span): boolean {
  if (text[pair.start - 1] === ']') return false;
  // “a slogan (提法) to see”: a Chinese gloss inside an English sentence keeps its brackets.
  const outerBefore = previousVisible(text, pair.start);
  const outerAfter = nextVisible(text, pair.end);
  if (isAsciiAlnum(outerBefore) && isAsciiAlnum(outerAfter)) return false;
  const inner = text.slice(pair.start + 1, pair.end - 1);
  for (let i = 0; i < inner.length; i++) if (isHanAt(inner, i)) return true;
  // 细颗粒物(PM2.5)平均: Latin inside, Chinese on both sides.
  if (isChinese(codePointBefore(text, pair.start)) && isChinese(text.codePointAt(pair.end))) return true;
  if (!SHORT_ENUMERATOR.test(inner) || isAsciiAlnum(codePointBefore(text, pair.start))) return false;
  const before = previousVisible(text, pair.start);
  const lineStart = before === undefined || before === 0x0a || before === 0x0d;
  return lineStart || isChinese(before) || isChinese(nextVisible(text, pair.end));
}
