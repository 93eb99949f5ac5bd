import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { countCharacters } from '../../client/src/count';
import { groupBySource } from '../../client/src/glossary/group';
import { addGlossaryToConfig, addTermToGlossary } from '../../client/src/glossary/user-file';
import type { GlossaryEntry } from '../../server/src/lsp/protocol';
import { loadGlossary } from '../../server/src/engine/corpus/glossary';

test('字数 counts every character but whitespace, a non-BMP character once', () => {
  assert.equal(countCharacters(''), 0);
  assert.equal(countCharacters('推进数字重庆建设。'), 9);
  assert.equal(countCharacters(' 一 是\u3000二是\r\n\t三是\ufeff'), 6);
  assert.equal(countCharacters('𠀀𠀁字'), 3);
  assert.equal(countCharacters('GDP 增长 5.6%'), 9);
  assert.equal(countCharacters('\ud800'), 1, 'a lone surrogate still counts');
});

const source = (title: string, sentence = `${title}的句子。`) => ({ source: 'builtin:study-notes.txt', uri: 'file:///c.txt', articleTitle: title, sentence, line: 3 });

test('the glossary groups by article; an entry cited twice is under both; curated entries together', () => {
  const entries: GlossaryEntry[] = [
    { term: '四个关系', kind: 'numbered', items: ['甲', '乙', '丙', '丁'], sources: [source('文章甲')] },
    { term: '三融五跨', kind: 'quoted', sources: [source('文章乙'), source('文章甲')] },
    { term: '双减', kind: 'glossary', definition: '减轻负担', definitionSource: '中办国办文件', sources: [] },
    { term: '八项规定', kind: 'glossary', sources: [] },
  ];
  const groups = groupBySource(entries, '术语表');
  assert.deepEqual(
    groups.map((g) => [g.label, g.source, g.members.map((m) => m.entry.term)]),
    [
      ['文章甲', 'study-notes.txt', ['三融五跨', '四个关系']],
      ['文章乙', 'study-notes.txt', ['三融五跨']],
      ['术语表', '术语表', ['八项规定', '双减']],
    ],
  );
  assert.equal(groups[0].members[0].ref?.articleTitle, '文章甲', 'each member carries where this group has it');
});

test('adding a term creates the glossary file, appends to it and ignores a repeat', () => {
  const first = addTermToGlossary(undefined, ' 三融五跨 ');
  assert.deepEqual(JSON.parse(first.text), { version: 1, entries: [{ term: '三融五跨' }] });
  const second = addTermToGlossary(first.text, '四个关系');
  assert.deepEqual(JSON.parse(second.text), { version: 1, entries: [{ term: '三融五跨' }, { term: '四个关系' }] });
  assert.deepEqual(addTermToGlossary(second.text, '四个关系'), { text: second.text, changed: false });
});

test('the file written is a glossary the engine loads without problems', () => {
  const { text } = addTermToGlossary(addTermToGlossary(undefined, '三融五跨').text, '四个关系');
  const loaded = loadGlossary(JSON.parse(text), '.tifa/glossary.json', 'zh');
  assert.deepEqual(loaded.problems, []);
  assert.deepEqual(loaded.entries.map((e) => e.term), ['三融五跨', '四个关系']);
});

test('an existing glossary keeps its shape and its other fields', () => {
  assert.deepEqual(JSON.parse(addTermToGlossary('[{"term":"甲","definition":"d"}]', '乙').text), [{ term: '甲', definition: 'd' }, { term: '乙' }]);
  assert.deepEqual(JSON.parse(addTermToGlossary('\ufeff{"version":1,"terms":["甲"]}', '乙').text), { version: 1, terms: ['甲', { term: '乙' }] });
  assert.equal(addTermToGlossary('{"terms":["甲"]}', '甲').changed, false);
  assert.throws(() => addTermToGlossary('{"entries": 3}', '乙'));
  assert.throws(() => addTermToGlossary('not json', '乙'));
  assert.throws(() => addTermToGlossary(undefined, '  '));
});

test('the glossary file is listed in tifa.json once, keeping the rest of the file', () => {
  assert.deepEqual(JSON.parse(addGlossaryToConfig(undefined, '.tifa/glossary.json').text), { glossary: ['.tifa/glossary.json'] });
  const config = '{"corpus":["docs/**/*.txt"],"rules":{"duplicate-sentence":"error"}}';
  assert.deepEqual(JSON.parse(addGlossaryToConfig(config, '.tifa/glossary.json').text), {
    corpus: ['docs/**/*.txt'],
    rules: { 'duplicate-sentence': 'error' },
    glossary: ['.tifa/glossary.json'],
  });
  const listed = '{"glossary":["./.tifa/glossary.json"]}';
  assert.deepEqual(addGlossaryToConfig(listed, '.tifa/glossary.json'), { text: listed, changed: false });
  assert.throws(() => addGlossaryToConfig('[]', 'g.json'));
  assert.throws(() => addGlossaryToConfig('{"glossary":"g.json"}', 'g.json'));
});
