import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { createEngine, type Finding } from '../../server/src/engine';
import { embeddedCorpus, readFixture } from '../helpers/corpus';

interface Injection {
  kind: 'exact' | 'clause' | 'near';
  code: string;
  text: string;
  original?: string;
}

const engine = createEngine({ corpora: [embeddedCorpus()], config: { locale: 'en', rules: {} } });
const DOCUMENTS = ['gov-report-2022', 'party-congress-report-20th-2022'];
const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

for (const name of DOCUMENTS) {
  const text = readFixture('duplicates', `${name}.injected.txt`);
  const injected = JSON.parse(readFixture('duplicates', `${name}.injected.json`)) as Injection[];
  const findings = engine.analyze(text);
  const of = (code: string) => findings.filter((f) => f.code === code);

  test(`${name}: every injected repeated sentence and clause is found`, () => {
    for (const injection of injected.filter((i) => i.kind !== 'near')) {
      assert.ok(
        of(injection.code).some((f) => slice(text, f.span) === injection.text && f.span.start > f.related![0].span.start),
        `${injection.code} not found: ${injection.text}`,
      );
    }
    const expected = injected.filter((i) => i.kind !== 'near').length;
    const reported = of('duplicate-sentence').length + of('duplicate-clause').length;
    assert.equal(reported, expected, 'no repeated sentence or clause beyond the injected ones');
  });

  test(`${name}: near-duplicate recall and precision`, () => {
    const near = injected.filter((i) => i.kind === 'near');
    const matches = (f: Finding, i: Injection) => [slice(text, f.span), slice(text, f.related![0].span)].includes(i.text);
    const found = near.filter((i) => of('near-duplicate').some((f) => matches(f, i)));
    const correct = of('near-duplicate').filter((f) => near.some((i) => matches(f, i)));
    const recall = found.length / near.length;
    const precision = correct.length / Math.max(1, of('near-duplicate').length);
    process.stdout.write(`# ${name}: near-duplicate recall ${(recall * 100).toFixed(1)}% (${found.length}/${near.length}), precision ${(precision * 100).toFixed(1)}% (${correct.length}/${of('near-duplicate').length})\n`);
    assert.ok(recall >= 0.85, `recall ${recall}`);
    assert.ok(precision >= 0.95, `precision ${precision}`);
  });
}
