import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createEngine } from '../../server/src/engine';
import { loadGlossary } from '../../server/src/engine/corpus/glossary';
import { dateLine, documentDate, isDate, onOrAfter, parseDateLine } from '../../server/src/engine/document/date';
import { parseConfig } from '../../server/src/node/config';
import { embeddedGlossaries, ROOT } from '../helpers/corpus';
import { makeTree, runCli } from '../cli/harness';

const HISTORY = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'glossaries', 'history.json'), 'utf8')) as unknown;
const OLD_ITEMS = '全面建成小康社会、全面深化改革、全面依法治国、全面从严治党';

test('history elements are kept on the entry with their dates, items, forms and sources', () => {
  const { entries, problems } = loadGlossary(HISTORY, 'fixture', 'zh');
  assert.deepEqual(problems, []);
  const four = entries.find((e) => e.term === '四个全面')!;
  assert.equal(four.history?.length, 1);
  assert.equal(four.history?.[0].until, '2020-10-29');
  assert.equal(four.history?.[0].items?.join('、'), OLD_ITEMS);
  assert.equal(four.history?.[0].source?.date, '2015-02-02');
  const belt = entries.find((e) => e.term === '一带一路')!;
  assert.deepEqual(belt.history, [{ until: '2015-03-28', items: undefined, form: '“一带一路”战略', to: '“一带一路”倡议', source: undefined }]);
});

test('a malformed history element is a reported problem, never a throw, and the entry still loads', () => {
  const entry = (history: unknown) => ({ term: '四个全面', definition: '释义', source: { title: '《某文件》' }, history });
  const cases: [unknown, string][] = [
    ['not a list', 'entries[0].history'],
    [[{ items: ['甲甲', '乙乙'] }], 'entries[0].history[0].until'],
    [[{ until: '2020-13-01', form: '旧提法' }], 'entries[0].history[0].until'],
    [[{ until: '2021-02-29', form: '旧提法' }], 'entries[0].history[0].until'],
    [[{ until: '2020-10' }], 'entries[0].history[0]'],
    [[{ until: '2020', items: '全面建成小康社会' }], 'entries[0].history[0].items'],
    [[{ until: '2020', form: '' }], 'entries[0].history[0].form'],
    [[{ until: '2020', form: '旧', to: 3 }], 'entries[0].history[0].to'],
    [[{ until: '2020', form: '旧', source: { date: '2015-01-01' } }], 'entries[0].history[0].source'],
    [[{ until: '2020', form: '旧', source: { title: '《旧》', date: '2015/01/01' } }], 'entries[0].history[0].source.date'],
    [[42], 'entries[0].history[0]'],
  ];
  for (const [history, at] of cases) {
    const loaded = loadGlossary({ entries: [entry(history)] }, 'bad.json', 'en');
    assert.deepEqual(loaded.problems.map((p) => p.path), [at], JSON.stringify(history));
    assert.equal(loaded.entries.length, 1);
    assert.equal(loaded.entries[0].history, undefined);
  }
  const mixed = loadGlossary({ entries: [entry([{ until: 'soon', form: '旧' }, { until: '2020-10-29', form: '新旧' }])] }, 'mixed.json', 'zh');
  assert.equal(mixed.problems.length, 1);
  assert.match(mixed.problems[0].message, /YYYY-MM-DD/u);
  assert.deepEqual(mixed.entries[0].history?.map((h) => h.form), ['新旧']);
});

test('dates: partial dates, real days only, and comparison from the first day of a partial date', () => {
  assert.ok(isDate('2020') && isDate('2020-10') && isDate('2020-10-29') && isDate('2024-02-29'));
  assert.ok(!isDate('2023-02-29') && !isDate('2020-1-2') && !isDate('20201029') && !isDate('2020-00'));
  assert.ok(onOrAfter('2020-10-29', '2020-10-29'));
  assert.ok(onOrAfter('2020-10-01', '2020-10'));
  assert.ok(!onOrAfter('2020-09-30', '2020-10'));
  assert.ok(!onOrAfter('2019-12-31', '2020'));
});

