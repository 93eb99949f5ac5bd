import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { chineseNumeral, chineseNumeralValue } from '../../server/src/engine/text/numerals';

test('Chinese numerals read and write round trip from 1 to 99', () => {
  for (let n = 1; n <= 99; n++) assert.equal(chineseNumeralValue(chineseNumeral(n)), n, chineseNumeral(n));
  assert.deepEqual(['一', '十', '十二', '二十', '九十九', '两'].map(chineseNumeralValue), [1, 10, 12, 20, 99, 2]);
});

test('runs that are not a single number are refused', () => {
  assert.deepEqual(['十四五', '一二', '百', '三十十', ''].map(chineseNumeralValue), [undefined, undefined, undefined, undefined, undefined]);
});
