import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { makeTree, runCli } from '../cli/harness';
import { embeddedCorpus } from '../helpers/corpus';

interface JsonFile {
  diagnostics: { code: string }[];
}

test('tifa check --fix on a copy of the embedded corpus reports what it changed, and a second run changes nothing', async () => {
  const original = embeddedCorpus().text;
  const root = makeTree({ 'notes.txt': original });
  const first = await runCli(['check', '--fix', '--locale', 'en', 'notes.txt'], root);
  assert.match(first.stderr, /notes\.txt: applied \d+ fix\(es\) \(.*punctuation-width ×\d+.*broken-paragraph ×8.*duplicate-sentence ×1/u);
  const fixed = fs.readFileSync(path.join(root, 'notes.txt'), 'utf8');
  assert.notEqual(fixed, original);
  assert.deepEqual(fs.readdirSync(root), ['notes.txt'], 'no temporary file is left behind');

  const second = await runCli(['check', '--fix', '--locale', 'en', 'notes.txt'], root);
  assert.doesNotMatch(second.stderr, /applied/u);
  assert.equal(fs.readFileSync(path.join(root, 'notes.txt'), 'utf8'), fixed);
  const codes = (JSON.parse((await runCli(['check', '-f', 'json', 'notes.txt'], root)).stdout) as JsonFile[])[0].diagnostics.map((d) => d.code);
  for (const code of ['punctuation-width', 'broken-paragraph', 'duplicate-sentence']) assert.ok(!codes.includes(code), code);
  assert.ok(codes.includes('stray-heading'), 'the stray heading is left to the drafter');
});