test('the 成文日期 line: Arabic or Chinese numerals, after the 署名, with any line ends', () => {
  assert.equal(parseDateLine('2025年3月5日'), '2025-03-05');
  assert.equal(parseDateLine('　　二〇二五年三月五日　'), '2025-03-05');
  assert.equal(parseDateLine('二○二一年十二月三十一日'), '2021-12-31');
  assert.equal(parseDateLine('２０２４年１０月１日'), '2024-10-01');
  assert.equal(parseDateLine('二0二五年三月五日'), '2025-03-05', 'the zero year-zero corrects still dates the document');
  assert.equal(parseDateLine('2025年2月30日'), undefined);
  assert.equal(parseDateLine('2025年3月5日召开会议'), undefined);
  for (const eol of ['\n', '\r\n', '\r']) {
    const text = ['关于某事的通知', '', '正文。', '', '某某办公室', '2025年3月5日', '', '（此件公开发布）', ''].join(eol);
    const found = dateLine(text);
    assert.equal(found?.date, '2025-03-05', JSON.stringify(eol));
    assert.equal(text.slice(found!.span.start, found!.span.end), '2025年3月5日');
  }
  // A date high up in a long text, or inside a sentence, dates something else.
  const early = ['2016年7月1日', ...Array.from({ length: 8 }, (_, i) => `第${i + 1}段正文。`)].join('\n');
  assert.equal(dateLine(early), undefined);
  assert.equal(dateLine('会议于2016年7月1日召开。\n'), undefined);
});

test('document date: the line wins over the setting, the setting over today; none without any', () => {
  const dated = '正文。\n\n2016年7月1日\n';
  assert.deepEqual(documentDate(dated, '2024-01-01', '2026-12-02')?.from, 'line');
  assert.deepEqual(documentDate('正文。', '2024-01-01', '2026-12-02'), { date: '2024-01-01', from: 'setting' });
  assert.deepEqual(documentDate('正文。', 'not a date', '2026-12-02'), { date: '2026-12-02', from: 'today' });
  assert.equal(documentDate('正文。', undefined, undefined), undefined);
  const engine = createEngine({ config: { documentDate: '2024-01-01' } });
  assert.equal(engine.documentDate('正文。')?.date, '2024-01-01');
  engine.configure({ documentDate: undefined, today: () => '2030-01-01' });
  assert.equal(engine.documentDate('正文。')?.date, '2030-01-01');
});

test('without any date, superseded-phrase stays silent rather than guess', () => {
  const engine = createEngine({ glossaries: [{ id: 'h', data: HISTORY }] });
  assert.deepEqual(engine.analyze('推进“一带一路”战略。').filter((f) => f.code === 'superseded-phrase'), []);
  engine.configure({ today: () => '2026-12-02' });
  assert.equal(engine.analyze('推进“一带一路”战略。').filter((f) => f.code === 'superseded-phrase').length, 1);
});

test('superseded-phrase speaks English too, and the old list is not also reported as non-canonical', () => {
  const engine = createEngine({ glossaries: [{ id: 'h', data: HISTORY }], config: { locale: 'en', today: () => '2026-12-02' } });
  const text = `“四个全面”：${OLD_ITEMS}。`;
  const findings = engine.analyze(text);
  assert.deepEqual(
    findings.map((f) => [f.code, f.message]),
    [['superseded-phrase', 'In “四个全面”, “全面建成小康社会” has been replaced by “全面建设社会主义现代化国家” in official usage since 2020-10-29']],
  );
  assert.equal(findings[0].fixes?.[0].title, 'Change to the current “全面建设社会主义现代化国家”');
  // Before the change the old list is right, and nothing else flags it.
  engine.configure({ documentDate: '2016-01-01', today: undefined });
  assert.deepEqual(engine.analyze(text), []);
});

test('the current list of a slogan with a history is still held to its order; only an earlier item hands it over', () => {
  const engine = createEngine({ glossaries: [{ id: 'h', data: HISTORY }], config: { today: () => '2026-12-02' } });
  const moved = '“四个全面”：全面深化改革、全面建设社会主义现代化国家、全面依法治国、全面从严治党。';
  assert.deepEqual(engine.analyze(moved).map((f) => f.code), ['noncanonical-phrase']);
  assert.equal(engine.fixAll(moved).text, '“四个全面”：全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党。');
  const earlier = '“四个全面”：全面深化改革、全面建成小康社会、全面依法治国、全面从严治党。';
  assert.deepEqual(engine.analyze(earlier).filter((f) => f.code === 'noncanonical-phrase'), []);
});

