import { DATE_LINE, gongwenLayout } from '../document/gongwen';
import { defineMessages } from '../messages';
import { parseNumeral } from '../text/numerals';
import type { Span } from '../types';
import type { DocumentRule, RuleFinding } from './rule';

const messages = defineMessages({
  chinese: {
    zh: '成文日期应使用阿拉伯数字：“{written}”应为“{fixed}”（GB/T 9704-2012 7.3.5.1）',
    en: "The date of a 公文 is written in Arabic numerals: '{written}' is '{fixed}' (GB/T 9704-2012 7.3.5.1)",
  },
  year: {
    zh: '成文日期的年份应标全称：“{written}”（GB/T 9704-2012 7.3.5.1）',
    en: "The year of the date of a 公文 is given in full: '{written}' (GB/T 9704-2012 7.3.5.1)",
  },
  padded: {
    zh: '日期中的月、日不编虚位：“{written}”应为“{fixed}”（GB/T 9704-2012 7.3.5.1）',
    en: "Months and days take no leading zero: '{written}' is '{fixed}' (GB/T 9704-2012 7.3.5.1)",
  },
  fix: { zh: '改为“{fixed}”', en: "Change to '{fixed}'" },
});

/** A date in the body with Arabic numerals; only its padded months and days are faults. */
const BODY_DATE = /(?<![\d.．])(?:(\d{4})[ \u3000]*年[ \u3000]*)?(\d{1,2})[ \u3000]*月(?:[ \u3000]*(\d{1,2})[ \u3000]*日)?/gu;
/** A padded day after a month in words: 每月05日. */
const DAY_AFTER_WORD = /(?<=(?<!\d)月)0([1-9])日/gu;
const YEAR_DIGITS: Readonly<Record<string, string>> = { '〇': '0', '○': '0', '零': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9' };

function arabic(part: string): number | undefined {
  return /^\d+$/u.test(part) ? Number(part) : parseNumeral(part);
}

/**
 * GB/T 9704-2012 7.3.5.1: the 成文日期 gives year, month and day in Arabic numerals, the year
 * in full, month and day without a leading zero (2025年3月5日). The 2012 standard replaced the
 * Chinese-numeral form (二〇二五年三月五日), which is flagged on a 成文日期 line only: in the body
 * it is left alone. A padded month or day (03月, 05日) is flagged wherever it is.
 */
export const dateFormat: DocumentRule = {
  scope: 'document',
  code: 'date-format',
  defaultSeverity: 'warning',
  gongwen: true,
  description: { zh: '成文日期或日期写法不规范', en: 'A malformed date of a 公文' },
  check({ text, document, locale }) {
    const t = messages(locale);
    const findings: RuleFinding[] = [];
    const dateLines = gongwenLayout(document).dates;
    const finding = (span: Span, key: 'chinese' | 'year' | 'padded', fixed: string | undefined, safe: boolean) => {
      const written = text.slice(span.start, span.end);
      findings.push({
        code: 'date-format',
        span,
        message: t(key, { written, fixed: fixed ?? '' }),
        fixes: fixed ? [{ title: t('fix', { fixed }), edits: [{ span, newText: fixed }], safe, preferred: true }] : undefined,
      });
    };
    for (const line of dateLines) {
      const [, year, month, day] = DATE_LINE.exec(line.text)!;
      const m = arabic(month);
      const d = arabic(day);
      if (/\d/u.test(year) !== /\d/u.test(month) || /\d/u.test(month) !== /\d/u.test(day)) continue;
      if (!/\d/u.test(year)) {
        const y = year.length === 4 ? [...year].map((c) => YEAR_DIGITS[c]).join('') : undefined;
        const fixed = y && m && d && m <= 12 && d <= 31 ? `${y}年${m}月${d}日` : undefined;
        finding(line.span, 'chinese', fixed, fixed !== undefined);
      } else if (year.length !== 4) {
        finding(line.span, 'year', undefined, false);
      } else if (m !== undefined && d !== undefined && (month.startsWith('0') || day.startsWith('0'))) {
        finding(line.span, 'padded', `${year}年${m}月${d}日`, true);
      }
    }
    const onDateLine = (offset: number) => dateLines.some((line) => offset >= line.span.start && offset < line.span.end);
    for (const match of text.matchAll(BODY_DATE)) {
      const [whole, year, month, day] = match;
      if (!month.startsWith('0') && !day?.startsWith('0')) continue;
      const m = Number(month);
      const d = day === undefined ? undefined : Number(day);
      if (m < 1 || m > 12 || d === 0 || (d !== undefined && d > 31) || onDateLine(match.index)) continue;
      const fixed = `${year ? `${year}年` : ''}${m}月${d === undefined ? '' : `${d}日`}`;
      finding({ start: match.index, end: match.index + whole.length }, 'padded', fixed, true);
    }
    for (const match of text.matchAll(DAY_AFTER_WORD)) {
      if (!onDateLine(match.index)) finding({ start: match.index, end: match.index + match[0].length }, 'padded', `${match[1]}日`, true);
    }
    return findings.sort((a, b) => a.span.start - b.span.start);
  },
};
