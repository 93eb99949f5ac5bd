import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAllEdits, quickFixes, startServer, type TestServer } from '../helpers/lsp';

let server: TestServer;
before(async () => {
  server = await startServer({ locale: 'zh-cn' });
});
after(async () => server.stop());

const TEXT = '𠀀地方各级政府才政部门负责统一管理本地区政府债务。';

test('a wrong character is diagnosed once the model has loaded, with the likely character as the preferred quick fix', async () => {
  const uri = 'file:///workspace/wrong-character.txt';
  // The model loads after start-up; the diagnostics are pushed again once it is there.
  const pending = server.diagnostics(uri, (d) => d.some((x) => x.code === 'wrong-character'), 20_000);
  await server.open(uri, TEXT);
  const [diagnostic] = (await pending).filter((d) => d.code === 'wrong-character');
  const document = TextDocument.create(uri, 'plaintext', 1, TEXT);
  assert.deepEqual(diagnostic.range, { start: document.positionAt(TEXT.indexOf('才')), end: document.positionAt(TEXT.indexOf('才') + 1) });
  assert.match(diagnostic.message, /“才”疑为错别字/u);
  const actions = (await quickFixes(server, uri, diagnostic));
  const fixes = actions;
  assert.ok(fixes.length >= 1);
  assert.equal(fixes[0].isPreferred, true);
  const edits = fixes[0].edit?.changes?.[uri] as TextEdit[];
  assert.equal(TextDocument.applyEdits(document, edits), TEXT.replace('才', '财'));

  assert.deepEqual(await fixAllEdits(server, uri, document.positionAt(TEXT.length)), [], 'fix-all leaves the wrong character alone');
});
