import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { compileUserRegex, hasNestedQuantifier, UnsafePatternError } from '../../server/src/engine/text/safe-regex';
import { loadGlossary } from '../../server/src/engine/corpus/glossary';

test('patterns that can backtrack catastrophically are refused', () => {
  for (const source of ['(a+)+$', '(a*)*b', '(a|aa)*c', '(.*x){2,}', '((ab)+c)+', '(?:\\w+\\s?)+$']) {
    assert.ok(hasNestedQuantifier(source), source);
    assert.throws(() => compileUserRegex(source, 'gu'), UnsafePatternError, source);
  }
  assert.throws(() => compileUserRegex('(a)\\1', 'gu'), UnsafePatternError);
  assert.throws(() => compileUserRegex('x'.repeat(201), 'gu'), UnsafePatternError);
});

test('ordinary spelling patterns compile', () => {
  for (const source of ['八条规定', '三融五[通连]', '(马上就办)、办就要办好', '两个(维护)?', '[一二三]个(关系|转变)', 'a{1,1}(bc)+', '(ab)?c+']) {
    assert.equal(hasNestedQuantifier(source), false, source);
    assert.ok(compileUserRegex(source, 'gu') instanceof RegExp);
  }
});

test('a glossary with a dangerous pattern is reported and the rest still loads', () => {
  const data = { entries: [{ term: '八项规定', definition: '中央八项规定', source: { title: '文件' }, patterns: ['/(规+)+定/', '八条规定'] }] };
  const loaded = loadGlossary(data, 'team.json', 'en');
  assert.ok(loaded.problems.some((p) => /invalid pattern/u.test(p.message) && /repeated group/u.test(p.message)), JSON.stringify(loaded.problems));
  assert.equal(loaded.patterns.length, 1);
  assert.deepEqual(loaded.entries[0].variants, ['八条规定'], 'the refused pattern is not kept to be compiled again');
});
