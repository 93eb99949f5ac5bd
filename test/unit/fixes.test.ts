import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { chooseSafeFixes } from '../../server/src/engine/fixes';
import type { Finding, TextEdit } from '../../server/src/engine';

const edit = (start: number, end: number, newText = ''): TextEdit => ({ span: { start, end }, newText });
const finding = (code: string, edits: TextEdit[], safe = true): Finding => ({
  code,
  severity: 'warning',
  span: edits[0].span,
  message: code,
  fixes: [{ title: code, edits, safe }],
});

test('a fix of several edits is taken whole or not at all', () => {
  const chosen = chooseSafeFixes([finding('a', [edit(0, 1, 'x')]), finding('pair', [edit(5, 6, '（'), edit(0, 1, '）')])]);
  assert.deepEqual(chosen.edits, [edit(0, 1, 'x')]);
  assert.deepEqual([...chosen.byCode], [['a', 1]]);
});

test('fixes that do not touch are all taken, sorted, and counted by code', () => {
  const chosen = chooseSafeFixes([finding('b', [edit(8, 9, 'y')]), finding('pair', [edit(2, 3, '（'), edit(6, 7, '）')]), finding('b', [edit(0, 1)])]);
  assert.deepEqual(chosen.edits.map((e) => e.span.start), [0, 2, 6, 8]);
  assert.deepEqual(Object.fromEntries(chosen.byCode), { b: 2, pair: 1 });
});

test('unsafe fixes and an insertion next to a replacement wait', () => {
  const chosen = chooseSafeFixes([finding('r', [edit(2, 4, 'z')]), finding('i', [edit(4, 4, '!')]), finding('u', [edit(9, 10)], false)]);
  assert.deepEqual(chosen.edits, [edit(2, 4, 'z')]);
});
