import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { createEngine } from '../../server/src/engine';
import { embeddedCorpus } from '../helpers/corpus';

test('after prepareCompletion the first pinyin request is as quick as any other', () => {
  const engine = createEngine({ corpora: [embeddedCorpus()] });
  const prepareStart = performance.now();
  engine.prepareCompletion();
  const prepared = performance.now() - prepareStart;
  const start = performance.now();
  const result = engine.complete('坚决做到lgwh', 8);
  const first = performance.now() - start;
  assert.equal(result?.candidates[0].label, '两个维护');
  assert.ok(first < 20, `first request ${first.toFixed(1)} ms after a ${prepared.toFixed(1)} ms preparation`);
});
