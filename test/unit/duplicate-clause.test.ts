import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyEdits, createEngine } from '../../server/src/engine';
import { MIN_CLAUSE } from '../../server/src/engine/duplicates/thresholds';
import { embeddedCorpus } from '../helpers/corpus';

const engine = createEngine({ config: { locale: 'en', rules: {} } });
const clauses = (text: string) => engine.analyze(text).filter((f) => f.code === 'duplicate-clause');
const CLAUSE = '切实把办公厅工作质量提起来';

test('the embedded corpus repeats “切实把办公厅工作质量提起来” in the next sentence; the fix removes it with its comma', () => {
  const text = embeddedCorpus().text;
  const found = clauses(text);
  assert.equal(found.length, 1);
  const first = text.indexOf(CLAUSE);
  const second = text.indexOf(CLAUSE, first + 1);
  assert.deepEqual(found[0].span, { start: second, end: second + CLAUSE.length });
  assert.deepEqual(found[0].related?.[0].span, { start: first, end: first + CLAUSE.length });
  assert.match(found[0].message, /was just used earlier in this paragraph$/u, 'both clauses are on line 35');
  const fixed = applyEdits(text, found[0].fixes![0].edits);
  assert.equal(fixed, text.slice(0, second - 1) + text.slice(second + CLAUSE.length));
  assert.equal(fixed.slice(second - 10, second + 2), '从任务的发起到最后。要发');
});

test('the clause inside a repeated sentence is left to duplicate-sentence', () => {
  const sentence = '要发扬斗争精神，形成工作闭环，切实把办公厅工作质量提起来。';
  const findings = engine.analyze(`开头的一句话写在这里。${sentence}${sentence}`);
  assert.deepEqual(findings.map((f) => f.code).filter((c) => c.startsWith('duplicate')), ['duplicate-sentence']);
});

test('a repeated middle clause goes with its own comma', () => {
  const text = '各级干部要把情况摸清楚，深入基层开展调查研究，深入基层开展调查研究，把问题解决好。';
  const [finding] = clauses(text);
  assert.equal(applyEdits(text, finding.fixes![0].edits), '各级干部要把情况摸清楚，深入基层开展调查研究，把问题解决好。');
  const keep = engine.keepThisOne(text, finding)!;
  assert.equal(applyEdits(text, keep.edits), '各级干部要把情况摸清楚，深入基层开展调查研究，把问题解决好。');
});

test('keeping the later clause deletes the earlier one and leaves its sentence end', () => {
  const text = `要培养创新思维，${CLAUSE}。要发扬斗争精神，${CLAUSE}。`;
  const [finding] = clauses(text);
  assert.equal(applyEdits(text, engine.keepThisOne(text, finding)!.edits), `要培养创新思维。要发扬斗争精神，${CLAUSE}。`);
});

test('short clauses, far-apart clauses and other paragraphs are ordinary writing', () => {
  assert.equal(clauses('一件一件推动，一项一项实施。一件一件推动，一项一项落实。').length, 0);
  assert.equal('一件一件推动'.length < MIN_CLAUSE, true);
  const far = `第一句，${CLAUSE}。第二句话写在这里。第三句话写在这里。第四句，${CLAUSE}。`;
  assert.equal(clauses(far).length, 0);
  assert.equal(clauses(`第一句，${CLAUSE}。\n\n第二句，${CLAUSE}。`).length, 0);
});

test('clause fixes are not part of fix-all: the sentence left behind may need rewording', () => {
  const text = `要培养创新思维，${CLAUSE}。要发扬斗争精神，${CLAUSE}。`;
  assert.equal(engine.fixAll(text).text, text);
});

test('a clause repeated from an earlier line names that line', () => {
  const text = `开头写在这里，${CLAUSE}，\n后面接着又写，${CLAUSE}。\n`;
  const [finding] = clauses(text);
  assert.match(finding.message, /was just used on line 1$/u);
});
