import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeTree, runCli } from '../cli/harness';
import { sarifValidator } from '../cli/sarif-validator';

const DRAFT = '𠀀地方各级政府才政部门负责统一管理本地区政府债务,按规定公开。\n';

interface JsonFix {
  title: string;
  edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[];
}

test('tifa check --format json gives every diagnostic its fixes, safe or not, in 0-based UTF-16 ranges', async () => {
  const root = makeTree({ 'draft.txt': DRAFT });
  const result = await runCli(['check', '--format', 'json', 'draft.txt'], root);
  const [file] = JSON.parse(result.stdout) as { diagnostics: { code: string; fixes: JsonFix[] }[] }[];
  assert.ok(file.diagnostics.every((d) => Array.isArray(d.fixes)), 'every diagnostic has "fixes"');
  const slip = file.diagnostics.find((d) => d.code === 'wrong-character');
  assert.ok(slip, result.stdout);
  const at = DRAFT.indexOf('才');
  assert.deepEqual(slip.fixes[0].edits, [{ range: { start: { line: 0, character: at }, end: { line: 0, character: at + 1 } }, newText: '财' }]);
  assert.ok(slip.fixes[0].title.includes('财'));
  const comma = file.diagnostics.find((d) => d.code === 'punctuation-width');
  assert.ok(comma);
  const at2 = DRAFT.indexOf(',');
  assert.deepEqual(comma.fixes[0].edits, [{ range: { start: { line: 0, character: at2 }, end: { line: 0, character: at2 + 1 } }, newText: '，' }]);
});

test('tifa check --fix applies the safe fixes and leaves the wrong character for a person to confirm', async () => {
  const root = makeTree({ 'draft.txt': DRAFT });
  await runCli(['check', '--fix', 'draft.txt'], root);
  const after = await runCli(['check', '--format', 'json', 'draft.txt'], root);
  const [file] = JSON.parse(after.stdout) as { diagnostics: { code: string }[] }[];
  assert.deepEqual(file.diagnostics.map((d) => d.code), ['wrong-character']);
});

test('SARIF results carry their fixes as artifact changes with replacements, and the log validates', async () => {
  const root = makeTree({ 'draft.txt': DRAFT });
  const log = JSON.parse((await runCli(['check', '--format', 'sarif', 'draft.txt'], root)).stdout) as { runs: any[] };
  const validate = sarifValidator();
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  const results = log.runs[0].results as { ruleId: string; fixes?: any[]; locations: any[] }[];
  const slip = results.find((r) => r.ruleId === 'wrong-character');
  assert.ok(slip?.fixes);
  const [change] = slip.fixes[0].artifactChanges;
  assert.deepEqual(change.artifactLocation, slip.locations[0].physicalLocation.artifactLocation);
  const column = DRAFT.indexOf('才') + 1;
  assert.deepEqual(change.replacements, [
    { deletedRegion: { startLine: 1, startColumn: column, endLine: 1, endColumn: column + 1, snippet: { text: '才' } }, insertedContent: { text: '财' } },
  ]);
  assert.ok(slip.fixes[0].description.text.includes('财'));
  assert.ok(results.find((r) => r.ruleId === 'punctuation-width')?.fixes?.length);
});
