import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { makeTree, runCli } from '../cli/harness';
import { readFixture } from '../helpers/corpus';

interface JsonFile {
  file: string;
  diagnostics: { code: string }[];
}

const RAW = readFixture('gongwen', 'notice.raw.policy');
const CORRECT = readFixture('gongwen', 'notice.correct.policy');
const GONGWEN_CODES = ['document-number', 'date-format', 'heading-ladder', 'attachment-note'];
const NOTES = ['学习心得', '', '一.提高认识', '', '1、新建农田3～5万亩。', ''].join('\n');

const codesOf = (files: JsonFile[], name: string) => new Set(files.find((f) => f.file.endsWith(name))!.diagnostics.map((d) => d.code));

test('tifa check runs the 公文 rules on .policy files and on texts that read as a 公文; number-range on every file', async () => {
  const root = makeTree({ 'notice.policy': RAW, 'notice.txt': RAW, 'notes.txt': NOTES });
  const files = JSON.parse((await runCli(['check', '-f', 'json', '.'], root)).stdout) as JsonFile[];
  for (const code of [...GONGWEN_CODES, 'number-range']) {
    assert.ok(codesOf(files, 'notice.policy').has(code), `notice.policy: ${code}`);
    assert.ok(codesOf(files, 'notice.txt').has(code), `notice.txt: ${code}`);
  }
  const notes = codesOf(files, 'notes.txt');
  assert.ok(notes.has('number-range'));
  for (const code of GONGWEN_CODES) assert.ok(!notes.has(code), `notes.txt: ${code}`);
});

test('gongwen in tifa.json turns the 公文 rules on for every file, or off for all but .policy files', async () => {
  const on = makeTree({ 'tifa.json': '{"gongwen": "on"}', 'notes.txt': NOTES });
  const onFiles = JSON.parse((await runCli(['check', '-f', 'json', 'notes.txt'], on)).stdout) as JsonFile[];
  assert.ok(codesOf(onFiles, 'notes.txt').has('heading-ladder'));
  const off = makeTree({ 'tifa.json': '{"gongwen": "off"}', 'notice.txt': RAW, 'notice.policy': RAW });
  const offFiles = JSON.parse((await runCli(['check', '-f', 'json', '.'], off)).stdout) as JsonFile[];
  for (const code of GONGWEN_CODES) assert.ok(!codesOf(offFiles, 'notice.txt').has(code), `notice.txt: ${code}`);
  assert.ok(codesOf(offFiles, 'notice.policy').has('heading-ladder'));
});

test('tifa check --fix writes the standard forms into a .policy 通知, leaving the guessed century and the skipped level', async () => {
  const root = makeTree({ 'notice.policy': RAW });
  const result = await runCli(['check', '--fix', '--locale', 'en', 'notice.policy'], root);
  for (const code of [...GONGWEN_CODES, 'number-range']) assert.match(result.stderr, new RegExp(`applied .*${code} ×\\d+`, 'u'), code);
  const expected = CORRECT.replace('（国发〔2024〕12号）', '（国发〔24〕12号）').replace('（一）加强组织领导', '1.加强组织领导');
  assert.equal(fs.readFileSync(path.join(root, 'notice.policy'), 'utf8'), expected);
});

test('the HTML report counts the 公文 findings per rule', async () => {
  const root = makeTree({ 'notice.policy': RAW });
  const html = (await runCli(['report', '-o', '-', '--locale', 'zh', 'notice.policy'], root)).stdout;
  for (const code of [...GONGWEN_CODES, 'number-range']) assert.match(html, new RegExp(code, 'u'));
  assert.match(html, /GB\/T 9704-2012 7\.2\.4/u);
});
