import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { docxBytes } from '../cli/docx-writer';
import { draftsWith, makeTree, runCli } from '../cli/harness';

const REPEATED = '各单位要把学习成效转化为推动高质量发展的强大动力。';
const TWICE = `${REPEATED}\n中间一段话，内容不同。\n${REPEATED}\n`;

interface JsonFile {
  file: string;
  diagnostics: { code: string; severity: number; range: { start: { line: number; character: number } } }[];
}

const json = (stdout: string): JsonFile[] => JSON.parse(stdout);
const count = (files: JsonFile[], severity: number) => files.reduce((n, f) => n + f.diagnostics.filter((d) => d.severity === severity).length, 0);

test('a folder of mixed .txt, .md and .docx drafts is checked in one command', async () => {
  const root = draftsWith({ '调研报告.docx': docxBytes(['调研报告', REPEATED, '', { table: [['项目', '进度']] }, REPEATED]) });
  const result = await runCli(['check', '--format', 'json', '.'], root);
  const files = json(result.stdout);
  assert.deepEqual(files.map((f) => f.file).sort(), ['工作通知.txt', path.join('讲话', '提纲.md'), '调研报告.docx'].sort());
  const codes = (name: string) => files.find((f) => f.file === name)!.diagnostics.filter((d) => d.code === 'duplicate-sentence');
  assert.deepEqual(codes('调研报告.docx').map((d) => d.range.start), [{ line: 5, character: 0 }]);
  assert.equal(codes('工作通知.txt').length, 1);
  assert.equal(codes(path.join('讲话', '提纲.md')).length, 0);
  assert.equal(result.status, count(files, 1) > 0 ? 1 : 0);

  const text = await runCli(['check', '.', '--no-color'], root);
  assert.match(text.stdout, /^工作通知\.txt$/mu);
  assert.match(text.stdout, /^调研报告\.docx$/mu);
  assert.match(text.stdout, /^ {2}¶6:1 +warning +.*duplicate-sentence$/mu);
  assert.match(text.stderr, /3 file\(s\) checked: \d+ error\(s\), \d+ warning\(s\)/u);
});

test('files, folders and globs can be mixed; a pattern that matches nothing is exit status 2', async () => {
  const root = makeTree({ 'a.txt': TWICE, 'docs/b.md': TWICE, 'docs/c.policy': '正文。\n', 'docs/skip.json': '{}' });
  const files = json((await runCli(['check', '-f', 'json', 'a.txt', 'docs/*.md', 'docs'], root)).stdout);
  assert.deepEqual(files.map((f) => f.file).sort(), ['a.txt', path.join('docs', 'b.md'), path.join('docs', 'c.policy')]);
  const missing = await runCli(['check', 'a.txt', 'nothing-*.txt', 'gone.txt'], root);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /nothing-\*\.txt: no such file or no match/u);
  assert.match(missing.stderr, /gone\.txt: no such file or no match/u);
  const binary = makeTree({ 'x.txt': Buffer.from([0x41, 0, 0x42]) });
  const unreadable = await runCli(['check', 'x.txt'], binary);
  assert.equal(unreadable.status, 2);
  assert.match(unreadable.stderr, /x\.txt: cannot read: binary content/u);
});

