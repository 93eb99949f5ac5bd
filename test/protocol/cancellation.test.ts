import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  CancellationTokenSource,
  DidChangeTextDocumentNotification,
  DocumentDiagnosticRequest,
  LSPErrorCodes,
  ResponseError,
} from 'vscode-languageserver-protocol/node';
import { embeddedCorpus } from '../helpers/corpus';
import { PULL_DIAGNOSTICS, startServer } from '../helpers/lsp';

test('pull requests superseded while the server is busy are cancelled, and the latest one is answered', async () => {
  const server = await startServer({ capabilities: PULL_DIAGNOSTICS });
  try {
    const uri = 'file:///long.txt';
    const paragraphs = embeddedCorpus().text.split('\n').filter((p) => p.trim());
    let text = '';
    for (let i = 0; text.length < 600_000; i++) text += `${paragraphs[i % paragraphs.length].replace(/。/gu, `${i}。`)}\n`;
    await server.open(uri, text);
    const superseded: Promise<string>[] = [];
    for (let version = 2; version <= 8; version++) {
      text += '字';
      await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ text }],
      });
      const source = new CancellationTokenSource();
      superseded.push(
        server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }, source.token).then(
          () => 'answered',
          (error: unknown) => {
            assert.ok(error instanceof ResponseError, String(error));
            assert.ok([LSPErrorCodes.ServerCancelled, LSPErrorCodes.RequestCancelled].includes(error.code), `code ${error.code}`);
            return 'cancelled';
          },
        ),
      );
      source.cancel();
    }
    const latest = await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    assert.equal(latest.kind, 'full');
    const outcomes = await Promise.all(superseded);
    assert.ok(outcomes.includes('cancelled'), `outcomes: ${outcomes.join(', ')}`);
  } finally {
    await server.stop();
  }
});
