import { parseNumeral } from '../text/numerals';

/** The characters of a count as slogans write it: 两个维护, 三个强化, 十个坚持, 十二个方面, 双减. */
const COUNT_CHARS = new Set(['一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '双']);

export function isNumeralChar(ch: string): boolean {
  return COUNT_CHARS.has(ch);
}

/** The value of a count of up to two places (三, 十, 十二, 二十三, 双), or undefined. */
export function numeralValue(numeral: string): number | undefined {
  if (numeral === '' || ![...numeral].every(isNumeralChar)) return undefined;
  const value = parseNumeral(numeral);
  return value !== undefined && value > 0 ? value : undefined;
}
