#!/usr/bin/env node
// Language-server benchmark over real JSON-RPC on stdio, as an editor sees it:
// first diagnostics after spawn, hover/completion latency, re-check after a keystroke,
// and resident memory with 10 MB of open documents.
//
//   node bench/server.mjs [--requests 300] [--starts 5] [--edits 40]
//                         [--only first,latency,incremental,memory,hostile,soak] [--profile dir]
//                         [--soak 50000] [--soakDocuments 5] [--root DIR] [--json FILE]
// --root measures the server built in another checkout (DIR/dist/server.js); --json also writes
// the headline figures to FILE, for bench/knowledge.mjs.
// `soak` is a long editing session (`--soak` edits over `--soakDocuments` documents, with hovers and
// completions, the segmenter loaded) that samples RSS every 1,000 edits and holds it to a bound; the
// server traces its own memory meanwhile (TIFA_MEMORY_TRACE) to tell its V8 heap from the rest.
// `hostile` opens documents that once overwhelmed the server (a line of 200,000 unclosed “, a
// 20 MB real text) and holds each to first diagnostics < 1 s, a keystroke < 100 ms, peak RSS < 300 MB.
// --profile runs every server under `node --cpu-prof` (summarize with bench/lib/profile-summary.mjs).
// TIFA_BENCH_TRACE=1 prints the server's RSS every second while it idles after the documents are open.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { injectDuplicates, syntheticDocument } from './duplicates-data.mjs';
import { buildDocument, sourceTexts } from './lib/inputs.mjs';
import { formatMs, median, percentile, procStatusKB, threadCpuMs } from './lib/measure.mjs';
import { startServer as spawnServer, positionAt } from './lib/lsp-server.mjs';
import { ROOT } from './lib/paths.mjs';

const require = createRequire(join(ROOT, 'package.json'));
const rpc = require('vscode-languageserver-protocol/node');

const options = { requests: 300, starts: 5, edits: 40, only: 'first,latency,incremental,memory,hostile', profile: undefined, soak: 50_000, soakDocuments: 5, root: ROOT, json: undefined };
/**
 * The soak's bounds. RSS rises and falls as V8 collects the garbage of the analyses, so it is read
 * every 100 edits and each 1,000 edits give a floor (the lowest reading) and a peak. A leak raises
 * the floor: after the first 1,000 edits it must stay within SOAK_GROWTH_MB of the first floor.
 * What may still grow after them is bounded: the piece and paragraph caches filling to their
 * budgets (a million characters each, about 20 MB together), the heap V8 keeps above its live data
 * (at most 30 %, server/src/lsp/main.ts) and the documents themselves, which the pasted sentences
 * lengthen by about half over 20,000 edits.
 * The peak must stay under SOAK_BOUND_MB, the word segmenter's dictionary (about 230 MB) included.
 */
const SOAK_BOUND_MB = 1000;
const SOAK_GROWTH_MB = 60;
for (let i = 2; i < process.argv.length; i += 2) {
  const key = process.argv[i].replace(/^--/u, '');
  if (!(key in options)) throw new Error(`unknown option ${process.argv[i]}`);
  options[key] = typeof options[key] === 'number' ? Number(process.argv[i + 1]) : process.argv[i + 1];
}
const sections = new Set(options.only.split(','));

const log = (line) => process.stderr.write(`${line}\n`);
const now = () => performance.now();
const texts = sourceTexts();
const startServer = (settings = {}) => spawnServer({ ...settings, root: options.root, profile: options.profile });
/**
 * How much of a document just opened the server checks first, and above what length
 * (QUICK_ANALYZED_LENGTH and QUICK_ABOVE_LENGTH in server/src/lsp/analysis.ts), read from the
 * checkout measured: a checkout without a quick first analysis has neither.
 */
const [QUICK_ANALYZED_LENGTH, QUICK_ABOVE_LENGTH] = (() => {
  const source = join(options.root, 'server', 'src', 'lsp', 'analysis.ts');
  const text = existsSync(source) ? readFileSync(source, 'utf8') : '';
  const constant = (name) => Number(new RegExp(`${name} = ([\\d_]+)`, 'u').exec(text)?.[1].replaceAll('_', '') ?? NaN);
  return [constant('QUICK_ANALYZED_LENGTH'), constant('QUICK_ABOVE_LENGTH')];
})();
/** Whether the server checks the start of this text first, then the rest. */
const checkedInTwo = (text) => text.length > QUICK_ABOVE_LENGTH;

