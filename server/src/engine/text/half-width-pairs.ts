import { codePointBefore, isBlank, isHanAt } from './chars';
import { isAsciiAlnum, isChinese, nextVisible, previousVisible } from './cjk';
import type { ProtectedRanges } from './protected';

/** A half-width pair that Chinese text writes full-width, or a pair of corner quotation marks, with the marks it becomes. */
export interface HalfWidthPair {
  readonly kind: 'parentheses' | 'quotes' | 'corner';
  readonly open: number;
  readonly close: number;
  readonly openFull: string;
  readonly closeFull: string;
}

/** Short enumerators such as (1) or (a) that GB/T 15834 also writes with full-width brackets. */
const SHORT_ENUMERATOR = /^[0-9a-zA-Z一二三四五六七八九十]{1,3}$/u;

/**
 * The half-width ( ) " ' pairs of `text` that stand in Chinese text, each with its full-width
 * form. Quotation marks nest as GB/T 15834-2011 4.1.3.3 has it: “ ” outside, ‘ ’ inside, by
 * their depth among the pairs and the full-width quotation marks already on the line.
 */
export function halfWidthPairs(text: string, guard: ProtectedRanges): HalfWidthPair[] {
  const pairs: HalfWidthPair[] = [];
  const quotes: [number, number][] = [];
  const corners: [number, number][] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n' && text[i] !== '\r') continue;
    if (i > lineStart) {
      for (const [open, close] of parenthesesOnLine(text, lineStart, i, guard)) {
        pairs.push({ kind: 'parentheses', open, close, openFull: '（', closeFull: '）' });
      }
      quotes.push(...quotesOnLine(text, lineStart, i, guard, '"'), ...quotesOnLine(text, lineStart, i, guard, "'"));
      corners.push(...cornerQuotesOnLine(text, lineStart, i, guard));
    }
    lineStart = i + 1;
  }
  const all = [...quotes, ...corners].sort((a, b) => a[0] - b[0]);
  for (const [open, close] of all) {
    const depth = fullWidthDepth(text, open) + all.filter(([o, c]) => o < open && c > close).length;
    const single = depth % 2 === 1;
    const kind = text[open] === '「' || text[open] === '『' ? 'corner' : 'quotes';
    pairs.push({ kind, open, close, openFull: single ? '‘' : '“', closeFull: single ? '’' : '”' });
  }
  return pairs.sort((a, b) => a.open - b.open);
}

/** Matched ( ) pairs on one line that enclose Chinese, stand between Chinese, or hold a short enumerator next to Chinese. */
function parenthesesOnLine(text: string, from: number, to: number, guard: ProtectedRanges): [number, number][] {
  const pairs: [number, number][] = [];
  const stack: number[] = [];
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x28 /* ( */ && !guard.has(i)) stack.push(i);
    else if (code === 0x29 /* ) */ && stack.length > 0 && !guard.has(i)) {
      const open = stack.pop()!;
      if (parenthesesWantFullWidth(text, open, i + 1, guard)) pairs.push([open, i]);
    }
  }
  return pairs;
}

function parenthesesWantFullWidth(text: string, start: number, end: number, guard: ProtectedRanges): boolean {
  if (text[start - 1] === ']') return false;
  // “a slogan (提法) to see”: a Chinese gloss inside an English sentence keeps its brackets.
  if (isAsciiAlnum(previousVisible(text, start)) && isAsciiAlnum(nextVisible(text, end))) return false;
  if (holdsChinese(text, start + 1, end - 1, guard)) return true;
  const inner = text.slice(start + 1, end - 1);
  // 细颗粒物(PM2.5)平均 or 阿里巴巴 (BABA.N) 旗下: Latin inside, Chinese on both sides.
  if (isChinese(previousVisible(text, start)) && isChinese(nextVisible(text, end))) return true;
  if (!SHORT_ENUMERATOR.test(inner) || isAsciiAlnum(codePointBefore(text, start))) return false;
  const before = previousVisible(text, start);
  const lineStart = before === undefined || before === 0x0a || before === 0x0d;
  return lineStart || isChinese(before) || isChinese(nextVisible(text, end));
}

