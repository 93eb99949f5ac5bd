import { codePointBefore, FULL_WIDTH_TWIN, isBlank, isHanAt, isLineBreak } from '../text/chars';
import { isAsciiAlnum, isAsciiDigit, isChinese, nextVisible } from '../text/cjk';
import { halfWidthPairs } from '../text/half-width-pairs';
import { protectedRanges, type ProtectedRanges } from '../text/protected';
import { defineMessages } from '../messages';
import type { TextEdit } from '../types';
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
  quotes: {
    zh: '中文语境中的直引号 {half}…{half} 应为“{full}”',
    en: "Straight quotation marks {half}…{half} in Chinese text should be '{full}'",
  },
  corner: {
    zh: '横排文本中的直角引号“{corner}”应为“{full}”（GB/T 15834-2011 4.8.2）',
    en: "Corner quotation marks '{corner}' in horizontal text should be '{full}' (GB/T 15834-2011 4.8.2)",
  },
  related: { zh: '对应的后半个标点', en: 'The matching closing mark' },
  fix: { zh: '改为全角“{full}”', en: "Change to the full-width '{full}'" },
  fixPair: { zh: '改为全角括号“（）”', en: "Change to the full-width '（）'" },
  fixQuotes: { zh: '改为“{full}”', en: "Change to '{full}'" },
});

/** The marks this rule converts one by one, with their full-width forms; brackets and quotation marks go by pairs. */
const FULL: Readonly<Record<string, string>> = { ...FULL_WIDTH_TWIN, '.': '。' };
const MARKS = new Set([',', ';', ':', '?', '!', '.']);
/** The marks by ASCII code, so the scan over every character compares numbers. */
const IS_MARK = new Uint8Array(128);
for (const mark of MARKS) IS_MARK[mark.charCodeAt(0)] = 1;
/** 一. or 第三. opening a line: a misplaced list mark, not a full stop. */
const CHINESE_LIST_MARK = /^[ \t]*第?[一二三四五六七八九十百〇零两]{1,4}$/u;
const OPENERS = new Set(['(', '（', '"', "'", '“', '‘']);
const CLOSERS_OF_LITERAL = new Set([')', '）', '"', "'", '”', '’']);
/** Markdown emphasis and strikethrough around a word: **重点**! reads as 重点! */
const EMPHASIS = new Set(['*', '_', '~']);

/**
 * Half-width , ; : ? ! . ( ) " ' written in Chinese text (GB/T 15834-2011 uses the full-width
 * forms there), and corner quotation marks in horizontal text. Numbers (1,000, 0.8:1, 5.2%), URLs, file names, code, entities, emoticons and
 * Latin phrases keep theirs. Every mark fix-all changes carries a finding of its own: a mark's
 * context is judged as it will read once the brackets and quotation marks beside it are
 * full-width, so no change waits for a second round.
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
    const pairs = halfWidthPairs(text, guard);
    const context: Context = { text, guard, becomesFull: new Set(pairs.flatMap((pair) => [pair.open, pair.close])) };
    const findings: RuleFinding[] = [];
    // Marks written one right after another form one run, reported and fixed as one.
    // The edit runs from `start` to `end`, blanks around the marks included; the finding covers the marks.
    let run: { start: number; markStart: number; markEnd: number; end: number; half: string; full: string } | undefined;
    const closeRun = () => {
      if (!run) return;
      const { start, markStart, markEnd, end, half, full } = run;
      findings.push({
        code: 'punctuation-width',
        span: { start: markStart, end: markEnd },
        message: t('message', { half, full }),
        fixes: [{ title: t('fix', { full }), edits: [{ span: { start, end }, newText: full }], safe: true, preferred: true }],
      });
      run = undefined;
    };
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 128 || IS_MARK[code] === 0 || guard.has(i) || !wantsFullWidth(context, i)) continue;
      const ch = text[i];
      const full = FULL[ch];
      let start = i;
      while (start > 0 && isBlank(text[start - 1]) && text[start - 1] !== '\ufeff') start--;
      // A full-width mark carries its own spacing: blanks between it and a Chinese character go,
      // and blanks after it go when text follows on the line.
      if (!isHanAt(text, unitBefore(text, start))) start = i;
      let end = i + 1;
      while (end < text.length && isBlank(text[end]) && text[end] !== '\ufeff') end++;
      if (end === text.length || text[end] === '\n' || text[end] === '\r') end = i + 1;
      if (run && run.end === start && run.markEnd === i) {
        run.half += ch;
        run.full += full;
        run.markEnd = i + 1;
        run.end = end;
      } else {
        closeRun();
        run = { start, markStart: i, markEnd: i + 1, end, half: ch, full };
      }
    }
    closeRun();
    for (const pair of pairs) {
      const edits: TextEdit[] = [
        { span: { start: pair.open, end: pair.open + 1 }, newText: pair.openFull },
        { span: { start: pair.close, end: pair.close + 1 }, newText: pair.closeFull },
      ];
      const full = pair.openFull + pair.closeFull;
      const message =
        pair.kind === 'parentheses'
          ? t('pair')
          : pair.kind === 'quotes'
            ? t('quotes', { half: text[pair.open], full })
            : t('corner', { corner: text[pair.open] + text[pair.close], full });
      findings.push({
        code: 'punctuation-width',
        span: { start: pair.open, end: pair.open + 1 },
        message,
        related: [{ span: { start: pair.close, end: pair.close + 1 }, message: t('related') }],
        fixes: [{ title: pair.kind === 'parentheses' ? t('fixPair') : t('fixQuotes', { full }), edits, safe: true, preferred: true }],
      });
    }
    return findings.sort((a, b) => a.span.start - b.span.start);
  },
};

interface Context {
  readonly text: string;
  readonly guard: ProtectedRanges;
  /** Offsets of the half-width brackets and quotation marks that become full-width: Chinese marks, to their neighbours. */
  readonly becomesFull: ReadonlySet<number>;
}