/** About `chars` UTF-16 units of real text, cut at a line end. */
function documentOfChars(chars) {
  const text = buildDocument(chars * 4, texts);
  const cut = text.lastIndexOf('\n', chars);
  return text.slice(0, cut + 1);
}


function latencyLine(name, { samples, sizes, cpuMean }) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  return `| ${name} | ${samples.length} | ${formatMs(percentile(samples, 50))} | ${formatMs(percentile(samples, 99))} | ${formatMs(Math.max(...samples))} | ${formatMs(cpuMean)} | ${kb(median(sizes))} / ${kb(Math.max(...sizes))} |`;
}

async function firstDiagnostics() {
  const text = buildDocument(100 * 1024, texts);
  const uri = 'file:///bench/first.txt';
  const samples = [];
  const complete = [];
  const cpu = [];
  let findings = 0;
  for (let i = 0; i < options.starts; i++) {
    const server = await startServer();
    const diagnostics = server.pushed(uri, 1);
    await server.open(uri, text);
    const { at, diagnostics: list } = await diagnostics;
    samples.push(at - server.spawnedAt);
    cpu.push(threadCpuMs(server.child.pid));
    findings = list.length;
    // Past the quick first analysis, the complete diagnostics are published next.
    if (checkedInTwo(text)) {
      const next = await server.pushed(uri, 1);
      complete.push(next.at - server.spawnedAt);
      findings = next.diagnostics.length;
    }
    await server.stop();
  }
  return { samples, complete, cpu: cpu.filter((c) => c !== undefined), findings, bytes: Buffer.byteLength(text), chars: text.length };
}

async function latencies() {
  const text = documentOfChars(100_000);
  const uri = 'file:///bench/hover.txt';
  const server = await startServer();
  const diagnostics = server.pushed(uri, 1);
  await server.open(uri, text);
  await diagnostics;
  await server.ready();
  const glossary = await server.connection.sendRequest('tifa/glossary');
  // Half the positions sit on known slogans (the hover that has work to do), half anywhere.
  const onTerms = [];
  for (const entry of glossary) {
    for (let at = text.indexOf(entry.term); at !== -1 && onTerms.length < 5000; at = text.indexOf(entry.term, at + 1)) onTerms.push(at + (entry.term.length >> 1));
  }
  let seed = 42;
  const random = (n) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const hoverAt = [];
  for (let i = 0; i < options.requests; i++) hoverAt.push(i % 2 && onTerms.length ? onTerms[random(onTerms.length)] : random(text.length));
  // Completion right after an opening quote and one or two characters of a known slogan.
  const quotes = [];
  for (let at = text.indexOf('“'); at !== -1; at = text.indexOf('“', at + 1)) quotes.push(at + 1 + random(3));
  const completeAt = Array.from({ length: options.requests }, () => (quotes.length ? quotes[random(quotes.length)] : random(text.length)));

  const time = async (method, offsets) => {
    const samples = [];
    const sizes = [];
    let nonEmpty = 0;
    let cpuStart;
    for (let i = 0; i < offsets.length + 20; i++) {
      if (i === 20) cpuStart = threadCpuMs(server.child.pid);
      const position = positionAt(text, offsets[i % offsets.length]);
      const start = now();
      const result = await server.connection.sendRequest(method, { textDocument: { uri }, position }).catch(() => null);
      if (i >= 20) {
        samples.push(now() - start);
        sizes.push(result ? JSON.stringify(result).length : 0);
        if (result && (result.contents || result.items?.length)) nonEmpty++;
      }
    }
    const cpuEnd = threadCpuMs(server.child.pid);
    return { samples, sizes, nonEmpty, cpuMean: cpuStart === undefined || cpuEnd === undefined ? undefined : (cpuEnd - cpuStart) / offsets.length };
  };
  // The first completion request loads the word segmenter in a worker, about a second of one core; measured
  // meanwhile, every round trip on a 2-core machine waits longer. The latencies are those of a drafter at work.
  await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: positionAt(text, completeAt[0]) });
  const segmenter = await server.segmenterLoaded();
  const hover = await time('textDocument/hover', hoverAt);
  const completion = await time('textDocument/completion', completeAt);
  // A method the server has no handler for: the round trip without any work, the floor the machine sets.
  const floor = await time('tifa/benchFloor', hoverAt);
  await server.stop();
  return { hover, completion, floor, chars: text.length, terms: glossary.length, segmenter };
}

