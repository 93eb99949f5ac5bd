import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DidChangeWatchedFilesNotification, FileChangeType, HoverRequest, MessageType, ShowMessageNotification, type Diagnostic, type Hover, type MarkupContent, type ShowMessageParams } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { reindexRequest } from '../../server/src/lsp/protocol';
import { knows, startServer, terms, type TestServer } from '../helpers/lsp';

// Terms no built-in source knows: they can only come from the folders beside the workspace.
const CORPUS_TERM = '七星八斗';
const GLOSSARY_TERM = '九章十法';
const SHARED_SENTENCE = '全市在老旧小区改造中推行“楼道长”负责制，一年内加装电梯四百二十六部。';

const base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tifa-outside-')));
const workspace = path.join(base, 'drafts');
const broken = path.join(base, 'broken');
const sharedArticle = path.join(base, 'shared-corpus', 'notes.txt');
const glossaryFile = path.join(base, 'team-glossary', 'team.json');
const DRAFT = URI.file(path.join(workspace, 'draft.txt')).toString();
const DRAFT_TEXT = `情况报告\n\n${SHARED_SENTENCE}\n`;

let trusted: TestServer;
let untrusted: TestServer;
let faulty: TestServer;
const warnings: ShowMessageParams[] = [];
const published = new Map<string, Diagnostic[]>();

function write(file: string, content: string | Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

before(async () => {
  write(sharedArticle, `学习体会\n\n张三\n\n我们要坚持“${CORPUS_TERM}”的工作方法，把各项任务落到实处。${SHARED_SENTENCE}\n`);
  write(glossaryFile, JSON.stringify({ version: 1, entries: [{ term: GLOSSARY_TERM }] }));
  write(path.join(workspace, 'tifa.json'), JSON.stringify({ corpus: ['../shared-corpus/*.txt'], glossary: [glossaryFile] }));
  write(path.join(broken, 'tifa.json'), JSON.stringify({ corpus: ['../nowhere/*.txt', 'scan.txt', 'empty'], glossary: ['glossaries'] }));
  write(path.join(broken, 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x9c, 0x00]));
  write(path.join(broken, 'glossaries', 'readme.txt'), '团队术语表放在这里');
  fs.mkdirSync(path.join(broken, 'empty'));
  // Listening right after the start, before any later turn could deliver the warning unheard.
  const listening = startServer({ rootUri: URI.file(broken).toString(), initializationOptions: { trusted: true } }).then((server) => {
    server.connection.onNotification(ShowMessageNotification.type, (params) => warnings.push(params));
    return server;
  });
  [trusted, untrusted, faulty] = await Promise.all([
    startServer({ rootUri: URI.file(workspace).toString(), initializationOptions: { trusted: true } }),
    startServer({ rootUri: URI.file(workspace).toString(), initializationOptions: { trusted: false } }),
    listening,
  ]);
  trusted.onPublish((params) => published.set(params.uri, params.diagnostics));
  await trusted.open(DRAFT, DRAFT_TEXT);
});
after(async () => {
  await Promise.all([trusted.stop(), untrusted.stop(), faulty.stop()]);
  fs.rmSync(base, { recursive: true, force: true });
});

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    assert.ok(Date.now() < deadline, `timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test('a trusted workspace reads a corpus folder beside it and a glossary by absolute path', async () => {
  await knows(trusted, [CORPUS_TERM, GLOSSARY_TERM]);
  const overlap = await until('corpus-overlap with the shared article', () => published.get(DRAFT)?.find((d) => d.code === 'corpus-overlap'));
  assert.equal(overlap.relatedInformation?.[0]?.location.uri, URI.file(sharedArticle).toString());
  const probe = URI.file(path.join(workspace, 'probe.txt')).toString();
  await trusted.open(probe, `我们坚持“${CORPUS_TERM}”。`);
  const hover = (await trusted.connection.sendRequest(HoverRequest.type, { textDocument: { uri: probe }, position: { line: 0, character: 6 } })) as Hover;
  assert.ok((hover.contents as MarkupContent).value.includes(`${URI.file(sharedArticle).toString()}#L5,`), 'the hover links the shared article');
  assert.equal((await trusted.connection.sendRequest(reindexRequest)).message, undefined, 'nothing to warn about');
});

test('in Restricted Mode nothing outside the workspace is read, and the status says which patterns wait for trust', async () => {
  await knows(trusted, [CORPUS_TERM, GLOSSARY_TERM]);
  const status = await untrusted.connection.sendRequest(reindexRequest);
  assert.equal(status.trusted, false);
  const message = status.message ?? '';
  assert.ok(message.startsWith('Restricted Mode:'), message);
  assert.ok(message.includes('../shared-corpus/*.txt (outside the workspace)'), message);
  assert.ok(message.includes(`${glossaryFile} (outside the workspace)`), message);
  const known = await terms(untrusted);
  assert.ok(!known.has(CORPUS_TERM) && !known.has(GLOSSARY_TERM));
  assert.equal(status.corpusSources, (await trusted.connection.sendRequest(reindexRequest)).corpusSources - 1);
});

test('missing, binary and empty sources are named in one warning; the server keeps working', async () => {
  const [warning] = await until('a warning', () => (warnings.length > 0 ? warnings : undefined));
  assert.equal(warning.type, MessageType.Warning);
  assert.match(warning.message, /^Tifa: 4 corpus or glossary sources named in tifa\.json or settings cannot be used: "\.\.\/nowhere\/\*\.txt" matches no file\./u);
  const draft = URI.file(path.join(broken, 'draft.txt')).toString();
  await faulty.open(draft, '我们坚持“三融五跨”的推进路径。');
  const hover = await faulty.connection.sendRequest(HoverRequest.type, { textDocument: { uri: draft }, position: { line: 0, character: 6 } });
  assert.ok(hover, 'hover still works');
  assert.equal(faulty.process.exitCode, null);
});

test('the warning is not repeated while the problems stay the same, and comes again when they change', async () => {
  await until('a warning', () => (warnings.length > 0 ? warnings : undefined));
  await faulty.connection.sendRequest(reindexRequest);
  const config = path.join(broken, 'tifa.json');
  write(config, JSON.stringify({ corpus: ['../nowhere/*.txt', 'scan.txt', 'empty', '/no/such/corpus.txt'], glossary: ['glossaries'] }));
  await faulty.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: URI.file(config).toString(), type: FileChangeType.Changed }] });
  const [, second] = await until('a second warning', () => (warnings.length > 1 ? warnings : undefined));
  assert.equal(warnings.length, 2, 'the unchanged reindex said nothing');
  assert.match(second.message, /^Tifa: 5 corpus or glossary sources/u);
});
