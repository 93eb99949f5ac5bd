import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { COLORS, NO_COLORS, useColor } from '../../server/src/cli/color';
import { writeJson, type JsonDiagnostic, type JsonFile } from '../../server/src/cli/format';
import { countFindings, formatPlace, placeOf, quoteAround, type CheckedDocument } from '../../server/src/cli/document';
import { createProgress, fit } from '../../server/src/cli/progress';
import { formatText, FINDINGS_SHOWN_PER_CODE } from '../../server/src/cli/text-format';
import { LineIndex, type Finding } from '../../server/src/engine';

const doc = (text: string, findings: Finding[], kind: CheckedDocument['kind'] = 'text'): CheckedDocument => ({
  file: '/x/a',
  display: kind === 'docx' ? 'a.docx' : 'a.txt',
  kind,
  text,
  lines: new LineIndex(text),
  findings,
});
const finding = (start: number, end: number, severity: Finding['severity'] = 'warning'): Finding => ({ code: 'duplicate-sentence', severity, span: { start, end }, message: '重复' });

test('places are 1-based; Word documents say ¶paragraph:character', () => {
  const d = doc('第一段。\n𠀀第二段。', []);
  assert.deepEqual(placeOf(d, 7), { line: 2, column: 3 });
  assert.equal(formatPlace('text', { line: 2, column: 3 }), '2:3');
  assert.equal(formatPlace('docx', { line: 2, column: 3 }), '¶2:3');
});

test('a quote keeps to its line, marks cuts with … and never splits a surrogate pair', () => {
  const text = '甲乙丙丁戊己庚辛壬癸。重复的句子在这里。子丑寅卯辰巳午未申酉戌亥\n下一行';
  const lines = new LineIndex(text);
  const start = text.indexOf('重复');
  assert.deepEqual(quoteAround(text, lines, { start, end: start + 9 }, 4), { before: '…辛壬癸。', match: '重复的句子在这里。', after: '子丑寅卯…' });
  assert.deepEqual(quoteAround('短句。\n', new LineIndex('短句。\n'), { start: 0, end: 3 }), { before: '', match: '短句。', after: '' });
  const astral = '𠀀𠀀𠀀𠀀错字';
  const q = quoteAround(astral, new LineIndex(astral), { start: 8, end: 10 }, 3);
  assert.equal(q.match, '错字');
  assert.doesNotMatch(q.before, /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u);
  const long = `${'长'.repeat(80)}。`;
  assert.equal(quoteAround(long, new LineIndex(long), { start: 0, end: 81 }).match, `${'长'.repeat(60)}…`);
});

