import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeTree, runCli } from '../cli/harness';

const VARIANT = '以“三融五通”促进协同。\n练就过硬的政治领悟力、政治判断力、政治执行力。\n';
const CANONICAL = '以“三融五跨”促进协同。\n练就过硬的政治判断力、政治领悟力、政治执行力。\n';

test('tifa check reports non-canonical phrasings, and --fix writes the canonical text back', async () => {
  const root = makeTree({ 'draft.txt': VARIANT });
  const report = await runCli(['check', '--format', 'json', 'draft.txt'], root);
  const [file] = JSON.parse(report.stdout) as { diagnostics: { code: string; range: { start: { line: number; character: number } } }[] }[];
  assert.deepEqual(
    file.diagnostics.filter((d) => d.code === 'noncanonical-phrase').map((d) => d.range.start),
    [
      { line: 0, character: 2 },
      { line: 1, character: 5 },
    ],
  );
  await runCli(['check', '--fix', 'draft.txt'], root);
  assert.equal(fs.readFileSync(path.join(root, 'draft.txt'), 'utf8'), CANONICAL);
});
