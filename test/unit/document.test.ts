import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/engine/document/parse';
import { embeddedCorpus } from '../helpers/corpus';

test('the embedded corpus reads as five articles with titles and author notes', () => {
  const model = parseDocument(embeddedCorpus().text);
  assert.equal(model.articles.length, 5);
  assert.deepEqual(
    model.articles.map((a) => a.title?.text),
    ['把主题教育成效转化为推进数字重庆建设的强大动力', '学思践悟', '增强内生发展动力 推动县域全面振兴', '不断深化学校国家安全教育实践', '抓实以学正风推动教育督导高质量发展'],
  );
  assert.equal(model.articles[0].column?.text, '领导干部学习笔谈');
  assert.equal(model.articles[0].byline?.text, '王志杰');
  assert.equal(model.articles[4].byline?.text, '吴边 殷新');
  assert.match(model.articles[0].authorNote?.text ?? '', /中共涪陵区委书记/u);
});

test('a paragraph broken mid-sentence is joined, with offsets still in the original text', () => {
  const text = embeddedCorpus().text;
  const model = parseDocument(text);
  const sentence = model.sentences.find((s) => s.text.includes('加快经济社会发展质量变革'));
  assert.ok(sentence, 'the joined sentence exists');
  assert.ok(sentence.text.endsWith('效率变革、动力变革。'));
  assert.equal(text.slice(sentence.span.end - 5, sentence.span.end), '动力变革。');
});

test('a title-like line stranded inside a paragraph is skipped and recorded', () => {
  const model = parseDocument(embeddedCorpus().text);
  const stray = model.breaks.filter((b) => b.strayHeading).map((b) => b.strayHeading!.text);
  assert.deepEqual(stray, ['突出“三个强化”推动办公厅工作高质量发展']);
  assert.ok(model.sentences.some((s) => s.text.includes('紧盯重点工作、重大项目、重要事项')));
});

test('spans count UTF-16 units across non-BMP characters', () => {
  const text = '𠀀字开头的句子在这里结束了。𠀀字开头的句子在这里结束了。';
  const model = parseDocument(text);
  assert.equal(model.sentences.length, 2);
  assert.deepEqual(model.sentences[1].span, { start: 15, end: 30 });
  assert.equal(text.slice(15, 30), '𠀀字开头的句子在这里结束了。');
});

test('CRLF and lone CR end lines', () => {
  const model = parseDocument('第一段的句子。\r\n\r\n第二段的句子。\r第三段的句子。');
  assert.equal(model.paragraphs.length, 3);
});
