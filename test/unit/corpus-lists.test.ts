import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { isCompositeNumbered, numberedShape } from '../../server/src/engine/corpus/numerals';
import { parseNumeral } from '../../server/src/engine/text/numerals';
import { listEndingAt, listInClause, listStartingAt, splitEnumeration, trimFirstItem, trimLastItem } from '../../server/src/engine/corpus/lists';

test('Chinese numerals as slogans write them', () => {
  assert.deepEqual(['两', '双', '三', '十', '十二', '二十', '二十三'].map(parseNumeral), [2, 2, 3, 10, 12, 20, 23]);
  assert.equal(parseNumeral('十四五'), undefined);
  assert.equal(parseNumeral('两十'), undefined);
});

test('a numbered slogan has one count and names what it counts', () => {
  assert.deepEqual(numberedShape('四个关系'), { count: 4, at: 0, length: 1, head: '关系', noun: '关系' });
  assert.deepEqual(numberedShape('政治三力'), { count: 3, at: 2, length: 1, head: '政治力', noun: '力' });
  assert.equal(numberedShape('五位一体')?.count, 5);
  assert.equal(numberedShape('三对关系')?.noun, '关系');
  for (const term of ['一把手', '三融五跨', '一主两辅', '十四五', '千里眼']) assert.equal(numberedShape(term), undefined, term);
  assert.ok(isCompositeNumbered('三融五跨'));
  assert.ok(isCompositeNumbered('一城三组团'));
  assert.ok(!isCompositeNumbered('接二连三'));
  assert.ok(!isCompositeNumbered('五位一体'));
});

test('items split at 、 outside quotations, without quotes or a trailing 等', () => {
  assert.deepEqual(splitEnumeration('“核心业务”、数据共享、“平台、建设”等'), ['核心业务', '数据共享', '平台、建设']);
});

test('the first and last items are cut back to match their siblings', () => {
  assert.equal(trimFirstItem('练就过硬的政治判断力', ['政治领悟力', '政治执行力']), '政治判断力');
  assert.equal(trimFirstItem('充分发挥督政', ['督学', '评估监测']), '督政');
  assert.equal(trimFirstItem('构建安全部门', ['教育部门', '学校', '家庭', '社会']), '安全部门');
  assert.equal(trimFirstItem('我国经济发展面临需求收缩', ['供给冲击', '预期转弱']), '需求收缩');
  assert.equal(trimLastItem('数字化能力有了明显提升', ['数字化思维', '数字化认知']), '数字化能力');
  assert.equal(trimLastItem('全面贯彻新发展理念', ['完整', '准确']), '全面');
  assert.equal(trimLastItem('督环境', ['督方针', '督发展']), '督环境');
});

test('lists found before, after and inside a clause', () => {
  const before = '用好“深、实、细、准、严”五字诀';
  assert.deepEqual(listEndingAt(before, before.indexOf('五字诀'))?.items, ['深', '实', '细', '准', '严']);
  const quoted = '着重抓好“核心业务”“数据共享”“平台建设”五个核心要素';
  assert.deepEqual(listEndingAt(quoted, quoted.indexOf('五个'))?.items, ['核心业务', '数据共享', '平台建设']);
  const open = '只是政府部门做的事、是技术人员的事等八个方面误区';
  assert.equal(listEndingAt(open, open.indexOf('八个')), undefined, 'a list ending in 等 is open');
  const after = '可以概括为“六督”，督方针、督发展、督保障。';
  assert.deepEqual(listStartingAt(after, after.indexOf('督方针'))?.items, ['督方针', '督发展', '督保障']);
  const inside = '练就过硬的政治判断力、政治领悟力、政治执行力，真正做到';
  assert.deepEqual(listInClause(inside, 0)?.items, ['政治判断力', '政治领悟力', '政治执行力']);
  assert.equal(listInClause('没有列举的一句话，', 0), undefined);
});
