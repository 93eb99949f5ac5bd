import { defineMessages } from '../messages';
import type { PieceRule, RuleFinding } from './rule';

const messages = defineMessages({
  message: { zh: '汉字数字年份中的零应写作“〇”：{year}', en: "Zero in a year written in Chinese numerals is '〇': {year}" },
  fix: { zh: '改为“{fixed}”', en: "Change to '{fixed}'" },
});

/** Four numeral places before 年, not preceded by another numeral or a Latin letter. */
const YEAR = /(?<![〇○◯零0０OoΟ一二三四五六七八九十百千A-Za-z])[〇○◯零0０OoΟ一二三四五六七八九]{4}(?=年)/uy;
const WRONG_ZERO = /[○◯零0０OoΟ]/gu;

/** GB/T 15835-2011: in 二〇二五年 the zero is 〇, not the digit 0, the letter O, ○ or 零. */
export const yearZero: PieceRule = {
  scope: 'piece',
  code: 'year-zero',
  defaultSeverity: 'warning',
  description: { zh: '汉字数字年份中的零写法不规范', en: 'A wrong zero in a year written in Chinese numerals' },
  check({ text, locale }) {
    const t = messages(locale);
    const findings: RuleFinding[] = [];
    // Tried only where a 年 follows, rather than at every position of the text.
    for (let at = text.indexOf('年', 4); at >= 0; at = text.indexOf('年', at + 1)) {
      YEAR.lastIndex = at - 4;
      const m = YEAR.exec(text);
      if (!m) continue;
      const year = m[0];
      if (!/[一二三四五六七八九]/u.test(year) || !/[○◯零0０OoΟ]/u.test(year)) continue;
      const fixed = year.replace(WRONG_ZERO, '〇');
      const span = { start: m.index, end: m.index + year.length };
      findings.push({
        code: 'year-zero',
        span,
        message: t('message', { year: `${year}年` }),
        fixes: [{ title: t('fix', { fixed }), edits: [{ span, newText: fixed }], safe: true, preferred: true }],
      });
    }
    return findings;
  },
};
