import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { glossaryMarkdown, sortEntries } from '../../server/src/cli/glossary';
import type { TermEntry } from '../../server/src/engine';
import { makeTree, runCli } from '../cli/harness';
import { NEW_THREE } from '../helpers/corpus';

const entry = (term: string, extra: Partial<TermEntry> = {}): TermEntry => ({ term, kind: 'quoted', sources: [], ...extra });

test('terms sort by pinyin, as a Chinese index does', () => {
  assert.deepEqual(
    sortEntries([entry('四个关系'), entry('八个误区'), entry('两个维护')]).map((e) => e.term),
    ['八个误区', '两个维护', '四个关系'],
  );
});

test('Markdown lists items, definition and sources, escaping Markdown in corpus text', () => {
  const md = glossaryMarkdown(
    [
      entry('三融五跨', {
        kind: 'glossary',
        items: ['融合*一*', '融合二'],
        definition: '释义',
        definitionSource: '某文件',
        sources: [{ source: 'builtin:x.txt', span: { start: 0, end: 1 }, sentence: '句子_一_。', articleTitle: '标题' }],
      }),
    ],
    'zh',
  );
  assert.match(md, /^# Tifa 提法知识库$/mu);
  assert.match(md, /^## 三融五跨$/mu);
  assert.match(md, /^- 内容: 融合\\\*一\\\*；融合二$/mu);
  assert.match(md, /^- 释义: 释义（某文件）$/mu);
  assert.match(md, /^ {2}- 句子\\_一\\_。 —— 《标题》 `builtin:x.txt`$/mu);
});

test('tifa glossary dumps the embedded knowledge base and the corpus and glossaries of tifa.json', async () => {
  const root = makeTree({
    'tifa.json': JSON.stringify({ corpus: ['refs/*.txt'], glossary: ['team.json', 'broken.json', 'missing/*.json'] }),
    'broken.json': '{ "entries": [',
    'refs/a.txt': '我们要大力推进“青山绿水工程”建设。\n',
    'team.json': JSON.stringify({ entries: [{ term: '三个不动摇', items: ['甲', '乙', '丙'], definition: '团队词表里的释义' }] }),
  });
  const result = await runCli(['glossary', '--format', 'json'], path.join(root, 'refs'));
  assert.equal(result.status, 0, result.stderr);
  const entries: TermEntry[] = JSON.parse(result.stdout);
  const terms = new Set(entries.map((e) => e.term));
  assert.ok(terms.has('两个维护'), 'the embedded corpus');
  const mined = entries.find((e) => e.term === '青山绿水工程');
  assert.equal(mined?.sources[0].source, path.join(root, 'refs', 'a.txt'));
  const curated = entries.find((e) => e.term === '三个不动摇');
  assert.equal(curated?.definition, '团队词表里的释义', result.stderr);
  assert.match(result.stderr, /glossary file \S*broken\.json skipped: not valid JSON/u);
  assert.match(result.stderr, /glossary pattern "missing\/\*\.json" in tifa\.json matches no file/u);
  const md = await runCli(['glossary'], root);
  assert.match(md.stdout, /^## 青山绿水工程$/mu);
});

test('Markdown cites an official source by title, issuer and date', () => {
  const md = glossaryMarkdown([NEW_THREE], 'zh');
  assert.match(md, /—— 《2024年政府工作报告》（国务院，2024年3月5日） `builtin:official\/gov-report-2024\.txt`$/mu);
});
