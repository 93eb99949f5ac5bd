import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DidChangeTextDocumentNotification, DocumentSymbolRequest, FoldingRangeRequest, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ROOT } from '../helpers/corpus';
import { startServer, type TestServer } from '../helpers/lsp';

const SAMPLE = fs.readFileSync(path.join(ROOT, 'walkthrough', 'sample.policy'), 'utf8');
let server: TestServer;

before(async () => {
  server = await startServer();
});
after(async () => server.stop());

async function symbols(uri: string, text: string, languageId: string): Promise<DocumentSymbol[] | null> {
  await server.open(uri, text, languageId);
  return (await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[] | null;
}

test('the sample document outlines as an article with sections and enumerations, in UTF-16 positions', async () => {
  // A non-BMP character before the title shifts every later column by two code units.
  const text = `𠀀${SAMPLE}`;
  const document = TextDocument.create('file:///w/sample.policy', 'policy', 1, text);
  const result = await symbols(document.uri, text, 'policy');
  assert.ok(result);
  const [article] = result;
  assert.equal(article.kind, SymbolKind.File);
  assert.equal(article.name, '坚持以数字化变革引领高质量发展');
  const title = text.indexOf('坚持以数字化变革');
  assert.deepEqual(article.selectionRange, { start: document.positionAt(title), end: document.positionAt(title + 15) });
  assert.deepEqual(
    article.children?.map((c) => [c.name, c.kind, c.children?.map((g) => g.name)]),
    [
      ['一、把握正确方向', SymbolKind.String, ['（一）坚持系统观念', '（二）强化协同联动']],
      ['二、夯实工作基础', SymbolKind.String, []],
    ],
  );
  const system = article.children![0].children![0];
  assert.deepEqual(
    system.children?.map((c) => [c.name, c.kind]),
    ['一是把握顶层设计与基层创新的关系', '二是把握技术应用与制度重塑的关系', '三是把握有形之手与无形之手的关系', '四是把握重点突破与整体推进的关系'].map((n) => [
      n,
      SymbolKind.EnumMember,
    ]),
  );
});

test('folding ranges start at each article and section heading', async () => {
  const uri = 'file:///w/fold.policy';
  await server.open(uri, SAMPLE, 'policy');
  const ranges = (await server.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } })) as FoldingRange[];
  const lines = SAMPLE.split('\n');
  assert.deepEqual(
    ranges.map((r) => lines[r.startLine]),
    ['学习园地', '一、把握正确方向', '（一）坚持系统观念', '（二）强化协同联动', '二、夯实工作基础'],
  );
  const last = ranges[ranges.length - 1];
  assert.equal(lines[last.endLine], '要守牢“确保数据安全”的底线要求，切实把各项任务抓实抓细抓到位。');
  assert.equal(lines[ranges[0].endLine], '（作者系学习园地特约撰稿人）');
});

test('Markdown keeps its own outline', async () => {
  assert.equal(await symbols('file:///w/notes.md', '# 标题\n\n一是甲。二是乙。\n', 'markdown'), null);
});

test('an edit is reflected in the next outline', async () => {
  const uri = 'file:///w/edit.policy';
  const before = await symbols(uri, '标题\n\n一、第一部分\n\n正文。\n', 'policy');
  assert.deepEqual(before?.[0].children?.map((c) => c.name), ['一、第一部分']);
  await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: '\n二、第二部分\n' }],
  });
  const after = (await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  assert.deepEqual(after[0].children?.map((c) => c.name), ['一、第一部分', '二、第二部分']);
});