/**
 * Two 1 MB documents to edit: a draft that reads like the real documents (a Markov chain
 * over them, with injected duplicates) and the real documents repeated, where every
 * paragraph is a duplicate: the worst case for the number of findings.
 */
function editedDocuments() {
  return [
    { name: 'draft', text: injectDuplicates(syntheticDocument(1024 * 1024, 3), 5).text },
    { name: 'repeated real documents', text: buildDocument(1024 * 1024, texts) },
  ];
}

/**
 * Opens a document and pulls its diagnostics. Past the server's quick first analysis the first
 * answer covers the start of the text: then the server's request to pull again is awaited, and
 * the complete diagnostics pulled.
 */
async function openAndPull(server, uri, text) {
  const refreshed = checkedInTwo(text) ? server.refreshed() : undefined;
  await server.open(uri, text);
  const first = await server.pull(uri);
  const firstAt = now();
  if (!refreshed) return { first, firstAt, complete: first, completeAt: firstAt };
  await refreshed;
  const complete = await server.pull(uri);
  return { first, firstAt, complete, completeAt: now() };
}

async function incremental(text) {
  const uri = 'file:///bench/edit.txt';
  const server = await startServer({ pull: true });
  const openStart = now();
  const { complete: first, completeAt } = await openAndPull(server, uri, text);
  const fullMs = completeAt - openStart;
  await server.ready();
  const samples = [];
  let seed = 7;
  const random = (n) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const lines = text.split('\n').length;
  let edited = 0;
  let cpuStart;
  for (let i = 0; i < options.edits + 5; i++) {
    if (i === 5) cpuStart = threadCpuMs(server.child.pid);
    // A keystroke, then its undo, so the document stays the same size.
    const insert = i % 2 === 0;
    if (insert) edited = random(lines - 1);
    const range = { start: { line: edited, character: 0 }, end: { line: edited, character: insert ? 0 : 1 } };
    const start = now();
    await server.change(uri, range, insert ? '的' : '');
    await server.pull(uri);
    if (i >= 5) samples.push(now() - start);
  }
  const cpuEnd = threadCpuMs(server.child.pid);
  await server.stop();
  const cpuPerEdit = cpuStart === undefined || cpuEnd === undefined ? undefined : (cpuEnd - cpuStart) / options.edits;
  return { samples, cpuPerEdit, fullMs, findings: first.items.length, bytes: Buffer.byteLength(text) };
}

