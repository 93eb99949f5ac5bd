import { gongwenLayout } from '../document/gongwen';
import { defineMessages } from '../messages';
import type { Span } from '../types';
import type { DocumentRule, RuleFinding } from './rule';

const messages = defineMessages({
  brackets: {
    zh: '发文字号的年份应用六角括号“〔〕”括入，不用“{written}”（GB/T 9704-2012 7.2.4）',
    en: "The year of a document number is enclosed in 〔〕, not '{written}' (GB/T 9704-2012 7.2.4)",
  },
  year: {
    zh: '发文字号的年份应标全称：“{year}”不是四位年份（GB/T 9704-2012 7.2.4）',
    en: "The year of a document number is given in full: '{year}' is not a four-digit year (GB/T 9704-2012 7.2.4)",
  },
  ordinal: {
    zh: '发文字号的序号不加“第”字（GB/T 9704-2012 7.2.4）',
    en: "The serial number of a document number takes no '第' (GB/T 9704-2012 7.2.4)",
  },
  zero: {
    zh: '发文字号的序号不编虚位：“{written}”应为“{fixed}”（GB/T 9704-2012 7.2.4）',
    en: "The serial number of a document number has no leading zero: '{written}' is '{fixed}' (GB/T 9704-2012 7.2.4)",
  },
  suffix: {
    zh: '发文字号的序号后应加“号”（GB/T 9704-2012 7.2.4）',
    en: "The serial number of a document number ends with '号' (GB/T 9704-2012 7.2.4)",
  },
  fixBrackets: { zh: '改为“〔{year}〕”', en: "Change to '〔{year}〕'" },
  fixYear: { zh: '改为“{fixed}”', en: "Change to '{fixed}'" },
  fixOrdinal: { zh: '删除“第”', en: "Delete '第'" },
  fixZero: { zh: '改为“{fixed}”', en: "Change to '{fixed}'" },
  fixSuffix: { zh: '加上“号”', en: "Add '号'" },
});

/**
 * A 发文字号 in the text: the 机关代字 (Han characters), the year in some bracket, and the
 * serial number with its 号. Cited in the body it is always followed by 号, which keeps
 * a year in parentheses such as （2025） from being taken for one.
 */
const CITED = /(?<=\p{Script=Han})([〔[【（(［〖])([ \u3000]*)(\d{2,4})([ \u3000]*)([〕\]】）)］〗])([ \u3000]*)(第?)([ \u3000]*)(\d{1,4})([ \u3000]*)号/gu;
const ON_ITS_LINE = /([〔[【（(［〖])([ \u3000]*)(\d{2,4})([ \u3000]*)([〕\]】）)］〗])([ \u3000]*)(第?)([ \u3000]*)(\d{1,4})([ \u3000]*)(号?)/u;

/** GB/T 9704-2012 7.2.4: 国发〔2025〕5号: the year in full inside 〔〕, the number without 第 or leading zero, then 号. */
export const documentNumber: DocumentRule = {
  scope: 'document',
  code: 'document-number',
  defaultSeverity: 'warning',
  gongwen: true,
  description: { zh: '发文字号格式不规范', en: 'A malformed document number (发文字号)' },
  check({ text, document, locale }) {
    const t = messages(locale);
    const findings: RuleFinding[] = [];
    const seen = new Set<number>();
    const report = (m: RegExpExecArray, at: number, onItsLine: boolean) => {
      const [, open, gapA, year, gapB, close, gapC, ordinal, gapD, serial, , suffix] = m;
      let offset = at;
      const next = (part: string): Span => ({ start: offset, end: (offset += part.length) });
      const openSpan = next(open);
      next(gapA);
      const yearSpan = next(year);
      next(gapB);
      const closeSpan = next(close);
      const gapSpan = next(gapC);
      const ordinalSpan = next(ordinal);
      const gapDSpan = next(gapD);
      const serialSpan = next(serial);
      if (seen.has(openSpan.start)) return;
      seen.add(openSpan.start);
      const bracketed = { start: openSpan.start, end: closeSpan.end };
      if (open !== '〔' || close !== '〕' || gapA || gapB) {
        findings.push({
          code: 'document-number',
          span: bracketed,
          message: t('brackets', { written: text.slice(bracketed.start, bracketed.end) }),
          fixes: [{ title: t('fixBrackets', { year }), edits: [{ span: bracketed, newText: `〔${year}〕` }], safe: true, preferred: true }],
        });
      }
      if (year.length !== 4) {
        const fixed = year.length === 2 ? `${Number(year) < 50 ? '20' : '19'}${year}` : undefined;
        findings.push({
          code: 'document-number',
          span: yearSpan,
          message: t('year', { year }),
          // The century is a guess: offered, never applied by fix-all.
          fixes: fixed ? [{ title: t('fixYear', { fixed }), edits: [{ span: yearSpan, newText: fixed }], safe: false }] : undefined,
        });
      }
      if (ordinal) {
        const span = { start: gapSpan.start, end: gapDSpan.end };
        findings.push({
          code: 'document-number',
          span: ordinalSpan,
          message: t('ordinal'),
          fixes: [{ title: t('fixOrdinal'), edits: [{ span, newText: '' }], safe: true, preferred: true }],
        });
      }
      const unpadded = String(Number(serial));
      if (serial !== unpadded && Number(serial) > 0) {
        findings.push({
          code: 'document-number',
          span: serialSpan,
          message: t('zero', { written: serial, fixed: unpadded }),
          fixes: [{ title: t('fixZero', { fixed: unpadded }), edits: [{ span: serialSpan, newText: unpadded }], safe: true, preferred: true }],
        });
      }
      if (onItsLine && !suffix) {
        findings.push({
          code: 'document-number',
          span: serialSpan,
          message: t('suffix'),
          fixes: [{ title: t('fixSuffix'), edits: [{ span: { start: serialSpan.end, end: serialSpan.end }, newText: '号' }], safe: true, preferred: true }],
        });
      }
    };
    for (const line of gongwenLayout(document).documentNumbers) {
      const m = ON_ITS_LINE.exec(line.text);
      if (m) report(m, line.span.start + m.index, true);
    }
    for (const m of text.matchAll(CITED)) report(m as RegExpExecArray, m.index, false);
    return findings.sort((a, b) => a.span.start - b.span.start);
  },
};
