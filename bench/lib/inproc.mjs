// Runs one tool in this process on one file: warm-up, then timed runs of read + analysis.
// Usage: node inproc.mjs <floor|tifa|autocorrect|zhlint> <file> <budgetMs>
// Prints one JSON line: { ms, best, cpuMs, runs, findings, byCode?, setupMs, peakKB }.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { median, procStatusKB } from './measure.mjs';
import { peerModule } from './peers.mjs';
import { ENGINE_BUNDLE, FLOOR_BUNDLE, builtinCorpus } from './paths.mjs';

const require = createRequire(import.meta.url);
const [tool, file, budgetArg] = process.argv.slice(2);
const budgetMs = Number(budgetArg ?? 3000);

async function setup() {
  switch (tool) {
    case 'floor': {
      const { splitSentences } = require(FLOOR_BUNDLE);
      return (text) => splitSentences(text).length && [];
    }
    case 'tifa': {
      // As `tifa check` runs it: no rule uses the word segmenter, only completion does.
      const { createEngine } = require(ENGINE_BUNDLE);
      const corpora = builtinCorpus();
      let engine;
      // A new engine for every run, made before the clock starts: the JIT is warm but no
      // cache holds the text yet, as when a running server opens a document.
      return { prepare: () => (engine = createEngine({ corpora })), analyze: (text) => engine.analyze(text) };
    }
    case 'autocorrect': {
      const autocorrect = require(peerModule('autocorrect-node'));
      return (text) => {
        const result = autocorrect.lintFor(text, 'input.txt');
        if (result.error) throw new Error(result.error.trim());
        return result.lines;
      };
    }
    case 'zhlint': {
      const zhlint = await import(pathToFileURL(`${peerModule('zhlint')}/lib/index.js`).href);
      const config = { preset: 'default' };
      return (text) => zhlint.runWithConfig(text, config).validations;
    }
    default:
      throw new Error(`unknown tool ${tool}`);
  }
}

const setupStart = performance.now();
const prepared = await setup();
const { analyze, prepare } = typeof prepared === 'function' ? { analyze: prepared } : prepared;
const setupMs = performance.now() - setupStart;
const once = () => {
  prepare?.();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const findings = analyze(readFileSync(file, 'utf8'));
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, findings };
};

// The first run warms up; the rest are timed until the budget is spent. A tool that fails
// on a repeated call keeps the runs it managed, or its first (cold) run, and says why.
const ok = [];
const cpuTimes = [];
let error;
let last;
const attempt = () => {
  try {
    last = once();
    ok.push(last.ms);
    cpuTimes.push(last.cpuMs);
    return true;
  } catch (e) {
    const lines = (e instanceof Error ? e.message : String(e)).split('\n').map((l) => l.trim()).filter(Boolean);
    error = (lines.find((l) => l.startsWith('= ')) ?? lines[0] ?? 'failed').replace(/^= /u, '');
    return false;
  }
};
if (!attempt()) {
  process.stdout.write(`${JSON.stringify({ error, setupMs, peakKB: procStatusKB(process.pid, 'VmHWM') })}\n`);
  process.exit(0);
}
const spent = () => ok.slice(1).reduce((a, b) => a + b, 0);
// At least three timed runs unless one run alone is several budgets long.
if (ok[0] <= 5 * budgetMs) {
  while (ok.length < 4 || (spent() < budgetMs && ok.length < 51)) {
    if (!attempt()) break;
  }
}
const warm = ok.length > 1;
const times = warm ? ok.slice(1) : ok;
const cpus = warm ? cpuTimes.slice(1) : cpuTimes;
const byCode = {};
for (const f of last.findings) if (f.code) byCode[f.code] = (byCode[f.code] ?? 0) + 1;
process.stdout.write(
  `${JSON.stringify({
    ms: median(times),
    best: Math.min(...times),
    cpuMs: median(cpus),
    runs: times.length,
    warm,
    error,
    findings: last.findings.length,
    byCode: tool === 'tifa' ? byCode : undefined,
    setupMs,
    peakKB: procStatusKB(process.pid, 'VmHWM'),
  })}\n`,
);
