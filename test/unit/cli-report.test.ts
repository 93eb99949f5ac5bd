import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { createEngine, LineIndex, type Finding } from '../../server/src/engine';
import type { CheckedDocument } from '../../server/src/cli/document';
import { escapeHtml, renderReport } from '../../server/src/cli/report-html';
import { buildReportModel, TermFinder } from '../../server/src/cli/report-model';
import { docxBytes } from '../cli/docx-writer';
import { draftsWith, makeTree, runCli } from '../cli/harness';
import { embeddedCorpus, NEW_THREE } from '../helpers/corpus';

const REPEATED = '各单位要把学习成效转化为推动高质量发展的强大动力。';

function checked(text: string, findings: Finding[], kind: CheckedDocument['kind'] = 'text'): CheckedDocument {
  return { file: '/x/a.txt', display: 'a.txt', kind, text, lines: new LineIndex(text), findings };
}

const noOverlap = () => ({ characters: 0, sources: [] });
const finding = (start: number, end: number, severity: Finding['severity'] = 'warning', code = 'duplicate-sentence'): Finding => ({
  code,
  severity,
  span: { start, end },
  message: `${code} <${start}>`,
});

test('known terms are found longest first, left to right, without overlap', () => {
  const entry = (term: string) => ({ term, kind: 'quoted' as const, sources: [] });
  const finder = new TermFinder([entry('两个'), entry('两个维护'), entry('维护'), entry('甲')]);
  const found = finder.find('做到两个维护和维护。');
  assert.deepEqual(
    found.map((f) => [f.entry.term, f.span.start]),
    [
      ['两个维护', 2],
      ['维护', 7],
    ],
  );
});

test('each line is cut where findings and terms start and end, overlapping findings share segments', () => {
  const text = '第一句话在这里。\n两个维护第二句。';
  const document = checked(text, [finding(2, 12, 'warning'), finding(10, 11, 'error', 'other'), finding(5, 5, 'info', 'point')]);
  const glossary = [{ term: '两个维护', kind: 'numbered' as const, sources: [] }];
  const model = buildReportModel([document], glossary, [], noOverlap);
  const [first, second] = model.documents[0].lines;
  assert.deepEqual(
    first.segments.map((s) => [text.slice(s.start, s.end), s.findings]),
    [
      ['第一', []],
      ['句话在这里。', [0]],
    ],
  );
  assert.deepEqual(first.points, [{ offset: 5, finding: 2 }]);
  assert.deepEqual(
    second.segments.map((s) => [text.slice(s.start, s.end), s.findings, s.term]),
    [
      ['两', [0], 0],
      ['个', [0, 1], 0],
      ['维', [0], 0],
      ['护', [], 0],
      ['第二句。', [], undefined],
    ],
  );
  assert.deepEqual(model.slogans.map((s) => [s.entry.term, s.count]), [['两个维护', 1]]);
  const rules = Object.fromEntries(model.rules.map((r) => [r.code, r.total]));
  assert.deepEqual(rules, { 'duplicate-sentence': 1, other: 1, point: 1 });
});

test('the HTML stands alone, escapes document text and marks every finding with an anchor', () => {
  const text = '<script>alert(1)</script>这句话重复了一次。\n这句话重复了一次。';
  const document = checked(text, [finding(35, 44)]);
  const engine = createEngine({ corpora: [embeddedCorpus()] });
  const html = renderReport(buildReportModel([document], engine.glossary(), engine.rules(), noOverlap), { locale: 'zh', version: '9.9.9', date: '2026-01-01 00:00' });
  assert.doesNotMatch(html, /<script/iu);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/u);
  assert.doesNotMatch(html, /\s(?:src|href)="(?!#)/u, 'no external asset or link');
  assert.match(html, /<mark class="warning" id="d1-f1" data-findings="1" title="duplicate-sentence &lt;35&gt;">这句话重复了一次。<\/mark>/u);
  assert.match(html, /<a href="#d1-f1">2:1<\/a>/u);
  assert.equal(escapeHtml(`"'&`), '&quot;&#39;&amp;');
});

test('tifa report writes one HTML file for mixed drafts, with 查重 overlap, slogans and counts per rule', async () => {
  const root = draftsWith({ '调研报告.docx': docxBytes(['调研报告', REPEATED, REPEATED]) });
  const result = await runCli(['report', '.', '-o', 'out/report.html', '--locale', 'zh'], root);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stderr, /审读报告已写入 out\/report\.html/u);
  const html = fs.readFileSync(path.join(root, 'out', 'report.html'), 'utf8');
  for (const name of ['工作通知.txt', '讲话/提纲.md', '调研报告.docx']) assert.ok(html.includes(`>${name}</h2>`), name);
  assert.match(html, /<tr class="used" data-rule="duplicate-sentence"><td><code>duplicate-sentence<\/code><\/td><td>[^<]+<\/td><td class="num">0<\/td><td class="num">2<\/td>/u);
  assert.match(html, /<table class="overlap">[\s\S]*?builtin:study-notes\.txt/u, 'the pasted corpus passage shows in 查重');
  assert.match(html, /<dt id="term-\d+">两个维护 <small>出现 1 次<\/small><\/dt>/u);
  assert.match(html, /<a href="#d3-f1">¶3:1<\/a>/u);

  const stdout = await runCli(['report', '-o', '-', '讲话'], root);
  assert.match(stdout.stdout, /^<!doctype html>/u);
  const missing = await runCli(['report', 'none.txt'], root);
  assert.equal(missing.status, 2);
});

test('a wrong character shows the suggested character beside it, in the list and in the text', async () => {
  const root = makeTree({ 'draft.txt': '地方各级政府才政部门负责统一管理本地区政府债务。\n' });
  const result = await runCli(['report', 'draft.txt', '-o', 'report.html', '--locale', 'zh'], root);
  assert.equal(result.status, 0, result.stderr);
  const html = fs.readFileSync(path.join(root, 'report.html'), 'utf8');
  assert.match(html, /<q>[^<]*<b>才<\/b><ins class="suggest" title="[^"]*">财<\/ins>政部门/u, 'in the list of findings');
  assert.match(html, /<mark class="warning"[^>]*data-findings="1"[^>]*>才<\/mark><ins class="suggest" title="[^"]*">财<\/ins><sup class="fn">1<\/sup>/u, 'in the text');
});

test('a report that cannot be written is exit status 2 with the reason', async () => {
  const root = makeTree({ 'a.txt': '正文。\n', 'blocker': 'a file, not a folder' });
  const result = await runCli(['report', 'a.txt', '-o', 'blocker/report.html'], root);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /cannot write the report blocker\/report\.html/u);
});

test('the slogan list cites an official source by title, issuer and date', () => {
  const text = '外贸“新三样”增势良好。';
  const html = renderReport(buildReportModel([checked(text, [])], [NEW_THREE], [], noOverlap), { locale: 'zh', version: '9.9.9', date: '2026-01-01 00:00' });
  assert.match(html, /—— 《2024年政府工作报告》（国务院，2024年3月5日）<\/blockquote>/u);
});
