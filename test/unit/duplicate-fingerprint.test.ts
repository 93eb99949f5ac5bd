import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readContent } from '../../server/src/engine/duplicates/content';
import { fingerprints, KGRAM, WINDOW } from '../../server/src/engine/duplicates/fingerprint';
import { containedSimilarity, editSimilarity } from '../../server/src/engine/duplicates/similarity';

const shares = (a: Uint32Array, b: Uint32Array) => [...a].some((x) => b.includes(x));

test('content keeps Han, letters and digits, folds full-width forms and maps back to the source', () => {
  const content = readContent('Ａ股，𠀀 提高１０%。');
  assert.equal(content.text, 'a股𠀀提高10');
  assert.deepEqual([...content.origin], [0, 1, 3, 4, 6, 7, 8, 9]);
});

test('winnowing: a shared run of KGRAM + WINDOW − 1 characters always shares a fingerprint', () => {
  const run = '把办公厅工作质量提'.slice(0, KGRAM + WINDOW - 1);
  for (const [before, after] of [['坚持守正创新借势数字变革', '推动制度机制更加完善'], ['一', '二'], ['运转流程高效便捷', '']]) {
    assert.ok(shares(fingerprints(`${before}${run}${after}`), fingerprints(`各级干部${run}真正发挥作用`)));
  }
  assert.equal(shares(fingerprints('推动制度机制更加完善'), fingerprints('运转流程高效便捷数字')), false);
});

test('edit similarity and contained similarity', () => {
  assert.equal(editSimilarity('甲乙丙丁戊己庚辛壬癸', '甲乙丙丁戊己庚辛壬子'), 0.9);
  assert.equal(editSimilarity('甲乙丙丁', '子丑寅卯', 0.5), 0);
  assert.equal(containedSimilarity('丙丁戊己', '甲乙丙丁戊己庚辛'), 1);
  assert.equal(containedSimilarity('丙丁戊子', '甲乙丙丁戊己庚辛'), 0.75);
});
