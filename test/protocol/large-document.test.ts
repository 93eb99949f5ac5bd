import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { ShowMessageNotification, type ShowMessageParams } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { embeddedCorpus } from '../helpers/corpus';
import { startServer } from '../helpers/lsp';

test('a 20 MB document is checked up to a limit, the user is told once, and the server keeps answering', async () => {
  const server = await startServer();
  try {
    const messages: ShowMessageParams[] = [];
    server.connection.onNotification(ShowMessageNotification.type, (m) => messages.push(m));
    const paragraph = embeddedCorpus().text;
    const text = paragraph.repeat(Math.ceil(20_000_000 / 3 / paragraph.length));
    const uri = 'file:///huge.txt';
    const pending = server.diagnostics(uri, () => true, 60_000);
    await server.open(uri, text);
    const diagnostics = await pending;
    const document = TextDocument.create(uri, 'plaintext', 1, text);
    assert.ok(diagnostics.length > 0, 'findings in the checked part');
    for (const d of diagnostics) assert.ok(document.offsetAt(d.range.end) <= 4_000_000, 'findings lie in the checked part');
    assert.equal(messages.length, 1);
    assert.match(messages[0].message, /checks only the first/u);
    const small = 'file:///small.txt';
    const smallPending = server.diagnostics(small, (d) => d.length === 1);
    await server.open(small, '重复的句子应当删除掉。重复的句子应当删除掉。');
    await smallPending;
  } finally {
    await server.stop();
  }
});
