/** Chinese numerals as ordinals use them: 一 to 九十九, and 两 for two. */

const DIGITS = '〇一二三四五六七八九';

/** The value of 一…九十九 (两 counts as 2); undefined for anything else. */
export function chineseNumeralValue(run: string): number | undefined {
  if (run === '两') return 2;
  if (!/^[一二三四五六七八九十]{1,3}$/u.test(run)) return undefined;
  const ten = run.indexOf('十');
  if (ten < 0) return run.length === 1 ? DIGITS.indexOf(run) : undefined;
  if (run.indexOf('十', ten + 1) >= 0) return undefined;
  const before = run.slice(0, ten);
  const after = run.slice(ten + 1);
  if (before.length > 1 || after.length > 1) return undefined;
  const tens = before ? DIGITS.indexOf(before) : 1;
  const ones = after ? DIGITS.indexOf(after) : 0;
  return tens * 10 + ones;
}

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十; values outside 1…99 become Arabic digits. */
export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) return String(value);
  if (value < 10) return DIGITS[value];
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}
