#!/usr/bin/env node
// Engine-wide benchmark: Tifa's full rule set on 100 KB, 1 MB and 10 MB of real text, in
// process (warm) and as the `tifa` CLI, against the floor (read + split sentences) and peer
// tools on the same input. Prints times, ratios, peak memory and finding counts.
//
//   node bench/engine.mjs [--sizes 100KB,1MB,10MB] [--tools tifa,autocorrect,...] [--budget ms]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SIZES, writeInputs } from './lib/inputs.mjs';
import { formatKB, formatMs, timeProcess } from './lib/measure.mjs';
import { PEERS, ROOT } from './lib/paths.mjs';
import { ensurePeers, peerBin } from './lib/peers.mjs';
import { bundleEngine } from './lib/tifa-bundle.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const args = parseArgs(process.argv.slice(2));
const log = (line) => process.stderr.write(`${line}\n`);

function parseArgs(argv) {
  const options = { sizes: undefined, tools: undefined, budget: 3000 };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === '--sizes') options.sizes = value.split(',').map((s) => s.trim().toUpperCase()), i++;
    else if (argv[i] === '--tools') options.tools = value.split(','), i++;
    else if (argv[i] === '--budget') options.budget = Number(value), i++;
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return options;
}

/** In-process rows: a child process per tool and size, so one tool's heap never slows the next. */
const IN_PROCESS = [
  { id: 'floor', name: 'floor: read + split sentences' },
  { id: 'tifa', name: 'Tifa engine, all rules (warm)' },
  { id: 'autocorrect', name: 'autocorrect-node lintFor (native)', peer: 'autocorrect-node' },
  { id: 'zhlint', name: 'zhlint runWithConfig', peer: 'zhlint' },
];

/** Whole-process rows: each returns the command and how to count its findings. */
const PROCESSES = [
  {
    id: 'floor',
    name: 'floor: node + read + split',
    command: (file) => [process.execPath, [join(HERE, 'lib', 'floor-cli.mjs'), file]],
    count: () => undefined,
  },
  {
    id: 'tifa',
    name: 'tifa check --format json',
    command: (file) => [process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', file]],
    count: ({ stdout }) => JSON.parse(readFileSync(stdout, 'utf8')).reduce((n, f) => n + f.diagnostics.length, 0),
    ok: (status) => status === 0 || status === 1,
  },
  {
    id: 'autocorrect',
    peer: 'autocorrect-node',
    name: 'autocorrect --lint (native)',
    command: (file) => [process.execPath, [peerBin('autocorrect'), '--lint', '--format', 'json', file]],
    count: ({ stdout }) => JSON.parse(readFileSync(stdout, 'utf8')).messages.reduce((n, m) => n + m.lines.length, 0),
  },
  {
    id: 'zhlint',
    peer: 'zhlint',
    name: 'zhlint',
    command: (file) => [process.execPath, [peerBin('zhlint'), basename(file)]],
    cwd: (file) => dirname(file),
    count: ({ stdout, stderr }, file) => {
      const pattern = new RegExp(`^${basename(file).replace(/\./gu, '\\.')}:\\d+:\\d+ - `, 'gmu');
      return (readFileSync(stdout, 'utf8').match(pattern) ?? []).length + (readFileSync(stderr, 'utf8').match(pattern) ?? []).length;
    },
  },
  {
    id: 'textlint',
    peer: 'textlint',
    name: 'textlint + zh-half-and-full-width-bracket',
    command: (file) => [process.execPath, [peerBin('textlint'), '--rule', 'zh-half-and-full-width-bracket', '--format', 'json', file]],
    cwd: () => PEERS,
    count: ({ stdout }) => JSON.parse(readFileSync(stdout, 'utf8')).reduce((n, f) => n + f.messages.length, 0),
  },
  {
    id: 'jscpd',
    peer: 'jscpd',
    name: 'jscpd (markdown tokens, no size limit)',
    command: (file, scratch) => [
      process.execPath,
      [peerBin('jscpd'), '--silent', '--formats-exts', 'markdown:txt', '--max-size', '1gb', '--max-lines', '100000000', '--reporters', 'json', '--output', join(scratch, 'jscpd'), file],
    ],
    count: (_, file, scratch) => JSON.parse(readFileSync(join(scratch, 'jscpd', 'jscpd-report.json'), 'utf8')).duplicates.length,
  },
];

function runInProcess(tool, file) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--max-old-space-size=8192', join(HERE, 'lib', 'inproc.mjs'), tool, file, String(args.budget)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 600_000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const line = out.trim().split('\n').pop();
      try {
        resolve(JSON.parse(line));
      } catch {
        resolve({ error: signal ? `killed by ${signal}` : `exit ${code}: ${err.trim().split('\n').pop() ?? ''}` });
      }
    });
  });
}