test('each file uses the nearest tifa.json above it, with its rules and its ignore list', async () => {
  const root = makeTree({
    'tifa.json': JSON.stringify({ rules: { 'duplicate-sentence': 'error' }, ignore: ['old/', '*.bak.txt'] }),
    '.gitignore': 'private.txt\n',
    'a.txt': TWICE,
    'a.bak.txt': TWICE,
    'private.txt': TWICE,
    'old/x.txt': TWICE,
    'team/tifa.json': JSON.stringify({ rules: { 'duplicate-sentence': 'off' } }),
    'team/b.txt': TWICE,
  });
  fs.mkdirSync(path.join(root, '.git'));
  const result = await runCli(['check', '-f', 'json', '.'], root);
  const files = json(result.stdout);
  assert.deepEqual(files.map((f) => f.file).sort(), ['a.txt', path.join('team', 'b.txt')]);
  const severities = (name: string) => files.find((f) => f.file === name)!.diagnostics.filter((d) => d.code === 'duplicate-sentence').map((d) => d.severity);
  assert.deepEqual(severities('a.txt'), [1]);
  assert.deepEqual(severities(path.join('team', 'b.txt')), []);
  assert.equal(result.status, 1);

  const fromInside = json((await runCli(['check', '-f', 'json', 'b.txt'], path.join(root, 'team'))).stdout);
  assert.deepEqual(fromInside[0].diagnostics.filter((d) => d.code === 'duplicate-sentence'), []);

  const forced = json((await runCli(['check', '-f', 'json', '--config', 'tifa.json', 'team/b.txt'], root)).stdout);
  assert.deepEqual(forced[0].diagnostics.filter((d) => d.code === 'duplicate-sentence').map((d) => d.severity), [1]);
  const badConfig = await runCli(['check', '--config', 'none.json', 'a.txt'], root);
  assert.equal(badConfig.status, 2);
  assert.match(badConfig.stderr, /cannot read config file none\.json/u);
});

test('exit status: 1 on an error finding or more warnings than --max-warnings, and --quiet shows errors only', async () => {
  const root = makeTree({ 'a.txt': TWICE, 'strict/tifa.json': '{"rules":{"duplicate-sentence":"error"}}', 'strict/b.txt': TWICE });
  const plain = await runCli(['check', '-f', 'json', 'a.txt'], root);
  const warnings = count(json(plain.stdout), 2);
  assert.ok(warnings >= 1);
  assert.equal(plain.status, count(json(plain.stdout), 1) > 0 ? 1 : 0);
  if (plain.status === 0) {
    assert.equal((await runCli(['check', '--max-warnings', String(warnings), 'a.txt'], root)).status, 0);
    const over = await runCli(['check', '--max-warnings', String(warnings - 1), 'a.txt'], root);
    assert.equal(over.status, 1);
    assert.match(over.stderr, /warning\(s\) exceed --max-warnings/u);
  }
  const strict = await runCli(['check', 'strict/b.txt'], root);
  assert.equal(strict.status, 1);
  const quiet = await runCli(['check', '--quiet', '-f', 'json', 'a.txt', 'strict/b.txt'], root);
  const shown = json(quiet.stdout);
  assert.ok(shown.every((f) => f.diagnostics.every((d) => d.severity === 1)));
  assert.equal(count(shown, 1) >= 1, true);
  const quietText = await runCli(['check', '--quiet', 'a.txt', 'strict/b.txt'], root);
  assert.equal(quietText.stderr, '');
  assert.doesNotMatch(quietText.stdout, /warning/u);
});

test('text output is coloured only when asked or on a terminal, and honours NO_COLOR', async () => {
  const root = makeTree({ 'a.txt': TWICE });
  const ansi = /\u001b\[/u;
  assert.doesNotMatch((await runCli(['check', 'a.txt'], root)).stdout, ansi);
  assert.match((await runCli(['check', 'a.txt'], root, {}, true)).stdout, ansi);
  assert.doesNotMatch((await runCli(['check', 'a.txt'], root, { NO_COLOR: '1' }, true)).stdout, ansi);
  assert.match((await runCli(['check', '--color', 'a.txt'], root)).stdout, ansi);
  assert.match((await runCli(['check', 'a.txt'], root, { FORCE_COLOR: '1' })).stdout, ansi);
});

test('--fix writes text files back with the safe fixes applied', async () => {
  const root = makeTree({ 'a.txt': TWICE });
  const result = await runCli(['check', '--fix', 'a.txt'], root);
  assert.match(result.stderr, /a\.txt: applied \d+ fix\(es\)/u);
  const fixed = fs.readFileSync(path.join(root, 'a.txt'), 'utf8');
  assert.equal(fixed.split(REPEATED).length - 1, 1);
  const after = json((await runCli(['check', '-f', 'json', 'a.txt'], root)).stdout);
  assert.deepEqual(after[0].diagnostics.filter((d) => d.code === 'duplicate-sentence'), []);
});
