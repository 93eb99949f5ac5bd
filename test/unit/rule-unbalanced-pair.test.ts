import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { covered, onlyRule } from '../helpers/rules';

const rule = onlyRule('unbalanced-pair');

test('an opening quotation mark without its closing one is reported once', () => {
  const text = '把握“为推进国家治理现代化提供支撑的目标导向。';
  assert.deepEqual(covered(text, rule.findings(text)), ['“']);
});

test('a closing mark without an opening one is reported', () => {
  const text = '学习《决定》）的精神。';
  assert.deepEqual(covered(text, rule.findings(text)), ['）']);
});

test('a mark closed out of order reports the inner opener', () => {
  const text = '学习《关于“两个确立》的论述。';
  assert.deepEqual(covered(text, rule.findings(text)), ['“']);
});

test('nested, multi-paragraph and apostrophe uses are balanced', () => {
  const text = '“‘一地创新、全市共享’应用试点”（2023年）。\n\n“第一段引文。\n\n“第二段引文结束。”\n\nIt’s fine.';
  assert.deepEqual(rule.findings(text), []);
});

test('a pair split by a broken line is still one pair', () => {
  assert.deepEqual(rule.findings('深刻领会习近平总书记关于数字中国建设的重要论述，把握“三融\n\n五跨”的推进路径。'), []);
});

test('no fix is offered: where the missing mark goes is not known', () => {
  const [finding] = rule.findings('“没有结束。');
  assert.equal(finding.fixes, undefined);
});
