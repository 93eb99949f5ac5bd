import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { HoverRequest, type Hover, type MarkupContent, type TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { ROOT } from '../helpers/corpus';
import { fixAllEdits, preferredFixEdits, startServer, type TestServer } from '../helpers/lsp';

const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tifa-history-')));
const DRAFT = '协调推进“四个全面”战略布局，即全面建成小康社会、全面深化改革、全面依法治国、全面从严治党。推进“一带一路”战略。\n';
const FIXED = '协调推进“四个全面”战略布局，即全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党。推进“一带一路”倡议。\n';
let server: TestServer;

before(async () => {
  fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'glossaries', 'history.json'), path.join(folder, 'history.json'));
  // tifa.json dates the documents before the change; the setting, which wins, after it.
  fs.writeFileSync(path.join(folder, 'tifa.json'), JSON.stringify({ glossary: ['history.json'], documentDate: '2016-01-01' }));
  server = await startServer({ rootUri: URI.file(folder).toString(), initializationOptions: { settings: { documentDate: '2024-03-05' } } });
});
after(async () => server.stop());

test('superseded wording gets a diagnostic by the documentDate setting, a quick fix each, and fix-all', async () => {
  const uri = URI.file(path.join(folder, 'draft.txt')).toString();
  const doc = TextDocument.create(uri, 'plaintext', 1, DRAFT);
  const pending = server.diagnostics(uri, (d) => d.filter((x) => x.code === 'superseded-phrase').length === 2);
  await server.open(uri, DRAFT);
  const diagnostics = (await pending).filter((d) => d.code === 'superseded-phrase');
  assert.match(diagnostics[0].message, /2020-10-29/u);
  const edits: TextEdit[] = [];
  for (const diagnostic of diagnostics) edits.push(...(await preferredFixEdits(server, uri, diagnostic)));
  assert.equal(TextDocument.applyEdits(doc, edits), FIXED);
  assert.equal(TextDocument.applyEdits(doc, await fixAllEdits(server, uri, doc.positionAt(DRAFT.length))), FIXED);
  const hover = (await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: doc.positionAt(DRAFT.indexOf('四个全面') + 1) })) as Hover;
  assert.match((hover.contents as MarkupContent).value, /Before 2020-10-29: 全面建成小康社会/u);
});

test('a document with its own 成文日期 before the change is not flagged', async () => {
  const uri = URI.file(path.join(folder, 'old.txt')).toString();
  const text = `${DRAFT}\n某某委员会\n2015年2月10日\n`;
  const settled = server.diagnostics(uri);
  await server.open(uri, text);
  assert.deepEqual((await settled).filter((d) => d.code === 'superseded-phrase'), []);
});
