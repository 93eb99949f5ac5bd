import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadGlossary } from '../../server/src/engine/corpus/glossary';
import { formatPartialDate } from '../../server/src/engine/corpus/glossary-fields';
import { isDate } from '../../server/src/engine/document/date';
import { createEngine, formatCitation } from '../../server/src/engine';
import { loadBuiltinGlossary } from '../../server/src/node/glossary';
import { glossaryMarkdown } from '../../server/src/cli/glossary';

const dated = {
  term: '四个全面',
  area: 'theory',
  definition: '战略布局',
  items: ['全面建设社会主义现代化国家', '全面深化改革', '全面依法治国', '全面从严治党'],
  source: { title: '《某报告》', issuer: '中国共产党第二十次全国代表大会', date: '2022-10-16', file: 'party-congress-report-20th-2022.txt' },
  since: '2014-12',
  history: [{ items: ['全面建成小康社会', '全面深化改革', '全面依法治国', '全面从严治党'], until: '2020-10-29' }],
};

test('dates are real calendar dates written YYYY, YYYY-MM or YYYY-MM-DD', () => {
  for (const good of ['2014', '2014-12', '2015-10-29', '2020-02-29']) assert.ok(isDate(good), good);
  for (const bad of ['2014-13', '2014-00', '2021-02-29', '2015-10-32', '2015/10/29', '15-10-29', '2015-1-2', '2015年', '']) assert.ok(!isDate(bad), bad);
  assert.equal(formatPartialDate('2024-03-05', 'zh'), '2024年3月5日');
  assert.equal(formatPartialDate('2014-12', 'zh'), '2014年12月');
  assert.equal(formatPartialDate('2014', 'zh'), '2014年');
  assert.equal(formatPartialDate('2024-03-05', 'en'), '2024-03-05');
});

test('area, issuer, dates and the official file are kept on the entry; history is not refused', () => {
  const loaded = loadGlossary({ entries: [dated] }, 'x', 'zh');
  assert.deepEqual(loaded.problems, []);
  const entry = loaded.entries[0];
  assert.equal(entry.area, 'theory');
  assert.equal(entry.definitionIssuer, '中国共产党第二十次全国代表大会');
  assert.equal(entry.definitionDate, '2022-10-16');
  assert.equal(entry.definitionFile, 'party-congress-report-20th-2022.txt');
  assert.equal(entry.since, '2014-12');
});

test('a bad area, date, issuer or file is a glossary problem, and the entry still loads without it', () => {
  const loaded = loadGlossary(
    {
      entries: [
        { ...dated, area: 'economics', since: '2014-13' },
        { ...dated, term: '五位一体', items: ['甲', '乙', '丙', '丁', '戊'], source: { title: '《某报告》', issuer: '', date: '2012-11-31', file: '../secret.txt' } },
        { ...dated, term: '两个甲乙', items: ['甲', '乙'], since: 2014, source: { title: '《某报告》', date: 20121108 } },
      ],
    },
    'x',
    'en',
  );
  const paths = loaded.problems.map((p) => p.path).sort();
  assert.deepEqual(paths, [
    'entries[0].area',
    'entries[0].since',
    'entries[1].source.date',
    'entries[1].source.file',
    'entries[1].source.issuer',
    'entries[2].since',
    'entries[2].source.date',
  ]);
  assert.match(loaded.problems.find((p) => p.path === 'entries[0].since')!.message, /not a valid date: 2014-13/u);
  assert.equal(loaded.entries.length, 3);
  assert.equal(loaded.entries[0].since, undefined);
  assert.equal(loaded.entries[0].area, undefined);
  assert.equal(loaded.entries[1].definitionFile, undefined);
  assert.equal(loaded.entries[1].definitionDate, undefined);
});

