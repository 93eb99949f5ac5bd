import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createEngine, LineIndex } from '../../server/src/engine';
import { ROOT, embeddedCorpus } from '../helpers/corpus';

const CODE = 'noncanonical-phrase';
const dir = path.join(ROOT, 'test', 'fixtures', 'rules', CODE);
const engine = createEngine({ corpora: [embeddedCorpus()], config: { locale: 'zh', rules: {} } });
engine.setGlossary({ id: 'builtin:glossary.json', data: JSON.parse(fs.readFileSync(path.join(ROOT, 'corpus', 'glossary.json'), 'utf8')) });

for (const name of fs.readdirSync(dir)) {
  test(`${CODE}/${name}: findings and fix-all match the golden files`, () => {
    const read = (file: string) => fs.readFileSync(path.join(dir, name, file), 'utf8');
    const raw = read('case.raw.txt');
    const lines = new LineIndex(raw);
    const found = engine
      .analyze(raw)
      .filter((f) => f.code === CODE)
      .map((f) => ({ code: f.code, line: lines.positionAt(f.span.start).line + 1, text: raw.slice(f.span.start, f.span.end), message: f.message }));
    assert.deepEqual(found, JSON.parse(read('case.expect.json')));
    assert.equal(engine.fixAll(raw).text, read('case.fixed.txt'));
  });
}
