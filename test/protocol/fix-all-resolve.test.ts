import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { CodeActionRequest, CodeActionResolveRequest, type CodeAction, type TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer } from '../helpers/lsp';

const FIX_ALL = 'source.fixAll.tifa';

test('the light bulb offers fix-all only beside a fixable finding, and computes it on resolve', async () => {
  const server = await startServer({
    capabilities: { textDocument: { codeAction: { resolveSupport: { properties: ['edit'] }, dataSupport: true } } },
  });
  try {
    const uri = 'file:///workspace/lightbulb.txt';
    const text = '坚持问题导向,推动工作落实。\n\n这一段没有问题。';
    const doc = TextDocument.create(uri, 'plaintext', 1, text);
    const pending = server.diagnostics(uri, (d) => d.length > 0);
    await server.open(uri, text);
    await pending;
    const at = (offset: number) => ({ start: doc.positionAt(offset), end: doc.positionAt(offset) });
    const ask = (offset: number) =>
      server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: at(offset), context: { diagnostics: [] } }) as Promise<CodeAction[]>;

    const quiet = await ask(text.indexOf('这一段'));
    assert.ok(!quiet.some((a) => a.kind === FIX_ALL), 'no fix-all away from findings');

    const beside = await ask(text.indexOf(','));
    const lazy = beside.find((a) => a.kind === FIX_ALL);
    assert.ok(lazy, 'fix-all beside a fixable finding');
    assert.equal(lazy.edit, undefined, 'its edit waits for resolve');
    const resolved = await server.connection.sendRequest(CodeActionResolveRequest.type, lazy);
    const edits = resolved.edit?.changes?.[uri] as TextEdit[];
    assert.equal(TextDocument.applyEdits(doc, edits), '坚持问题导向，推动工作落实。\n\n这一段没有问题。');
  } finally {
    await server.stop();
  }
});
