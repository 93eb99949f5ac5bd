import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadGlossary } from '../../server/src/engine/corpus/glossary';
import { createEngine } from '../../server/src/engine';
import { embeddedCorpus, ROOT } from '../helpers/corpus';

const builtinData = JSON.parse(fs.readFileSync(path.join(ROOT, 'corpus', 'glossary.json'), 'utf8'));

test('the curated glossary loads without problems and covers the slogans the corpus leaves undefined', () => {
  const loaded = loadGlossary(builtinData, 'builtin:glossary.json', 'zh');
  assert.deepEqual(loaded.problems, []);
  const terms = new Set(loaded.entries.map((e) => e.term));
  for (const term of ['三融五跨', '两个维护', '两个确立', '四风', '八项规定', '1361', '双减']) assert.ok(terms.has(term), term);
  for (const entry of loaded.entries) {
    assert.ok(entry.definition && entry.definition.length > 5, `${entry.term} has a definition`);
    assert.ok(entry.definitionSource, `${entry.term} names its source`);
    assert.ok(entry.items && entry.items.length >= 2, `${entry.term} has items`);
    if (entry.numeral !== undefined) assert.equal(entry.items.length, entry.numeral, `${entry.term} items match its numeral`);
  }
});

test('a failing spec, a missing source and a wrong item count are reported, not ignored', () => {
  const loaded = loadGlossary(
    {
      entries: [
        { term: '三个务实', definition: '示例', items: ['甲', '乙'], source: { title: '某文件' } },
        { term: '示例词', definition: '示例', patterns: ['示列词'], source: { title: '某文件' }, specs: [{ from: '示列词', to: '示例' }] },
        { term: '无出处', definition: '示例' },
        { definition: '没有 term' },
        { term: '只有词条' },
      ],
    },
    'user.json',
    'en',
  );
  const paths = loaded.problems.map((p) => p.path).sort();
  assert.deepEqual(paths, ['entries[0].items', 'entries[1].specs[0]', 'entries[2].source', 'entries[3]']);
  assert.match(loaded.problems.find((p) => p.path === 'entries[1].specs[0]')!.message, /expected "示例" but got "示例词"/u);
  assert.equal(loaded.entries.length, 4, 'entries with problems other than a missing term still load');
});

test('the shapes the editor writes load too: a bare list, terms, entries that are only a term', () => {
  assert.deepEqual(loadGlossary(['甲乙', { term: '丙丁' }], 'x', 'zh').entries.map((e) => e.term), ['甲乙', '丙丁']);
  assert.deepEqual(loadGlossary({ terms: ['戊己'] }, 'x', 'zh').entries.map((e) => e.term), ['戊己']);
  assert.deepEqual(loadGlossary({ entries: [{ term: '庚辛' }] }, 'x', 'zh').problems, []);
});

test('patterns replace non-canonical spellings in specs; literal text is escaped, /regex/ is a regex', () => {
  const ok = loadGlossary(
    {
      entries: [
        { term: '八项规定', definition: 'd', source: { title: 's' }, patterns: ['八条规定', '/捌项规定?/'], specs: [{ from: '中央八条规定和捌项规', to: '中央八项规定和八项规定' }] },
        { term: 'a.b', definition: 'd', source: { title: 's' }, patterns: ['a?b'], specs: [{ from: 'axb a?b', to: 'axb a.b' }] },
      ],
    },
    'x',
    'zh',
  );
  assert.deepEqual(ok.problems, []);
});

test('a glossary that is neither a list nor an object with entries is one problem', () => {
  assert.equal(loadGlossary(42, 'x', 'zh').problems.length, 1);
  assert.equal(loadGlossary({ words: [] }, 'x', 'zh').problems.length, 1);
  assert.deepEqual(loadGlossary([1, 2], 'x', 'zh').problems.map((p) => p.path), ['entries[0]', 'entries[1]']);
  assert.equal(loadGlossary(null, 'x', 'zh').entries.length, 0);
});

test('curated entries give definitions to mined slogans, and a later glossary wins', () => {
  const engine = createEngine({ corpora: [embeddedCorpus()], glossaries: [{ id: 'builtin:glossary.json', data: builtinData }] });
  const entry = engine.glossary().find((e) => e.term === '两个维护')!;
  assert.equal(entry.kind, 'glossary');
  assert.match(entry.definition ?? '', /坚决维护/u);
  assert.ok(entry.sources.length >= 2, 'the corpus sentences stay as sources');
  const problems = engine.setGlossary({
    id: '/work/team/glossary.json',
    data: { entries: [{ term: '两个维护', definition: '团队自己的释义', items: ['一', '二'], source: { title: '团队手册' } }] },
  });
  assert.deepEqual(problems, []);
  assert.equal(engine.glossary().find((e) => e.term === '两个维护')!.definition, '团队自己的释义');
  engine.removeGlossary('/work/team/glossary.json');
  assert.match(engine.glossary().find((e) => e.term === '两个维护')!.definition ?? '', /坚决维护/u);
});

test('glossary problems follow the configured language', () => {
  const engine = createEngine({ glossaries: [{ id: 'x', data: { entries: [{ term: '甲', definition: '没有出处的释义' }] } }] });
  assert.match(engine.glossaryProblems()[0].message, /释义/u);
  engine.configure({ locale: 'en' });
  assert.match(engine.glossaryProblems()[0].message, /definition/u);
});

test('a glossary edited and loaded again keeps its place in the order of precedence', () => {
  const entry = (definition: string) => ({ entries: [{ term: '甲乙', definition, source: { title: 's' } }] });
  const engine = createEngine({ glossaries: [{ id: 'team', data: entry('团队') }, { id: 'mine', data: entry('个人') }] });
  engine.setGlossary({ id: 'team', data: entry('团队修订') });
  assert.equal(engine.glossary().find((e) => e.term === '甲乙')?.definition, '个人');
});
