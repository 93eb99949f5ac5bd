import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { formatMetadata, METADATA_FILE, officialMetadata, readSourcesTable, sha256Prefix } from '../../scripts/official-sources';
import { ROOT } from '../helpers/corpus';

const DIR = path.join(ROOT, 'corpus', 'official');
const SHARED = path.join(ROOT, '..', 'shared', 'corpus-official');
const zhDate = (iso: string) => iso.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/u, '$1年$2月$3日');
const texts = () => fs.readdirSync(DIR).filter((name) => name.endsWith('.txt')).sort();

test('the embedded official texts and their provenance are byte-identical copies of the shared corpus', () => {
  assert.ok(fs.existsSync(SHARED), `${SHARED} is missing`);
  const shared = fs.readdirSync(SHARED).filter((name) => name.endsWith('.txt')).sort();
  assert.equal(shared.length, 40);
  assert.deepEqual(texts(), shared);
  for (const name of [...shared, 'README.md', 'SOURCES.md']) {
    assert.ok(fs.readFileSync(path.join(DIR, name)).equals(fs.readFileSync(path.join(SHARED, name))), `${name} differs from the shared copy`);
  }
});

test('sources.json is what SOURCES.md says about each shipped text', () => {
  const committed = fs.readFileSync(path.join(DIR, METADATA_FILE), 'utf8');
  assert.equal(committed, formatMetadata(officialMetadata(DIR)));
  const metadata = JSON.parse(committed) as ReturnType<typeof officialMetadata>;
  assert.deepEqual(metadata.sources.map((s) => s.file), texts());
  const rows = readSourcesTable(fs.readFileSync(path.join(DIR, 'SOURCES.md'), 'utf8'));
  for (const source of metadata.sources) {
    assert.equal(source.sha256, sha256Prefix(fs.readFileSync(path.join(DIR, source.file))), source.file);
    const row = rows.find((r) => r.file === source.file);
    if (source.hashFrom === 'SOURCES.md') assert.equal(source.sha256, row?.sha256, `${source.file}: hash recorded in SOURCES.md`);
    assert.match(source.title, /^《[^《》]+》$/u);
    assert.ok(source.issuer.length > 0);
    if (source.date !== null) assert.match(source.date, /^\d{4}-\d{2}-\d{2}$/u);
    const written = source.date === null ? ['date not in source text'] : [source.date, zhDate(source.date)];
    const what = rows.find((r) => r.file === source.row)?.what ?? '';
    assert.ok(written.some((form) => what.includes(form)), `${source.file}: its date is the one its row gives`);
  }
  const report = metadata.sources.find((s) => s.file === 'gov-report-2024.txt');
  assert.deepEqual([report?.title, report?.issuer, report?.date], ['《2024年政府工作报告》', '国务院', '2024-03-05']);
});

test('a text changed after it was copied is refused', () => {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'tifa-official-'));
  try {
    for (const name of ['SOURCES.md', 'gov-report-2023.txt']) fs.copyFileSync(path.join(DIR, name), path.join(copy, name));
    assert.equal(officialMetadata(copy).sources.length, 1);
    fs.appendFileSync(path.join(copy, 'gov-report-2023.txt'), '补一句。\n');
    assert.throws(() => officialMetadata(copy), /gov-report-2023\.txt: .*SOURCES\.md records 54720 bytes, 8debe9fde45e61c3/u);
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
});
