// Bundles the extension, the language server, the CLI and the tests with esbuild.
import { build } from 'esbuild';
import { cpSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['vscode', 'nodejieba'],
  define: { __TIFA_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
};

function testEntries(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...testEntries(full));
    else if (name.endsWith('.test.ts')) out.push(full);
  }
  return out;
}

// mammoth (Word documents) and pinyin-pro (completion) are half the size of the server and the
// CLI: they are bundled apart and required on first use, so neither start-up parses them.
const VENDORED = ['mammoth', 'pinyin-pro'];
const require = createRequire(import.meta.url);
const vendored = {
  name: 'vendored',
  setup(builder) {
    builder.onResolve({ filter: new RegExp(`^(?:${VENDORED.join('|')})$`) }, (args) => ({ path: `./vendor/${args.path}.js`, external: true }));
  },
};

await Promise.all([
  build({ ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist' }),
  build({ ...common, entryPoints: { server: 'server/src/lsp/main.ts', cli: 'server/src/cli/main.ts', 'jieba-worker': 'server/src/node/jieba-worker.ts' }, outdir: 'dist', plugins: [vendored] }),
  build({ ...common, sourcemap: false, entryPoints: Object.fromEntries(VENDORED.map((name) => [`vendor/${name}`, require.resolve(name)])), outdir: 'dist' }),
  build({
    ...common,
    entryPoints: Object.fromEntries(
      testEntries('test')
        .filter((f) => !f.startsWith(join('test', 'vscode')))
        .map((f) => [relative('test', f).replace(/\.ts$/u, ''), f]),
    ),
    outdir: 'out/test',
    external: [...common.external, 'playwright-core'],
  }),
  // The extension-host suite runs under mocha inside an editor, so it stays out of `node --test out/test/`.
  build({
    ...common,
    entryPoints: { index: 'test/vscode/suite/index.ts', 'suite.test': 'test/vscode/suite/suite.test.ts' },
    outdir: 'out/vscode',
    external: [...common.external, 'mocha'],
  }),
]);

// The segmentation worker reads its own data files beside it.
cpSync('server/src/node/jieba', 'dist/jieba', { recursive: true });

// The slogan grammar is mined from the embedded corpus by the engine itself.
await build({ ...common, entryPoints: { 'generate-grammar': 'scripts/generate-grammar.ts' }, outdir: 'out/scripts' });
execFileSync(process.execPath, ['out/scripts/generate-grammar.js', process.cwd()], { stdio: 'inherit' });

// The official texts must be the ones their provenance describes, and their metadata current.
await build({ ...common, entryPoints: { 'official-metadata': 'scripts/official-metadata.ts' }, outdir: 'out/scripts' });
execFileSync(process.execPath, ['out/scripts/official-metadata.js', process.cwd()], { stdio: 'inherit' });

// The embedded corpus is mined once here, so the server and the CLI start without mining it.
await build({ ...common, entryPoints: { 'build-index': 'scripts/build-index.ts' }, outdir: 'out/scripts' });
execFileSync(process.execPath, ['out/scripts/build-index.js', process.cwd()], { stdio: 'inherit' });

// The wrong-character model is trained from the official texts and the confusion sets.
await build({ ...common, entryPoints: { 'build-spelling': 'scripts/build-spelling.ts', 'tune-spelling': 'scripts/tune-spelling.ts' }, outdir: 'out/scripts' });
execFileSync(process.execPath, ['out/scripts/build-spelling.js', process.cwd()], { stdio: 'inherit' });