async function memory() {
  const server = await startServer({ pull: true });
  const startKB = procStatusKB(server.child.pid, 'VmRSS');
  const status = await server.ready();
  const idleKB = procStatusKB(server.child.pid, 'VmRSS');
  let bytes = 0;
  let findings = 0;
  // Ten different 1 MB documents: each starts at another line of the sources.
  const lines = texts.join('\n').split('\n');
  for (let i = 0; i < 10; i++) {
    const rotated = [...lines.slice(Math.floor((i * lines.length) / 10)), ...lines.slice(0, Math.floor((i * lines.length) / 10))].join('\n');
    const text = buildDocument(1024 * 1024, [rotated]);
    bytes += Buffer.byteLength(text);
    const uri = `file:///bench/open-${i}.txt`;
    findings += (await openAndPull(server, uri, text)).complete.items.length;
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  const rssKB = procStatusKB(server.child.pid, 'VmRSS');
  const hwmKB = procStatusKB(server.child.pid, 'VmHWM');
  // Most of what the analyses allocated is garbage, returned once the server has been quiet
  // for a while: the lowest RSS within 40 s idle shows it, and when it was first reached.
  let settledKB = rssKB;
  let settledAfter = 0.5;
  for (let second = 1; second <= 40; second++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = procStatusKB(server.child.pid, 'VmRSS');
    if (process.env.TIFA_BENCH_TRACE) log(`  ${second} s: ${Math.round(now / 1024)} MB`);
    if (now < settledKB - 1024) settledAfter = second + 0.5;
    settledKB = Math.min(settledKB, now);
  }
  // The word segmenter loads in its worker on the first completion request.
  await server.connection.sendRequest(rpc.CompletionRequest.type, { textDocument: { uri: 'file:///bench/open-0.txt' }, position: { line: 0, character: 2 } });
  const segmenterLoaded = await server.segmenterLoaded();
  await new Promise((resolve) => setTimeout(resolve, 500));
  const segmenterKB = segmenterLoaded ? procStatusKB(server.child.pid, 'VmRSS') : undefined;
  await server.stop();
  return { startKB, idleKB, rssKB, hwmKB, settledKB, settledAfter, segmenterKB, bytes, findings, segmenter: status?.segmenter === true };
}

/** The official texts of ../shared/corpus-official repeated to about `bytes` UTF-8 bytes. */
function officialRepeated(bytes) {
  const dir = join(ROOT, '..', 'shared', 'corpus-official');
  const official = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().map((n) => readFileSync(join(dir, n), 'utf8').replace(/\r\n?/gu, '\n').trimEnd() + '\n');
  return buildDocument(bytes, official);
}

/** Documents that once overwhelmed the server, and the keystroke made in each. */
function hostileDocuments() {
  return [
    { name: 'one line of 200,000 unclosed “', text: '“'.repeat(200_000), edit: { line: 0, character: 100_000 } },
    { name: '20 MB of official texts repeated', text: officialRepeated(20 * 1024 * 1024), edit: { line: 200, character: 0 } },
  ];
}

/** First diagnostics, keystroke re-checks and peak RSS of a fresh server on one hostile document, in pull mode. */
async function hostile({ text, edit }) {
  const uri = 'file:///bench/hostile.txt';
  const server = await startServer({ pull: true });
  await server.ready();
  // The server's main-thread CPU as well as wall time: on a shared machine, the wall time is mostly waiting for a core.
  const cpuAtOpen = threadCpuMs(server.child.pid);
  const openStart = now();
  const { firstAt, complete, completeAt } = await openAndPull(server, uri, text);
  const firstMs = firstAt - openStart;
  const completeMs = completeAt - openStart;
  const cpuSince = (from) => {
    const to = threadCpuMs(server.child.pid);
    return from === undefined || to === undefined ? undefined : to - from;
  };
  const completeCpuMs = cpuSince(cpuAtOpen);
  const samples = [];
  let cpuStart;
  for (let i = 0; i < Math.min(options.edits, 20) + 2; i++) {
    const insert = i % 2 === 0;
    const range = { start: edit, end: insert ? edit : { line: edit.line, character: edit.character + 1 } };
    if (i === 2) cpuStart = threadCpuMs(server.child.pid);
    const start = now();
    await server.change(uri, range, insert ? '的' : '');
    await server.pull(uri);
    if (i >= 2) samples.push(now() - start);
  }
  const keystrokesCpuMs = cpuSince(cpuStart);
  const keystrokeCpuMs = keystrokesCpuMs === undefined ? undefined : keystrokesCpuMs / samples.length;
  const hwmKB = procStatusKB(server.child.pid, 'VmHWM');
  await server.stop();
  const summary = complete.items.find((d) => d.code === 'too-many-problems');
  return { firstMs, completeCpuMs, completeMs, samples, keystrokeCpuMs, hwmKB, sent: complete.items.length, summary: summary?.message, bytes: Buffer.byteLength(text) };
}

/**
 * A drafter's long session: `options.soak` edits spread over several open documents (keystrokes,
 * deletions, pasted sentences), each followed by a pull, with a hover and a completion every few
 * edits. RSS is read every 1,000 edits.
 */
async function soak() {
  // The server's own account of its memory (server/src/lsp/memory-trace.ts), to tell its V8 heap
  // from the rest; a server built before the trace existed leaves the file empty.
  const trace = join(mkdtempSync(join(tmpdir(), 'tifa-soak-')), 'memory.jsonl');
  process.env.TIFA_MEMORY_TRACE = trace;
  const server = await startServer({ pull: true });
  delete process.env.TIFA_MEMORY_TRACE;
  await server.ready();
  const lines = texts.join('\n').split('\n').filter((l) => l.length > 0);
  const sentences = texts.join('').match(/[^。！？\n]{6,80}[。！？]/gu) ?? ['要把学习成果转化为工作动力。'];
  const documents = [];
  for (let d = 0; d < options.soakDocuments; d++) {
    const rotated = [...lines.slice((d * lines.length) / options.soakDocuments), ...lines.slice(0, (d * lines.length) / options.soakDocuments)];
    const text = buildDocument(100 * 1024, [rotated.join('\n')]);
    const uri = `file:///bench/soak-${d}.txt`;
    await server.open(uri, text);
    documents.push({ uri, lines: text.split('\n') });
  }
  await server.connection.sendRequest(rpc.CompletionRequest.type, { textDocument: { uri: documents[0].uri }, position: { line: 0, character: 2 } });
  const segmenter = await server.segmenterLoaded();
  let seed = 11;
  const random = (n) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const samples = [];
  const window = [];
  const started = now();
  for (let i = 1; i <= options.soak; i++) {
    const document = documents[random(documents.length)];
    const line = random(document.lines.length - 1);
    const current = document.lines[line];
    const character = current.length ? random(current.length) : 0;
    const kind = random(20);
    let text = '';
    let end = { line, character };
    if (kind < 12) text = '的';
    else if (kind < 18 && current.length > character) end = { line, character: character + 1 };
    else text = sentences[random(sentences.length)];
    document.lines[line] = current.slice(0, character) + text + current.slice(end.character);
    await server.change(document.uri, { start: { line, character }, end }, text);
    await server.pull(document.uri);
    if (i % 10 === 0) await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: document.uri }, position: { line, character } });
    if (i % 25 === 0) await server.connection.sendRequest(rpc.CompletionRequest.type, { textDocument: { uri: document.uri }, position: { line, character } });
    if (i % 100 === 0) window.push(Math.round(procStatusKB(server.child.pid, 'VmRSS') / 1024));
    if (i % 1000 === 0) {
      samples.push({ edits: i, floorMB: Math.min(...window), peakMB: Math.max(...window), seconds: (now() - started) / 1000 });
      window.length = 0;
      if (process.env.TIFA_BENCH_TRACE) log(`  ${i} edits: ${samples[samples.length - 1].floorMB}–${samples[samples.length - 1].peakMB} MB`);
    }
  }
  const hwmMB = Math.round(procStatusKB(server.child.pid, 'VmHWM') / 1024);
  await server.stop();
  const traced = existsSync(trace)
    ? readFileSync(trace, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line))
    : [];
  rmSync(dirname(trace), { recursive: true, force: true });
  return { samples, hwmMB, segmenter, traced };
}

