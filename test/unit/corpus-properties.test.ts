import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { mineSource } from '../../server/src/engine';
import { normalizeForCompare } from '../../server/src/engine/text/normalize';

const PIECES = [
  '四个关系', '五个转变', '六督', '政治三力', '五字诀', '两个维护', '三融五跨', '一是', '二是', '三是', '把握', '推动', '的关系',
  '督方针', '督发展', '核心业务', '数据共享', '强化', '即', '是指', '——', '（一）', '（二）', '一、', '二、', '等',
  '“', '”', '、', '，', ',', '；', '。', '：', '\n', '\n\n', '\r\n', ' ', '𠀀', '😀', '（作者系某单位干部）', '题目', '张三',
];

const corpusText = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((parts) => parts.join(''));

test('mining any text gives well-formed entries whose sources point at the term', () => {
  fc.assert(
    fc.property(corpusText, (text) => {
      const entries = mineSource({ id: 'x', text });
      for (const entry of entries) {
        assert.ok(entry.term.length > 0);
        assert.ok(entry.sources.length > 0);
        if (entry.items) {
          assert.ok(entry.items.length >= 2, `${entry.term} has at least two items`);
          assert.ok(entry.items.every((item) => item.length > 0), `${entry.term} has no empty item`);
        }
        if (entry.kind === 'numbered' && entry.itemsMatchNumeral) assert.equal(entry.items?.length, entry.numeral);
        for (const ref of entry.sources) {
          assert.ok(ref.span.start >= 0 && ref.span.end <= text.length && ref.span.start <= ref.span.end);
          if (ref.at) assert.equal(normalizeForCompare(text.slice(ref.at.start, ref.at.end)), normalizeForCompare(entry.term));
        }
      }
    }),
    { numRuns: Number(process.env.TIFA_FUZZ_RUNS ?? 300) },
  );
});

test('mining is deterministic and does not depend on line-ending style', () => {
  fc.assert(
    fc.property(corpusText, (text) => {
      const lf = text.replace(/\r\n?/gu, '\n');
      const terms = (t: string) => mineSource({ id: 'x', text: t }).map((e) => [e.term, e.items?.join('|') ?? ''].join('='));
      assert.deepEqual(terms(lf), terms(lf));
      assert.deepEqual(terms(lf.replace(/\n/gu, '\r\n')).sort(), terms(lf).sort());
    }),
    { numRuns: 100 },
  );
});
