import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  HoverRequest,
  RegistrationRequest,
  type DidChangeWatchedFilesRegistrationOptions,
  type Diagnostic,
  type Hover,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { readFixture } from '../helpers/corpus';
import { startServer, type TestServer } from '../helpers/lsp';

const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tifa-corpus-')));
const refs = path.join(folder, 'refs');
const article = path.join(refs, 'rural.md');
const DRAFT = 'file:///draft.txt';
const DRAFT_TEXT = '全县围绕三个聚焦和两个统筹推进工作，坚决做到两个维护，开展五查。';
let server: TestServer;
const registrations: DidChangeWatchedFilesRegistrationOptions[] = [];
const published = new Map<string, Diagnostic[]>();

async function hoverText(term: string): Promise<string> {
  const offset = DRAFT_TEXT.indexOf(term) + 1;
  const hover = (await server.connection.sendRequest(HoverRequest.type, {
    textDocument: { uri: DRAFT },
    position: { line: 0, character: offset },
  })) as Hover | null;
  return hover ? (hover.contents as MarkupContent).value : '';
}

/** Asks again until the background indexing has caught up, or fails after `timeoutMs`. */
async function eventually(term: string, accept: (markdown: string) => boolean, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const markdown = await hoverText(term);
    if (accept(markdown)) return markdown;
    if (Date.now() > deadline) assert.fail(`hover on ${term} never matched; last:\n${markdown}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

before(async () => {
  fs.mkdirSync(refs);
  fs.writeFileSync(article, readFixture('corpora', 'parallel-sections.md'));
  fs.writeFileSync(path.join(folder, 'team-glossary.json'), JSON.stringify({ entries: [{ term: '两个维护', definition: '团队手册里的释义', source: { title: '团队手册' } }] }));
  fs.writeFileSync(
    path.join(folder, 'bad-glossary.json'),
    JSON.stringify({ entries: [{ term: '示例提法', definition: '示例', source: { title: '示例' }, patterns: ['示列提法'], specs: [{ from: '示列提法', to: '别的' }] }] }, null, 2),
  );
  fs.writeFileSync(path.join(folder, 'tifa.json'), JSON.stringify({ corpus: ['refs'], glossary: ['team-glossary.json', 'bad-glossary.json'] }));
  server = await startServer({
    rootUri: URI.file(folder).toString(),
    capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } } },
  });
  server.onPublish((params) => published.set(params.uri, params.diagnostics));
  server.connection.onRequest(RegistrationRequest.type, (params) => {
    for (const r of params.registrations) {
      if (r.method === DidChangeWatchedFilesNotification.method) registrations.push(r.registerOptions as DidChangeWatchedFilesRegistrationOptions);
    }
  });
  await server.open(DRAFT, DRAFT_TEXT);
});
after(async () => {
  await server.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

test('slogans of the user corpus become hoverable, with a link into the workspace file', async () => {
  const markdown = await eventually('三个聚焦', (m) => m.includes('聚焦民生保障'));
  assert.match(markdown, /1\. 聚焦产业升级/u);
  assert.ok(markdown.includes(`${URI.file(article).toString()}#L`), markdown);
});

test('a user glossary wins over the curated one', async () => {
  const markdown = await eventually('两个维护', (m) => m.includes('团队手册里的释义'));
  assert.match(markdown, /团队手册/u);
});

test('a failing glossary spec is a diagnostic on the glossary file, at its entry', async () => {
  const uri = URI.file(path.join(folder, 'bad-glossary.json')).toString();
  const deadline = Date.now() + 10_000;
  while (!published.get(uri)?.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  const [diagnostic] = published.get(uri) ?? [];
  assert.ok(diagnostic, 'the glossary file has a diagnostic');
  assert.equal(diagnostic.code, 'glossary');
  assert.match(diagnostic.message, /别的/u);
  assert.equal(diagnostic.range.start.line, 3, 'on the line of the entry\'s term');
});

test('watchers are registered for the corpus folder and the glossary file', async () => {
  const deadline = Date.now() + 5000;
  while (registrations.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  const patterns = registrations.flatMap((r) => r.watchers.map((w) => w.globPattern));
  assert.ok(patterns.some((p) => typeof p === 'object' && 'baseUri' in p && String(p.baseUri).endsWith('/refs')), JSON.stringify(patterns));
  assert.ok(patterns.some((p) => typeof p === 'object' && p.pattern === 'team-glossary.json'), JSON.stringify(patterns));
});

test('a changed corpus file is re-indexed without a restart', async () => {
  await eventually('三个聚焦', (m) => m.includes('聚焦民生保障'));
  assert.equal(await hoverText('两个统筹'), '');
  fs.appendFileSync(article, `\n${readFixture('corpora', 'dash-definition.txt')}`);
  await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
    changes: [{ uri: URI.file(article).toString(), type: FileChangeType.Changed }],
  });
  const markdown = await eventually('两个统筹', (m) => m.includes('统筹国内和国际'));
  assert.match(markdown, /1\. 统筹发展和安全/u);
});

test('after a corpus file changes, hover links point into its new text', async () => {
  const link = URI.file(article).toString();
  const lineOf = (markdown: string) => Number(markdown.slice(markdown.indexOf(`${link}#L`) + link.length + 2).split(',')[0]);
  const before = lineOf(await eventually('三个聚焦', (m) => m.includes(`${link}#L`)));
  assert.ok(before > 0);
  fs.writeFileSync(article, `\n\n\n${fs.readFileSync(article, 'utf8')}`);
  await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
    changes: [{ uri: link, type: FileChangeType.Changed }],
  });
  await eventually('三个聚焦', (m) => lineOf(m) === before + 3);
});

test('a folder added to tifa.json is indexed without a restart', async () => {
  assert.equal(await hoverText('五查'), '');
  fs.mkdirSync(path.join(folder, 'more'));
  fs.writeFileSync(path.join(folder, 'more', 'briefing.txt'), readFixture('corpora', 'broken-lines.txt'));
  fs.writeFileSync(path.join(folder, 'tifa.json'), JSON.stringify({ corpus: ['refs', 'more'], glossary: ['team-glossary.json', 'bad-glossary.json'] }));
  await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
    changes: [{ uri: URI.file(path.join(folder, 'tifa.json')).toString(), type: FileChangeType.Changed }],
  });
  const markdown = await eventually('五查', (m) => m.includes('查实效'));
  assert.match(markdown, /1\. 查制度/u);
});

test('a deleted corpus file takes its slogans with it', async () => {
  fs.rmSync(article);
  await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
    changes: [{ uri: URI.file(article).toString(), type: FileChangeType.Deleted }],
  });
  await eventually('三个聚焦', (m) => m === '');
});
