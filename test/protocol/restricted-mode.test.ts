import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { reindexRequest } from '../../server/src/lsp/protocol';
import { knows, startServer, terms, type TestServer } from '../helpers/lsp';

// Terms no built-in source knows: they can only come from the workspace.
const GLOSSARY_TERM = '九章十法';
const CORPUS_TERM = '七星八斗';
let folder: string;
let trusted: TestServer;
let untrusted: TestServer;

before(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tifa-trust-'));
  fs.mkdirSync(path.join(folder, 'refs'));
  fs.writeFileSync(path.join(folder, 'tifa.json'), JSON.stringify({ corpus: ['refs/*.txt'], glossary: ['team.json'] }));
  fs.writeFileSync(path.join(folder, 'team.json'), JSON.stringify({ version: 1, entries: [{ term: GLOSSARY_TERM }] }));
  fs.writeFileSync(path.join(folder, 'refs', 'a.txt'), `学习体会\n\n张三\n\n我们要坚持“${CORPUS_TERM}”的工作方法，把各项任务落到实处。\n`);
  const rootUri = pathToFileURL(folder).toString();
  [trusted, untrusted] = await Promise.all([
    startServer({ rootUri, initializationOptions: { trusted: true } }),
    startServer({ rootUri, initializationOptions: { trusted: false } }),
  ]);
});
after(async () => {
  await Promise.all([trusted.stop(), untrusted.stop()]);
  fs.rmSync(folder, { recursive: true, force: true });
});

test('a trusted workspace loads the corpora and glossaries tifa.json names', async () => {
  await knows(trusted, [GLOSSARY_TERM, CORPUS_TERM]);
  assert.equal((await trusted.connection.sendRequest(reindexRequest)).trusted, true);
});

test('in Restricted Mode the same workspace reads only the embedded corpus', async () => {
  await knows(trusted, [GLOSSARY_TERM, CORPUS_TERM]);
  const status = await untrusted.connection.sendRequest(reindexRequest);
  assert.equal(status.trusted, false);
  const known = await terms(untrusted);
  assert.ok(known.has('三融五跨'), 'the embedded corpus and glossary still work');
  assert.ok(!known.has(GLOSSARY_TERM), 'the workspace glossary is not read');
  assert.ok(!known.has(CORPUS_TERM), 'the workspace corpus is not read');
  assert.equal(status.corpusSources, (await trusted.connection.sendRequest(reindexRequest)).corpusSources - 1);
});
