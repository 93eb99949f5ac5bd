import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, createEngine, documentKind, type Finding, type TextEdit } from '../../server/src/engine';
import { gongwenLayout } from '../../server/src/engine/document/gongwen';
import { parseDocument } from '../../server/src/engine/document/parse';
import { parseConfig } from '../../server/src/node/config';
import { ROOT } from '../helpers/corpus';

const GONGWEN_CODES = ['document-number', 'date-format', 'heading-ladder', 'attachment-note', 'number-range'];
const read = (name: string) => fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'gongwen', name), 'utf8');
const RAW = read('notice.raw.policy');
const CORRECT = read('notice.correct.policy');
/** A skipped level has no fix: which headings to renumber is the drafter's choice. */
const AFTER_FIXES = CORRECT.replace('（一）加强组织领导', '1.加强组织领导');

/** Every mistake written into the notice, in text order: the rule and the text it covers. */
const MISTAKES: readonly [string, string][] = [
  ['document-number', '[2025]'],
  ['document-number', '5'],
  ['document-number', '24'],
  ['document-number', '第'],
  ['document-number', '07'],
  ['heading-ladder', '一.'],
  ['heading-ladder', '（一）、'],
  ['heading-ladder', '1、'],
  ['number-range', '3～5万'],
  ['number-range', '-'],
  ['heading-ladder', '（1）、'],
  ['date-format', '2025年3月05日'],
  ['number-range', '三、四'],
  ['heading-ladder', '二，'],
  ['heading-ladder', '1.'],
  ['attachment-note', '附件'],
  ['attachment-note', '；'],
  ['attachment-note', '2）'],
  ['date-format', '二〇二五年三月五日'],
];

const gongwenFindings = (text: string, findings: readonly Finding[]) =>
  findings.filter((f) => GONGWEN_CODES.includes(f.code)).map((f): [string, string] => [f.code, text.slice(f.span.start, f.span.end)]);

for (const kind of ['policy', 'text'] as const) {
  test(`a 通知 (${kind}) with each mistake gets exactly one finding per mistake`, () => {
    const engine = createEngine({ config: { locale: 'zh' } });
    const findings = engine.analyze(RAW, { kind });
    assert.deepEqual(gongwenFindings(RAW, findings), MISTAKES);
    // The attachment numbered 2） also leaves a bracket without its opening one.
    const others = findings.filter((f) => !GONGWEN_CODES.includes(f.code)).map((f) => [f.code, RAW.slice(f.span.start, f.span.end)]);
    assert.deepEqual(others, [['unbalanced-pair', '）']]);
  });
}

test('CRLF line ends give the same findings, and fix-all keeps them', () => {
  const engine = createEngine({ config: { locale: 'zh' } });
  const crlf = RAW.replace(/\n/gu, '\r\n');
  assert.deepEqual(gongwenFindings(crlf, engine.analyze(crlf, { kind: 'policy' })), MISTAKES);
  assert.equal(engine.fixAll(crlf, { kind: 'policy' }).text, engine.fixAll(RAW, { kind: 'policy' }).text.replace(/\n/gu, '\r\n'));
});

test('each finding’s fix writes the standard form: applied together they give the correct 通知', () => {
  const engine = createEngine({ config: { locale: 'zh' } });
  const findings = engine.analyze(RAW, { kind: 'policy' }).filter((f) => GONGWEN_CODES.includes(f.code));
  const edits: TextEdit[] = findings.flatMap((f) => f.fixes?.[0]?.edits ?? []);
  assert.equal(findings.filter((f) => !f.fixes?.length).map((f) => RAW.slice(f.span.start, f.span.end)).join(), '1.');
  assert.equal(applyEdits(RAW, edits), AFTER_FIXES);
});

test('fix-all applies the certain fixes and leaves the guessed century and the skipped level', () => {
  const engine = createEngine({ config: { locale: 'zh' } });
  const fixed = engine.fixAll(RAW, { kind: 'policy' }).text;
  assert.deepEqual(gongwenFindings(fixed, engine.analyze(fixed, { kind: 'policy' })), [
    ['document-number', '24'],
    ['heading-ladder', '1.'],
  ]);
  assert.equal(fixed.replace('〔24〕', '〔2024〕'), AFTER_FIXES);
});

test('the 通知 written correctly gets no finding from any rule', () => {
  for (const locale of ['zh', 'en'] as const) {
    const engine = createEngine({ config: { locale } });
    assert.deepEqual(engine.analyze(CORRECT, { kind: 'policy' }), []);
    assert.deepEqual(engine.analyze(CORRECT, { kind: 'text' }), []);
  }
});