const verdict = (ok) => (ok ? 'PASS' : 'FAIL');

async function main() {
  console.log(`# Tifa language server benchmark — ${new Date().toISOString().slice(0, 16)}Z, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}, load average ${loadavg()[0].toFixed(1)} at start`);
  const targets = [];
  const figures = {};
  if (sections.has('first')) {
    log('first diagnostics…');
    const first = await firstDiagnostics();
    const firstMs = median(first.samples);
    figures.firstMs = firstMs;
    console.log(`\n## First diagnostics (${first.bytes.toLocaleString('en')} bytes, ${first.findings} findings), spawn → publishDiagnostics, ${first.samples.length} fresh servers\n`);
    const firstCpu = first.cpu.length ? median(first.cpu) : undefined;
    console.log(`median ${formatMs(firstMs)}, min ${formatMs(Math.min(...first.samples))}, max ${formatMs(Math.max(...first.samples))}; CPU time of the server's main thread by then: median ${formatMs(firstCpu)}`);
    const quick = first.complete.length > 0 ? ` (the first ${QUICK_ANALYZED_LENGTH.toLocaleString('en')} of its ${first.chars.toLocaleString('en')} characters)` : '';
    if (quick) console.log(`those are the diagnostics of the first ${QUICK_ANALYZED_LENGTH.toLocaleString('en')} characters; the complete ones follow: median ${formatMs(median(first.complete))}, max ${formatMs(Math.max(...first.complete))} after spawn`);
    targets.push(`${verdict(firstMs <= 500)} first diagnostics of 100 KB ≤ 500 ms after spawn${quick}: ${formatMs(firstMs)} wall (main thread CPU ${formatMs(firstCpu)})${quick ? `; complete ${formatMs(median(first.complete))}` : ''}`);
  }
  if (sections.has('latency')) {
    log('hover and completion…');
    const lat = await latencies();
    console.log(`\n## Request latency on a ${lat.chars.toLocaleString('en')}-character document (${lat.terms} known terms, segmenter ${lat.segmenter ? 'loaded' : 'not loaded'}), client round trip\n`);
    console.log('| request | n | p50 | p99 | max | server CPU, mean | response, median / max |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    console.log(latencyLine(`hover (${lat.hover.nonEmpty} with content)`, lat.hover));
    console.log(latencyLine(`completion (${lat.completion.nonEmpty} with items)`, lat.completion));
    console.log(latencyLine('unhandled request (round-trip floor)', lat.floor));
    const hoverP99 = percentile(lat.hover.samples, 99);
    const completionP99 = percentile(lat.completion.samples, 99);
    Object.assign(figures, { hoverP99, completionP99, floorP99: percentile(lat.floor.samples, 99), terms: lat.terms });
    targets.push(`${verdict(hoverP99 <= 2 && completionP99 <= 2)} hover/completion p99 ≤ 2 ms: ${formatMs(hoverP99)} / ${formatMs(completionP99)}`);
  }
  if (sections.has('incremental')) {
    log('incremental re-check…');
    console.log(`\n## Re-check after a one-character edit in a 1 MB document, didChange → pull diagnostics answered\n`);
    console.log('| document | findings | first full analysis | per keystroke: median | p90 | max | server main-thread CPU per edit |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const { name, text } of editedDocuments()) {
      const inc = await incremental(text);
      console.log(`| ${name}, ${inc.bytes.toLocaleString('en')} bytes | ${inc.findings} | ${formatMs(inc.fullMs)} | ${formatMs(median(inc.samples))} | ${formatMs(percentile(inc.samples, 90))} | ${formatMs(Math.max(...inc.samples))} | ${formatMs(inc.cpuPerEdit)} |`);
      targets.push(`${verdict(median(inc.samples) <= 15)} re-check after a keystroke in 1 MB (${name}) ≤ 15 ms: median ${formatMs(median(inc.samples))} wall (CPU ${formatMs(inc.cpuPerEdit)})`);
    }
  }
  if (sections.has('memory')) {
    log('memory…');
    const mem = await memory();
    figures.idleKB = mem.idleKB;
    console.log(`\n## Memory with ${(mem.bytes / 2 ** 20).toFixed(1)} MB of open documents (10 × 1 MB, ${mem.findings} findings)\n`);
    console.log(`server VmRSS right after initialize ${Math.round(mem.startKB / 1024)} MB; idle ${Math.round(mem.idleKB / 1024)} MB (word segmenter ${mem.segmenter ? 'loaded' : 'not loaded: it loads on the first completion request'}); with the documents open ${Math.round(mem.rssKB / 1024)} MB (peak ${Math.round(mem.hwmKB / 1024)} MB)`);
    console.log(`idle after the last analysis: ${Math.round(mem.settledKB / 1024)} MB, reached ${mem.settledAfter} s after it (V8 returns the garbage of the analyses once the server has been quiet for a while)`);
    const segmenterLine = mem.segmenterKB === undefined ? 'the word segmenter did not load' : `${Math.round(mem.segmenterKB / 1024)} MB (+${Math.round((mem.segmenterKB - mem.settledKB) / 1024)} MB)`;
    console.log(`after a completion request has loaded the word segmenter: ${segmenterLine}`);
    targets.push(`${verdict(mem.rssKB <= 150 * 1024)} RSS with 10 MB open ≤ 150 MB, half a second after the last analysis: ${Math.round(mem.rssKB / 1024)} MB`);
    targets.push(`${verdict(mem.settledKB <= 150 * 1024)} RSS with 10 MB open ≤ 150 MB, idle: ${Math.round(mem.settledKB / 1024)} MB after ${mem.settledAfter} s`);
  }
  if (sections.has('hostile')) {
    log('hostile documents…');
    console.log(`\n## Hostile documents, fresh server each: didOpen → first pull answered (its first ${QUICK_ANALYZED_LENGTH.toLocaleString('en')} characters), → the pull after the server's refresh answered (the whole checked part), keystroke (didChange → pull answered), peak RSS\n`);
    console.log('| document | diagnostics sent | first diagnostics | complete | main-thread CPU until complete | keystroke: median | max | main-thread CPU per keystroke | peak RSS |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const document of hostileDocuments()) {
      const h = await hostile(document);
      const peakMB = Math.round(h.hwmKB / 1024);
      console.log(
        `| ${document.name}, ${h.bytes.toLocaleString('en')} bytes | ${h.sent}${h.summary ? ` (“${h.summary}”)` : ''} | ${formatMs(h.firstMs)} | ${formatMs(h.completeMs)} | ${formatMs(h.completeCpuMs)} | ${formatMs(median(h.samples))} | ${formatMs(Math.max(...h.samples))} | ${formatMs(h.keystrokeCpuMs)} | ${peakMB} MB |`,
      );
      targets.push(`${verdict(h.firstMs < 1000 && median(h.samples) < 100 && peakMB < 300)} ${document.name}: first diagnostics < 1 s, keystroke < 100 ms, peak RSS < 300 MB: ${formatMs(h.firstMs)}, ${formatMs(median(h.samples))}, ${peakMB} MB`);
    }
  }
  if (sections.has('soak')) {
    log(`soak: ${options.soak} edits over ${options.soakDocuments} documents…`);
    const s = await soak();
    console.log(`\n## Soak: ${options.soak.toLocaleString('en')} edits over ${options.soakDocuments} documents of 100 KB (a pull after each, a hover every 10, a completion every 25; segmenter ${s.segmenter ? 'loaded' : 'not loaded'}), server RSS every 1,000 edits\n`);
    console.log('| edits | RSS floor (lowest of 10 readings) | RSS peak | minutes |');
    console.log('| ---: | ---: | ---: | ---: |');
    for (const sample of s.samples) console.log(`| ${sample.edits.toLocaleString('en')} | ${sample.floorMB} MB | ${sample.peakMB} MB | ${(sample.seconds / 60).toFixed(1)} |`);
    const first = s.samples[0]?.floorMB;
    const later = s.samples.slice(1);
    const highestFloor = later.length ? Math.max(...later.map((sample) => sample.floorMB)) : first;
    const peak = later.length ? Math.max(...later.map((sample) => sample.peakMB)) : s.samples[0]?.peakMB;
    console.log(`\npeak RSS of the whole session ${s.hwmMB} MB`);
    if (s.traced.length > 0) {
      // The last tenth of the session, as the server traced it once a second.
      const tail = s.traced.slice(-Math.max(1, Math.floor(s.traced.length / 10)));
      const range = (key) => `${Math.min(...tail.map(key))}–${Math.max(...tail.map(key))} MB`;
      console.log(
        `over the last tenth of the session: the main thread's V8 heap ${range((t) => t.heapTotal)} (${range((t) => t.heapUsed)} of it in use, garbage included); the rest of the RSS (the segmenter's dictionary and worker thread, Node itself) ${range((t) => t.rss - t.heapTotal)}`,
      );
    }
    targets.push(
      `${verdict(first !== undefined && highestFloor - first <= SOAK_GROWTH_MB && peak <= SOAK_BOUND_MB)} soak: after the first 1,000 edits the RSS floor stays within ${SOAK_GROWTH_MB} MB of its first value and the peak under ${SOAK_BOUND_MB} MB: floor ${first} MB at first, at most ${highestFloor} MB later; peak ${peak} MB`,
    );
  }
  console.log('\n## Targets\n');
  for (const line of targets) console.log(`- ${line}`);
  if (options.json) writeFileSync(options.json, JSON.stringify(figures));
}

await main();
