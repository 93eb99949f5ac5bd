import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { CodeActionRequest, DiagnosticSeverity, type CodeAction, type TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAllEdits, startServer, type TestServer } from '../helpers/lsp';

let server: TestServer;
before(async () => {
  server = await startServer({ locale: 'zh-cn' });
});
after(async () => server.stop());

const DRAFT = [
  '𠀀推进数字中国建设,是党中央作出的重大战略部署(作者注),纵深推进数字化改革,加快经济社会发展质量',
  '',
  '变革、效率变革、动力变革。',
  '',
  '<!-- tifa-disable-next-line punctuation-width -->',
  '版本号写作 v1,2 不改,保持原样。',
  '',
  '二0二五年要抓好以下工作。一是抓业务。二是抓数据。四是抓平台。',
].join('\n');

const FIXED = [
  '𠀀推进数字中国建设，是党中央作出的重大战略部署（作者注），纵深推进数字化改革，加快经济社会发展质量变革、效率变革、动力变革。',
  '',
  '<!-- tifa-disable-next-line punctuation-width -->',
  '版本号写作 v1,2 不改,保持原样。',
  '',
  '二〇二五年要抓好以下工作。一是抓业务。二是抓数据。三是抓平台。',
].join('\n');

test('hygiene diagnostics arrive in Chinese with UTF-16 ranges, and ignore comments hold', async () => {
  const uri = 'file:///workspace/hygiene-diagnostics.txt';
  const doc = TextDocument.create(uri, 'plaintext', 1, DRAFT);
  const pending = server.diagnostics(uri, (d) => d.some((x) => x.code === 'enumeration-order'));
  await server.open(uri, DRAFT);
  const diagnostics = await pending;
  const comma = diagnostics.find((d) => d.code === 'punctuation-width');
  assert.ok(comma);
  assert.deepEqual(comma.range.start, doc.positionAt(DRAFT.indexOf(',')));
  assert.match(comma.message, /全角/u);
  assert.equal(diagnostics.find((d) => d.code === 'broken-paragraph')?.severity, DiagnosticSeverity.Warning);
  const ignoredLine = 5;
  assert.ok(!diagnostics.some((d) => d.code === 'punctuation-width' && d.range.start.line === ignoredLine));
});

test('source.fixAll.tifa fixes everything safe in one edit, and asking again offers nothing', async () => {
  const uri = 'file:///workspace/hygiene-fix-all.txt';
  const pending = server.diagnostics(uri, (d) => d.length > 0);
  await server.open(uri, DRAFT);
  await pending;
  const end = TextDocument.create(uri, 'plaintext', 1, DRAFT).positionAt(DRAFT.length);
  const edits = await fixAllEdits(server, uri, end);
  assert.ok(edits.length > 0);
  const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 1, DRAFT), edits);
  assert.equal(fixed, FIXED);

  const again = 'file:///workspace/hygiene-fixed.txt';
  const settled = server.diagnostics(again);
  await server.open(again, FIXED);
  await settled;
  assert.deepEqual(await fixAllEdits(server, again, { line: 0, character: 0 }), []);
});

test('the quick fix for half-width parentheses changes both of them', async () => {
  const uri = 'file:///workspace/hygiene-pair.txt';
  const text = '产业大脑(数字化平台)已经建成。';
  const pending = server.diagnostics(uri, (d) => d.some((x) => x.code === 'punctuation-width'));
  await server.open(uri, text);
  const [diagnostic] = (await pending).filter((d) => d.code === 'punctuation-width');
  const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], only: ['quickfix'] },
  })) as CodeAction[];
  const fix = actions.find((a) => a.isPreferred && a.diagnostics?.[0]?.code === 'punctuation-width');
  const edits = fix?.edit?.changes?.[uri] as TextEdit[];
  assert.equal(TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 1, text), edits), '产业大脑（数字化平台）已经建成。');
});
