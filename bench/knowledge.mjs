#!/usr/bin/env node
// What the embedded official texts cost, measured in one run against the seed corpus alone:
// bytes added to the .vsix (deflated as vsce zips them), loading the prebuilt knowledge at
// start, and a check of 1 MB with either knowledge base.
//
//   node bench/knowledge.mjs [--runs 5]
import { build } from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { buildDocument } from './lib/inputs.mjs';
import { formatMs, median } from './lib/measure.mjs';
import { PEERS, ROOT } from './lib/paths.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 5);
const bundle = join(PEERS, 'tifa', 'knowledge.cjs');
mkdirSync(join(PEERS, 'tifa'), { recursive: true });
await build({
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['nodejieba'],
  logLevel: 'warning',
  stdin: {
    contents: [
      "export { buildCorpusIndex, createEngine, entriesFromIndex, mineSource } from './server/src/engine';",
      "export { loadBuiltinCorpus } from './server/src/node/builtin';",
    ].join('\n'),
    resolveDir: ROOT,
    loader: 'ts',
    sourcefile: 'bench-knowledge.ts',
  },
  outfile: bundle,
});
const { buildCorpusIndex, createEngine, entriesFromIndex, mineSource, loadBuiltinCorpus } = createRequire(import.meta.url)(bundle);

const deflated = (bytes) => deflateRawSync(bytes, { level: 9 }).length;
const all = loadBuiltinCorpus(join(ROOT, 'corpus'));
const seed = all.filter((source) => !source.id.startsWith('builtin:official/'));
const indexOf = (sources) => JSON.stringify(buildCorpusIndex(sources.map((source) => ({ ...source, entries: mineSource(source) }))));
const seedIndex = indexOf(seed);
const fullIndex = indexOf(all);
const officialDir = join(ROOT, 'corpus', 'official');
const officialFiles = readdirSync(officialDir).map((name) => readFileSync(join(officialDir, name)));
const officialRaw = officialFiles.reduce((sum, bytes) => sum + bytes.length, 0);
const officialZipped = officialFiles.reduce((sum, bytes) => sum + deflated(bytes), 0);
const indexGrowth = deflated(Buffer.from(fullIndex)) - deflated(Buffer.from(seedIndex));
const kb = (text) => (Buffer.byteLength(text) / 1024).toFixed(0);
const added = officialZipped + indexGrowth;

/** Loading as the server does at start: read the index and the texts, take the entries, build the engine. */
function load(sources, index) {
  const started = performance.now();
  const parsed = JSON.parse(index);
  const texts = sources.map((source) => ({ ...source, text: readFileSync(join(ROOT, 'corpus', source.id.slice('builtin:'.length)), 'utf8') }));
  const engine = createEngine({ corpora: texts.map((source) => ({ ...source, mined: entriesFromIndex(parsed, source.id, source.text) })) });
  engine.hover('三重压力', 1);
  return { engine, ms: performance.now() - started };
}

const document = buildDocument(1024 * 1024);
const variants = [
  { label: 'seed corpus only', sources: seed, index: seedIndex, loads: [], checks: [], findings: 0 },
  { label: 'seed + 40 official texts', sources: all, index: fullIndex, loads: [], checks: [], findings: 0 },
];
// One warm-up round, then the two alternate, so neither gains from running second.
for (let i = 0; i <= runs; i++) {
  for (const variant of i % 2 === 0 ? variants : [...variants].reverse()) {
    const { engine, ms } = load(variant.sources, variant.index);
    const started = performance.now();
    variant.findings = engine.analyze(document).length;
    if (i === 0) continue;
    variant.loads.push(ms);
    variant.checks.push(performance.now() - started);
  }
}
const rows = variants.map((v) => ({ label: v.label, load: median(v.loads), check: median(v.checks), findings: v.findings, terms: load(v.sources, v.index).engine.glossary().length }));

console.log(`\n## Embedded knowledge (${runs} runs, medians)\n`);
console.log(`- official texts: ${(officialRaw / 1024).toFixed(0)} KB, ${(officialZipped / 1024).toFixed(0)} KB deflated`);
console.log(`- prebuilt index: ${kb(seedIndex)} KB → ${kb(fullIndex)} KB (+${(indexGrowth / 1024).toFixed(0)} KB deflated)`);
console.log(`- ${added <= 5 * 1024 * 1024 ? 'PASS' : 'FAIL'} adds ≤ 5 MB to the .vsix: +${(added / 1024 / 1024).toFixed(2)} MB\n`);
console.log('| knowledge | terms | load at start | check 1 MB | findings |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(`| ${row.label} | ${row.terms} | ${formatMs(row.load)} | ${formatMs(row.check)} | ${row.findings} |`);
const [before, after] = rows;
console.log(`\n- load at start ×${(after.load / before.load).toFixed(2)}; check 1 MB ×${(after.check / before.check).toFixed(2)} against the seed corpus alone`);
console.log(`- ${after.findings === before.findings ? 'PASS' : 'FAIL'} the official texts change no finding on 1 MB (${before.findings} → ${after.findings})`);
