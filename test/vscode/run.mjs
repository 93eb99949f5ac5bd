// Runs the extension-host suite (test/vscode/suite) in a desktop VS Code fetched by @vscode/test-electron,
// or in the VS Code named by TIFA_VSCODE_EXECUTABLE. Without either it says so and exits non-zero:
// it is only run when asked for. `npm test` runs the same suite inside code-server instead.
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'tifa-vscode-'));
const workspace = join(scratch, 'workspace');
cpSync(join(root, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
writeFileSync(join(workspace, 'study-notes.txt'), readFileSync(join(root, 'corpus', 'study-notes.txt')));

let vscodeExecutablePath = process.env.TIFA_VSCODE_EXECUTABLE;
if (!vscodeExecutablePath) {
  try {
    vscodeExecutablePath = await downloadAndUnzipVSCode({ cachePath: join(root, '.vscode-test'), timeout: 30_000 });
  } catch (error) {
    console.error(
      `test:vscode: no VS Code could be downloaded (${error instanceof Error ? error.message : String(error)}).\n` +
        'The extension-host suite did not run. Set TIFA_VSCODE_EXECUTABLE to a VS Code binary, or run `npm test` with ' +
        'code-server installed (bash .ci/install-e2e.sh), which runs the same suite in code-server.',
    );
    rmSync(scratch, { recursive: true, force: true });
    process.exit(1);
  }
}

try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'vscode', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--user-data-dir', join(scratch, 'user')],
  });
} catch (error) {
  console.error(`test:vscode: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
