import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createEngine } from '../../server/src/engine';
import { gongwenLayout } from '../../server/src/engine/document/gongwen';
import { parseDocument } from '../../server/src/engine/document/parse';
import { ROOT } from '../helpers/corpus';

/**
 * The official texts are the canonical usage of dates, ranges and numbering. They are not
 * 公文 with a 发文字号, so `auto` leaves the 公文 rules off; `on` runs them anyway, and both
 * must find nothing. number-range runs on every text and must find nothing either.
 */
const SHARED = path.join(ROOT, '..', 'shared');
const FOLDERS: readonly [string, number][] = [
  ['corpus-official', 40],
  ['corpus-real', 3],
];
const CODES = ['document-number', 'date-format', 'heading-ladder', 'attachment-note', 'number-range'];
/** The findings of each rule on all the texts together: none. */
const EXPECTED: Readonly<Record<string, number>> = Object.fromEntries(CODES.map((code) => [code, 0]));

function texts(folder: string): { name: string; text: string }[] {
  const dir = path.join(SHARED, folder);
  assert.ok(fs.existsSync(dir), `${dir} is missing: the official texts are needed to measure false alarms`);
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

for (const [folder, count] of FOLDERS) {
  test(`${folder}: no text reads as a 公文, and the 公文 and number rules find nothing`, () => {
    const documents = texts(folder);
    assert.equal(documents.length, count);
    for (const gongwen of ['auto', 'on'] as const) {
      const engine = createEngine({ config: { locale: 'zh', gongwen } });
      const counts: Record<string, number> = Object.fromEntries(CODES.map((code) => [code, 0]));
      const shown: string[] = [];
      for (const { name, text } of documents) {
        if (gongwen === 'auto') assert.ok(!gongwenLayout(parseDocument(text)).reads, `${name} reads as a 公文`);
        for (const f of engine.analyze(text, { kind: 'text' })) {
          if (!CODES.includes(f.code)) continue;
          counts[f.code]++;
          shown.push(`${name} ${f.code} ${JSON.stringify(text.slice(Math.max(0, f.span.start - 10), f.span.end + 10))}`);
        }
      }
      assert.deepEqual(counts, EXPECTED, `gongwen: ${gongwen}\n${shown.join('\n')}`);
    }
  });
}
