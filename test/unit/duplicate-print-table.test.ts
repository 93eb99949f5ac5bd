import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { PrintTable } from '../../server/src/engine/duplicates/print-table';

test('the fingerprint table agrees with a Map through many adds and removes, growing, reserving and sweeping', () => {
  let seed = 5;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const table = new PrintTable(8);
  const reference = new Map<number, number[]>();
  const printOf = (n: number) => (n * 7919) & 0x3fffffff;
  for (let step = 0; step < 100_000; step++) {
    // Now and then room is reserved ahead, as a batch of new sentences does, live keys and deleted slots in place.
    if (step % 9_973 === 0) table.reserve(Math.floor(random() * 4000));
    const print = printOf(Math.floor(random() * 3000));
    const id = Math.floor(random() * 50);
    const ids = reference.get(print) ?? [];
    if (random() < 0.55 && !ids.includes(id)) {
      table.add(print, id);
      reference.set(print, [...ids, id]);
    } else if (ids.includes(id)) {
      table.remove(print, id);
      const kept = ids.filter((x) => x !== id);
      if (kept.length > 0) reference.set(print, kept);
      else reference.delete(print);
    }
  }
  for (let n = 0; n < 3000; n++) {
    const found = table.get(printOf(n));
    const got = found === undefined ? [] : typeof found === 'number' ? [found] : [...found];
    assert.deepEqual(got.sort(), [...(reference.get(printOf(n)) ?? [])].sort());
    assert.equal(table.count(printOf(n)), got.length);
  }
});