function wantsFullWidth(context: Context, offset: number): boolean {
  const { text } = context;
  const ch = text[offset];
  if (ch === '.') return endsChineseSentence(context, offset) || closesChineseSentenceAfterLatin(context, offset);
  if (ch === '!' || ch === '?') {
    // !important, ?id=1, ![image]: a mark glued to the word after it belongs to that word.
    const next = text.charCodeAt(offset + 1);
    if (isAsciiLetter(next) || next === 0x5b /* [ */ || next === 0x3d /* = */) return false;
    // Yahoo! is a name: an exclamation mark glued to a Latin word stays with it.
    if (ch === '!' && isAsciiLetter(text.charCodeAt(offset - 1))) return false;
    if (previousVisibleAt(text, offset) === undefined && !isBlank(text[offset + 1] ?? ' ')) return false;
  }
  return inChineseContext(context, offset) || (ch === '?' && closesChineseSentenceAfterLatin(context, offset));
}

/** Where a sentence starts: after the last sentence mark before it on its line, past list marks and emphasis. */
const SENTENCE_START = /(?:^|[。！？]|[.!?](?=\s))[\s*_~>#+-]*(?:\d{1,2}[.)]\s+)?(?=[^\s*_~>#+-])/gu;

/**
 * A full stop or question mark at the end of a line, after a Latin word, that closes a sentence
 * begun in Chinese: 详见 README. is a Chinese sentence, The file is README. is not.
 */
function closesChineseSentenceAfterLatin(context: Context, offset: number): boolean {
  const { text } = context;
  if (text[offset - 1] === '.' || !isAsciiAlnum(text.codePointAt(offset - 1))) return false;
  let after = offset + 1;
  while (after < text.length && (EMPHASIS.has(text[after]) || isBlank(text[after]))) after++;
  if (after < text.length && !isLineBreak(text[after])) return false;
  return sentenceBegunInChinese(context, offset);
}

/** The sentence that `offset` closes began, on its line, with Chinese. */
function sentenceBegunInChinese(context: Context, offset: number): boolean {
  const { text, guard } = context;
  const line = lineBefore(text, offset);
  const lineStart = offset - line.length;
  let start = 0;
  for (const m of line.matchAll(SENTENCE_START)) if (!guard.has(lineStart + m.index)) start = m.index + m[0].length;
  return !guard.has(lineStart + start) && isChinese(line.codePointAt(start));
}

/**
 * A full stop that closes a Chinese sentence: Chinese before it, and after it the end of the
 * line, a blank, Chinese or a closing mark. 5.2%, 1., v1.2, readme.md, .NET, e.g. and … keep theirs.
 */
function endsChineseSentence(context: Context, offset: number): boolean {
  const { text } = context;
  if (text[offset - 1] === '.' || text[offset + 1] === '.') return false;
  // A run of marks such as ,. shares its neighbours, as in inChineseContext.
  let before = offset;
  while (before > 0 && (MARKS.has(text[before - 1]) || EMPHASIS.has(text[before - 1]))) before--;
  before = beforePercentage(text, before);
  const previous = previousVisibleAt(text, before, true);
  if (previous === undefined || !isChineseAt(context, previous)) return false;
  if (CHINESE_LIST_MARK.test(lineBefore(text, previous + 1))) return false;
  // English writes curly quotation marks too: after ” or ’ the sentence must have begun in Chinese.
  if ((text[previous] === '”' || text[previous] === '’') && !sentenceBegunInChinese(context, offset)) return false;
  let after = offset + 1;
  while (after < text.length && (MARKS.has(text[after]) || EMPHASIS.has(text[after]))) after++;
  if (after === text.length || text[after] === '\n' || text[after] === '\r') return true;
  if (isBlank(text[after])) return !isAsciiAlnum(nextVisible(text, after));
  // 撑.5年来 and 增长8.1%.全国: a sentence that ends before a number or after a percentage.
  return isChineseAt(context, after) || (isAsciiDigit(text.codePointAt(after)) && before === offset);
}

/** Where a percentage such as 8.1% ends a Chinese clause, the offset before its number; else `offset`. */
function beforePercentage(text: string, offset: number): number {
  if (text[offset - 1] !== '%' && text[offset - 1] !== '‰') return offset;
  let at = offset - 1;
  while (at > 0 && /[0-9.%‰]/u.test(text[at - 1])) at--;
  return isAsciiDigit(text.codePointAt(at)) ? at : offset;
}

/**
 * A mark is in Chinese text when a Chinese character or mark stands next to it. It stays
 * half-width between two digits (1,000, 0.8:1), and after a Latin word unless Chinese
 * follows it at once: 用Python,然后 is Chinese, “Hello, world! 不必改动” keeps its Latin marks.
 */
function inChineseContext(context: Context, offset: number): boolean {
  const { text } = context;
  const touching = codePointBefore(text, offset);
  if (isAsciiDigit(touching) && isAsciiDigit(text.codePointAt(offset + 1))) return false;
  // A run of marks such as ?! or ,, shares its neighbours, so fixing one never changes the verdict on the next.
  let before = offset;
  while (before > 0 && MARKS.has(text[before - 1])) before--;
  let after = offset + 1;
  while (after < text.length && MARKS.has(text[after])) after++;
  // 冒号（:）and “;”: a mark alone in brackets or quotation marks is named, not used.
  if (OPENERS.has(text[before - 1]) && CLOSERS_OF_LITERAL.has(text[after])) return false;
  // English spacing, a blank and then a Latin word (“字数, whitespace”), marks an English sentence.
  if (isBlank(text[after] ?? '') && isAsciiAlnum(nextVisible(text, after))) return false;
  if (chineseBefore(context, before)) return true;
  // After Latin text (a word, **bold**, `code`) only Chinese right after the mark makes it Chinese: “字数, whitespace” stays.
  if (isLatinSide(codePointBefore(text, before))) return after < text.length && isChineseAt(context, after);
  const next = nextVisibleAt(text, after, true);
  return next !== undefined && isChineseAt(context, next);
}

/**
 * Chinese stands before `offset` in its piece, past blanks, joined line breaks, Markdown
 * emphasis and whole protected stretches such as inline code: 接口（`on`, `off`） lists code in a Chinese sentence.
 */
function chineseBefore(context: Context, offset: number): boolean {
  const { text, guard } = context;
  let at = beforePercentage(text, offset);
  for (;;) {
    while (at > 0 && (isBlank(text[at - 1]) || isLineBreak(text[at - 1]) || EMPHASIS.has(text[at - 1]))) at--;
    const start = guard.startOfEndingAt(at);
    if (start === undefined || start === at) break;
    at = start;
  }
  const previous = previousVisibleAt(text, at);
  return previous !== undefined && isChineseAt(context, previous);
}

function isChineseAt(context: Context, offset: number): boolean {
  return context.becomesFull.has(offset) || isChinese(context.text.codePointAt(offset));
}

/** The offset of the code point that ends just before `offset`. */
function unitBefore(text: string, offset: number): number {
  const low = text.charCodeAt(offset - 1);
  return low >= 0xdc00 && low <= 0xdfff && offset >= 2 ? offset - 2 : offset - 1;
}

/**
 * The offset of the last visible code point before `offset`: on its line, or with `joined`
 * across line breaks. A piece holds one paragraph, so a break inside it is one that
 * broken-paragraph joins, and a mark is judged as it reads once the lines are joined.
 */
function previousVisibleAt(text: string, offset: number, joined = false): number | undefined {
  let at = offset;
  while (at > 0 && (isBlank(text[at - 1]) || (joined && isLineBreak(text[at - 1])))) at--;
  return at === 0 || isLineBreak(text[at - 1]) ? undefined : unitBefore(text, at);
}

/** The offset of the first visible character at or after `offset`: on its line, or with `joined` across line breaks. */
function nextVisibleAt(text: string, offset: number, joined = false): number | undefined {
  let at = offset;
  while (at < text.length && (isBlank(text[at]) || (joined && isLineBreak(text[at])))) at++;
  return at === text.length || isLineBreak(text[at]) ? undefined : at;
}

function lineBefore(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  return text.slice(start, offset);
}

function isAsciiLetter(code: number): boolean {
  return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
}

/** Printable ASCII other than a blank: the end of a Latin word, of **bold** or of `code`. */
function isLatinSide(codePoint: number | undefined): boolean {
  return codePoint !== undefined && codePoint > 0x20 && codePoint < 0x7f;
}
