import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { ShowMessageNotification, type ShowMessageParams } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzedLength, MAX_ANALYZED_LENGTH, QUICK_ANALYZED_LENGTH } from '../../server/src/lsp/analysis';
import { embeddedCorpus } from '../helpers/corpus';
import { startServer } from '../helpers/lsp';

test('a 20 MB document is checked up to a limit, its start first, the user is told once, and the server keeps answering', async () => {
  const server = await startServer();
  try {
    const messages: ShowMessageParams[] = [];
    server.connection.onNotification(ShowMessageNotification.type, (m) => messages.push(m));
    const paragraph = embeddedCorpus().text;
    const text = paragraph.repeat(Math.ceil(20_000_000 / 3 / paragraph.length));
    const uri = 'file:///huge.txt';
    const document = TextDocument.create(uri, 'plaintext', 1, text);
    // Each publish: where its findings end, and how many findings it stands for (those sent and those counted).
    const published: { ends: number[]; findings: number }[] = [];
    server.onPublish((params) => {
      if (params.uri !== uri) return;
      const left = params.diagnostics.map((d) => /(\d+) more problems/u.exec(d.message)).find((m) => m !== null);
      const sent = params.diagnostics.filter((d) => d.code !== 'too-many-problems');
      published.push({ ends: sent.map((d) => document.offsetAt(d.range.end)), findings: sent.length + Number(left?.[1] ?? 0) });
    });
    const complete = server.diagnostics(uri, () => published.length === 2, 60_000);
    await server.open(uri, text);
    await complete;
    const [quick, whole] = published;
    assert.ok(quick.ends.length > 0, 'findings in the start of the document');
    assert.ok(Math.max(...quick.ends) <= analyzedLength(text, QUICK_ANALYZED_LENGTH), 'the first diagnostics cover the start of the document');
    assert.ok(whole.findings > 2 * quick.findings, 'the next cover the whole checked part');
    assert.ok(Math.max(...whole.ends) <= MAX_ANALYZED_LENGTH, 'findings lie in the checked part');
    assert.equal(messages.length, 1);
    assert.match(messages[0].message, /checks only the first/u);
    const small = 'file:///small.txt';
    const smallPending = server.diagnostics(small, (d) => d.length === 1);
    await server.open(small, '重复的句子应当删除掉。重复的句子应当删除掉。');
    await smallPending;
    assert.equal(published.length, 2, 'one document, two publishes');
  } finally {
    await server.stop();
  }
});
