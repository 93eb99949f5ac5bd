import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { enumerationMarkers, enumerationRuns, renderNumeral } from '../../server/src/engine/document/enumerations';
import { parseDocument } from '../../server/src/engine/document/parse';

const runsOf = (text: string) =>
  enumerationRuns(parseDocument(text)).map((r) => r.markers.map((m) => text.slice(m.span.start, m.span.end)).join(' '));

test('inline markers are found at clause boundaries only', () => {
  const text = '三件大事：一是迎来百年，二是进入新时代，三是完成攻坚。统一是前提。第一次会议。第一，坚持；第二，落实。';
  assert.deepEqual(runsOf(text), ['一是 二是 三是', '第一 第二']);
});

test('an inline enumeration continues at the start of later paragraphs of one section, not across a heading', () => {
  assert.deepEqual(runsOf('一是加强领导。\n\n二是完善制度。\n\n（一）标题\n\n三是强化落实。'), ['一是 二是', '（一）']);
});

test('heading enumerations nest, and know their parent', () => {
  const text = '一、总体要求\n\n（一）指导思想\n\n（二）基本原则\n\n二、主要任务\n\n（一）稳增长';
  const runs = enumerationRuns(parseDocument(text));
  assert.deepEqual(runs.map((r) => r.markers.length), [2, 2, 1]);
  assert.equal(text.slice(runs[2].parent!.span.start, runs[2].parent!.span.end), '二、');
});

test('a marker inside a broken line maps back to the original offsets', () => {
  const text = '要抓好几件事，一是抓业务，\n\n二是抓数据。';
  const markers = enumerationMarkers(parseDocument(text));
  assert.deepEqual(markers.map((m) => text.slice(m.numeral.start, m.numeral.end)), ['一', '二']);
});

test('renumbering renders each family in its own style', () => {
  const markers = enumerationMarkers(parseDocument('首先，甲；其次，乙。\n\n1. 目标\n\n一是加强。二是落实。'));
  const of = (family: string) => markers.find((m) => m.family === family)!;
  const [heading3, sequence, shi] = [of('heading'), of('sequence'), of('shi')];
  assert.equal(renderNumeral(heading3, 12), '12');
  assert.equal(renderNumeral(sequence, 2), '其次');
  assert.equal(renderNumeral(shi, 12), '十二');
});
