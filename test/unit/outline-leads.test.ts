import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/engine/document/parse';
import { findLeads } from '../../server/src/engine/outline-leads';

const leadsOf = (text: string) => {
  const model = parseDocument(text);
  return findLeads(model.paragraphs, model.lines.filter((l) => l.kind === 'heading')).map((l) => l.sentence.text);
};
const paragraph = (lead: string) => `${lead}这是展开的正文。`;

test('three paragraphs that open alike with a lead sentence are leads', () => {
  const text = ['标题', paragraph('坚持问题导向，找准症结。'), paragraph('坚持目标导向，明确方向。'), paragraph('坚持结果导向，检验成效。')].join('\n\n');
  assert.deepEqual(leadsOf(text), ['坚持问题导向，找准症结。', '坚持目标导向，明确方向。', '坚持结果导向，检验成效。']);
});

test('a paragraph that is only its first sentence has no lead', () => {
  const text = ['标题', '坚持问题导向，找准症结。', paragraph('坚持目标导向，明确方向。'), paragraph('坚持结果导向，检验成效。')].join('\n\n');
  assert.deepEqual(leadsOf(text), []);
});

test('enumerators, overlong sentences and very short ones are not leads', () => {
  const three = (lead: (i: number) => string) => ['标题', ...[1, 2, 3].map((i) => paragraph(lead(i)))].join('\n\n');
  assert.deepEqual(leadsOf(three((i) => `首先要抓第${i}件事，找准症结。`)), []);
  assert.deepEqual(leadsOf(three((i) => `坚持${'推进'.repeat(24)}${i}。`)), []);
  assert.deepEqual(leadsOf(three((i) => `坚持${i}。`)), []);
  assert.equal(leadsOf(three((i) => `坚持${'推进'.repeat(20)}${i}。`)).length, 3, 'just under the limit');
});

test('a heading between them breaks a parallel run', () => {
  const text = ['标题', paragraph('坚持问题导向，找准症结。'), paragraph('坚持目标导向，明确方向。'), '一、下一部分', paragraph('坚持结果导向，检验成效。')].join('\n\n');
  assert.deepEqual(leadsOf(text), []);
});
