import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAllEdits, preferredFixEdits, startServer, type TestServer } from '../helpers/lsp';

let server: TestServer;
before(async () => {
  server = await startServer();
});
after(async () => server.stop());

const DRAFT = '把握“四个关系”。一是把握顶层设计与基层创新的关系；二是把握技术应用与制度重塑的关系；三是把握有形之手与无形之手的关系；四是把握重点突破与整体推进的关系。\n';
const FIXED = DRAFT.replace('整体推进', '系统建设');

test('a changed item of the draft’s own enumeration gets a diagnostic, a quick fix and fix-all', async () => {
  const uri = 'file:///workspace/drafted.txt';
  const doc = TextDocument.create(uri, 'plaintext', 1, DRAFT);
  const pending = server.diagnostics(uri, (d) => d.some((x) => x.code === 'noncanonical-phrase'));
  await server.open(uri, DRAFT);
  const [diagnostic] = (await pending).filter((d) => d.code === 'noncanonical-phrase');
  assert.equal(doc.getText(diagnostic.range), '整体推进');
  assert.equal(TextDocument.applyEdits(doc, await preferredFixEdits(server, uri, diagnostic)), FIXED);
  assert.equal(TextDocument.applyEdits(doc, await fixAllEdits(server, uri, doc.positionAt(DRAFT.length))), FIXED);
});
