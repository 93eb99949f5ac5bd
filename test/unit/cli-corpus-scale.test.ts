import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { makeTree } from '../cli/harness';
import { writeBigCorpus } from '../helpers/big-corpus';
import { ROOT } from '../helpers/corpus';

const FILES = 10_000;
/** Generous bounds: on two cores the check takes about 2 s and 130 MB; merging per file took over ten minutes. */
const TIME_BOUND_MS = 30_000;
const RSS_BOUND_MB = 1000;

test('tifa check reads a 10,000-file corpus glob and finds the one file a draft copies', (t) => {
  const root = makeTree({ 'tifa.json': JSON.stringify({ corpus: ['refs/**/*.txt'] }) });
  const corpus = writeBigCorpus(root, FILES);
  fs.writeFileSync(path.join(root, 'draft.txt'), `旧城改造情况报告\n\n${corpus.uniqueSentence}\n`);
  // Reports the peak memory of the real binary from inside it, on exit.
  fs.writeFileSync(path.join(root, 'peak.js'), "process.on('exit', () => process.stderr.write(`peak-rss ${process.resourceUsage().maxRSS}\\n`));");

  const started = Date.now();
  const result = spawnSync(process.execPath, ['--require', './peak.js', path.join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', 'draft.txt'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C' },
    timeout: 2 * TIME_BOUND_MS,
  });
  const elapsed = Date.now() - started;
  const peakMb = Number(/peak-rss (\d+)/u.exec(result.stderr)?.[1] ?? 0) / 1024;
  t.diagnostic(`checked against ${FILES} corpus files (${(corpus.bytes / 1048576).toFixed(1)} MB) in ${elapsed} ms, peak RSS ${peakMb.toFixed(0)} MB`);

  assert.equal(result.status, 0, result.stderr);
  const [draft]: { diagnostics: { code: string; message: string; range: { start: { line: number } } }[] }[] = JSON.parse(result.stdout);
  const overlap = draft.diagnostics.find((d) => d.code === 'corpus-overlap');
  assert.ok(overlap, JSON.stringify(draft.diagnostics));
  assert.equal(overlap.range.start.line, 2);
  assert.ok(overlap.message.includes(`《${corpus.targetTitle}》`), overlap.message);
  assert.ok(elapsed < TIME_BOUND_MS, `took ${elapsed} ms`);
  assert.ok(peakMb > 0 && peakMb < RSS_BOUND_MB, `peak RSS ${peakMb.toFixed(0)} MB`);
});
