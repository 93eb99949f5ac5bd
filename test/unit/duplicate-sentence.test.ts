import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { createEngine, applyEdits } from '../../server/src/engine';
import { embeddedCorpus } from '../helpers/corpus';

const engine = createEngine({ config: { locale: 'en', rules: {} } });
const duplicates = (text: string) => engine.analyze(text).filter((f) => f.code === 'duplicate-sentence');

test('the repeated sentence of the embedded corpus is found at its second occurrence', () => {
  const text = embeddedCorpus().text;
  const found = duplicates(text);
  assert.equal(found.length, 1);
  const sentence = '要发扬斗争精神,围绕既定的目标任务,落实任务清单、形成工作闭环,从任务的发起到最后,切实把办公厅工作质量提起来。';
  const first = text.indexOf(sentence);
  const second = text.indexOf(sentence, first + 1);
  assert.deepEqual(found[0].span, { start: second, end: second + sentence.length });
  assert.deepEqual(found[0].related?.[0].span, { start: first, end: first + sentence.length });
});

test('the message names the line of the first occurrence, blank lines and CRLF counted', () => {
  const text = '第一行的句子不重复。\r\n\r\n重复的句子应当删除掉。\n\n中间一行。\r重复的句子应当删除掉。';
  assert.match(duplicates(text)[0].message, /on line 3$/u);
});

test('comparison ignores punctuation width and whitespace', () => {
  const text = '我们要坚持问题导向,推动工作落实。其他内容在这里。我们要坚持问题导向， 推动工作落实。';
  assert.equal(duplicates(text).length, 1);
});

test('repeats far apart are found, short sentences are not', () => {
  const filler = ['第一段不同的文字隔开两个句子。', '第二段不同的文字隔开两个句子。', '第三段不同的文字隔开两个句子。'].join('');
  assert.equal(duplicates(`坚持以人民为中心的发展思想。${filler}坚持以人民为中心的发展思想。`).length, 1);
  assert.equal(duplicates('是的。是的。'.repeat(2)).length, 0);
});

test('the fix deletes exactly the repeated sentence', () => {
  const text = '第一句话写在这里了。重复的句子应当删除掉。重复的句子应当删除掉。最后一句也在这里。';
  const [finding] = duplicates(text);
  const fixed = applyEdits(text, finding.fixes![0].edits);
  assert.equal(fixed, '第一句话写在这里了。重复的句子应当删除掉。最后一句也在这里。');
});

test('a repeated sentence that is a whole line goes with its line break', () => {
  const text = '重复的句子应当删除掉。\r\n重复的句子应当删除掉。\r\n后面还有一行文字。';
  const [finding] = duplicates(text);
  assert.equal(applyEdits(text, finding.fixes![0].edits), '重复的句子应当删除掉。\r\n后面还有一行文字。');
});

test('keeping the later sentence deletes the earlier one with its blanks', () => {
  const text = '重复的句子应当删除掉。 中间还有一句话。重复的句子应当删除掉。';
  const [finding] = duplicates(text);
  const keep = engine.keepThisOne(text, finding)!;
  assert.equal(keep.safe, false);
  assert.equal(applyEdits(text, keep.edits), '中间还有一句话。重复的句子应当删除掉。');
});

test('fix-all removes every repeated sentence and keeps the first of each', () => {
  const a = '坚持以人民为中心的发展思想。';
  const b = '把办公厅工作质量提起来。';
  assert.equal(engine.fixAll(`${a}${b}${a}\n${b}\n${a}`).text, `${a}${b}\n`);
});

test('a repeat within one paragraph says so instead of naming its own line', () => {
  const [finding] = duplicates('重复的句子应当删除掉。重复的句子应当删除掉。');
  assert.match(finding.message, /earlier sentence in this paragraph$/u);
});
