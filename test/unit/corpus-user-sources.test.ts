import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createEngine } from '../../server/src/engine';
import { UserSources } from '../../server/src/node/user-sources';
import { TEXT_EXTENSIONS } from '../../server/src/node/files';
import { readFixture } from '../helpers/corpus';

function workspace(): string {
  const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tifa-sources-')));
  fs.mkdirSync(path.join(folder, 'refs', 'old'), { recursive: true });
  fs.writeFileSync(path.join(folder, 'refs', 'inline.txt'), readFixture('corpora', 'inline-lists.txt'));
  fs.writeFileSync(path.join(folder, 'refs', 'old', 'ordinal.txt'), readFixture('corpora', 'ordinal-paragraphs.txt'));
  fs.writeFileSync(path.join(folder, 'refs', 'notes.docx'), 'not text');
  fs.writeFileSync(path.join(folder, 'glossary.json'), JSON.stringify(['团队提法']));
  return folder;
}

test('sync indexes matched files, keeps unchanged ones and drops those no longer matched', async () => {
  const folder = workspace();
  const engine = createEngine();
  let changes = 0;
  const sources = new UserSources({ engine: () => engine, warn: () => undefined, changed: () => changes++ });
  await sources.sync({ corpus: ['refs'], glossary: ['glossary.json'] }, folder);
  assert.deepEqual(engine.corpusIds().sort(), [path.join(folder, 'refs', 'inline.txt'), path.join(folder, 'refs', 'old', 'ordinal.txt')]);
  assert.ok(engine.glossary().some((e) => e.term === '三个到位'));
  assert.ok(engine.glossary().some((e) => e.term === '团队提法'));
  assert.equal(changes, 1);
  await sources.sync({ corpus: ['refs'], glossary: ['glossary.json'] }, folder);
  assert.equal(changes, 1, 'the same patterns change nothing');
  await sources.sync({ corpus: ['refs/*.txt'], glossary: [] }, folder);
  assert.deepEqual(engine.corpusIds(), [path.join(folder, 'refs', 'inline.txt')]);
  assert.ok(!engine.glossary().some((e) => e.term === '三个到位' || e.term === '团队提法'));
  fs.rmSync(folder, { recursive: true, force: true });
});

test('a change on disk re-indexes that one file; files outside the patterns are ignored', async () => {
  const folder = workspace();
  const engine = createEngine();
  const sources = new UserSources({ engine: () => engine, warn: () => undefined, changed: () => undefined });
  await sources.sync({ corpus: ['refs/**/*.txt'], glossary: [] }, folder);
  const added = path.join(folder, 'refs', 'dash.txt');
  fs.writeFileSync(added, readFixture('corpora', 'dash-definition.txt'));
  assert.equal(sources.fileChanged(added, 'created'), true);
  assert.ok(engine.glossary().some((e) => e.term === '四个服务'));
  assert.equal(sources.fileChanged(path.join(folder, 'elsewhere.txt'), 'created'), false);
  fs.rmSync(added);
  assert.equal(sources.fileChanged(added, 'deleted'), true);
  assert.ok(!engine.glossary().some((e) => e.term === '四个服务'));
  fs.rmSync(folder, { recursive: true, force: true });
});

test('watch patterns name a folder and a glob relative to it', async () => {
  const folder = workspace();
  const sources = new UserSources({ engine: () => createEngine(), warn: () => undefined, changed: () => undefined });
  await sources.sync({ corpus: ['refs', 'more/**/*.md'], glossary: ['glossary.json'] }, folder);
  const slash = folder.split(path.sep).join('/');
  assert.deepEqual(sources.watchPatterns(), [
    { folder: `${slash}/refs`, glob: `**/*.{${TEXT_EXTENSIONS.map((e) => e.slice(1)).join(',')}}` },
    { folder: `${slash}/more`, glob: '**/*.md' },
    { folder: slash, glob: 'glossary.json' },
  ]);
  fs.rmSync(folder, { recursive: true, force: true });
});
