import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadGlossary } from '../../server/src/engine/corpus/glossary';
import { GLOSSARY_AREAS } from '../../server/src/engine/corpus/glossary-fields';
import { isDate } from '../../server/src/engine/document/date';
import { builtinGlossaryFiles, loadBuiltinGlossary } from '../../server/src/node/glossary';
import { ROOT } from '../helpers/corpus';

// The embedded glossary as the server loads it, checked against the official texts it cites.
const CORPUS = path.join(ROOT, 'corpus');
const OFFICIAL = path.join(CORPUS, 'official');
const SHARED_OFFICIAL = path.join(ROOT, '..', 'shared', 'corpus-official');

interface RawEntry {
  term: string;
  area?: string;
  definition?: string;
  items?: string[];
  aliases?: string[];
  source?: { title?: string; issuer?: string; date?: string; file?: string };
  since?: string;
  history?: { until?: string; items?: string[]; form?: string; to?: string }[];
}

const files = builtinGlossaryFiles(CORPUS);
const raw = files.map(({ id, file }) => ({ id, file, entries: (JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: RawEntry[] }).entries }));
const areaFiles = raw.filter((g) => g.id !== 'builtin:glossary.json');
const officialText = new Map<string, string>();
function official(file: string): string | undefined {
  if (!officialText.has(file)) {
    const full = path.join(OFFICIAL, file);
    officialText.set(file, fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : '');
  }
  return officialText.get(file) || undefined;
}

/** A partial date compared as the earliest day it can mean: 2014-12 is 2014-12-01. */
const day = (date: string) => `${date}-01-01`.slice(0, 10);

test('the embedded glossary is glossary.json and one file per area, and every file loads without problems', () => {
  assert.ok(areaFiles.length >= 8, `area files: ${areaFiles.map((g) => g.id).join(', ')}`);
  for (const { id } of areaFiles) {
    const area = /^builtin:glossary\/(.+)\.json$/u.exec(id)?.[1];
    assert.ok(area && (GLOSSARY_AREAS as readonly string[]).includes(area), `${id} is named after an area`);
  }
  const sources = loadBuiltinGlossary(CORPUS);
  assert.deepEqual(sources.map((s) => s.id), files.map((f) => f.id), 'every file parses as JSON');
  for (const source of sources) assert.deepEqual(loadGlossary(source.data, source.id, 'en').problems, [], source.id);
});

test('within the embedded glossary a term appears once, and no alias is another entry’s term', () => {
  const owner = new Map<string, string>();
  for (const { id, entries } of raw) {
    for (const entry of entries) {
      assert.ok(!owner.has(entry.term), `${entry.term} in ${id} and ${owner.get(entry.term)}`);
      owner.set(entry.term, id);
    }
  }
  for (const { entries } of raw) {
    for (const entry of entries) {
      for (const alias of entry.aliases ?? []) assert.ok(!owner.has(alias), `${entry.term}: alias ${alias} is a term of its own`);
    }
  }
});

test('every area entry has its area, a definition, a dated source and since', () => {
  let count = 0;
  for (const { id, entries } of areaFiles) {
    const area = /^builtin:glossary\/(.+)\.json$/u.exec(id)![1];
    for (const entry of entries) {
      count++;
      const at = `${id}: ${entry.term}`;
      assert.equal(entry.area, area, `${at} belongs to its file's area`);
      assert.ok(entry.definition && entry.definition.length >= 8, `${at} has a definition`);
      assert.ok(entry.source?.title, `${at} has source.title`);
      assert.ok(entry.source?.issuer, `${at} has source.issuer`);
      assert.ok(entry.source?.date && isDate(entry.source.date), `${at} has a valid source.date`);
      assert.ok(entry.since && isDate(entry.since), `${at} has a valid since`);
      assert.ok(entry.since <= new Date().toISOString().slice(0, 10), `${at}: since is not in the future`);
      for (const earlier of entry.history ?? []) {
        assert.ok(earlier.until && isDate(earlier.until), `${at}: history has a valid until`);
        assert.ok(earlier.items || earlier.form, `${at}: history gives earlier items or an earlier form`);
        if (earlier.items && entry.items) {
          assert.notDeepEqual(earlier.items, entry.items, `${at}: earlier items differ from the current ones`);
          assert.equal(earlier.items.length, entry.items.length, `${at}: the earlier form promises as many items as the term`);
        }
        if (earlier.until && entry.since) assert.ok(day(earlier.until) >= day(entry.since) || !!earlier.items, `${at}: a form replaced before the term was in use`);
      }
    }
  }
  assert.ok(count >= 100, `${count} area entries`);
});

test('every entry that names an official text finds its items there verbatim, and was in use by that text’s date', () => {
  let checked = 0;
  for (const { id, entries } of raw) {
    for (const entry of entries) {
      const file = entry.source?.file;
      if (!file) continue;
      const at = `${id}: ${entry.term} (${file})`;
      const text = official(file);
      assert.ok(text, `${at}: the file exists under corpus/official/`);
      if (entry.items && entry.items.length > 0) {
        for (const item of entry.items) assert.ok(text.includes(item), `${at}: item “${item}” is not in the text`);
      } else {
        const spellings = [entry.term, ...(entry.aliases ?? [])];
        assert.ok(spellings.some((s) => text.includes(s)), `${at}: the text uses the term`);
      }
      if (entry.since && entry.source?.date) assert.ok(day(entry.since) <= day(entry.source.date), `${at}: since ${entry.since} is after the text's date ${entry.source.date}`);
      checked++;
    }
  }
  assert.ok(checked >= 80, `${checked} entries checked against an official text`);
});

test('the official texts shipped are byte-identical copies of the shared official corpus', () => {
  assert.ok(fs.existsSync(SHARED_OFFICIAL), `${SHARED_OFFICIAL} is missing`);
  const shipped = fs.readdirSync(OFFICIAL).filter((name) => name.endsWith('.txt')).sort();
  const shared = fs.readdirSync(SHARED_OFFICIAL).filter((name) => name.endsWith('.txt')).sort();
  assert.deepEqual(shipped, shared);
  for (const name of shipped) {
    assert.ok(fs.readFileSync(path.join(OFFICIAL, name)).equals(fs.readFileSync(path.join(SHARED_OFFICIAL, name))), `${name} differs from the shared copy`);
  }
});
