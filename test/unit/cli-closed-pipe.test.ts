import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers/corpus';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const ENV = { ...process.env, LANG: 'C' };

/** A draft with thousands of findings: far more output than a pipe buffer holds. */
function bigDraft(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tifa-pipe-'));
  const file = path.join(dir, 'big.txt');
  const lines: string[] = [];
  for (let i = 0; i < 4000; i++) lines.push(`坚持问题导向,推动第${i}项工作落实。`);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** Runs the CLI into a reader that takes the first chunk and closes the pipe, as `| head -1` does. */
function runIntoClosingReader(args: string[]): Promise<{ status: number | null; stderr: string; read: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let read = 0;
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdout.once('data', (chunk: Buffer) => {
      read = chunk.length;
      child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr, read }));
  });
}

for (const format of ['text', 'json', 'sarif']) {
  test(`tifa check --format ${format} into a reader that closes early exits quietly with its usual status`, async () => {
    const file = bigDraft();
    try {
      const args = ['check', '--all', '--format', format, file];
      const full = spawnSync(process.execPath, [CLI, ...args], { env: ENV, encoding: 'utf8', maxBuffer: 1 << 30 });
      assert.ok(full.stdout.length > 1 << 18, `the output (${full.stdout.length} bytes) outgrows any pipe buffer`);
      const closed = await runIntoClosingReader(args);
      assert.ok(closed.read > 0, 'the reader got some output before closing');
      assert.equal(closed.status, full.status);
      assert.doesNotMatch(closed.stderr, /EPIPE|Error|^\s+at /mu);
      assert.equal(closed.stderr, full.stderr, 'stderr says what it says when stdout is read to the end');
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });
}
