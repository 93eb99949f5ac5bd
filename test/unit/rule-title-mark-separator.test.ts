import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/engine';
import { covered, onlyRule } from '../helpers/rules';

const rule = onlyRule('title-mark-separator');

test('a 顿号 between adjacent titles or quoted items is a hint with a quick fix', () => {
  const text = '学习《决定》、《建议》，做好“六稳”、“六保”工作。';
  const findings = rule.findings(text);
  assert.deepEqual(covered(text, findings), ['、', '、']);
  assert.ok(findings.every((f) => f.severity === 'hint'));
  assert.equal(applyEdits(text, findings.flatMap((f) => f.fixes![0].edits)), '学习《决定》《建议》，做好“六稳”“六保”工作。');
});

test('fix-all keeps the house style of central documents', () => {
  const text = '做好“六稳”、“六保”工作。';
  assert.equal(rule.fixAll(text), text);
});

test('items with a note between them, or inside one quotation, keep the 顿号', () => {
  assert.deepEqual(rule.findings('落实“六稳”（稳就业）、“六保”工作，倡导“马上就办、办就办好”。'), []);
});

test('mixed marks are not adjacent items of one kind', () => {
  assert.deepEqual(rule.findings('学习《决定》、“六保”。'), []);
});
