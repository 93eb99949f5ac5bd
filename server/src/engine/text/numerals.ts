/**
 * Chinese numerals: one reader for all of them, and the forms each use admits. Slogans count
 * with 两, 双 and 百 too (两个维护, 双减); ordinals (一是, 第三) run from 一 to 九十九.
 */

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  双: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const DIGIT_CHARS = '〇一二三四五六七八九';

/** The value of a numeral run such as 三, 十二, 二十, 两; undefined for runs like 十四五. */
export function parseNumeral(run: string): number | undefined {
  if (run.length === 1) {
    if (run === '十') return 10;
    if (run === '百') return 100;
    return DIGITS[run];
  }
  const ten = run.indexOf('十');
  if (ten >= 0 && run.indexOf('十', ten + 1) < 0 && !run.includes('百')) {
    const before = run.slice(0, ten);
    const after = run.slice(ten + 1);
    if (before.length > 1 || after.length > 1) return undefined;
    const tens = before ? DIGITS[before] : 1;
    const ones = after ? DIGITS[after] : 0;
    if (tens === undefined || ones === undefined || tens === 0 || (before === '两' || before === '双')) return undefined;
    return tens * 10 + ones;
  }
  return undefined;
}

/** The value of an ordinal 一…九十九 (两 alone counts as 2); undefined for anything else. */
export function chineseNumeralValue(run: string): number | undefined {
  if (run === '两') return 2;
  return /^[一二三四五六七八九十]{1,3}$/u.test(run) ? parseNumeral(run) : undefined;
}

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十; values outside 1…99 become Arabic digits. */
export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) return String(value);
  if (value < 10) return DIGIT_CHARS[value];
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? '' : DIGIT_CHARS[tens]}十${ones === 0 ? '' : DIGIT_CHARS[ones]}`;
}
