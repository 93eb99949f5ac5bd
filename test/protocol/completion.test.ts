import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  CompletionRequest,
  CompletionResolveRequest,
  InsertTextFormat,
  type CompletionItem,
  type CompletionList,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer, type TestServer } from '../helpers/lsp';

let server: TestServer;
before(async () => {
  server = await startServer();
});
after(async () => server.stop());

let version = 0;
async function completeAtEnd(text: string): Promise<{ doc: TextDocument; list: CompletionList }> {
  const uri = `file:///workspace/completion-${++version}.txt`;
  await server.open(uri, text);
  const doc = TextDocument.create(uri, 'plaintext', 1, text);
  const list = (await server.connection.sendRequest(CompletionRequest.type, {
    textDocument: { uri },
    position: doc.positionAt(text.length),
  })) as CompletionList;
  return { doc, list };
}

function accept(doc: TextDocument, item: CompletionItem): string {
  return TextDocument.applyEdits(doc, [item.textEdit as TextEdit]);
}

test('typing lgwh and accepting replaces exactly the letters with 两个维护', async () => {
  const { doc, list } = await completeAtEnd('𠀀坚决做到lgwh');
  assert.equal(list.isIncomplete, true);
  const item = list.items[0];
  assert.equal(item.label, '两个维护');
  assert.deepEqual((item.textEdit as TextEdit).range, { start: doc.positionAt(6), end: doc.positionAt(10) });
  assert.ok(item.filterText?.startsWith('lgwh'), 'the editor’s filter keeps the pinyin match');
  assert.equal(accept(doc, item), '𠀀坚决做到两个维护');
});

test('typing 两个 and accepting inserts the canonical slogan in place of the prefix', async () => {
  const { doc, list } = await completeAtEnd('坚决做到两个');
  const labels = list.items.map((i) => i.label);
  assert.ok(labels.includes('两个维护') && labels.includes('两个确立'), labels.join(','));
  const item = list.items.find((i) => i.label === '两个确立')!;
  assert.equal(item.insertTextFormat ?? InsertTextFormat.PlainText, InsertTextFormat.PlainText);
  assert.equal(accept(doc, item), '坚决做到两个确立');
  assert.equal(item.documentation, undefined, 'the list leaves documentation to completionItem/resolve');
  const resolved = await server.connection.sendRequest(CompletionResolveRequest.type, item);
  assert.equal((resolved.documentation as { value: string }).value.includes('两个确立'), true);
});

test('a numbered slogan offers an expansion into its items as a snippet', async () => {
  const { list } = await completeAtEnd('着力把握四个');
  const snippet = list.items.find((i) => i.insertTextFormat === InsertTextFormat.Snippet && i.label.startsWith('四个关系'));
  assert.ok(snippet, list.items.map((i) => i.label).join(','));
  assert.match((snippet.textEdit as TextEdit).newText, /^四个关系：一是\$\{1:/u);
});

test('an opening quote gets a short, incomplete list of the best slogans, and the next character narrows it', async () => {
  const { doc, list } = await completeAtEnd('坚决做到“');
  assert.equal(list.isIncomplete, true, 'the editor asks again as the drafter types');
  assert.ok(list.items.length > 0 && list.items.length <= 20, `${list.items.length} items`);
  assert.ok(JSON.stringify(list).length < 8 * 1024, `${JSON.stringify(list).length} characters`);
  assert.ok(list.items.every((i) => i.documentation === undefined));
  assert.deepEqual((list.items[0].textEdit as TextEdit).range, { start: doc.positionAt(5), end: doc.positionAt(5) });
  const narrowed = await completeAtEnd('坚决做到“两');
  const labels = narrowed.list.items.map((i) => i.label);
  assert.ok(labels.includes('两个维护') && labels.every((l) => l.startsWith('两')), labels.join(','));
  assert.equal(accept(narrowed.doc, narrowed.list.items.find((i) => i.label === '两个维护')!), '坚决做到“两个维护');
});

test('text that starts no known slogan gets an empty, incomplete list', async () => {
  const { list } = await completeAtEnd('Hello world');
  assert.deepEqual(list, { isIncomplete: true, items: [] });
});
