import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createEngine, LineIndex } from '../../server/src/engine';
import { ROOT } from '../helpers/corpus';

const CODES = ['duplicate-sentence', 'duplicate-clause', 'near-duplicate', 'corpus-overlap'];

interface Expected {
  code: string;
  line: number;
  text: string;
}

for (const code of CODES) {
  const dir = path.join(ROOT, 'test', 'fixtures', 'rules', code);
  for (const name of fs.readdirSync(dir)) {
    const folder = path.join(dir, name);
    test(`${code}/${name}: findings and fix-all match the golden files`, () => {
      const read = (file: string) => fs.readFileSync(path.join(folder, file), 'utf8');
      const corpusFile = path.join(folder, 'corpus.txt');
      const engine = createEngine({
        corpora: fs.existsSync(corpusFile) ? [{ id: corpusFile, text: read('corpus.txt') }] : [],
        config: { locale: 'zh', rules: {} },
      });
      const raw = read('case.raw.txt');
      const lines = new LineIndex(raw);
      const found: Expected[] = engine
        .analyze(raw)
        .filter((f) => CODES.includes(f.code))
        .map((f) => ({ code: f.code, line: lines.positionAt(f.span.start).line + 1, text: raw.slice(f.span.start, f.span.end) }));
      assert.deepEqual(found, JSON.parse(read('case.expect.json')));
      assert.equal(engine.fixAll(raw).text, read('case.fixed.txt'));
    });
  }
}
