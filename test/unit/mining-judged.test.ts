import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { drawSample, minedWithItems, type MinedWithItems } from '../../scripts/mining-sample';
import { ROOT } from '../helpers/corpus';

interface Judged {
  readonly term: string;
  readonly items: readonly string[];
  readonly source: string;
  readonly verdict: 'right' | 'wrong';
  readonly note: string;
}

const fixture = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'mining', 'official-judged.json'), 'utf8')) as {
  seed: number;
  sample: Judged[];
  earlier: Judged[];
};
const mined = minedWithItems(path.join(ROOT, 'corpus', 'official'));
const find = (judged: Judged): MinedWithItems | undefined => mined.find((m) => m.term === judged.term && m.source === judged.source);

test('the judged sample has 40 entries, each judged with a reason, and at least 38 of them right', () => {
  assert.equal(fixture.sample.length, 40);
  for (const judged of [...fixture.sample, ...fixture.earlier]) {
    assert.ok(['right', 'wrong'].includes(judged.verdict) && judged.note.length > 10, `${judged.term}: verdict and reason`);
    assert.ok(fs.existsSync(path.join(ROOT, 'corpus', 'official', judged.source)), judged.source);
  }
  const right = fixture.sample.filter((j) => j.verdict === 'right').length;
  assert.ok(right >= 38, `${right}/40 judged right`);
});

test('every entry judged right still mines to exactly its items', () => {
  for (const judged of fixture.sample.filter((j) => j.verdict === 'right')) {
    assert.deepEqual(find(judged)?.items, judged.items, `${judged.source}: ${judged.term}`);
  }
});

test('no entry judged wrong shows its wrong items again', () => {
  for (const judged of [...fixture.sample, ...fixture.earlier].filter((j) => j.verdict === 'wrong')) {
    assert.notDeepEqual(find(judged)?.items, judged.items, `${judged.source}: ${judged.term}`);
  }
});

test('the sample is what the script draws from what mining gives today', () => {
  const drawn = drawSample(mined, 40, fixture.seed).map((m) => `${m.source} ${m.term}`);
  assert.deepEqual(
    drawn,
    fixture.sample.map((j) => `${j.source} ${j.term}`),
    'mining now gives other entries: draw the sample again (scripts/mining-sample.ts) and judge the new ones',
  );
});
