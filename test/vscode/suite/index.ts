import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/**
 * Entry point the editor calls with `extensionTestsPath`. Results also go to TIFA_VSCODE_RESULT when set,
 * because a browser-hosted extension host has no console the caller can read.
 */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 60_000, color: false });
  mocha.addFile(path.join(__dirname, 'suite.test.js'));
  const report = process.env.TIFA_VSCODE_RESULT;
  const results: { title: string; state: string; error?: string }[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      if (report) {
        // Renamed into place so a watcher never reads it half-written.
        fs.writeFileSync(`${report}.part`, JSON.stringify({ failures, results }, null, 2));
        fs.renameSync(`${report}.part`, report);
      }
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed' }));
    runner.on('fail', (t, error: Error) => results.push({ title: t.fullTitle(), state: 'failed', error: error.stack ?? String(error) }));
  });
}
