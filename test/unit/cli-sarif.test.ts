import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleName, sarifLevel } from '../../server/src/cli/sarif';
import { docxBytes } from '../cli/docx-writer';
import { draftsWith, makeTree, runCli } from '../cli/harness';
import { sarifValidator } from '../cli/sarif-validator';

const REPEATED = '各单位要把学习成效转化为推动高质量发展的强大动力。';

test('the SARIF schema validator rejects a broken log, so passing it means something', () => {
  const validate = sarifValidator();
  assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false);
  assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] }), false);
  assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [] }] }), true);
});

test('tifa check --format sarif on mixed drafts validates against the SARIF 2.1.0 schema', async () => {
  const root = draftsWith({ '调研报告.docx': docxBytes(['调研报告', REPEATED, REPEATED]) });
  const result = await runCli(['check', '--format', 'sarif', '.'], root);
  const log = JSON.parse(result.stdout) as { runs: any[] };
  const validate = sarifValidator();
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  const run = log.runs[0];
  assert.equal(run.tool.driver.name, 'tifa');
  assert.equal(run.columnKind, 'utf16CodeUnits');
  assert.ok(run.originalUriBaseIds['%SRCROOT%'].uri.endsWith('/'));
  const uris = run.artifacts.map((a: { location: { uri: string } }) => decodeURIComponent(a.location.uri)).sort();
  assert.deepEqual(uris, ['工作通知.txt', '讲话/提纲.md', '调研报告.docx'].sort());
  const duplicates = run.results.filter((r: { ruleId: string }) => r.ruleId === 'duplicate-sentence');
  assert.ok(duplicates.length >= 2);
  for (const result of run.results) {
    assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId, 'ruleIndex points at the rule');
    const location = result.locations[0].physicalLocation;
    assert.equal(location.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.ok(location.region.startLine >= 1 && location.region.startColumn >= 1);
  }
  const docx = duplicates.find((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
    decodeURIComponent(r.locations[0].physicalLocation.artifactLocation.uri).endsWith('.docx'),
  );
  assert.deepEqual(docx.locations[0].physicalLocation.region, { startLine: 3, startColumn: 1, endLine: 3, endColumn: REPEATED.length + 1, snippet: { text: REPEATED } });
  assert.equal(docx.relatedLocations[0].physicalLocation.region.startLine, 2);
});

test('SARIF rule metadata comes from the engine: every rule, with a description and default level', async () => {
  const root = makeTree({ 'clean.txt': '正文。\n' });
  const log = JSON.parse((await runCli(['check', '-f', 'sarif', 'clean.txt'], root)).stdout);
  const rules = log.runs[0].tool.driver.rules;
  const duplicate = rules.find((r: { id: string }) => r.id === 'duplicate-sentence');
  assert.deepEqual(duplicate.defaultConfiguration, { level: 'warning', enabled: true });
  assert.equal(duplicate.name, 'DuplicateSentence');
  assert.ok(duplicate.shortDescription.text.length > 0);
  assert.ok(sarifValidator()(log));
});

test('severities map onto SARIF levels and codes onto PascalCase names', () => {
  assert.deepEqual(['error', 'warning', 'info', 'hint', 'off'].map((s) => sarifLevel(s as 'error')), ['error', 'warning', 'note', 'note', 'none']);
  assert.equal(ruleName('near-duplicate'), 'NearDuplicate');
});
