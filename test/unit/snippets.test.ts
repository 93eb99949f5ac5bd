import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createEngine } from '../../server/src/engine';
import { gongwenLayout } from '../../server/src/engine/document/gongwen';
import { parseDocument } from '../../server/src/engine/document/parse';
import { outlineDocument, type OutlineSymbol } from '../../server/src/engine/outline';
import { ROOT } from '../helpers/corpus';

interface Snippet {
  prefix: string[];
  body: string[];
  description: string;
}

const snippets = JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets', 'policy.code-snippets'), 'utf8')) as Record<string, Snippet>;

/** The text a snippet inserts when every placeholder keeps its default. */
function expand(snippet: Snippet): string {
  let text = snippet.body.join('\n');
  // Innermost placeholders first, so nested defaults resolve too.
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\$\{\d+:([^${}]*)\}/gu, '$1');
  }
  return text.replace(/\$\d+/gu, '');
}

const names = (symbols: readonly OutlineSymbol[]): unknown[] =>
  symbols.map((s) => (s.children.length > 0 ? [`${s.kind}:${s.name}`, names(s.children)] : `${s.kind}:${s.name}`));

test('every snippet has a prefix, a bilingual description and balanced placeholders', () => {
  for (const [name, snippet] of Object.entries(snippets)) {
    assert.ok(snippet.prefix.length > 0, name);
    assert.match(snippet.description, /\p{Script=Han}.*\/.*[A-Za-z]/u, name);
    assert.doesNotMatch(expand(snippet), /\$\{|\$\d/u, `${name} expands fully`);
  }
});

test('the article skeleton reads as one article with three sections and an author note', () => {
  const text = expand(snippets['Article skeleton']);
  const model = parseDocument(text);
  assert.equal(model.articles.length, 1);
  assert.equal(model.articles[0].title?.text, '标题');
  assert.equal(model.articles[0].authorNote?.text, '（作者系单位职务）');
  assert.deepEqual(names(outlineDocument(model).symbols), [['article:标题', ['section:一、第一部分', 'section:二、第二部分', 'section:三、第三部分']]]);
});

test('the heading ladder nests four levels', () => {
  const text = `标题\n\n${expand(snippets['Heading ladder'])}正文。\n`;
  assert.deepEqual(names(outlineDocument(parseDocument(text)).symbols), [
    ['article:标题', [['section:一、一级标题', [['section:（一）二级标题', [['section:1.三级标题', ['section:（1）四级标题']]]]]]]],
  ]);
});

test('the enumerated paragraph lists its three points', () => {
  const text = `标题\n\n${expand(snippets['Enumerated paragraph'])}\n`;
  assert.deepEqual(names(outlineDocument(parseDocument(text)).symbols), [['article:标题', ['enumeration:一是第一点', 'enumeration:二是第二点', 'enumeration:三是第三点']]]);
});

test('the parallel paragraph opens with 坚持 and continues with 切实', () => {
  assert.match(expand(snippets['Parallel paragraph']), /^坚持[^，]+，切实[^。]+。/u);
});

test('the 通知 skeleton reads as a 公文 and gets no finding from any rule', () => {
  const text = expand(snippets['Notice (gongwen)']);
  assert.ok(gongwenLayout(parseDocument(text)).reads);
  for (const kind of ['policy', 'text'] as const) assert.deepEqual(createEngine({ config: { locale: 'zh' } }).analyze(text, { kind }), []);
  assert.match(text, /^×××发〔2025〕1号\n/u);
  assert.match(text, /\n附件：1\.附件名称\n {6}2\.附件名称\n\n发文机关署名\n2025年1月1日\n\n抄送：抄送机关。\n$/u);
});
