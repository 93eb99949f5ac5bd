import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { preferredFixEdits, startServer, type TestServer } from '../helpers/lsp';

let server: TestServer;
before(async () => {
  server = await startServer();
});
after(async () => server.stop());

const CANONICAL = '𠀀以“三融五跨”促进协同，大力倡导“马上就办、办就办好”，练就过硬的政治判断力、政治领悟力、政治执行力。';
const VARIANT = '𠀀以“三融五通”促进协同，大力倡导“马上就办、办就要办好”，练就过硬的政治领悟力、政治判断力、政治执行力。';

test('each variant gets a noncanonical-phrase diagnostic whose quick fix restores the canonical text', async () => {
  const uri = 'file:///workspace/variants.txt';
  const doc = TextDocument.create(uri, 'plaintext', 1, VARIANT);
  const pending = server.diagnostics(uri, (d) => d.filter((x) => x.code === 'noncanonical-phrase').length === 3);
  await server.open(uri, VARIANT);
  const diagnostics = (await pending).filter((d) => d.code === 'noncanonical-phrase');
  const edits: TextEdit[] = [];
  for (const diagnostic of diagnostics) edits.push(...(await preferredFixEdits(server, uri, diagnostic)));
  assert.equal(TextDocument.applyEdits(doc, edits), CANONICAL);
});
