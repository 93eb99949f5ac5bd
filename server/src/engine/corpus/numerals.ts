/** Chinese numerals as slogans use them: 两个维护, 政治三力, 六督, 五位一体, 双减. */
import { parseNumeral } from '../text/numerals';

const NUMERAL_RUN = /[〇零一二两双三四五六七八九十百]+/gu;
/** Words that count what follows the numeral and carry no meaning of their own. */
const MEASURE_WORDS = new Set(['个', '项', '条', '种', '对', '大', '点', '类', '张', '句', '方面']);

/** How a numbered slogan is built: its count and the words that name what is counted. */
export interface NumberedShape {
  /** How many items the slogan promises. */
  readonly count: number;
  /** Offset and length of the numeral within the term. */
  readonly at: number;
  readonly length: number;
  /** The term without the numeral and measure word, e.g. 关系 in 四个关系, 政治力 in 政治三力. */
  readonly head: string;
  /** The part after the numeral and measure word, e.g. 关系, 核心要素, 力. */
  readonly noun: string;
}

/**
 * Reads a term as a numbered slogan: exactly one numeral of two or more (一 alone counts
 * nothing: 一把手, 一本账). Terms with two counting numerals (三融五跨) are composite and
 * have no single count.
 */
export function numberedShape(term: string): NumberedShape | undefined {
  if (isCompositeNumbered(term)) return undefined;
  const runs = [...term.matchAll(NUMERAL_RUN)].filter((m) => m[0] !== '一' && m[0] !== '〇' && m[0] !== '零');
  if (runs.length !== 1) return undefined;
  const run = runs[0];
  const count = parseNumeral(run[0]);
  if (count === undefined || count < 2 || count > 20) return undefined;
  const at = run.index ?? 0;
  let rest = term.slice(at + run[0].length);
  for (const measure of MEASURE_WORDS) {
    if (rest.startsWith(measure) && rest.length > measure.length) {
      rest = rest.slice(measure.length);
      break;
    }
  }
  return { count, at, length: run[0].length, head: term.slice(0, at) + rest, noun: rest };
}

/**
 * True when the term opens with a numeral and counts two things: 三融五跨, 一主两辅,
 * 一城三组团. Idioms with numerals inside (接二连三) and 五位一体 are not composite.
 */
export function isCompositeNumbered(term: string): boolean {
  const runs = [...term.matchAll(NUMERAL_RUN)].filter((m) => parseNumeral(m[0]) !== undefined);
  return runs.length >= 2 && runs[0].index === 0 && runs.slice(1).some((m) => m[0] !== '一');
}

/** Ordinals that open an item: 一是, 二要, 第三, （四）, 五、. Returns the ordinal value. */
export function ordinalValue(run: string): number | undefined {
  return /^\d+$/u.test(run) ? Number(run) : parseNumeral(run);
}
