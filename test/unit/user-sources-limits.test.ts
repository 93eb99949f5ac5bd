import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createEngine } from '../../server/src/engine';
import { UserSources, type CorpusLimitReached, type IndexingProgress, type SourceProblem, type UserSourcesHost } from '../../server/src/node/user-sources';

function tree(files: Record<string, string | Buffer>): string {
  const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tifa-limits-')));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), content);
  }
  return folder;
}

function sources(extra: Partial<UserSourcesHost> = {}) {
  const engine = createEngine();
  const heard = { warnings: [] as string[], problems: [] as SourceProblem[], progress: [] as IndexingProgress[], limits: [] as CorpusLimitReached[] };
  const user = new UserSources({
    engine: () => engine,
    warn: (message) => heard.warnings.push(message),
    synced: (problems) => heard.problems.push(...problems),
    indexing: (progress) => heard.progress.push(progress),
    limitReached: (reached) => heard.limits.push(reached),
    changed: () => undefined,
    ...extra,
  });
  return { engine, user, heard };
}

const ARTICLE = (n: number) => `第${n}篇\n\n要坚持“第${n}条经验”，把工作落到实处。\n`;

test('past the file limit further corpus files are left out, and the limit is reported once', async () => {
  const folder = tree({ 'refs/a.txt': ARTICLE(1), 'refs/b.txt': ARTICLE(2), 'refs/c.txt': ARTICLE(3) });
  const { engine, user, heard } = sources({ limits: { files: 2, bytes: 1 << 20 } });
  await user.sync({ corpus: ['refs'], glossary: [] }, folder);
  assert.deepEqual(engine.corpusIds().map((id) => path.basename(id)), ['a.txt', 'b.txt']);
  assert.deepEqual(heard.limits, [{ limit: 'files', value: 2, indexed: 2, matched: 3 }]);
  assert.equal(user.fileChanged(path.join(folder, 'refs', 'c.txt'), 'changed'), true);
  assert.equal(engine.corpusIds().length, 2, 'a change on disk does not pass the limit either');
  assert.match(heard.warnings.at(-1)!, /limit of 2 files/u);
  fs.rmSync(folder, { recursive: true, force: true });
});

test('past the size limit further corpus files are left out; a file grown past it is dropped, not kept stale', async () => {
  const folder = tree({ 'refs/a.txt': ARTICLE(1), 'refs/b.txt': ARTICLE(2) });
  const limit = Buffer.byteLength(ARTICLE(1)) + 10;
  const { engine, user, heard } = sources({ limits: { files: 100, bytes: limit } });
  await user.sync({ corpus: ['refs'], glossary: [] }, folder);
  assert.deepEqual(engine.corpusIds().map((id) => path.basename(id)), ['a.txt']);
  assert.deepEqual(heard.limits, [{ limit: 'bytes', value: limit, indexed: 1, matched: 2 }]);
  const a = path.join(folder, 'refs', 'a.txt');
  fs.writeFileSync(a, ARTICLE(1).repeat(3));
  user.fileChanged(a, 'changed');
  assert.deepEqual(engine.corpusIds(), []);
  fs.rmSync(folder, { recursive: true, force: true });
});

test('indexing reports each file and finishes; a sync with nothing new to read reports nothing', async () => {
  const folder = tree({ 'refs/a.txt': ARTICLE(1), 'refs/b.txt': ARTICLE(2) });
  const { user, heard } = sources();
  await user.sync({ corpus: ['refs'], glossary: [] }, folder);
  assert.deepEqual(heard.progress, [
    { done: 0, total: 2, finished: false },
    { done: 1, total: 2, finished: false },
    { done: 2, total: 2, finished: true },
  ]);
  await user.sync({ corpus: ['refs/*.txt'], glossary: [] }, folder);
  assert.equal(heard.progress.length, 3);
  fs.rmSync(folder, { recursive: true, force: true });
});

test('a superseded sync finishes its progress', async () => {
  const folder = tree({ 'refs/a.txt': ARTICLE(1), 'refs/b.txt': ARTICLE(2), 'other/c.txt': ARTICLE(3) });
  const { engine, user, heard } = sources();
  const first = user.sync({ corpus: ['refs'], glossary: [] }, folder);
  const second = user.sync({ corpus: ['other'], glossary: [] }, folder);
  await Promise.all([first, second]);
  assert.deepEqual(engine.corpusIds().map((id) => path.basename(id)), ['c.txt']);
  assert.equal(heard.progress.filter((p) => p.finished).length, 2);
  fs.rmSync(folder, { recursive: true, force: true });
});

test('missing patterns, binary files and a glossary folder without JSON are reported, never thrown', async () => {
  const folder = tree({
    'refs/scan.txt': Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]),
    'refs/good.txt': ARTICLE(1),
    'glossaries/readme.txt': '术语表说明',
  });
  const { engine, user, heard } = sources();
  await user.sync({ corpus: ['refs', 'nowhere/*.txt', 'absent.txt'], glossary: ['glossaries'] }, folder);
  assert.deepEqual(engine.corpusIds().map((id) => path.basename(id)), ['good.txt']);
  assert.deepEqual(heard.problems, [
    { pattern: 'nowhere/*.txt' },
    { pattern: 'absent.txt' },
    { pattern: 'glossaries' },
    { file: path.join(folder, 'refs', 'scan.txt'), reason: 'binary content (NUL bytes), not a text file' },
  ]);
  fs.rmSync(folder, { recursive: true, force: true });
});
