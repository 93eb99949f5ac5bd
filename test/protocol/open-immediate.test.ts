import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { DidCloseTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { PUSH_DEBOUNCE_MS } from '../../server/src/lsp/server';
import { startServer } from '../helpers/lsp';

test('the first diagnostics of an opened document are pushed without the keystroke debounce, once', async () => {
  const server = await startServer();
  try {
    const published = new Map<string, number>();
    server.onPublish(({ uri }) => published.set(uri, (published.get(uri) ?? 0) + 1));
    const delays: number[] = [];
    for (let i = 0; i < 10; i++) {
      const uri = `file:///workspace/open-${i}.txt`;
      const first = server.diagnostics(uri);
      const sent = performance.now();
      await server.open(uri, '坚持问题导向,');
      const diagnostics = await first;
      delays.push(performance.now() - sent);
      assert.ok(diagnostics.some((d) => d.code === 'punctuation-width'));
    }
    // The fastest of ten opens shows the timer: a busy machine slows some, none can beat a debounce.
    const fastest = Math.min(...delays);
    assert.ok(fastest < PUSH_DEBOUNCE_MS / 2, `first diagnostics after ${delays.map((d) => d.toFixed(0)).join(', ')} ms`);
    // Nothing else is due for an unchanged document.
    await new Promise((resolve) => setTimeout(resolve, PUSH_DEBOUNCE_MS * 2));
    for (let i = 0; i < 10; i++) assert.equal(published.get(`file:///workspace/open-${i}.txt`), 1, 'one publish per open');
    for (let i = 0; i < 10; i++) await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: `file:///workspace/open-${i}.txt` } });
  } finally {
    await server.stop();
  }
});