async function runWholeProcess(tool, file, scratch) {
  const [command, argv] = tool.command(file, scratch);
  rmSync(join(scratch, 'jscpd'), { recursive: true, force: true });
  const result = await timeProcess(command, argv, { cwd: tool.cwd?.(file) ?? scratch, scratch, runs: 5, timeoutMs: 120_000 });
  if (result.timedOut) return { error: `timed out after ${formatMs(result.ms)}`, peakKB: result.peakKB };
  const ok = tool.ok ?? ((status) => status === 0 || status === 1);
  if (!ok(result.status)) {
    const last = readFileSync(result.stderr, 'utf8').trim().split('\n').pop() ?? '';
    return { error: `crashed (exit ${result.status}): ${last.slice(0, 120)}`, peakKB: result.peakKB };
  }
  let findings;
  try {
    findings = tool.count(result, file, scratch);
  } catch (error) {
    return { error: `output unreadable: ${error.message.slice(0, 120)}`, ms: result.ms, peakKB: result.peakKB };
  }
  return { ms: result.ms, cpuMs: result.cpuMs, runs: result.runs, warm: result.warm, peakKB: result.peakKB, findings };
}

const ratio = (a, b) => (a === undefined || b === undefined ? '—' : `${(a / b).toFixed(a / b >= 10 ? 0 : 2)}×`);
/** CPU time where both sides have it (a shared machine distorts it less), else wall time. */
const cost = (result, other) => (result?.cpuMs !== undefined && other?.cpuMs !== undefined ? [result.cpuMs, other.cpuMs] : [result?.ms, other?.ms]);

function printTable(title, rows, floorId, tifaId) {
  const floor = rows.find((r) => r.id === floorId)?.result;
  const tifa = rows.find((r) => r.id === tifaId)?.result;
  console.log(`\n${title}\n`);
  console.log('| tool | wall time | CPU time | × floor | × Tifa | peak RSS | findings |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { name, result } of rows) {
    if (result.ms === undefined || (result.error && result.warm !== false)) {
      console.log(`| ${name} | ${result.error ?? 'not run'} | | | | ${formatKB(result.peakKB)} | |`);
      continue;
    }
    const best = result.best !== undefined && result.runs > 1 ? ` (best ${formatMs(result.best)})` : '';
    const note = result.warm === false ? ` (1 cold run${result.error ? `; repeated calls fail: ${result.error}` : ''})` : '';
    console.log(
      `| ${name} | ${formatMs(result.ms)}${best}${note} | ${formatMs(result.cpuMs)} | ${ratio(...cost(result, floor))} | ${ratio(...cost(result, tifa))} | ${formatKB(result.peakKB)} | ${result.findings ?? '—'} |`,
    );
  }
}