test('hover shows the earlier wording with its dates', () => {
  const zh = createEngine({ glossaries: [{ id: 'h', data: HISTORY }] });
  const text = '推进“四个全面”战略布局，共建“一带一路”战略。';
  const four = zh.hover(text, text.indexOf('四个全面') + 1)!.markdown;
  assert.match(four, /表述沿革：\n\n- 2020年10月29日前为：全面建成小康社会、全面深化改革、全面依法治国、全面从严治党（据.+，2015年2月2日）/u);
  const belt = zh.hover(text, text.indexOf('一带一路') + 1)!.markdown;
  assert.match(belt, /2015年3月28日前写作“‘一带一路’战略”，现为“‘一带一路’倡议”/u);
  const en = createEngine({ glossaries: [{ id: 'h', data: HISTORY }], config: { locale: 'en' } });
  assert.match(en.hover(text, text.indexOf('四个全面') + 1)!.markdown, /Before 2020-10-29: 全面建成小康社会、/u);
  // An entry without history shows no such section.
  zh.setGlossary({ id: 'plain', data: [{ term: '四风', definition: '四种作风问题', source: { title: '《某文件》' } }] });
  assert.doesNotMatch(zh.describe('四风')!, /表述沿革/u);
});

test('tifa.json takes documentDate (YYYY-MM-DD) and reports anything else', () => {
  assert.equal(parseConfig('{"documentDate": "2024-03-05"}').config.documentDate, '2024-03-05');
  const bad = parseConfig('{"documentDate": "2024年3月5日"}');
  assert.equal(bad.config.documentDate, undefined);
  assert.match(bad.problems[0].message, /documentDate.+YYYY-MM-DD/u);
  assert.deepEqual(parseConfig('{"documentDate": "2024-03-05"}').problems, []);
});

test('tifa check flags superseded wording by the documentDate of tifa.json, and --fix writes the current wording', async () => {
  const draft = `协调推进“四个全面”战略布局，即${OLD_ITEMS}。推进“一带一路”战略。\n`;
  const root = makeTree({
    'tifa.json': JSON.stringify({ glossary: ['history.json'], documentDate: '2024-03-05' }),
    'history.json': JSON.stringify(HISTORY),
    'draft.txt': draft,
    'old.txt': `${draft}\n2015年2月10日\n`,
  });
  const report = await runCli(['check', '--format', 'json', 'draft.txt', 'old.txt'], root);
  const files = JSON.parse(report.stdout) as { file: string; diagnostics: { code: string }[] }[];
  const count = (name: string) => files.find((f) => f.file.endsWith(name))!.diagnostics.filter((d) => d.code === 'superseded-phrase').length;
  assert.equal(count('draft.txt'), 2);
  assert.equal(count('old.txt'), 0);
  await runCli(['check', '--fix', 'draft.txt'], root);
  assert.equal(
    fs.readFileSync(path.join(root, 'draft.txt'), 'utf8'),
    '协调推进“四个全面”战略布局，即全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党。推进“一带一路”倡议。\n',
  );
});

test('superseded-phrase raises no false alarm on the 40 official texts, each checked at its own date, with the embedded glossaries and the test one', () => {
  const dir = path.join(ROOT, '..', 'shared', 'corpus-official');
  assert.ok(fs.existsSync(dir), `${dir} is missing`);
  const sources = fs.readFileSync(path.join(dir, 'SOURCES.md'), 'utf8').split('\n');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'));
  assert.ok(files.length >= 40, `${files.length} official texts`);
  let flaggedToday = 0;
  for (const file of files) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const year = /(\d{4})/u.exec(file)![1];
    const row = sources.find((line) => line.startsWith(`| ${file} `));
    const adopted = /^（(\d{4})年(\d{1,2})月(\d{1,2})日/mu.exec(text.split('\n').slice(0, 3).join('\n'));
    // The date SOURCES.md gives; else the adoption line under the title; else mid-year: the reports
    // without either were given in March and October, far from any change the test glossary records.
    const date =
      (row && new RegExp(`${year}-\\d{2}-\\d{2}`, 'u').exec(row)?.[0]) ??
      (adopted ? `${adopted[1]}-${adopted[2].padStart(2, '0')}-${adopted[3].padStart(2, '0')}` : `${year}-06-30`);
    // The embedded glossaries' own histories are held to the official texts too.
    const engine = createEngine({ glossaries: [...embeddedGlossaries(), { id: 'h', data: HISTORY }], config: { documentDate: date, today: () => '2026-12-02' } });
    assert.deepEqual(engine.analyze(text).filter((f) => f.code === 'superseded-phrase').map((f) => text.slice(f.span.start, f.span.end)), [], `${file} at ${date}`);
    engine.configure({ documentDate: undefined });
    flaggedToday += engine.analyze(text).filter((f) => f.code === 'superseded-phrase').length;
  }
  // Written today, the 2015 resolution's 四个全面 would be out of date: the check does see the old list.
  assert.ok(flaggedToday >= 1, `${flaggedToday} findings when the texts are dated today`);
});
