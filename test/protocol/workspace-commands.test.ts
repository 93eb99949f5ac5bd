import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkFilesRequest, reindexRequest } from '../../server/src/lsp/protocol';
import { startServer, type TestServer } from '../helpers/lsp';

const SENTENCE = '要坚持“集约建设、互联互通、协同联动”的工作要求，切实提升整体效能。';
let folder: string;
let trusted: TestServer;
let untrusted: TestServer;

before(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tifa-ws-'));
  fs.writeFileSync(path.join(folder, 'draft.policy'), `标题\n\n${SENTENCE}${SENTENCE}\n`);
  fs.writeFileSync(path.join(folder, 'clean.txt'), '标题\n\n数字重庆建设是一项系统工程。\n');
  fs.writeFileSync(path.join(folder, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  const rootUri = pathToFileURL(folder).toString();
  trusted = await startServer({ rootUri, initializationOptions: { trusted: true } });
  untrusted = await startServer({ rootUri, initializationOptions: { trusted: false } });
});
after(async () => {
  await Promise.all([trusted.stop(), untrusted.stop()]);
  fs.rmSync(folder, { recursive: true, force: true });
});

const uri = (name: string) => pathToFileURL(path.join(folder, name)).toString();

test('checking files on disk finds what an open document would show, and says which files it skipped', async () => {
  const result = await trusted.connection.sendRequest(checkFilesRequest, { uris: [uri('draft.policy'), uri('clean.txt'), uri('image.txt'), 'untitled:Untitled-1'] });
  assert.deepEqual(
    result.files.map((f) => [path.basename(new URL(f.uri).pathname), f.diagnostics.map((d) => d.code)]),
    [
      ['draft.policy', ['duplicate-sentence']],
      ['clean.txt', []],
    ],
  );
  const duplicate = result.files[0].diagnostics[0];
  assert.deepEqual(duplicate.range, { start: { line: 2, character: SENTENCE.length }, end: { line: 2, character: 2 * SENTENCE.length } });
  assert.deepEqual(
    result.skipped.map((s) => [s.uri.endsWith('image.txt') || s.uri, /binary|scheme|file/u.test(s.reason)]),
    [
      [true, true],
      ['untitled:Untitled-1', true],
    ],
  );
});

test('reindexing reads tifa.json again and reports the state, including Restricted Mode', async () => {
  fs.writeFileSync(path.join(folder, 'tifa.json'), JSON.stringify({ rules: { 'duplicate-sentence': 'off' } }));
  const [open, restricted] = await Promise.all([trusted.connection.sendRequest(reindexRequest), untrusted.connection.sendRequest(reindexRequest)]);
  assert.equal(open.trusted, true);
  assert.equal(restricted.trusted, false);
  assert.ok(open.terms > 50 && restricted.terms === open.terms, 'both know the embedded corpus');
  // Rule settings are only read, never run: Restricted Mode honours them too.
  for (const server of [trusted, untrusted]) {
    const result = await server.connection.sendRequest(checkFilesRequest, { uris: [uri('draft.policy')] });
    assert.deepEqual(result.files[0].diagnostics, []);
  }
  fs.rmSync(path.join(folder, 'tifa.json'));
});

test('files that .gitignore or the ignore list of tifa.json name are left out, as tifa check leaves them', async () => {
  fs.mkdirSync(path.join(folder, 'old'), { recursive: true });
  fs.writeFileSync(path.join(folder, 'old', 'draft.txt'), `标题\n\n${SENTENCE}${SENTENCE}\n`);
  fs.writeFileSync(path.join(folder, 'scratch.txt'), `标题\n\n${SENTENCE}${SENTENCE}\n`);
  fs.writeFileSync(path.join(folder, '.gitignore'), 'old/\n');
  fs.writeFileSync(path.join(folder, 'tifa.json'), JSON.stringify({ ignore: ['scratch.txt'] }));
  const result = await trusted.connection.sendRequest(checkFilesRequest, { uris: [uri('old/draft.txt'), uri('scratch.txt'), uri('draft.policy')] });
  assert.deepEqual(result.ignored, [uri('old/draft.txt'), uri('scratch.txt')]);
  assert.deepEqual(result.files.map((f) => f.uri), [uri('draft.policy')]);
  for (const name of ['tifa.json', '.gitignore', 'scratch.txt']) fs.rmSync(path.join(folder, name));
});
