import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { covered, onlyRule } from '../helpers/rules';

const rule = onlyRule('year-zero');

test('the digit 0, the letter O, ○ and 零 in a Chinese-numeral year become 〇', () => {
  const text = '二0二五年，二O二四年，二○二三年，二零二二年。';
  assert.deepEqual(covered(text, rule.findings(text)), ['二0二五', '二O二四', '二○二三', '二零二二']);
  assert.equal(rule.fixAll(text), '二〇二五年，二〇二四年，二〇二三年，二〇二二年。');
});

test('Arabic years, correct years and numbers that are not years are left alone', () => {
  assert.deepEqual(rule.findings('2025年，二〇二五年，十年，一千零二年，ABO二五年。'), []);
});
