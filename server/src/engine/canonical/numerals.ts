/** Chinese numerals as slogans write their counts: 两个维护, 三个强化, 十个坚持, 十二个方面. */
const DIGITS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

export function isNumeralChar(ch: string): boolean {
  return ch in DIGITS || ch === '十' || ch === '双';
}

/** The value of a numeral of up to two digits (三, 十, 十二, 二十三), or undefined. */
export function numeralValue(numeral: string): number | undefined {
  if (numeral === '双') return 2;
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(numeral);
  if (!m || numeral === '') return undefined;
  const [, lead, ten, tail] = m;
  if (!ten) return tail ? undefined : DIGITS[lead!];
  return (lead ? DIGITS[lead] : 1) * 10 + (tail ? DIGITS[tail] : 0);
}
