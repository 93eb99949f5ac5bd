import { chineseNumeralValue } from '../text/numerals';
import type { Span } from '../types';

/**
 * The date of a document, which decides whether a wording official usage has since replaced
 * was still current when it was written.
 */
export interface DocumentDate {
  /** YYYY-MM-DD. */
  readonly date: string;
  /** The 成文日期 line of the text, the configured `documentDate`, or the day of the check. */
  readonly from: 'line' | 'setting' | 'today';
  /** The date line, when the date comes from the text. */
  readonly span?: Span;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;

/** True for YYYY, YYYY-MM or YYYY-MM-DD naming a real day, month or year. */
export function isDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  return validDay(Number(m[1]), m[2] === undefined ? 1 : Number(m[2]), m[3] === undefined ? 1 : Number(m[3]));
}

/** True for a complete YYYY-MM-DD date. */
export function isFullDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/u.test(value) && isDate(value);
}

function validDay(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1];
}

/** A partial date stands for its first day: 2020-10 is read as 2020-10-01. */
export function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** True when the document date is on or after `until` (YYYY, YYYY-MM or YYYY-MM-DD). */
export function onOrAfter(documentDate: string, until: string): boolean {
  return firstDay(documentDate) >= firstDay(until);
}

/** Digits of a year written in characters: 二〇二五 (also with ○, Ｏ, 零, or the digit 0 that year-zero corrects, for the zero). */
const YEAR_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, '○': 0, 'Ｏ': 0, 零: 0, '0': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

const DATE_LINE =
  /^[ \t\u3000]*([0-9０-９]{4}|[〇○Ｏ零0０一二三四五六七八九]{4})[ \t]*年[ \t]*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[ \t]*月[ \t]*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[ \t]*日[ \t\u3000]*$/u;
/** The 成文日期 sits at the end, under the 署名, perhaps followed by an 附注 or a 印发 line or two. */
const LAST_LINES = 6;

function fullWidthDigits(text: string): string {
  return text.replace(/[０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function numberOf(text: string): number | undefined {
  const ascii = fullWidthDigits(text);
  return /^\d+$/u.test(ascii) ? Number(ascii) : chineseNumeralValue(ascii);
}

function yearOf(text: string): number | undefined {
  const ascii = fullWidthDigits(text);
  if (/^\d{4}$/u.test(ascii)) return Number(ascii);
  let year = 0;
  for (const c of ascii) {
    const digit = YEAR_DIGITS[c];
    if (digit === undefined) return undefined;
    year = year * 10 + digit;
  }
  return year;
}

/** A line that is a date and nothing else: 2025年3月5日, 二〇二五年三月五日. */
export function parseDateLine(line: string): string | undefined {
  const m = DATE_LINE.exec(line);
  if (!m) return undefined;
  const year = yearOf(m[1]);
  const month = numberOf(m[2]);
  const day = numberOf(m[3]);
  if (year === undefined || month === undefined || day === undefined || !validDay(year, month, day)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The 成文日期 of a text: a line that holds only a date, among the last non-empty lines. A
 * date inside a sentence, or high up in the text, dates something else.
 */
export function dateLine(text: string): { date: string; span: Span } | undefined {
  let end = text.length;
  for (let seen = 0; end > 0 && seen < LAST_LINES; ) {
    let start = end;
    while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
    const line = text.slice(start, end);
    if (line.trim()) {
      seen++;
      const date = parseDateLine(line);
      if (date) {
        const lead = line.length - line.trimStart().length;
        return { date, span: { start: start + lead, end: start + line.trimEnd().length } };
      }
    }
    end = start;
    while (end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  }
  return undefined;
}

/**
 * The date of a document: its 成文日期 line, else the configured date, else today. `today`
 * is handed in by the caller, so the engine reads no clock.
 */
export function documentDate(text: string, setting: string | undefined, today: string | undefined): DocumentDate | undefined {
  const line = dateLine(text);
  if (line) return { date: line.date, from: 'line', span: line.span };
  if (setting && isFullDate(setting)) return { date: setting, from: 'setting' };
  if (today && isFullDate(today)) return { date: today, from: 'today' };
  return undefined;
}
