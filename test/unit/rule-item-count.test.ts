import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { KnowledgeBase } from '../../server/src/engine/corpus/knowledge';
import { parseDocument } from '../../server/src/engine/document/parse';
import { itemCount } from '../../server/src/engine/rules/item-count';
import { covered, onlyRule } from '../helpers/rules';
import { embeddedCorpus } from '../helpers/corpus';

const rule = onlyRule('item-count');

test('以下四点 followed by three items', () => {
  const text = '要注意以下四点：一是坚持领导，二是坚持人民，三是坚持革命。';
  const [finding] = rule.findings(text);
  assert.equal(text.slice(finding.span.start, finding.span.end), '以下四点');
  assert.match(finding.message, /4 项.*3 项/u);
  assert.equal(finding.fixes![0].safe, false);
});

test('quoted items just before the count', () => {
  const text = '抓好“核心业务”“数据共享”“平台建设”“特色应用”五个核心要素。';
  assert.deepEqual(covered(text, rule.findings(text)), ['五个核心要素']);
});

test('clauses that share their opening verb after a quoted slogan', () => {
  const text = '着力推动“五个转变”。推动甲向乙转变；推动丙向丁转变；推动戊向己转变；推动庚向辛转变。';
  assert.deepEqual(covered(text, rule.findings(text)), ['五个转变']);
});

test('numbered headings after an announcing paragraph', () => {
  const text = '重点做好以下三项工作：\n\n（一）稳增长\n\n（二）促改革';
  assert.deepEqual(covered(text, rule.findings(text)), ['以下三项']);
});

test('counts that match, lists marked as open with 等, and sentences naming several slogans are quiet', () => {
  const text = [
    '把握“四个关系”，推动“五个转变”，破除“八个误区”。一是着力把握“四个关系”。把握甲的关系；把握乙的关系；把握丙的关系；把握丁的关系。二是推动转变。三是破除误区。',
    '经历了三件大事：一是迎来百年，二是进入新时代，三是完成脱贫攻坚。',
    '破除只是政府部门做的事等八个方面误区。',
    '增长了三个百分点。',
  ].join('\n\n');
  assert.deepEqual(rule.findings(text), []);
});

test('the embedded corpus enumerates what it announces', () => {
  assert.deepEqual(rule.findings(embeddedCorpus().text), []);
});

test('the knowledge base names the items the document leaves out', () => {
  const text = '着力推动“三个强化”。强化政治属性；强化责任担当。';
  const knowledge = new KnowledgeBase([{ term: '三个强化', kind: 'numbered', items: ['强化政治属性', '强化责任担当', '强化作风转变'], sources: [] }]);
  const [finding] = itemCount.check({ text, document: parseDocument(text), knowledge, locale: 'zh' });
  assert.match(finding.message, /未列出：强化作风转变/u);
});
