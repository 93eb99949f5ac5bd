import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { matchPinyin, readingsOf, spellableChars } from '../../server/src/engine/pinyin';

test('a polyphonic character has every reading', () => {
  assert.ok(readingsOf('行').includes('xing'));
  assert.ok(readingsOf('行').includes('hang'));
  assert.ok(readingsOf('重').includes('zhong'));
  assert.ok(readingsOf('重').includes('chong'));
  assert.ok(readingsOf('长').includes('chang'));
  assert.ok(readingsOf('长').includes('zhang'));
});

test('ü is matched by v and by u', () => {
  assert.ok(readingsOf('绿').includes('lv'));
  assert.ok(readingsOf('绿').includes('lu'));
});

test('punctuation is not spelled; Latin letters and digits spell themselves', () => {
  assert.deepEqual(spellableChars('数字化思维、数字化认知'), [...'数字化思维数字化认知']);
  assert.deepEqual(readingsOf('、'), []);
  assert.deepEqual(readingsOf('5'), ['5']);
});

test('initials, full pinyin and mixtures match the start of a term', () => {
  const chars = [...'两个维护'];
  assert.deepEqual(matchPinyin('lgwh', chars), ['liang', 'ge', 'wei', 'hu']);
  assert.ok(matchPinyin('lianggeweihu', chars));
  assert.ok(matchPinyin('liangwh', chars));
  assert.ok(matchPinyin('LGW', chars), 'case does not matter');
  assert.ok(matchPinyin('lg', chars), 'a prefix of the term');
  assert.equal(matchPinyin('lgwhx', chars), undefined, 'more letters than the term spells');
  assert.equal(matchPinyin('gwh', chars), undefined, 'must start at the first character');
  assert.equal(matchPinyin('lqwh', chars), undefined);
});

test('every reading of a polyphonic character is tried, not only the first', () => {
  const chars = [...'政治执行力'];
  assert.ok(matchPinyin('zzzxl', chars));
  assert.ok(matchPinyin('zhengzhizhixingli', chars));
  assert.ok(matchPinyin('zzzhl', chars), '行 read hang');
  assert.ok(matchPinyin('cq', [...'重庆']), '重 read chong');
  assert.ok(matchPinyin('zq', [...'重庆']), '重 read zhong');
});