test('the hover cites the source with its issuer and date, and says since when the formulation is in use', () => {
  const engine = createEngine({ glossaries: [{ id: 'x', data: { entries: [dated] } }] });
  const text = '协调推进四个全面战略布局。';
  const zh = engine.hover(text, text.indexOf('四个全面') + 1)!;
  assert.match(zh.markdown, /来源：《某报告》（中国共产党第二十次全国代表大会，2022年10月16日）/u);
  assert.match(zh.markdown, /官方使用：2014年12月起/u);
  engine.configure({ locale: 'en' });
  const en = engine.hover(text, text.indexOf('四个全面') + 1)!;
  assert.match(en.markdown, /Source: 《某报告》（中国共产党第二十次全国代表大会，2022年10月16日）/u);
  assert.match(en.markdown, /In official usage since 2014-12/u);
});

test('the builtin glossary is glossary.json and every area file beside it, each its own source', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tifa-builtin-glossary-'));
  fs.writeFileSync(path.join(dir, 'glossary.json'), JSON.stringify({ entries: [{ term: '甲乙', definition: 'd', source: { title: 's' } }] }));
  fs.mkdirSync(path.join(dir, 'glossary'));
  fs.writeFileSync(path.join(dir, 'glossary', 'culture.json'), JSON.stringify({ version: 1, entries: [{ term: '丙丁', definition: 'd', source: { title: 's' } }] }));
  fs.writeFileSync(path.join(dir, 'glossary', 'all-sources.md'), 'not a glossary');
  const sources = loadBuiltinGlossary(dir);
  assert.deepEqual(sources.map((s) => s.id), ['builtin:glossary.json', 'builtin:glossary/culture.json']);
  const engine = createEngine({ glossaries: sources });
  assert.deepEqual(engine.glossary().map((e) => e.term).sort(), ['丙丁', '甲乙']);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a term whose numerals count their own parts may promise their sum, and nothing else loosens the count', () => {
  const entry = (term: string, items: string[]) => ({ term, definition: 'd', source: { title: 's' }, items });
  const five = ['甲', '乙', '丙', '丁', '戊'];
  const ok = loadGlossary(
    { entries: [entry('三会一课', ['甲', '乙', '丙', '丁']), entry('五位一体', five), entry('两学一做', ['甲', '乙', '丙']), entry('三去一降一补', five), entry('双随机、一公开', ['甲', '乙', '丙'])] },
    'x',
    'zh',
  );
  assert.deepEqual(ok.problems, []);
  assert.equal(ok.entries[0].numeral, 4);
  assert.equal(ok.entries[3].numeral, 5);
  const bad = loadGlossary(
    { entries: [entry('三会一课', [...five]), entry('四个关系', five), entry('五位一体', [...five, '己', '庚']), entry('三去一降一补', ['甲', '乙', '丙', '丁'])] },
    'x',
    'zh',
  );
  assert.deepEqual(bad.problems.map((p) => p.path), ['entries[0].items', 'entries[1].items', 'entries[2].items', 'entries[3].items']);
});

test('tifa glossary in Markdown gives the issuer and date of the source and since when the formulation is in use', () => {
  const md = glossaryMarkdown(loadGlossary({ entries: [dated] }, 'x', 'zh').entries, 'zh');
  assert.match(md, /^- 释义: 战略布局（《某报告》（中国共产党第二十次全国代表大会，2022年10月16日））$/mu);
  assert.match(md, /^- 官方使用: 2014年12月$/mu);
});

test('a source title that ends in a note is cited with one pair of brackets, and the issuer it names is not repeated', () => {
  assert.equal(
    formatCitation({ title: '《中国共产党章程》（中国共产党第二十次全国代表大会部分修改）', issuer: '中国共产党第二十次全国代表大会', date: '2022-10-22' }),
    '《中国共产党章程》（中国共产党第二十次全国代表大会部分修改，2022年10月22日）',
  );
  assert.equal(formatCitation({ title: '《某决定》（试行）', issuer: '中共中央', date: '2019-01' }), '《某决定》（试行，中共中央，2019年1月）');
  assert.equal(formatCitation({ title: '《2024年政府工作报告》', issuer: '国务院', date: '2024-03-05' }), '《2024年政府工作报告》（国务院，2024年3月5日）');
});