async function main() {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` first');
  const peers = ensurePeers(log);
  for (const tool of [...IN_PROCESS, ...PROCESSES]) {
    if (tool.peer && !peers.has(tool.peer)) log(`${tool.peer} is not installed; its rows are skipped`);
  }
  await bundleEngine();
  const sizes = args.sizes ? SIZES.filter((s) => args.sizes.includes(s.label.replace(/\s+/gu, '').toUpperCase())) : SIZES;
  const selected = (tool) => (!args.tools || tool.id === 'floor' || args.tools.includes(tool.id)) && (!tool.peer || peers.has(tool.peer));
  const { dir, files } = writeInputs(sizes);
  const scratch = mkdtempSync(join(tmpdir(), 'tifa-bench-run-'));
  const summary = {};
  console.log(`# Tifa engine benchmark — ${new Date().toISOString().slice(0, 16)}Z, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GB, load average ${loadavg()[0].toFixed(1)} at start`);
  try {
    for (const input of files) {
      log(`${input.label}: ${input.bytes} bytes, ${input.chars} UTF-16 units`);
      const inRows = [];
      for (const tool of IN_PROCESS.filter(selected)) {
        log(`  in process: ${tool.id}`);
        inRows.push({ ...tool, result: await runInProcess(tool.id, input.file) });
      }
      const procRows = [];
      for (const tool of PROCESSES.filter(selected)) {
        log(`  process: ${tool.id}`);
        procRows.push({ ...tool, result: await runWholeProcess(tool, input.file, scratch) });
      }
      summary[input.label] = { inRows, procRows };
      printTable(`## ${input.label} (${input.bytes.toLocaleString('en')} bytes) — in process, median of warm runs (read + analysis); ratios of CPU time`, inRows, 'floor', 'tifa');
      printTable(`## ${input.label} — whole process including Node start-up, medians; ratios of CPU time`, procRows, 'floor', 'tifa');
      const tifa = inRows.find((r) => r.id === 'tifa')?.result;
      if (tifa?.byCode) {
        console.log(`\nTifa findings by code: ${Object.entries(tifa.byCode).map(([c, n]) => `${c} ${n}`).join(', ') || 'none'}`);
        console.log(`Tifa engine set-up in process (embedded corpus): ${formatMs(tifa.setupMs)}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
  printTargets(summary);
}

function printTargets(summary) {
  const mb = summary['1 MB'];
  if (!mb) return;
  const get = (rows, id) => rows.find((r) => r.id === id)?.result;
  const verdict = (ok) => (ok === undefined ? 'n/a ' : ok ? 'PASS' : 'FAIL');
  const has = (r) => r?.ms !== undefined && (!r.error || r.warm === false);
  const both = (r) => `${formatMs(r?.cpuMs)} CPU, ${formatMs(r?.ms)} wall`;
  const warm = get(mb.inRows, 'tifa');
  const cli = get(mb.procRows, 'tifa');
  const ac = get(mb.procRows, 'autocorrect');
  const zh = get(mb.procRows, 'zhlint');
  const [cliCost, acCost] = cost(cli, ac);
  const [zhCost, cliCost2] = cost(zh, cli);
  console.log('\n## Targets (1 MB; verdicts on CPU time where measured)\n');
  console.log(`- ${verdict(has(warm) ? (warm.cpuMs ?? warm.ms) <= 100 : undefined)} warm full analysis ≤ 100 ms: ${both(warm)}`);
  console.log(`- ${verdict(has(cli) && has(ac) ? cliCost <= 2 * acCost : undefined)} CLI no slower than 2× autocorrect: Tifa ${both(cli)}; autocorrect ${both(ac)} (${ratio(cliCost, acCost)})`);
  console.log(`- ${verdict(has(cli) && has(zh) ? zhCost >= 10 * cliCost2 : undefined)} CLI ≥ 10× faster than zhlint: zhlint ${both(zh)} (${ratio(zhCost, cliCost2)} Tifa's)`);
  const more = [ac, zh].filter(has);
  console.log(`- ${verdict(has(cli) && more.length ? more.every((r) => cli.findings > r.findings) : undefined)} CLI finds more than autocorrect and zhlint: ${cli?.findings ?? '—'} vs ${ac?.findings ?? '—'} and ${zh?.findings ?? '—'}`);
}

await main();
