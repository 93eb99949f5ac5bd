import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  CodeActionRequest,
  CompletionRequest,
  DocumentDiagnosticRequest,
  HoverRequest,
  type CodeAction,
  type CompletionList,
  type Hover,
  type MarkupContent,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { embeddedCorpus } from '../helpers/corpus';
import { PULL_DIAGNOSTICS, startServer, type TestServer } from '../helpers/lsp';

const SENTENCE = '要发扬斗争精神,围绕既定的目标任务,落实任务清单、形成工作闭环,从任务的发起到最后,切实把办公厅工作质量提起来。';
const CORPUS_URI = 'file:///workspace/study-notes.txt';
let server: TestServer;
let corpus: TextDocument;

before(async () => {
  server = await startServer();
  corpus = TextDocument.create(CORPUS_URI, 'plaintext', 1, embeddedCorpus().text);
});
after(async () => server.stop());

test('the repeated sentence gets a duplicate-sentence diagnostic at its second occurrence', async () => {
  const pending = server.diagnostics(CORPUS_URI, (d) => d.some((x) => x.code === 'duplicate-sentence'));
  await server.open(CORPUS_URI, corpus.getText());
  const diagnostics = await pending;
  const text = corpus.getText();
  const second = text.indexOf(SENTENCE, text.indexOf(SENTENCE) + 1);
  const duplicate = diagnostics.find((d) => d.code === 'duplicate-sentence')!;
  assert.deepEqual(duplicate.range, { start: corpus.positionAt(second), end: corpus.positionAt(second + SENTENCE.length) });
  assert.equal(duplicate.source, 'tifa');
  assert.equal(duplicate.relatedInformation?.[0].location.uri, CORPUS_URI);
  assert.deepEqual(duplicate.relatedInformation?.[0].location.range.start, corpus.positionAt(text.indexOf(SENTENCE)));
});

test('the quick fix deletes exactly the repeated sentence', async () => {
  const text = corpus.getText();
  const second = text.indexOf(SENTENCE, text.indexOf(SENTENCE) + 1);
  const range = { start: corpus.positionAt(second), end: corpus.positionAt(second + SENTENCE.length) };
  const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: CORPUS_URI },
    range,
    context: { diagnostics: [], only: ['quickfix'] },
  })) as CodeAction[];
  const fix = actions.find((a) => a.kind === 'quickfix');
  assert.ok(fix?.edit?.changes?.[CORPUS_URI], 'a quick fix with an edit');
  const edited = TextDocument.applyEdits(corpus, fix.edit.changes[CORPUS_URI] as TextEdit[]);
  assert.equal(edited, text.slice(0, second) + text.slice(second + SENTENCE.length));
});

test('hover on a quoted corpus term shows the term, its sentence and its article', async () => {
  const uri = 'file:///workspace/draft.txt';
  const draft = TextDocument.create(uri, 'plaintext', 1, '我们要坚持“三融五跨”的推进路径。');
  await server.open(uri, draft.getText());
  const hover = (await server.connection.sendRequest(HoverRequest.type, {
    textDocument: { uri },
    position: draft.positionAt(draft.getText().indexOf('五跨')),
  })) as Hover;
  const value = (hover.contents as MarkupContent).value;
  assert.match(value, /三融五跨/u);
  assert.match(value, /把主题教育成效转化为推进数字重庆建设的强大动力/u);
  assert.match(value, /王志杰/u);
  const at = draft.getText().indexOf('三融五跨');
  assert.deepEqual(hover.range, { start: draft.positionAt(at), end: draft.positionAt(at + 4) });
});

test('completion of 两个 offers 两个维护 and 两个确立, replacing the typed prefix', async () => {
  const uri = 'file:///workspace/complete.txt';
  const text = '𠀀坚决做到两个';
  await server.open(uri, text);
  const doc = TextDocument.create(uri, 'plaintext', 1, text);
  const list = (await server.connection.sendRequest(CompletionRequest.type, {
    textDocument: { uri },
    position: doc.positionAt(text.length),
  })) as CompletionList;
  const labels = list.items.map((i) => i.label);
  assert.ok(labels.includes('两个维护'), labels.join(','));
  assert.ok(labels.includes('两个确立'), labels.join(','));
  const item = list.items.find((i) => i.label === '两个维护')!;
  const edit = item.textEdit as TextEdit;
  assert.deepEqual(edit.range, { start: doc.positionAt(text.length - 2), end: doc.positionAt(text.length) });
  assert.equal(TextDocument.applyEdits(doc, [edit]), '𠀀坚决做到两个维护');
});

test('a client that supports pull diagnostics gets them by request', async () => {
  const pull = await startServer({ capabilities: PULL_DIAGNOSTICS });
  try {
    await pull.open(CORPUS_URI, corpus.getText());
    const report = await pull.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: CORPUS_URI } });
    assert.equal(report.kind, 'full');
    assert.ok('items' in report && report.items.some((d) => d.code === 'duplicate-sentence'));
  } finally {
    await pull.stop();
  }
});
