import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';
import { docxBytes } from '../cli/docx-writer';
import { draftsWith } from '../cli/harness';
import { ROOT } from '../helpers/corpus';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const tifa = (args: string[], cwd = ROOT) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });

test('the built tifa binary checks mixed drafts with the real corpus; no progress off a terminal', () => {
  const root = draftsWith({ '调研报告.docx': docxBytes(['调研报告', '各单位要把学习成效转化为推动高质量发展的强大动力。', '各单位要把学习成效转化为推动高质量发展的强大动力。']) });
  const result = tifa(['check', '--format', 'json', '.'], root);
  const files: { file: string; diagnostics: { severity: number; code: string }[] }[] = JSON.parse(result.stdout);
  assert.equal(files.length, 3);
  assert.ok(files.some((f) => f.file.endsWith('.docx') && f.diagnostics.some((d) => d.code === 'duplicate-sentence')));
  const errors = files.flatMap((f) => f.diagnostics).filter((d) => d.severity === 1).length;
  assert.equal(result.status, errors > 0 ? 1 : 0);
  assert.doesNotMatch(result.stderr, /\r|\u001b/u, 'stderr is not a terminal: no progress line');
});

test('the binary prints help for every subcommand and exits 2 on a usage error', () => {
  for (const command of ['check', 'report', 'glossary']) {
    const help = tifa([command, '--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, new RegExp(`^Usage: tifa ${command}`, 'u'));
  }
  const usage = tifa(['check', '--format', 'xml', 'x']);
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /^tifa: --format must be one of text, json, sarif/u);
});
