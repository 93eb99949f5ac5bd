import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { createEngine } from '../../server/src/engine';
import { readFixture } from '../helpers/corpus';

const CODES = new Set(['duplicate-sentence', 'duplicate-clause', 'near-duplicate', 'corpus-overlap']);
const findings = (engine: ReturnType<typeof createEngine>, text: string) =>
  engine
    .analyze(text)
    .filter((f) => CODES.has(f.code))
    .map((f) => ({ code: f.code, span: f.span, related: f.related?.map((r) => r.span) }));

test('after any sequence of edits the kept index reports exactly what a fresh engine reports', () => {
  const base = readFixture('duplicates', 'gov-report-2022.injected.txt');
  const warm = createEngine({ config: { locale: 'en', rules: {} } });
  let text = base;
  findings(warm, text);
  const lines = text.split('\n');
  const edits: ((t: string) => string)[] = [
    (t) => t.replace('。', '，'),
    (t) => `${lines[10]}\n${t}`,
    (t) => t.replace(lines[20], ''),
    (t) => t + `\n${lines[30]}`,
    (t) => t.replace(lines[30], lines[30].slice(0, -3)),
    (t) => t.slice(0, Math.floor(t.length / 2)) + '新' + t.slice(Math.floor(t.length / 2)),
  ];
  for (const edit of edits) {
    text = edit(text);
    assert.deepEqual(findings(warm, text), findings(createEngine({ config: { locale: 'en', rules: {} } }), text));
  }
});

test('two documents analysed in turn keep their own results', () => {
  const engine = createEngine({ config: { locale: 'en', rules: {} } });
  const a = readFixture('duplicates', 'gov-report-2022.injected.txt');
  const b = readFixture('duplicates', 'party-congress-report-20th-2022.injected.txt');
  const first = findings(engine, a);
  findings(engine, b);
  assert.deepEqual(findings(engine, a), first);
});
