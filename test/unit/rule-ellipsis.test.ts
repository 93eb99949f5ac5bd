import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { covered, onlyRule } from '../helpers/rules';

const rule = onlyRule('ellipsis');

test('。。。, ... and a lone … in Chinese become ……', () => {
  const text = '工业、农业。。。等领域，交通...能源…等方面。';
  assert.deepEqual(covered(text, rule.findings(text)), ['。。。', '...', '…']);
  assert.equal(rule.fixAll(text), '工业、农业……等领域，交通……能源……等方面。');
});

test('a correct ellipsis, Latin text, ranges and code are left alone', () => {
  assert.deepEqual(rule.findings('工业……等领域。\nWait... and 1...10 stay. `a...b`中文'), []);
});