test('text output groups findings under their file and aligns the places', () => {
  const text = '句子一。\n句子二。\n';
  const lines = formatText([doc(text, [finding(0, 4), finding(5, 9, 'error')]), doc('干净。', [])], NO_COLORS, false);
  assert.deepEqual(lines, ['a.txt', '  1:1  warning  重复  duplicate-sentence', '       «句子一。»', '  2:1  error    重复  duplicate-sentence', '       «句子二。»']);
  const zh = formatText([doc(text, [finding(0, 4), finding(5, 9, 'info')])], NO_COLORS, false, 'zh');
  assert.deepEqual([zh[1], zh[3]], ['  1:1  警告  重复  duplicate-sentence', '  2:1  提示  重复  duplicate-sentence']);
  const colored = formatText([doc(text, [finding(0, 4, 'error')])], COLORS, true).join('\n');
  assert.match(colored, /\u001b\[31merror/u);
  assert.doesNotMatch(colored, /«/u);
});

test('counts add up errors, warnings and the rest', () => {
  assert.deepEqual(countFindings([doc('x', [finding(0, 1, 'error'), finding(0, 1), finding(0, 1, 'info'), finding(0, 1, 'hint')])]), { errors: 1, warnings: 1, infos: 2 });
});

test('colour: the flag first, then NO_COLOR and FORCE_COLOR, then the terminal', () => {
  assert.equal(useColor(true, false, { NO_COLOR: '1' }), true);
  assert.equal(useColor(undefined, true, { NO_COLOR: '1' }), false);
  assert.equal(useColor(undefined, false, { FORCE_COLOR: '1' }), true);
  assert.equal(useColor(undefined, true, { FORCE_COLOR: '0' }), false);
  assert.equal(useColor(undefined, true, {}), true);
  assert.equal(useColor(undefined, false, {}), false);
});

test('progress stays silent for quick runs and off a terminal, and cuts wide text to the terminal width', () => {
  let clock = 0;
  const written: string[] = [];
  const progress = createProgress((raw) => written.push(raw), true, 20, () => clock);
  progress.update('一');
  assert.deepEqual(written, [], 'nothing in the first moments');
  clock = 1000;
  progress.update('检查中 1/2：很长很长的文件名.txt');
  assert.equal(written.length, 1);
  assert.match(written[0], /^\r\u001b\[2K检查中 1\/2：很长很…$/u);
  clock = 1050;
  progress.update('检查中 2/2');
  assert.equal(written.length, 1, 'at most ten updates a second');
  progress.clear();
  assert.equal(written.at(-1), '\r\u001b[2K');
  const off: string[] = [];
  const silent = createProgress((raw) => off.push(raw), false, 80, () => 5000);
  silent.update('x');
  silent.clear();
  assert.deepEqual(off, []);
  const unknownWidth: string[] = [];
  const wide = createProgress((raw) => unknownWidth.push(raw), true, 0, () => clock);
  clock += 1000;
  wide.update('checking 1/40: drafts/a.txt');
  assert.deepEqual(unknownWidth, ['\r\u001b[2Kchecking 1/40: drafts/a.txt'], 'a terminal of unknown width counts as 80 columns');
  assert.equal(fit('abc', 3), 'abc');
  assert.equal(fit('中文字', 5), '中文…');
});

test('text output lists the first findings of each code per file and counts the rest', () => {
  const count = FINDINGS_SHOWN_PER_CODE + 3;
  const text = '中文,'.repeat(count);
  const findings: Finding[] = Array.from({ length: count }, (_, i) => ({
    code: 'punctuation-width',
    severity: 'warning',
    span: { start: i * 3 + 2, end: i * 3 + 3 },
    message: 'half-width comma',
  }));
  const limited = formatText([doc(text, findings)], NO_COLORS, false, 'en', FINDINGS_SHOWN_PER_CODE);
  assert.equal(limited.filter((l) => l.includes('half-width comma')).length, FINDINGS_SHOWN_PER_CODE);
  assert.ok(limited.some((l) => l.includes('3 more punctuation-width')));
  const all = formatText([doc(text, findings)], NO_COLORS, false, 'en');
  assert.equal(all.filter((l) => l.includes('half-width comma')).length, count);
  assert.ok(!all.some((l) => l.includes('more punctuation-width')));
});

test('JSON output has one LSP-shaped diagnostic per line, in UTF-16 positions, with related places of the file only and every fix', () => {
  const text = '重复的句子"引号"。\n𠀀重复的句子"引号"。';
  const lines = new LineIndex(text);
  const uri = 'file:///x/a "b".txt';
  const second = text.indexOf('重复', 11);
  const findings: Finding[] = [
    {
      ...finding(0, 10, 'hint'),
      message: '含"引号"与\\反斜杠',
      fixes: [
        { title: '改为“在”', edits: [{ span: { start: second, end: second + 2 }, newText: '在"' }], safe: false, preferred: true },
        { title: '删去两处', edits: [{ span: { start: 0, end: 2 }, newText: '' }, { span: { start: second + 2, end: second + 2 }, newText: '\n' }], safe: true },
      ],
    },
    {
      ...finding(second, second + 10, 'error'),
      related: [
        { span: { start: 0, end: 10 }, message: '第一处' },
        { span: { start: 0, end: 4 }, message: '语料', source: 'builtin:corpus.txt' },
      ],
    },
  ];
  const formatJson = (files: JsonFile[]) => {
    const writes: string[] = [];
    writeJson(files, (lines) => writes.push(lines));
    return writes.join('\n');
  };
  const out = formatJson([
    { file: 'a.txt', quotedUri: JSON.stringify(uri), lines, findings },
    { file: 'empty.txt', quotedUri: '"file:///x/empty.txt"', lines: new LineIndex(''), findings: [] },
  ]);
  const range = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });
  const expected: { file: string; diagnostics: JsonDiagnostic[] }[] = [
    {
      file: 'a.txt',
      diagnostics: [
        {
          range: range(0, 0, 0, 10),
          severity: 4,
          code: 'duplicate-sentence',
          source: 'tifa',
          message: '含"引号"与\\反斜杠',
          fixes: [
            { title: '改为“在”', edits: [{ range: range(1, 2, 1, 4), newText: '在"' }] },
            { title: '删去两处', edits: [{ range: range(0, 0, 0, 2), newText: '' }, { range: range(1, 4, 1, 4), newText: '\n' }] },
          ],
        },
        {
          range: range(1, 2, 1, 12),
          severity: 1,
          code: 'duplicate-sentence',
          source: 'tifa',
          message: '重复',
          relatedInformation: [{ location: { uri, range: range(0, 0, 0, 10) }, message: '第一处' }],
          fixes: [],
        },
      ],
    },
    { file: 'empty.txt', diagnostics: [] },
  ];
  assert.deepEqual(JSON.parse(out), expected);
  assert.equal(out.split('\n').filter((line) => line.startsWith('      {"range":')).length, 2);
  const one = formatJson([{ file: 'one.txt', quotedUri: JSON.stringify(uri), lines, findings: findings.slice(0, 1) }]);
  assert.deepEqual(JSON.parse(one), [{ file: 'one.txt', diagnostics: expected[0].diagnostics.slice(0, 1) }]);
  assert.equal(formatJson([]), '[]');
  const writes: string[] = [];
  writeJson([{ file: 'many.txt', quotedUri: JSON.stringify(uri), lines, findings: Array.from({ length: 2500 }, () => findings[1]) }], (batch) => writes.push(batch));
  assert.ok(writes.length > 1, 'a long list is written in several batches');
  assert.equal(JSON.parse(writes.join('\n'))[0].diagnostics.length, 2500);
});
