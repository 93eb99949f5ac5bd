import { defineMessages } from '../messages';
import { protectedRanges } from '../text/protected';
import type { PieceRule, RuleFinding } from './rule';

const messages = defineMessages({
  unit: {
    zh: '数值范围中前一个数值的“{unit}”不能省略：“{written}”应为“{fixed}”（GB/T 15835-2011 5.1.3）',
    en: "The '{unit}' of the first number of a range is not dropped: '{written}' is '{fixed}' (GB/T 15835-2011 5.1.3)",
  },
  connector: {
    zh: '数值范围用浪纹线“～”或一字线“—”连接，不用“{written}”（GB/T 15835-2011 5.1.3，GB/T 15834-2011 4.13）',
    en: "A range is joined by '～' or '—', not '{written}' (GB/T 15835-2011 5.1.3, GB/T 15834-2011 4.13)",
  },
  approximate: {
    zh: '相邻两数字连用表示概数，中间不用顿号：“{written}”应为“{fixed}”（GB/T 15835-2011 5.2.1）',
    en: "Two adjacent numerals giving an approximate number take no 顿号: '{written}' is '{fixed}' (GB/T 15835-2011 5.2.1)",
  },
  fixUnit: { zh: '改为“{fixed}”', en: "Change to '{fixed}'" },
  fixConnector: { zh: '改为“～”', en: "Change to '～'" },
  fixApproximate: { zh: '删除顿号', en: 'Delete the 顿号' },
});

const NUMBER = String.raw`\d+(?:\.\d+)?`;
/** A range whose second number carries 万, 亿 or % and whose first does not. */
const DROPPED_UNIT = new RegExp(String.raw`(?<![\d.．])(${NUMBER})([ \u3000]*[～~〜—–－\-−‐][ \u3000]*)(${NUMBER})(万亿|[万亿%])`, 'gu');
/**
 * Two numbers joined by a hyphen, a minus or an en dash and followed by a unit or a measure
 * word. A number after a letter, a digit or a space (GB/T 9704-2012, a model, a code) is not
 * a range, nor is a third number after a second hyphen (a date 2025-3-5). The full-width
 * － is left alone: official texts print ranges with it (6.5%－7%, 政府工作报告 2016).
 */
const HYPHENATED = new RegExp(String.raw`(?<![\w.．/:：\-−－ ])(${NUMBER})([万亿%]*)([\-−‐‑–])(${NUMBER})(?![\d.．\-−－])(?=[万亿%]|\p{Script=Han})`, 'gu');
/** A span of years, 2011-2020年: official texts write it with a hyphen too. */
const YEAR = /^[12]\d{3}$/u;
const ORDER = '一二三四五六七八九';
/**
 * 三、四个: two adjacent numerals, then a measure word. 第三、四季度 (an abbreviation of 第三季度
 * and 第四季度) keeps its 顿号, and so do 一、二年级, 三、四月 and 一、二等奖, whose words follow
 * no approximate number.
 */
const APPROXIMATE =
  /(?<![第初周〇零一二三四五六七八九十百千万两、])([一二三四五六七八九两])、([二三四五六七八九])(?=[十百千万]?(?:个|种|天|次|人|名|位|条|项|件|本|倍|岁|家|所|户|座|批|遍|成|处|周|小时|分钟|公里|米|吨|元|斤|亩|层|年(?![级代度])))/gu;

const RANGE_HINT = /\d[万亿%]*[ \u3000]*[～~〜—–－\-−‐‑][ \u3000]*\d/u;
const APPROXIMATE_HINT = /[一二三四五六七八九两]、[二三四五六七八九]/u;

/** Offsets inside 《》: a cited title keeps its own wording (《3-6岁儿童学习与发展指南》). */
function insideTitles(text: string): (offset: number) => boolean {
  if (!text.includes('《')) return () => false;
  const spans: [number, number][] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '《' && depth++ === 0) start = i;
    else if (text[i] === '》' && depth > 0 && --depth === 0) spans.push([start, i]);
  }
  if (depth > 0) spans.push([start, text.length]);
  return (offset) => spans.some(([from, to]) => offset > from && offset < to);
}

function valueOf(written: string, unit: string): number {
  return Number(written) * (unit.includes('亿') ? 1e8 : unit.includes('万') ? 1e4 : 1);
}

/**
 * GB/T 15835-2011 5.1.3: a range keeps the 万, 亿 or % of its first number (3万～5万, not
 * 3～5万) and is joined by ～ or —; 5.2.1: an approximate number of two adjacent numerals
 * takes no 顿号 (三四个). The standard covers every publication, so this rule is not limited
 * to 公文.
 */
export const numberRange: PieceRule = {
  scope: 'piece',
  code: 'number-range',
  defaultSeverity: 'warning',
  description: { zh: '数值范围或概数写法不规范', en: 'A malformed number range or approximate number' },
  check({ text, locale }) {
    const t = messages(locale);
    const guard = protectedRanges(text);
    const cited = insideTitles(text);
    const findings: RuleFinding[] = [];
    // Most paragraphs hold no range and no 顿号 between numerals: the scans are skipped for them.
    const ranges = RANGE_HINT.test(text);
    for (const m of ranges ? text.matchAll(DROPPED_UNIT) : []) {
      const [whole, first, connector, second, unit] = m;
      if (guard.has(m.index) || cited(m.index) || Number(first) >= Number(second)) continue;
      const end = m.index + first.length;
      const fixed = `${first}${unit}${connector}${second}${unit}`;
      findings.push({
        code: 'number-range',
        span: { start: m.index, end: m.index + whole.length },
        message: t('unit', { unit, written: whole, fixed }),
        fixes: [{ title: t('fixUnit', { fixed }), edits: [{ span: { start: end, end }, newText: unit }], safe: true, preferred: true }],
      });
    }
    for (const m of ranges ? text.matchAll(HYPHENATED) : []) {
      const [, first, unit, hyphen, second] = m;
      if (guard.has(m.index) || cited(m.index) || (YEAR.test(first) && YEAR.test(second))) continue;
      if (/^0\d/u.test(first) || valueOf(first, unit) >= valueOf(second, unit)) continue;
      const at = m.index + first.length + unit.length;
      const span = { start: at, end: at + hyphen.length };
      findings.push({
        code: 'number-range',
        span,
        message: t('connector', { written: hyphen }),
        fixes: [{ title: t('fixConnector'), edits: [{ span, newText: '～' }], safe: true, preferred: true }],
      });
    }
    for (const m of APPROXIMATE_HINT.test(text) ? text.matchAll(APPROXIMATE) : []) {
      const [whole, first, second] = m;
      const value = first === '两' ? 2 : ORDER.indexOf(first) + 1;
      if (ORDER.indexOf(second) + 1 !== value + 1 || m.index === 0 || /\s/u.test(text[m.index - 1]) || cited(m.index)) continue;
      const dunhao = { start: m.index + 1, end: m.index + 2 };
      findings.push({
        code: 'number-range',
        span: { start: m.index, end: m.index + whole.length },
        message: t('approximate', { written: whole, fixed: first + second }),
        fixes: [{ title: t('fixApproximate'), edits: [{ span: dunhao, newText: '' }], safe: true, preferred: true }],
      });
    }
    return findings.sort((a, b) => a.span.start - b.span.start);
  },
};
