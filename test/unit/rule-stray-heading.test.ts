import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/engine';
import { embeddedCorpus } from '../helpers/corpus';
import { onlyRule } from '../helpers/rules';

const rule = onlyRule('stray-heading');
const text = '要树牢效率意识，紧盯重点工作、重大\n\n突出“三个强化”推动办公厅工作高质量发展\n\n项目、重要事项，大力倡导“马上就办”的工作精神。';

test('a title-like line between two halves of a sentence is an info finding', () => {
  const [finding, ...rest] = rule.findings(text);
  assert.equal(rest.length, 0);
  assert.equal(finding.severity, 'info');
  assert.ok(text.slice(finding.span.start, finding.span.end).includes('突出“三个强化”推动办公厅工作高质量发展'));
});

test('its fix deletes the line and joins the sentence, but fix-all leaves it to the drafter', () => {
  const [finding] = rule.findings(text);
  const fix = finding.fixes![0];
  assert.equal(fix.safe, false);
  assert.equal(applyEdits(text, fix.edits), '要树牢效率意识，紧盯重点工作、重大项目、重要事项，大力倡导“马上就办”的工作精神。');
  assert.equal(rule.fixAll(text), text);
});

test('a title above its paragraph, or between finished sentences, is not stray', () => {
  assert.deepEqual(rule.findings('突出“三个强化”推动办公厅工作高质量发展\n\n张萌\n\n进一步强化政治属性。\n\n进一步强化责任担当\n\n在一个部门，办公厅工作很重要。'), []);
});

test('the embedded corpus has exactly its one stray heading', () => {
  const corpus = embeddedCorpus().text;
  const findings = rule.findings(corpus);
  assert.equal(findings.length, 1);
  assert.ok(corpus.slice(findings[0].span.start, findings[0].span.end).includes('突出“三个强化”推动办公厅工作高质量发展'));
});
