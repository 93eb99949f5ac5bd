import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { isOneEditAway } from '../../server/src/engine/canonical/distance';
import { numeralValue } from '../../server/src/engine/canonical/numerals';
import { findListRuns } from '../../server/src/engine/canonical/runs';
import { isCoined, listItems } from '../../server/src/engine/canonical/canon';

test('one edit: a change, an insertion, a deletion or a swap of neighbours', () => {
  assert.ok(isOneEditAway('三融五通', '三融五跨'));
  assert.ok(isOneEditAway('办就要办好', '办就办好'));
  assert.ok(isOneEditAway('办就办', '办就办好'));
  assert.ok(isOneEditAway('三五融跨', '三融五跨'));
  assert.equal(isOneEditAway('三融五跨', '三融五跨'), false);
  assert.equal(isOneEditAway('五融三跨', '三融五跨'), false);
  assert.equal(isOneEditAway('三通五连', '三融五跨'), false);
  assert.ok(isOneEditAway('𠀀a', '𠀀b'), 'counts code points');
});

test('numerals up to ninety-nine', () => {
  assert.equal(numeralValue('三'), 3);
  assert.equal(numeralValue('两'), 2);
  assert.equal(numeralValue('十'), 10);
  assert.equal(numeralValue('十二'), 12);
  assert.equal(numeralValue('二十三'), 23);
  assert.equal(numeralValue('三三'), undefined);
  assert.equal(numeralValue(''), undefined);
});

test('list runs: items between enumeration commas, one clause at a time', () => {
  const text = '练就过硬的政治判断力、政治领悟力，倡导“马上就办、办就办好”。';
  const runs = findListRuns(text);
  assert.deepEqual(
    runs.map((r) => ({ items: r.segments.map((s) => text.slice(s.start, s.end)), quoted: r.quoted })),
    [
      { items: ['练就过硬的政治判断力', '政治领悟力'], quoted: false },
      { items: ['马上就办', '办就办好'], quoted: true },
    ],
  );
  assert.deepEqual(findListRuns('没有列举。'), []);
});

test('list items come from a phrasing that is the list, or from a curated entry; single characters are too common', () => {
  const ref = { source: 's', span: { start: 0, end: 1 }, sentence: '' };
  assert.deepEqual(listItems({ term: '马上就办、办就办好', kind: 'quoted', sources: [ref] }), ['马上就办', '办就办好']);
  assert.equal(listItems({ term: '深、实、细、准、严', kind: 'quoted', sources: [ref] }), undefined);
  assert.equal(listItems({ term: '三融五跨', kind: 'quoted', sources: [ref] }), undefined);
  assert.equal(
    listItems({ term: '四个关系', kind: 'numbered', items: ['甲与乙的关系', '丙与丁的关系'], sources: [ref] }),
    undefined,
    'items explained one by one in prose have no canonical order',
  );
  assert.deepEqual(listItems({ term: '政治三力', kind: 'glossary', items: ['政治判断力', '政治领悟力'], sources: [ref] }), ['政治判断力', '政治领悟力']);
});

test('coined slogans carry two numerals', () => {
  assert.ok(isCoined('三融五跨'));
  assert.ok(isCoined('一中心四板块一网格'));
  assert.equal(isCoined('四个关系'), false);
});

test('a list run ends at every clause break, whitespace included, and at nothing else', () => {
  const clauseBreak = /[，,。．.；;：:！!？?“”‘’"'「」『』（）()《》〈〉【】—…\s·/|]/u;
  for (let code = 0; code < 0x10000; code++) {
    if (code === 0x3001) continue;
    const c = String.fromCharCode(code);
    assert.equal(findListRuns(`甲、乙${c}丙、丁`).length, clauseBreak.test(c) ? 2 : 1, `U+${code.toString(16)}`);
  }
});
