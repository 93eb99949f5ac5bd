import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { DiagnosticRefreshRequest, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzedLength, QUICK_ABOVE_LENGTH, QUICK_ANALYZED_LENGTH } from '../../server/src/lsp/analysis';
import { sharedTexts } from '../helpers/corpus';
import { comparableDiagnostics, PULL_DIAGNOSTICS, pullDiagnostics, spellingModelLoaded, startServer, type TestServer } from '../helpers/lsp';

// Official texts past the quick first analysis, with a sentence repeated near the end: a
// finding only the complete analysis reaches.
const official = sharedTexts('corpus-official').map((t) => t.text.replace(/\r\n?/gu, '\n').trimEnd() + '\n').join('');
const REPEATED = '坚持以人民为中心的发展思想，把握好新发展阶段的各项任务。';
const TEXT = `${official.slice(0, official.lastIndexOf('\n', 2 * QUICK_ABOVE_LENGTH) + 1)}${REPEATED}\n${REPEATED}\n`;
const QUICK_END = analyzedLength(TEXT, QUICK_ANALYZED_LENGTH);

const endOf = (document: TextDocument, diagnostics: Diagnostic[]) => Math.max(...diagnostics.map((d) => document.offsetAt(d.range.end)));

let refreshing: TestServer;
let plain: TestServer;
let refreshes = 0;
before(async () => {
  // As VS Code does, one client lets the server ask it to pull again; the other cannot be asked.
  refreshing = await startServer({ capabilities: { ...PULL_DIAGNOSTICS, workspace: { diagnostics: { refreshSupport: true } } } });
  refreshing.connection.onRequest(DiagnosticRefreshRequest.type, () => {
    refreshes++;
    return null;
  });
  plain = await startServer({ capabilities: PULL_DIAGNOSTICS });
  // The model's arrival makes the server ask for a pull too: it is waited for, then counting starts.
  await Promise.all([spellingModelLoaded(refreshing), spellingModelLoaded(plain)]);
  refreshes = 0;
});
after(async () => {
  await refreshing.stop();
  await plain.stop();
});

test('a long document opened in a client that can be asked to pull again gets its start first, then the whole of it', async () => {
  const uri = 'file:///quick/long.txt';
  const document = TextDocument.create(uri, 'plaintext', 1, TEXT);
  assert.ok(TEXT.length > QUICK_ABOVE_LENGTH);
  await refreshing.open(uri, TEXT);
  const first = await pullDiagnostics(refreshing, uri);
  assert.ok(first.length > 0, 'findings in the start of the document');
  assert.ok(endOf(document, first) <= QUICK_END, 'the first answer covers the start only');
  const deadline = Date.now() + 30_000;
  while (refreshes === 0) {
    assert.ok(Date.now() < deadline, 'the server asks the client to pull again');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const whole = await pullDiagnostics(refreshing, uri);
  assert.ok(whole.some((d) => d.code === 'duplicate-sentence' && document.offsetAt(d.range.start) > QUICK_END), 'the repeated sentence near the end');

  // A client that cannot be asked again gets the whole of it at once, and the same.
  await plain.open(uri, TEXT);
  const once = await pullDiagnostics(plain, uri);
  assert.deepEqual(comparableDiagnostics(whole), comparableDiagnostics(once));
});

test('a document of up to QUICK_ABOVE_LENGTH characters is analysed once, whole, with no request to pull again', async () => {
  const uri = 'file:///quick/short.txt';
  const before = refreshes;
  const text = `${official.slice(0, official.lastIndexOf('\n', QUICK_ABOVE_LENGTH - 200) + 1)}${REPEATED}\n${REPEATED}\n`;
  assert.ok(text.length > QUICK_ANALYZED_LENGTH && text.length <= QUICK_ABOVE_LENGTH);
  await refreshing.open(uri, text);
  const document = TextDocument.create(uri, 'plaintext', 1, text);
  const diagnostics = await pullDiagnostics(refreshing, uri);
  assert.ok(diagnostics.some((d) => d.code === 'duplicate-sentence' && document.offsetAt(d.range.start) > QUICK_ANALYZED_LENGTH), 'the repeated sentence at the end, in the first answer');
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.equal(refreshes, before);
});
