import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  type Diagnostic,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { MAX_ANALYZED_LENGTH } from '../../server/src/lsp/analysis';
import { sharedTexts } from '../helpers/corpus';
import { comparableDiagnostics, PULL_DIAGNOSTICS, pullDiagnostics, spellingModelLoaded, startServer, type TestServer } from '../helpers/lsp';

// The official texts repeated past the checked limit (MAX_ANALYZED_LENGTH) and over many of the
// server's chunks: every copy of a sentence is a finding, so the diagnostics are capped.
const official = sharedTexts('corpus-official').map((t) => t.text.replace(/\r\n?/gu, '\n').trimEnd() + '\n').join('');
const TEXT = official.repeat(Math.ceil(3_000_000 / official.length));

let server: TestServer;
before(async () => {
  server = await startServer({ capabilities: PULL_DIAGNOSTICS });
});
after(async () => server.stop());

const pull = (uri: string): Promise<Diagnostic[]> => pullDiagnostics(server, uri);


/** What a fresh analysis of `text` sends, with nothing lent from an earlier version of it. */
async function fresh(text: string, step: number): Promise<Diagnostic[]> {
  // The engine lends parts of the text it analysed last: an unrelated text in between leaves nothing to lend.
  const other = `file:///large/other-${step}.txt`;
  await server.open(other, '无关的一句话');
  await pull(other);
  await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: other } });
  const uri = `file:///large/fresh-${step}.txt`;
  await server.open(uri, text);
  const diagnostics = await pull(uri);
  await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  return diagnostics;
}

test('edits of a document past the checked limit get what a fresh analysis of the same text gets', async () => {
  await spellingModelLoaded(server);
  const uri = 'file:///large/edited.txt';
  let document = TextDocument.create(uri, 'plaintext', 1, TEXT);
  await server.open(uri, TEXT);
  assert.deepEqual(comparableDiagnostics(await pull(uri)), comparableDiagnostics(await fresh(TEXT, 0)));

  const at = (offset: number) => document.positionAt(offset);
  const line200 = document.offsetAt({ line: 200, character: 0 });
  const edits: (() => TextDocumentContentChangeEvent)[] = [
    // A keystroke near the start, and taking it back.
    () => ({ range: { start: at(line200), end: at(line200) }, text: '的' }),
    () => ({ range: { start: at(line200), end: at(line200 + 1) }, text: '' }),
    // A sentence repeated in the middle, with a line break of another kind.
    () => ({ range: { start: at(400_000), end: at(400_000) }, text: '\r\n坚持以人民为中心的发展思想。坚持以人民为中心的发展思想。\r\n' }),
    // A deletion across many chunks, which moves the end of the checked part.
    () => ({ range: { start: at(100_000), end: at(250_000) }, text: '' }),
    // A paste right at the limit, and an edit past it.
    () => ({ range: { start: at(MAX_ANALYZED_LENGTH - 10), end: at(MAX_ANALYZED_LENGTH - 10) }, text: `${official.slice(0, 5000)}\n` }),
    () => ({ range: { start: at(2_000_000), end: at(2_000_010) }, text: '新的内容' }),
    // A paragraph joined to the next one, then a line inserted at the very start.
    () => {
      const end = document.getText().indexOf('\n', 300_000);
      return { range: { start: at(end), end: at(end + 1) }, text: '' };
    },
    () => ({ range: { start: at(0), end: at(0) }, text: '一、总体要求\n' }),
  ];
  let capped = 0;
  for (const [step, make] of edits.entries()) {
    const change = make();
    document = TextDocument.update(document, [change], document.version + 1);
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: document.version }, contentChanges: [change] });
    const incremental = await pull(uri);
    assert.deepEqual(comparableDiagnostics(incremental), comparableDiagnostics(await fresh(document.getText(), step + 1)), `after edit ${step + 1}`);
    for (const d of incremental) assert.ok(document.offsetAt(d.range.end) <= MAX_ANALYZED_LENGTH, 'findings lie in the checked part');
    if (incremental.some((d) => d.code === 'too-many-problems')) capped++;
  }
  assert.equal(capped, edits.length, 'every version has more findings than are sent');
});
