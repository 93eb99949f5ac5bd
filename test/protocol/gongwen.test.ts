import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readFixture } from '../helpers/corpus';
import { fixAllEdits, preferredFixEdits, startServer, type TestServer } from '../helpers/lsp';

const RAW = readFixture('gongwen', 'notice.raw.policy');
const CORRECT = readFixture('gongwen', 'notice.correct.policy');
const CODES = ['document-number', 'date-format', 'heading-ladder', 'attachment-note', 'number-range'];
const NOTES = ['学习心得', '', '一.提高认识', '', '1、加强理论学习，新建农田3～5万亩。', ''].join('\n');

let server: TestServer;
before(async () => {
  server = await startServer({ locale: 'zh-cn' });
});
after(async () => server.stop());

const hasAll = (d: Diagnostic[]) => CODES.every((code) => d.some((x) => x.code === code));

test('a .policy 通知 gets the 公文 diagnostics, and the quick fix of a 发文字号 writes 〔〕', async () => {
  const uri = 'file:///workspace/notice.policy';
  const pending = server.diagnostics(uri, hasAll);
  await server.open(uri, RAW, 'policy');
  const diagnostics = await pending;
  const document = TextDocument.create(uri, 'policy', 1, RAW);
  const bracket = diagnostics.find((d) => d.code === 'document-number' && document.getText(d.range) === '[2025]');
  assert.ok(bracket, JSON.stringify(diagnostics.map((d) => [d.code, document.getText(d.range)])));
  assert.match(bracket.message, /六角括号/u);
  const fixed = TextDocument.applyEdits(document, await preferredFixEdits(server, uri, bracket));
  assert.equal(fixed, RAW.replace('国办发[2025]5', '国办发〔2025〕5'));
});

test('source.fixAll.tifa on a .policy 通知 writes every certain fix', async () => {
  const uri = 'file:///workspace/notice-fix-all.policy';
  const pending = server.diagnostics(uri, hasAll);
  await server.open(uri, RAW, 'policy');
  await pending;
  const document = TextDocument.create(uri, 'policy', 1, RAW);
  const edits = await fixAllEdits(server, uri, document.positionAt(RAW.length));
  assert.ok(edits.length > 0);
  const expected = CORRECT.replace('（国发〔2024〕12号）', '（国发〔24〕12号）').replace('（一）加强组织领导', '1.加强组织领导');
  assert.equal(TextDocument.applyEdits(document, edits), expected);
});

test('plain notes get number-range but not the 公文 rules; the same 通知 as plain text reads as a 公文', async () => {
  const notes = 'file:///workspace/notes.txt';
  const pendingNotes = server.diagnostics(notes, (d) => d.some((x) => x.code === 'number-range'));
  await server.open(notes, NOTES);
  const codes = new Set((await pendingNotes).map((d) => d.code));
  assert.ok(!codes.has('heading-ladder') && !codes.has('document-number'), [...codes].join());
  const notice = 'file:///workspace/notice.txt';
  const pendingNotice = server.diagnostics(notice, hasAll);
  await server.open(notice, RAW);
  await pendingNotice;
});

test('tifa.gongwen "on" turns the 公文 rules on for plain notes', async () => {
  const other = await startServer({ locale: 'zh-cn', initializationOptions: { settings: { gongwen: 'on' } } });
  try {
    const uri = 'file:///workspace/notes-on.txt';
    const pending = other.diagnostics(uri, (d) => d.some((x) => x.code === 'heading-ladder'));
    await other.open(uri, NOTES);
    await pending;
  } finally {
    await other.stop();
  }
});

test('gongwen "on" in tifa.json holds when the client sends the setting at its default', async () => {
  const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tifa-gongwen-')));
  fs.writeFileSync(path.join(folder, 'tifa.json'), '{"gongwen": "on"}');
  const other = await startServer({ rootUri: URI.file(folder).toString(), initializationOptions: { settings: { gongwen: 'auto' } } });
  try {
    const uri = URI.file(path.join(folder, 'notes.txt')).toString();
    const pending = other.diagnostics(uri, (d) => d.some((x) => x.code === 'heading-ladder'));
    await other.open(uri, NOTES);
    await pending;
  } finally {
    await other.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
