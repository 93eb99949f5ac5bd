import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { compareKey, contentOf } from '../../server/src/engine/duplicates/content';
import { normalizeForCompare } from '../../server/src/engine/text/normalize';
import { fingerprints, KGRAM, WINDOW, winnow } from '../../server/src/engine/duplicates/fingerprint';
import { MIN_CLAUSE } from '../../server/src/engine/duplicates/thresholds';
import { containedSimilarity, editSimilarity } from '../../server/src/engine/duplicates/similarity';

const shares = (a: readonly number[], b: readonly number[]) => a.some((x) => b.includes(x));

test('content keeps letters (Han included) and digits and folds full-width forms', () => {
  assert.equal(contentOf('Ａ股，𠀀 提高１０%。😀Ab〇'), 'a股𠀀提高10ab〇');
});

test('the exact-duplicate key equals normalizeForCompare', () => {
  for (const text of ['要发扬斗争精神,围绕目标; 切实提起来!', '\ufeff 甲\u3000乙\t丙\r\n丁(戊):己?', '“引号”里的，标点。']) {
    assert.equal(compareKey(text), normalizeForCompare(text));
  }
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

test('a clause long enough to report is long enough for winnowing to see it repeat', () => {
  assert.ok(MIN_CLAUSE >= KGRAM + WINDOW - 1);
  assert.equal(winnow('切实把办公厅工作质量提起来从任务的发起到最后切实把办公厅工作质量提起来').repeats, true);
  assert.equal(winnow('切实把办公厅工作质量提起来从任务的发起到最后').repeats, false);
});
