// Peer tools, pinned, installed on first use into bench/.peers (never into the project).
import { existsSync, readFileSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PEERS } from './paths.mjs';

/** Every package the peers need, at the versions the published numbers were measured with. */
export const PEER_PACKAGES = {
  'autocorrect-node': '2.14.0',
  zhlint: '0.8.2',
  textlint: '15.8.0',
  'textlint-rule-zh-half-and-full-width-bracket': '1.1.0',
  jscpd: '4.3.0',
};

function installedVersion(name) {
  const file = join(PEERS, 'node_modules', name, 'package.json');
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')).version;
  } catch {
    return undefined;
  }
}

/**
 * Installs whatever pinned peer is missing or at another version. Returns the names that
 * are usable; an install failure is reported and the benchmark goes on without that peer.
 */
export function ensurePeers(log = (line) => process.stderr.write(`${line}\n`)) {
  const missing = Object.entries(PEER_PACKAGES).filter(([name, version]) => installedVersion(name) !== version);
  if (missing.length > 0) {
    mkdirSync(PEERS, { recursive: true });
    const specs = missing.map(([name, version]) => `${name}@${version}`);
    log(`installing peers into bench/.peers: ${specs.join(' ')}`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(npm, ['install', '--prefix', PEERS, '--no-save', '--no-audit', '--no-fund', '--loglevel', 'error', ...specs], {
      stdio: ['ignore', 'inherit', 'inherit'],
      timeout: 600_000,
    });
    if (result.status !== 0) log(`npm install of peers failed (${result.error?.message ?? `exit ${result.status}`}); continuing with what is installed`);
  }
  return new Set(Object.entries(PEER_PACKAGES).filter(([name, version]) => installedVersion(name) === version).map(([name]) => name));
}

export function peerBin(name) {
  return join(PEERS, 'node_modules', '.bin', name);
}

export function peerModule(name) {
  return join(PEERS, 'node_modules', name);
}
