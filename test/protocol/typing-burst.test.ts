import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  DidChangeTextDocumentNotification,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { embeddedCorpus } from '../helpers/corpus';
import { startServer } from '../helpers/lsp';

test('a burst of keystrokes is analysed once, for the latest version', async () => {
  const server = await startServer();
  try {
    const uri = 'file:///typing.txt';
    let document = TextDocument.create(uri, 'plaintext', 1, embeddedCorpus().text);
    const opened = server.diagnostics(uri);
    await server.open(uri, document.getText());
    await opened;
    const published: PublishDiagnosticsParams[] = [];
    server.onPublish((p) => {
      if (p.uri === uri) published.push(p);
    });
    const typed = '坚持以人民为中心的发展思想。';
    for (const ch of typed) {
      const at = document.positionAt(document.getText().length);
      document = TextDocument.update(document, [{ range: { start: at, end: at }, text: ch }], document.version + 1);
      await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: document.version },
        contentChanges: [{ range: { start: at, end: at }, text: ch }],
      });
    }
    const final = await server.diagnostics(uri, () => published.some((p) => p.version === document.version));
    assert.ok(final.some((d) => d.code === 'duplicate-sentence'));
    assert.ok(published.length <= 2, `analysed ${published.length} times for ${typed.length} keystrokes`);
    assert.equal(published[published.length - 1].version, document.version);
  } finally {
    await server.stop();
  }
});