/**
 * Straight quotation marks of one kind on a line, paired in order, that enclose Chinese.
 * A line with an odd number of them is left alone: which ones pair would be a guess. An
 * apostrophe inside a Latin word (don't) or after one before a blank (users' items) is no quotation mark.
 */
function quotesOnLine(text: string, from: number, to: number, guard: ProtectedRanges, mark: '"' | "'"): [number, number][] {
  const marks: number[] = [];
  for (let i = text.indexOf(mark, from); i >= 0 && i < to; i = text.indexOf(mark, i + 1)) {
    if (guard.has(i)) continue;
    const next = text[i + 1] ?? '';
    if (mark === "'" && isAsciiAlnum(codePointBefore(text, i)) && (isAsciiAlnum(next.codePointAt(0)) || isBlank(next))) continue;
    marks.push(i);
  }
  if (marks.length === 0 || marks.length % 2 === 1) return [];
  const pairs: [number, number][] = [];
  for (let k = 0; k < marks.length; k += 2) {
    const [open, close] = [marks[k], marks[k + 1]];
    if (quotesWantFullWidth(text, open, close, guard)) pairs.push([open, close]);
  }
  return pairs;
}

function quotesWantFullWidth(text: string, open: number, close: number, guard: ProtectedRanges): boolean {
  // key="值" and 5"屏幕: a quotation mark glued to a Latin word or an = belongs to it.
  const touching = codePointBefore(text, open);
  if (touching === 0x3d || isAsciiAlnum(touching)) return false;
  if (isAsciiAlnum(previousVisible(text, open)) && isAsciiAlnum(nextVisible(text, close + 1))) return false;
  if (holdsChinese(text, open + 1, close, guard)) return true;
  // 从':'改成'|': a quoted symbol is a literal, and its quotation marks are left as written.
  if (!/[A-Za-z0-9]/u.test(text.slice(open + 1, close))) return false;
  // 中文'English'中文, 返回值为 "`ok`"、: Latin quoted inside Chinese, with Chinese on one side and Chinese or the line's edge on the other.
  const before = previousVisible(text, open);
  const after = nextVisible(text, close + 1);
  const lineEnd = after === undefined || after === 0x0a || after === 0x0d;
  const lineStart = before === undefined || before === 0x0a || before === 0x0d;
  return (isChinese(before) && (isChinese(after) || lineEnd)) || (lineStart && isChinese(after));
}

/**
 * Corner quotation marks 「」『』, which GB/T 15834-2011 keeps for vertical text: horizontal
 * text writes them “” and ‘’ (4.8.2). Matched on one line; an unmatched one is left alone.
 */
function cornerQuotesOnLine(text: string, from: number, to: number, guard: ProtectedRanges): [number, number][] {
  const pairs: [number, number][] = [];
  const stack: number[] = [];
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if ((ch !== '「' && ch !== '」' && ch !== '『' && ch !== '』') || guard.has(i)) continue;
    if (ch === '「' || ch === '『') stack.push(i);
    else if (stack.length > 0 && text[stack[stack.length - 1]] === (ch === '」' ? '「' : '『')) pairs.push([stack.pop()!, i]);
    else return [];
  }
  return stack.length === 0 ? pairs : [];
}

/** A Chinese character between `from` and `to` outside code and other protected stretches: (`“两`) is no Chinese gloss. */
function holdsChinese(text: string, from: number, to: number, guard: ProtectedRanges): boolean {
  for (let i = from; i < to; i++) if (isHanAt(text, i) && !guard.has(i)) return true;
  return false;
}

/** How many full-width quotations (“ or ‘) are open at `offset` on its line. */
function fullWidthDepth(text: string, offset: number): number {
  let depth = 0;
  for (let i = offset - 1; i >= 0 && text[i] !== '\n' && text[i] !== '\r'; i--) {
    const ch = text[i];
    if (ch === '“' || ch === '‘') depth++;
    else if (ch === '”' || ch === '’') depth--;
  }
  return Math.max(0, depth);
}
