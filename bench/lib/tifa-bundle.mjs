// Bundles the engine (and, separately, the sentence splitter for the floor) the way
// scripts/build.mjs bundles dist/, so benchmarks measure the current source tree.
import { build } from 'esbuild';
import { ENGINE_BUNDLE, FLOOR_BUNDLE, ROOT } from './paths.mjs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode', 'nodejieba'],
  define: { __TIFA_VERSION__: JSON.stringify('bench') },
  logLevel: 'warning',
};

export async function bundleEngine() {
  await Promise.all([
    build({
      ...common,
      stdin: {
        contents: "export { createEngine } from './server/src/engine';\n",
        resolveDir: ROOT,
        loader: 'ts',
        sourcefile: 'bench-engine.ts',
      },
      outfile: ENGINE_BUNDLE,
    }),
    build({
      ...common,
      stdin: { contents: "export { splitSentences } from './server/src/engine/text/sentences';\n", resolveDir: ROOT, loader: 'ts', sourcefile: 'bench-floor.ts' },
      outfile: FLOOR_BUNDLE,
    }),
  ]);
}
