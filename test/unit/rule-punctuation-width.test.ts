import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { createEngine } from '../../server/src/engine';
import { covered, onlyRule } from '../helpers/rules';

const rule = onlyRule('punctuation-width');

test('half-width marks next to Chinese become full-width', () => {
  assert.equal(rule.fixAll('坚持问题导向,推动落实;要点:一是什么?二是干!'), '坚持问题导向，推动落实；要点：一是什么？二是干！');
});

test('numbers, times, ratios, URLs, e-mail, code and Latin phrases keep their marks', () => {
  const text = [
    '比重由0.8:1提高至1:1，10:30开会，投资1,000万元。',
    '见https://www.gov.cn/a?b=1,2或mail@example.com。',
    '英文 Hello, world! 不改。',
    '代码`a, b`不改，[原文](https://x.org/a(b))也不改。',
    '函数 f(x) 不改。',
  ].join('\n');
  assert.deepEqual(rule.findings(text), []);
});

test('Chinese glossed inside an English sentence keeps its marks', () => {
  assert.deepEqual(rule.findings('Hover a slogan (提法) to see its items; the word count (字数, whitespace excluded) shows. **Status bar**: 字数'), []);
});

test('a Latin word followed at once by Chinese is Chinese text', () => {
  assert.equal(rule.fixAll('使用Python,然后部署。'), '使用Python，然后部署。');
});

test('blanks after a converted mark go, a line end is kept', () => {
  assert.equal(rule.fixAll('第一, 第二;\n第三'), '第一，第二；\n第三');
});

test('parentheses convert as a pair, in one fix', () => {
  const text = '产业大脑(数字化平台)已建成。\n(1)加强领导。';
  const findings = rule.findings(text);
  assert.deepEqual(covered(text, findings), ['(', '(']);
  assert.equal(findings[0].fixes?.[0].edits.length, 2);
  assert.equal(rule.fixAll(text), '产业大脑（数字化平台）已建成。\n（1）加强领导。');
});

test('positions are UTF-16: a mark after a non-BMP character lands right', () => {
  const text = '𠀀,好';
  const [finding] = rule.findings(text);
  assert.deepEqual(finding.span, { start: 2, end: 3 });
});

test('the message speaks English when asked', () => {
  const [finding] = onlyRule('punctuation-width', 'en').findings('我们,你们');
  assert.match(finding.message, /Half-width ','/u);
});

test('severity comes from the rules setting, and off leaves the text to fix-all untouched', () => {
  const strict = createEngine({ config: { locale: 'zh', rules: { 'punctuation-width': 'error' } } });
  assert.ok(strict.analyze('我们,你们').some((f) => f.code === 'punctuation-width' && f.severity === 'error'));
  const off = createEngine({ config: { locale: 'zh', rules: { 'punctuation-width': 'off' } } });
  assert.ok(!off.analyze('我们,你们').some((f) => f.code === 'punctuation-width'));
  assert.equal(off.fixAll('我们,你们').text, '我们,你们');
});

test('a full stop that ends a Chinese sentence becomes 。; decimals, versions, file names, list numbers and .NET keep theirs', () => {
  assert.equal(rule.fixAll('增长5.2%,达到新高.'), '增长5.2%，达到新高。');
  assert.equal(rule.fixAll('详见 README.'), '详见 README。');
  assert.deepEqual(rule.findings('版本v2.3.1发布，见docs/guide.md\n1. 第一条\n使用.NET开发\nThe file is README.'), []);
});

test('straight quotation marks around Chinese become “” outside and ‘’ inside', () => {
  assert.equal(rule.fixAll(`他说:"要坚持'两个毫不动摇'."`), '他说：“要坚持‘两个毫不动摇’。”');
  assert.equal(rule.fixAll(`群众叫他'贴心人'`), '群众叫他“贴心人”');
  assert.deepEqual(rule.findings(`the file is "report.txt", don't touch it`), []);
  const [quotes] = onlyRule('punctuation-width', 'en').findings('叫他"老黄牛"的人');
  assert.match(quotes.message, /Straight quotation marks/u);
  assert.deepEqual(quotes.related?.map((r) => r.span), [{ start: 6, end: 7 }]);
});

test('every mark fix-all changes has a finding of its own: 你好(测试)! reports the ! as well as the brackets', () => {
  const text = '你好(测试)!';
  assert.deepEqual(covered(text, rule.findings(text)), ['(', '!']);
  assert.equal(rule.fixAll(text), '你好（测试）！');
});

test('entities, tags, fences, link targets, emoticons and marks inside Latin names are not punctuation', () => {
  const text = [
    '::: tip 提示',
    '实体&quot;和&nbsp;不改，<span class="a">标签</span>也不改。',
    '见[说明](docs/a.md)和![图](b.png)。',
    '完成了 ;-) 明天继续 :) 很好^_^',
    '来自Yahoo!的消息，C#和.NET都行，写!important即可。',
  ].join('\n');
  assert.deepEqual(covered(text, rule.findings(text)), []);
});
