import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { covered, onlyRule } from '../helpers/rules';

const rule = onlyRule('enumeration-order');

test('一是 … 三是 is a skip; the fix renumbers what follows', () => {
  const text = '抓好四个方面。一是抓业务。二是抓数据。四是抓平台。五是抓应用。';
  const findings = rule.findings(text);
  assert.deepEqual(covered(text, findings), ['四是']);
  assert.equal(findings[0].fixes![0].edits.length, 2);
  assert.match(findings[0].message, /缺少“三是”/u);
  assert.equal(rule.fixAll(text), '抓好四个方面。一是抓业务。二是抓数据。三是抓平台。四是抓应用。');
});

test('a repeated 第二 is renumbered', () => {
  assert.equal(rule.fixAll('第一，坚持领导；第二，坚持人民；第二，坚持革命。'), '第一，坚持领导；第二，坚持人民；第三，坚持革命。');
});

test('heading numbers that skip are renumbered together', () => {
  const text = '一、总体要求\n\n正文。\n\n二、主要任务\n\n正文。\n\n四、保障措施\n\n正文。\n\n五、组织实施\n\n正文。';
  const findings = rule.findings(text);
  assert.deepEqual(covered(text, findings), ['四、']);
  assert.match(findings[0].fixes![0].title, /一、 二、 三、 四、/u);
  assert.equal(rule.fixAll(text), '一、总体要求\n\n正文。\n\n二、主要任务\n\n正文。\n\n三、保障措施\n\n正文。\n\n四、组织实施\n\n正文。');
});

test('一、 followed by （二） mixes levels: reported, but not fixed blindly', () => {
  const text = '一、总体要求\n\n（二）工作原则\n\n正文。';
  const [finding] = rule.findings(text);
  assert.match(finding.message, /层级混用/u);
  assert.equal(finding.fixes![0].safe, false);
  assert.equal(rule.fixAll(text), text);
});

test('two defects in one enumeration are reported but left to the drafter', () => {
  const text = '一是抓业务。三是抓数据。三是抓平台。';
  assert.equal(rule.findings(text).length, 2);
  assert.equal(rule.fixAll(text), text);
});

test('well-formed and unrelated text is quiet', () => {
  const text = [
    '一、总体要求',
    '（一）指导思想',
    '统一是前提，实事求是。首先，坚持领导；其次，坚持人民。再次强调纪律。',
    '（二）工作原则',
    '二、主要任务',
    '（一）稳增长',
    '1. 第一项',
    '1. 第二项',
    '二是单独出现的，没有一是在前。',
  ].join('\n\n');
  assert.deepEqual(rule.findings(text), []);
});

test('numbering restarts after an author note, in an appendix and at a new first item', () => {
  assert.deepEqual(rule.findings('一、甲\n\n二、乙\n\n（作者系某单位干部）\n\n一、丙\n\n二、丁'), []);
  assert.deepEqual(rule.findings('一、甲\n\n二、乙\n\n三、丙\n\n附：有关说明\n\n一、关于培训。\n\n二、关于信息。'), []);
  assert.deepEqual(rule.findings('（一）甲\n\n（二）乙\n\n正文。\n\n（一）丙\n\n（二）丁'), []);
});
