import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { chineseNumeral, chineseNumeralValue, parseNumeral } from '../../server/src/engine/text/numerals';

test('Chinese numerals read and write round trip from 1 to 99', () => {
  for (let n = 1; n <= 99; n++) assert.equal(chineseNumeralValue(chineseNumeral(n)), n, chineseNumeral(n));
  assert.deepEqual(['一', '十', '十二', '二十', '九十九', '两'].map(chineseNumeralValue), [1, 10, 12, 20, 99, 2]);
});

test('runs that are not a single number are refused', () => {
  assert.deepEqual(['十四五', '一二', '百', '三十十', ''].map(chineseNumeralValue), [undefined, undefined, undefined, undefined, undefined]);
});

test('ordinals and slogan counts are read alike; slogans also admit 双, 零 and 百', () => {
  const runs = ['一', '两', '十', '十二', '二十', '九十九', '双', '百', '零', '〇', '两十', '十四五'];
  for (const run of runs) {
    const ordinal = chineseNumeralValue(run);
    if (ordinal !== undefined) assert.equal(parseNumeral(run), ordinal, run);
  }
  assert.deepEqual(['双', '百', '零'].map(parseNumeral), [2, 100, 0]);
  assert.deepEqual(['双', '百', '零'].map(chineseNumeralValue), [undefined, undefined, undefined]);
  assert.deepEqual(['两十', '十四五'].map(parseNumeral), [undefined, undefined]);
});
