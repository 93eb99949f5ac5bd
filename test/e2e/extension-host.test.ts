import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from '../helpers/corpus';
import { startCodeServer } from './code-server';
import { CHROMIUM, CODE_SERVER_ENTRY, CODE_SERVER_NODE, file, skipUnless } from './prerequisites';

const skip = skipUnless('extension-host suite in code-server', [
  file('code-server', CODE_SERVER_ENTRY),
  file('Node for code-server', CODE_SERVER_NODE),
  file('Chromium', CHROMIUM),
  file('built extension-host suite', path.join(ROOT, 'out', 'vscode', 'index.js')),
]);
const TIMEOUT_MS = 120_000;

interface SuiteReport {
  failures: number;
  results: { title: string; state: string; error?: string }[];
}

/** Resolves when `file` appears, watching its folder; rejects after `timeoutMs`. */
function appearance(file: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const watcher = fs.watch(path.dirname(file), () => {
      if (fs.existsSync(file)) done();
    });
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(`${path.basename(file)} did not appear within ${timeoutMs} ms`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      watcher.close();
      resolve();
    };
    if (fs.existsSync(file)) done();
  });
}

// The mocha suite of `npm run test:vscode`, run unchanged in code-server's extension host: the URL's payload
// loads the repository as the extension under development and `out/vscode/index.js` as its tests.
test('the extension-host suite passes inside code-server', { skip, timeout: 2 * TIMEOUT_MS }, async () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'tifa-extension-host-'));
  const folder = path.join(home, 'workspace');
  fs.cpSync(path.join(ROOT, 'test', 'e2e', 'workspace'), folder, { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'corpus', 'study-notes.txt'), path.join(folder, 'study-notes.txt'));
  const reports = path.join(home, 'report');
  fs.mkdirSync(reports);
  const report = path.join(reports, 'mocha.json');
  const server = await startCodeServer({ home, restricted: false, extensionTests: true, timeoutMs: TIMEOUT_MS, env: { TIFA_VSCODE_RESULT: report } });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const remote = (p: string) => `vscode-remote://${new URL(server.url).host}${p}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(ROOT)],
      ['extensionTestsPath', remote(path.join(ROOT, 'out', 'vscode', 'index.js'))],
    ]);
    const page = await browser.newPage();
    const arrived = appearance(report, TIMEOUT_MS);
    await page.goto(`${server.url}?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`);
    await arrived.catch((error: Error) => {
      throw new Error(`${error.message}\n${server.output().slice(-4000)}`);
    });
    const result = JSON.parse(fs.readFileSync(report, 'utf8')) as SuiteReport;
    for (const r of result.results) console.log(`extension host: ${r.state} - ${r.title}${r.error ? `\n${r.error}` : ''}`);
    assert.ok(result.results.length >= 5, `the whole suite ran: ${result.results.length} results`);
    assert.equal(result.failures, 0, result.results.filter((r) => r.error).map((r) => `${r.title}\n${r.error}`).join('\n\n'));
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
});
