import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CompletionRequest, type CompletionList, type TextEdit } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { statusNotification, type ServerStatus } from '../../server/src/lsp/protocol';
import { startServer, type TestServer } from '../helpers/lsp';

// nodejieba itself, loaded in its worker on the first completion request, decides the range.
const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tifa-segmenter-')));
let server: TestServer;
let status: ServerStatus | undefined;

before(async () => {
  // A term that starts inside the word 坚持, next to 两个维护 of the embedded corpus.
  fs.writeFileSync(path.join(folder, 'glossary.json'), JSON.stringify({ entries: [{ term: '持两个维度', definition: '测试用', source: { title: '测试' } }] }));
  fs.writeFileSync(path.join(folder, 'tifa.json'), JSON.stringify({ glossary: ['glossary.json'] }));
  server = await startServer({ rootUri: URI.file(folder).toString(), locale: 'zh-cn' });
  server.connection.onNotification(statusNotification, (params) => {
    status = params;
  });
});
after(async () => {
  await server.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

let version = 0;
async function replaced(text: string): Promise<{ typed: string; labels: string[] }> {
  const uri = `file:///segmenter-${++version}.txt`;
  await server.open(uri, text);
  const list = (await server.connection.sendRequest(CompletionRequest.type, {
    textDocument: { uri },
    position: { line: 0, character: text.length },
  })) as CompletionList;
  const range = (list.items[0]?.textEdit as TextEdit | undefined)?.range;
  return { typed: range ? text.slice(range.start.character, range.end.character) : '', labels: list.items.map((i) => i.label) };
}

/** Asks until `accept` holds, or fails after `timeoutMs` with the last answer. */
async function eventually(text: string, accept: (answer: { typed: string; labels: string[] }) => boolean, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await replaced(text);
    if (accept(answer)) return answer;
    if (Date.now() > deadline) assert.fail(`${text}: ${JSON.stringify(answer)}, segmenter ${status?.segmenter ?? 'unknown'}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test('the glossary term is offered where the typed text starts it', async () => {
  const answer = await eventually('持两个', (a) => a.labels.includes('持两个维度'));
  assert.equal(answer.typed, '持两个');
});

test('once nodejieba has loaded, 坚持两个 completes 两个…, the run that starts a word', async () => {
  const answer = await eventually('我们要坚持两个', (a) => status?.segmenter === true && a.typed !== '');
  assert.equal(answer.typed, '两个');
  assert.ok(answer.labels.includes('两个维护'), answer.labels.join(','));
  assert.ok(!answer.labels.includes('持两个维度'), answer.labels.join(','));
});
