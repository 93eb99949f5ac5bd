#!/usr/bin/env node
// The cost of what Tifa knows, against a baseline build measured in the same run: the .vsix
// size, spawn → first diagnostics, idle memory, hover and completion latency, and `tifa check`
// on 1 MB. The baseline is an earlier commit (by default the release before the official
// corpus and the curated glossary), checked out beside the repository in a temporary worktree.
//
//   node bench/knowledge.mjs [--baseline REF] [--starts 5] [--requests 300] [--keep]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { buildDocument } from './lib/inputs.mjs';
import { formatMs, timeProcess } from './lib/measure.mjs';
import { ROOT } from './lib/paths.mjs';

const options = { baseline: '83df010', starts: 5, requests: 300, keep: false };
for (let i = 2; i < process.argv.length; i++) {
  const key = process.argv[i].replace(/^--/u, '');
  if (!(key in options)) throw new Error(`unknown option ${process.argv[i]}`);
  if (typeof options[key] === 'boolean') options[key] = true;
  else options[key] = typeof options[key] === 'number' ? Number(process.argv[++i]) : process.argv[++i];
}

const log = (line) => process.stderr.write(`${line}\n`);
const scratch = mkdtempSync(join(tmpdir(), 'tifa-knowledge-'));

function run(command, args, cwd) {
  execFileSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** A worktree of the baseline commit with the repository's node_modules, packaged. */
function baselineTree() {
  const dir = join(scratch, 'baseline');
  run('git', ['worktree', 'add', '--detach', '--quiet', dir, options.baseline], ROOT);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/**
 * Packages a tree and lists its .vsix: total bytes, and the compressed bytes of the knowledge
 * (corpora, glossaries, the prebuilt index) and of the wrong-character model with its data.
 */
function packaged(dir) {
  log(`packaging ${dir}`);
  run('npm', ['run', 'package', '--silent'], dir);
  const vsix = join(dir, 'tifa.vsix');
  const listing = execFileSync('unzip', ['-v', vsix], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  let knowledge = 0;
  let spelling = 0;
  for (const line of listing.split('\n')) {
    const fields = line.trim().split(/\s+/u);
    const name = fields.at(-1) ?? '';
    if (/^extension\/(corpus\/spelling\/|dist\/spelling-model)/u.test(name)) spelling += Number(fields[2]);
    else if (/^extension\/(corpus\/|dist\/corpus-index)/u.test(name)) knowledge += Number(fields[2]);
  }
  return { bytes: statSync(vsix).size, knowledge, spelling };
}

/** The language-server figures of bench/server.mjs for the server of one tree. */
function serverFigures(dir) {
  const out = join(scratch, `server-${dir === ROOT ? 'current' : 'baseline'}.json`);
  run(process.execPath, [join(ROOT, 'bench', 'server.mjs'), '--root', dir, '--json', out, '--only', 'first,latency,memory', '--starts', String(options.starts), '--requests', String(options.requests)], ROOT);
  return JSON.parse(readFileSync(out, 'utf8'));
}

/** CPU time of `tifa check --format json` on a 1 MB document, median of five warm runs. */
async function checkCpu(dir, input) {
  const result = await timeProcess(process.execPath, [join(dir, 'dist', 'cli.js'), 'check', '--format', 'json', input], { cwd: scratch, scratch, runs: 5 });
  return result.cpuMs ?? result.ms;
}

const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(2)} MB`;
const ratio = (now, then) => (then ? `${(now / then).toFixed(2)}×` : '—');

async function main() {
  if (!existsSync(join(ROOT, 'node_modules'))) throw new Error('node_modules is missing: run npm ci first');
  const baseline = baselineTree();
  try {
    const input = join(scratch, 'one-mb.txt');
    execFileSync('tee', [input], { input: buildDocument(2 ** 20), stdio: ['pipe', 'ignore', 'inherit'] });
    const trees = { baseline, current: ROOT };
    const figures = {};
    for (const [name, dir] of Object.entries(trees)) figures[name] = { vsix: packaged(dir) };
    // Interleaved, so a change in the machine's load touches both alike.
    for (const [name, dir] of Object.entries(trees)) figures[name].server = serverFigures(dir);
    for (const [name, dir] of Object.entries(trees)) figures[name].checkMs = await checkCpu(dir, input);

    const [b, c] = [figures.baseline, figures.current];
    console.log(`# What Tifa knows, and what it costs — ${new Date().toISOString().slice(0, 16)}Z, baseline ${options.baseline}, load average ${loadavg()[0].toFixed(1)}\n`);
    console.log('| measurement | baseline | now | ratio | budget |');
    console.log('| --- | ---: | ---: | ---: | --- |');
    const row = (label, then, now, format, budget) => console.log(`| ${label} | ${format(then)} | ${format(now)} | ${ratio(now, then)} | ${budget} |`);
    const added = c.vsix.knowledge - b.vsix.knowledge;
    row('.vsix', b.vsix.bytes, c.vsix.bytes, mb, '—');
    row('knowledge in the .vsix (corpora, glossaries, index), compressed', b.vsix.knowledge, c.vsix.knowledge, mb, `adds ≤ 5 MB: ${added <= 5 * 2 ** 20 ? '✓' : '✗'} (+${mb(added)})`);
    row('wrong-character model and its data, compressed', b.vsix.spelling, c.vsix.spelling, mb, `≤ 15 MB: ${c.vsix.spelling <= 15 * 2 ** 20 ? '✓' : '✗'}`);
    row('spawn → first diagnostics, 100 KB, median', b.server.firstMs, c.server.firstMs, formatMs, `≤ 500 ms: ${c.server.firstMs <= 500 ? '✓' : '✗'}`);
    row('idle RSS, segmenter not loaded', b.server.idleKB * 1024, c.server.idleKB * 1024, mb, `≤ 150 MB: ${c.server.idleKB <= 150 * 1024 ? '✓' : '✗'}`);
    row('hover p99, client round trip', b.server.hoverP99, c.server.hoverP99, formatMs, `≤ 2 ms: ${c.server.hoverP99 <= 2 ? '✓' : '✗'} (floor p99 ${formatMs(c.server.floorP99)})`);
    row('completion p99, client round trip', b.server.completionP99, c.server.completionP99, formatMs, `≤ 2 ms: ${c.server.completionP99 <= 2 ? '✓' : '✗'} (floor p99 ${formatMs(c.server.floorP99)})`);
    row('`tifa check --format json`, 1 MB, CPU', b.checkMs, c.checkMs, formatMs, `no slower: ${c.checkMs <= b.checkMs * 1.05 ? '✓' : '✗'}`);
    console.log(`\nKnown terms: ${b.server.terms} → ${c.server.terms}. Median of ${options.starts} starts; ${options.requests} hovers and completions on a 100,000-character document.`);
  } finally {
    if (!options.keep) {
      execFileSync('git', ['worktree', 'remove', '--force', baseline], { cwd: ROOT, stdio: 'ignore' });
      rmSync(scratch, { recursive: true, force: true });
    } else log(`kept ${scratch}`);
  }
}

await main();
