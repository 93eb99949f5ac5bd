import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildCorpusIndex, createEngine, entriesFromIndex, mineSource } from '../../server/src/engine';
import { embeddedCorpus, readFixture, ROOT } from '../helpers/corpus';

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value));

test('an index round-trips every mined entry, sources and all', () => {
  const sources = [embeddedCorpus(), { id: '/refs/inline.txt', text: readFixture('corpora', 'inline-lists.txt') }];
  const mined = sources.map((s) => ({ ...s, entries: mineSource(s) }));
  const index = plain(buildCorpusIndex(mined));
  for (const source of mined) {
    assert.deepEqual(plain(entriesFromIndex(index, source.id, source.text)), plain(source.entries));
  }
});

test('an index built from another text, another version or nothing is not used', () => {
  const corpus = embeddedCorpus();
  const index = plain(buildCorpusIndex([{ ...corpus, entries: mineSource(corpus) }]));
  assert.equal(entriesFromIndex(index, corpus.id, `${corpus.text}。`), undefined);
  assert.equal(entriesFromIndex(index, 'builtin:other.txt', corpus.text), undefined);
  assert.equal(entriesFromIndex({ ...index, version: 0 }, corpus.id, corpus.text), undefined);
  assert.equal(entriesFromIndex(null, corpus.id, corpus.text), undefined);
});

test('the engine takes prebuilt entries instead of mining', () => {
  const corpus = embeddedCorpus();
  const mined = mineSource(corpus);
  const fromIndex = createEngine({ corpora: [{ ...corpus, mined }] });
  const fromText = createEngine({ corpora: [corpus] });
  assert.deepEqual(plain(fromIndex.glossary()), plain(fromText.glossary()));
  const marker = createEngine({ corpora: [{ ...corpus, mined: [{ term: '只在索引里', kind: 'quoted', sources: [] }] }] });
  assert.deepEqual(marker.glossary().map((e) => e.term), ['只在索引里']);
});

const built = path.join(ROOT, 'dist', 'corpus-index.json');
test('the index the build writes matches the embedded corpus as it is now', { skip: !fs.existsSync(built) }, () => {
  const corpus = embeddedCorpus();
  const entries = entriesFromIndex(JSON.parse(fs.readFileSync(built, 'utf8')), corpus.id, corpus.text);
  assert.ok(entries, 'the built index covers the embedded corpus');
  assert.deepEqual(plain(entries), plain(mineSource(corpus)));
});
