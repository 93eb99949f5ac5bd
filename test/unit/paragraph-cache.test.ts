import assert from 'node:assert/strict';
import test from 'node:test';
import { ParagraphCache } from '../../server/src/engine/duplicates/paragraph';

const paragraph = (n: number) => `第${n}段要把学习成果转化为推动工作的强大动力。`;

test('the paragraphs of the document just read are kept past the budget, and those read longest ago go first', () => {
  // 20 characters a paragraph: the budget holds two.
  const cache = new ParagraphCache(45);
  const large = [1, 2, 3, 4, 5].map(paragraph);
  const first = cache.read(large);
  assert.equal(cache.characters, large.join('').length, 'a document larger than the budget keeps all its paragraphs');
  assert.deepEqual(cache.read(large), first, 'and reading it again finds every one of them');

  const edited = [...large.slice(0, 4), `${large[4]}又`];
  const after = cache.read(edited);
  assert.equal(after[0], first[0], 'the paragraphs an edit left alone are the same entries');
  assert.notEqual(after[4], first[4]);
  assert.equal(cache.characters, edited.join('').length, 'the paragraph the edit replaced is dropped once past the budget');

  const small = [paragraph(6)];
  cache.read(small);
  assert.ok(cache.characters <= 45, `back within the budget once another document is read: ${cache.characters}`);
  assert.equal(cache.read(small)[0].text, small[0]);
});
