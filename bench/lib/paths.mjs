import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Peers and the engine bundle for the benchmarks; gitignored. */
export const PEERS = join(ROOT, 'bench', '.peers');
/** Bundles of the current source tree, written by tifa-bundle.mjs. */
export const ENGINE_BUNDLE = join(PEERS, 'tifa', 'engine.cjs');
export const FLOOR_BUNDLE = join(PEERS, 'tifa', 'floor.cjs');

/** The embedded corpus, read as the CLI and the server read it. */
export function builtinCorpus() {
  const dir = join(ROOT, 'corpus');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt') || name.endsWith('.md'))
    .sort()
    .map((name) => ({ id: `builtin:${name}`, text: readFileSync(join(dir, name), 'utf8') }));
}

/**
 * A folder of the data shared beside the repository (`../shared/<name>`), or the folder an
 * environment variable names. A benchmark without its input stops with a clear message.
 */
export function sharedDir(name, override) {
  const dir = override ?? join(ROOT, '..', 'shared', name);
  if (!existsSync(dir)) throw new Error(`${dir} is missing: the benchmarks need ../shared/${name} beside the repository`);
  return dir;
}
