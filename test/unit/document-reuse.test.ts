import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_LENT_GENERATIONS, parseDocument, partAges } from '../../server/src/engine/document/parse';
import type { DocumentModel } from '../../server/src/engine/document/model';
import { embeddedCorpus } from '../helpers/corpus';

/** Everything a model says, without its functions. */
function shape(model: DocumentModel) {
  return {
    lines: model.lines.map((l) => ({ ...l })),
    paragraphs: model.paragraphs.map((p) => ({ index: p.index, segments: p.segments, text: p.text, span: p.span, sentences: p.sentences, start: p.toOriginal(0) })),
    sentences: model.sentences,
    breaks: model.breaks,
    articles: model.articles.map((a) => ({ ...a, paragraphs: a.paragraphs.map((p) => p.index) })),
  };
}

const PIECES = ['一、总体要求', '坚持稳中求进', '。', '，', '；', '：', '“四个关系”', '一是', '二是', '（一）', '\n', '\n\n', '\r\n', '\r', '  ', '𠀀', '（作者系某单位干部）', '标题'];
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fc.array(fc.constantFrom(...PIECES), { maxLength: 3 }).map((p) => p.join('')) });

test('a model read with the previous version lent equals one read afresh, over any run of edits', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((p) => p.join('')), fc.array(edit, { maxLength: 20 }), (start, edits) => {
      let text = start;
      let model = parseDocument(text);
      for (const { at, remove, insert } of edits) {
        const from = at % (text.length + 1);
        text = text.slice(0, from) + insert + text.slice(from + remove);
        model = parseDocument(text, model);
        assert.deepEqual(shape(model), shape(parseDocument(text)));
      }
    }),
    { numRuns: Number(process.env.TIFA_FUZZ_RUNS ?? 200) },
  );
});

test('paragraphs before an edit are lent, those after it are read again, and none is lent for ever', () => {
  const text = embeddedCorpus().text;
  const first = parseDocument(text);
  const middle = first.paragraphs[Math.floor(first.paragraphs.length / 2)];
  const edited = text.slice(0, middle.span.start) + '新' + text.slice(middle.span.start);
  const second = parseDocument(edited, first);
  assert.equal(second.paragraphs[1], first.paragraphs[1]);
  assert.equal(second.lines[1], first.lines[1]);
  assert.notEqual(second.paragraphs[middle.index], first.paragraphs[middle.index]);
  assert.equal(second.paragraphs[middle.index].text, `新${middle.text}`);

  // Each version keeps only a bounded number of older texts alive through what it was lent.
  let model = second;
  let current = edited;
  for (let k = 0; k < 20; k++) {
    current = `${current}\n追加的第${k}段。`;
    model = parseDocument(current, model);
  }
  assert.notEqual(model.paragraphs[1], first.paragraphs[1], 'read again once it has been lent long enough');
  assert.deepEqual(shape(model), shape(parseDocument(current)));
});

test('after an edit, what follows it is moved along rather than read again, and none of it for ever', () => {
  const text = embeddedCorpus().text;
  let model = parseDocument(text);
  let current = text;
  const last = () => model.paragraphs[model.paragraphs.length - 1];
  const before = last();
  for (let k = 0; k < 3 * MAX_LENT_GENERATIONS; k++) {
    // Each edit falls in the first paragraph and shifts everything after it.
    const at = model.paragraphs[0].span.start + 1;
    current = k % 2 === 0 ? `${current.slice(0, at)}新${current.slice(at)}` : current.slice(0, at) + current.slice(at + 1);
    model = parseDocument(current, model);
    const ages = partAges(model)!;
    assert.ok(ages.lines.every((age) => age < MAX_LENT_GENERATIONS), 'no line is older than the versions a model may lend');
    assert.ok(ages.paragraphs.every((age) => age < MAX_LENT_GENERATIONS), 'no paragraph is older than the versions a model may lend');
    if (k === 0) {
      assert.equal(ages.paragraphs[ages.paragraphs.length - 1], 1, 'the last paragraph was moved along, not read again');
      assert.equal(ages.lines[ages.lines.length - 1], 1, 'the last line was moved along, not read again');
    }
    assert.deepEqual(shape(model), shape(parseDocument(current)));
  }
  assert.equal(last().text, before.text);
});