test('messages name the standard’s clause in both languages', () => {
  for (const locale of ['zh', 'en'] as const) {
    const findings = createEngine({ config: { locale } }).analyze(RAW, { kind: 'policy' }).filter((f) => GONGWEN_CODES.includes(f.code));
    for (const finding of findings) assert.match(finding.message, /GB\/T (?:9704-2012 7\.[23]\.\d|15835-2011 5\.[12]\.\d)/u, finding.message);
    if (locale === 'en') for (const finding of findings) assert.doesNotMatch(finding.message.replace(/[“”'][^“”']*[“”']/gu, ''), /应|不/u);
  }
});

const ARTICLE = ['学习心得', '', '一.提高认识', '', '1、加强理论学习，学习国发[2025]05号文件。', '', '2、联系工作实际。'].join('\n');

test('the 公文 rules check .policy documents, texts that read as a 公文, and others only when tifa.gongwen is on', () => {
  const count = (gongwen: 'auto' | 'on' | 'off', kind: 'policy' | 'text', text: string) =>
    createEngine({ config: { locale: 'zh', gongwen } })
      .analyze(text, { kind })
      .filter((f) => GONGWEN_CODES.includes(f.code) && f.code !== 'number-range').length;
  assert.equal(count('auto', 'text', ARTICLE), 0);
  assert.equal(count('off', 'text', ARTICLE), 0);
  assert.equal(count('on', 'text', ARTICLE), 6);
  assert.equal(count('auto', 'policy', ARTICLE), 6);
  assert.equal(count('off', 'policy', ARTICLE), 6);
  assert.equal(count('auto', 'text', RAW), MISTAKES.length - 3);
  assert.equal(count('off', 'text', RAW), 0);
});

test('number-range checks every text, 公文 or not', () => {
  const engine = createEngine({ config: { locale: 'zh', gongwen: 'off' } });
  const text = '学习体会：调研组走访了三、四个乡镇，新建农田3～5万亩。';
  assert.deepEqual(gongwenFindings(text, engine.analyze(text, { kind: 'markdown' })), [
    ['number-range', '三、四'],
    ['number-range', '3～5万'],
  ]);
});

test('a text reads as a 公文 by its 发文字号, its 主送 line or a 成文日期 at its end', () => {
  const reads = (text: string) => gongwenLayout(parseDocument(text)).reads;
  assert.ok(reads('国办发〔2025〕5号\n\n关于做好工作的通知\n\n正文。'));
  assert.ok(reads('国发[25]第05号\n\n正文。'), 'faulty forms count too');
  assert.ok(reads('关于做好工作的通知\n\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n\n正文。'));
  assert.ok(reads('关于召开会议的通知\n\n各处室、各直属单位：\n\n正文。'));
  assert.ok(reads('关于召开会议的通知\n\n市委各部委，市级国家机关各部门党组（党委）：\n\n正文。'));
  assert.ok(reads('关于请求拨款的请示\n\n省委、省政府：\n\n正文。'));
  assert.ok(!reads('联欢会安排\n\n各位同事：\n\n正文。'));
  assert.ok(reads('关于召开会议的通知\n\n正文。\n\n办公室\n2025年3月5日\n'));
  assert.ok(reads('关于召开会议的通知\r\n\r\n正文。\r\n\r\n办公室\r\n二〇二五年三月五日\r\n'));
  assert.ok(!reads('各位代表：\n\n现在，我代表国务院，向大会报告政府工作。'));
  assert.ok(!reads('同志们：\n\n现在，我代表第十九届中央委员会向大会作报告。'));
  assert.ok(!reads('党员必须履行下列义务：\n\n（一）认真学习。'));
  assert.ok(!reads(['2025年3月5日', ...Array.from({ length: 12 }, (_, i) => `第${i + 1}段正文。`)].join('\n')), 'a date far from the end is not a 成文日期');
  assert.ok(!reads('学习体会\n\n学习国发〔2025〕5号文件的体会。'), 'a 发文字号 cited in a sentence is not the document’s own');
});

test('the document kind comes from a language id or a file extension', () => {
  assert.equal(documentKind('policy'), 'policy');
  assert.equal(documentKind('.policy'), 'policy');
  assert.equal(documentKind('.POLICY'), 'policy');
  assert.equal(documentKind('markdown'), 'markdown');
  assert.equal(documentKind('.md'), 'markdown');
  assert.equal(documentKind('plaintext'), 'text');
  assert.equal(documentKind('.txt'), 'text');
});

test('gongwen in tifa.json is auto, on or off', () => {
  assert.equal(parseConfig('{"gongwen": "on"}').config.gongwen, 'on');
  assert.equal(parseConfig('{}').config.gongwen, undefined);
  const bad = parseConfig('{"gongwen": true}');
  assert.equal(bad.config.gongwen, undefined);
  assert.match(bad.problems[0].message, /"gongwen" in tifa\.json must be one of auto, on, off/u);
});
