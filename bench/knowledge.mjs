#!/usr/bin/env node
// What the embedded official texts cost, measured in one run against the seed corpus alone:
// bytes added to the .vsix (deflated as vsce zips them), loading the prebuilt knowledge at
// start, and a check of 1 MB with either knowledge base.
//
//   node bench/knowledge.mjs [--runs 5]
import { build } from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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
      "export { loadIndexedBuiltinCorpus } from './server/src/node/corpus-index';",
    ].join('\n'),
    resolveDir: ROOT,
    loader: 'ts',
    sourcefile: 'bench-knowledge.ts',
  },
  outfile: bundle,
});
const { buildCorpusIndex, createEngine, mineSource, loadBuiltinCorpus, loadIndexedBuiltinCorpus } = createRequire(import.meta.url)(bundle);

const deflated = (bytes) => deflateRawSync(bytes, { level: 9 }).length;
const all = loadBuiltinCorpus(join(ROOT, 'corpus'));
const seed = all.filter((source) => !source.id.startsWith('builtin:official/'));
const digests = new Map(JSON.parse(readFileSync(join(ROOT, 'corpus', 'official', 'sources.json'), 'utf8')).sources.map((s) => [`builtin:official/${s.file}`, s.sha256]));
const indexOf = (sources) => JSON.stringify(buildCorpusIndex(sources.map((source) => ({ ...source, entries: mineSource(source), digest: digests.get(source.id) }))));
const seedIndex = indexOf(seed);
const fullIndex = indexOf(all);
const officialDir = join(ROOT, 'corpus', 'official');
const officialFiles = readdirSync(officialDir).map((name) => readFileSync(join(officialDir, name)));
const officialRaw = officialFiles.reduce((sum, bytes) => sum + bytes.length, 0);
const officialZipped = officialFiles.reduce((sum, bytes) => sum + deflated(bytes), 0);
const indexGrowth = deflated(Buffer.from(fullIndex)) - deflated(Buffer.from(seedIndex));
const kb = (text) => (Buffer.byteLength(text) / 1024).toFixed(0);
const added = officialZipped + indexGrowth;

// The seed corpus alone is a corpus folder without official/; each variant has its index file.
const seedDir = join(PEERS, 'tifa', 'seed-corpus');
mkdirSync(seedDir, { recursive: true });
for (const source of seed) writeFileSync(join(seedDir, source.id.slice('builtin:'.length)), source.text);
const seedIndexFile = join(PEERS, 'tifa', 'seed-index.json');
const fullIndexFile = join(PEERS, 'tifa', 'full-index.json');
writeFileSync(seedIndexFile, seedIndex);
writeFileSync(fullIndexFile, fullIndex);
const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

/** Loading as the server does at start: the prebuilt index and what it does not cover, then the engine. CPU time. */
function load(dir, indexFile) {
  const started = cpuMs();
  const engine = createEngine({ corpora: loadIndexedBuiltinCorpus(indexFile, dir) });
  engine.hover('三重压力', 1);
  return { engine, ms: cpuMs() - started };
}

const document = buildDocument(1024 * 1024);
const variants = [
  { label: 'seed corpus only', dir: seedDir, index: seedIndexFile, loads: [], checks: [], findings: 0 },
  { label: 'seed + 40 official texts', dir: join(ROOT, 'corpus'), index: fullIndexFile, loads: [], checks: [], findings: 0 },
];
// One warm-up round, then the two alternate, so neither gains from running second.
for (let i = 0; i <= runs; i++) {
  for (const variant of i % 2 === 0 ? variants : [...variants].reverse()) {
    const { engine, ms } = load(variant.dir, variant.index);
    const started = cpuMs();
    variant.findings = engine.analyze(document).length;
    if (i === 0) continue;
    variant.loads.push(ms);
    variant.checks.push(cpuMs() - started);
  }
}
const rows = variants.map((v) => ({ label: v.label, load: median(v.loads), check: median(v.checks), findings: v.findings, terms: load(v.dir, v.index).engine.glossary().length }));

console.log(`\n## Embedded knowledge (${runs} runs, medians of CPU time, in process)\n`);
console.log(`- official texts: ${(officialRaw / 1024).toFixed(0)} KB, ${(officialZipped / 1024).toFixed(0)} KB deflated`);
console.log(`- prebuilt index: ${kb(seedIndex)} KB → ${kb(fullIndex)} KB (+${(indexGrowth / 1024).toFixed(0)} KB deflated)`);
console.log(`- ${added <= 5 * 1024 * 1024 ? 'PASS' : 'FAIL'} adds ≤ 5 MB to the .vsix: +${(added / 1024 / 1024).toFixed(2)} MB\n`);
console.log('| knowledge | terms | load at start | check 1 MB | findings |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(`| ${row.label} | ${row.terms} | ${formatMs(row.load)} | ${formatMs(row.check)} | ${row.findings} |`);
const [before, after] = rows;
console.log(`\n- load at start ×${(after.load / before.load).toFixed(2)}; check 1 MB ×${(after.check / before.check).toFixed(2)} against the seed corpus alone`);
console.log(`- ${after.findings === before.findings ? 'PASS' : 'FAIL'} the official texts change no finding on 1 MB (${before.findings} → ${after.findings})`);
