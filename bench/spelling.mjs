#!/usr/bin/env node
// The wrong-character rule measured: character-level precision, recall and F1 on the held-out
// half of the ECSpell official-document sentences (the weights are fitted on the other half),
// the share of its correct sentences flagged, false alarms per 100,000 characters on the 40
// official texts (with the shipped model, and with models trained without the texts measured),
// on drafts that are not training data, the model's size and load time, and what the rule adds
// to a full check of 1 MB (a ratio against the same runs without it).
//
//   npm run build --silent && node bench/spelling.mjs [--folds N] [--threshold P] [--json]
//
// --threshold replaces the fitted threshold, to see what precision costs in recall.
import { build } from 'esbuild';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { PEERS, ROOT } from './lib/paths.mjs';
import { buildDocument } from './lib/inputs.mjs';

const args = process.argv.slice(2);
const foldsOption = args.includes('--folds') ? Number(args[args.indexOf('--folds') + 1]) : undefined;
const asJson = args.includes('--json');
const threshold = args.includes('--threshold') ? Number(args[args.indexOf('--threshold') + 1]) : undefined;
const log = (line) => process.stderr.write(`${line}\n`);

const bundle = join(PEERS, 'tifa', 'spelling.cjs');
await build({
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['nodejieba'],
  define: { __TIFA_VERSION__: '"bench"' },
  logLevel: 'warning',
  stdin: {
    contents: [
      "export { createEngine } from './server/src/engine';",
      "export { decodeSpellingModel, PackedSpellingModel } from './server/src/engine/spelling/model';",
      "export { trainSpellingModel } from './server/src/engine/spelling/train';",
      "export { findWrongCharacters } from './server/src/engine/spelling/detect';",
      "export { FOLDS, folds, officialTexts, spellingSources, tuningSplit, tuningTexts } from './scripts/spelling-sources';",
    ].join('\n'),
    resolveDir: ROOT,
    loader: 'ts',
    sourcefile: 'bench-spelling.ts',
  },
  outfile: bundle,
});
const lib = createRequire(import.meta.url)(bundle);

const modelFile = join(ROOT, 'dist', 'spelling-model.bin');
if (!existsSync(modelFile)) throw new Error(`${modelFile} is missing: run npm run build first`);
const bytes = readFileSync(modelFile);
const loads = [];
let model;
for (let i = 0; i < 5; i++) {
  const start = performance.now();
  model = lib.decodeSpellingModel(new Uint8Array(readFileSync(modelFile)));
  model.confusables('的');
  loads.push(performance.now() - start);
}
const withThreshold = (m) => (threshold === undefined ? m : new lib.PackedSpellingModel({ ...m.tables, weights: { ...m.weights, threshold, suggest: Math.min(m.weights.suggest, threshold) } }));
model = withThreshold(model);

/** Character-level scores of `found` against the corrections, as the rule offers them (first fix). */
export function score(sentences, detect) {
  let flags = 0, detected = 0, corrected = 0, errors = 0, clean = 0, cleanFlagged = 0, chars = 0;
  for (const s of sentences) {
    const found = detect(s.written);
    chars += s.written.length;
    for (let i = 0; i < s.written.length; i++) if (s.written[i] !== s.corrected[i]) errors++;
    flags += found.length;
    for (const f of found) {
      if (s.written[f.offset] !== s.corrected[f.offset]) detected++;
      if (s.corrected[f.offset] === f.candidates[0].char && s.written[f.offset] !== f.candidates[0].char) corrected++;
    }
    if (s.errors === 0) (clean++, found.length > 0 && cleanFlagged++);
  }
  const p = flags ? corrected / flags : 1, r = errors ? corrected / errors : 0;
  return {
    sentences: sentences.length, errors, flags,
    precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0,
    detectionPrecision: flags ? detected / flags : 1, detectionRecall: errors ? detected / errors : 0,
    cleanSentences: clean, cleanFlagged, cleanFlaggedShare: clean ? cleanFlagged / clean : 0,
  };
}

const { tune, heldOut } = lib.tuningSplit(ROOT);
const heldOutScore = score(heldOut, (text) => lib.findWrongCharacters(model, text));
const tuneScore = score(tune, (text) => lib.findWrongCharacters(model, text));
log('held-out and tuning halves scored');

/** The rule through the engine, as a drafter gets it: titles, code and URLs left alone. */
function ruleFindings(text, spelling) {
  const engine = lib.createEngine({ config: { rules: onlyWrongCharacter() } , spelling });
  return engine.analyze(text).filter((f) => f.code === 'wrong-character');
}
function onlyWrongCharacter() {
  const rules = {};
  for (const rule of lib.createEngine().rules()) if (rule.code !== 'wrong-character') rules[rule.code] = 'off';
  return rules;
}
const per100k = (n, chars) => (n / chars) * 1e5;

const official = lib.officialTexts(ROOT);
const officialChars = official.reduce((n, t) => n + t.text.length, 0);
const inSample = official.map((t) => ({ name: t.name, findings: ruleFindings(t.text, model) }));
const inSampleCount = inSample.reduce((n, t) => n + t.findings.length, 0);
log('official texts checked with the shipped model');

// Each fold's texts are checked by a model trained without them. The weights were fitted on the
// candidates of the texts of even index read this way; those of odd index they never saw.
const folds = foldsOption ?? lib.FOLDS;
const sources = lib.spellingSources(ROOT);
const tunedOn = new Set(lib.tuningTexts(official).map((t) => t.name));
let heldOutTextsCount = 0;
let unseenCount = 0;
const unseenChars = official.filter((t) => !tunedOn.has(t.name)).reduce((n, t) => n + t.text.length, 0);
const heldOutTextsExamples = [];
for (const [k, { inside, outside }] of lib.folds(official, folds).entries()) {
  const foldModel = withThreshold(lib.trainSpellingModel({ ...sources, texts: outside.map((t) => t.text) }));
  for (const t of inside) {
    for (const f of ruleFindings(t.text, foldModel)) {
      heldOutTextsCount++;
      if (!tunedOn.has(t.name)) unseenCount++;
      heldOutTextsExamples.push(`${t.name}${tunedOn.has(t.name) ? '' : ' (weights never saw it)'}: …${t.text.slice(Math.max(0, f.span.start - 6), f.span.start)}[${t.text[f.span.start]}→${f.fixes[0].edits[0].newText}]${t.text.slice(f.span.end, f.span.end + 6)}…`);
    }
  }
  log(`fold ${k + 1}/${folds} checked`);
}

// Drafts that are not training data: the test fixtures and the embedded corpus.
function textFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...textFiles(full));
    else if (/\.(txt|md)$/u.test(name)) out.push(full);
  }
  return out;
}
const drafts = [...textFiles(join(ROOT, 'test', 'fixtures')), join(ROOT, 'corpus', 'study-notes.txt')].filter((f) => !f.includes(`${join('fixtures', 'rules', 'wrong-character')}`));
let draftChars = 0;
const draftFindings = [];
for (const file of drafts) {
  const text = readFileSync(file, 'utf8');
  draftChars += text.length;
  for (const f of ruleFindings(text, model)) draftFindings.push(`${relative(ROOT, file)}: …${text.slice(Math.max(0, f.span.start - 6), f.span.start)}[${text[f.span.start]}→${f.fixes[0].edits[0].newText}]${text.slice(f.span.end, f.span.end + 6)}…`);
}
log('drafts checked');

// A full check of 1 MB, every rule, each run in a fresh engine (nothing cached). One run of
// each warms the code up untimed; then runs without and with the rule alternate, so a change
// in the machine's load falls on both; the median of seven of each, in wall time and in the
// CPU time of this process (which other processes on a loaded machine disturb less).
const document = buildDocument(1024 * 1024);
const timeCheck = (spelling) => {
  const engine = lib.createEngine({ spelling });
  const cpu = process.cpuUsage();
  const start = performance.now();
  engine.analyze(document);
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
};
timeCheck(undefined);
timeCheck(model);
const times = { without: [], with: [] };
for (let i = 0; i < 7; i++) {
  times.without.push(timeCheck(undefined));
  times.with.push(timeCheck(model));
}
const median = (list, key) => list.map((t) => t[key]).sort((a, b) => a - b)[3];
const without = median(times.without, 'wall');
const withRule = median(times.with, 'wall');
const withoutCpu = median(times.without, 'cpu');
const withRuleCpu = median(times.with, 'cpu');
log('1 MB checks timed');

const result = {
  model: { bytes: bytes.length, loadMs: loads.sort((a, b) => a - b)[2] },
  heldOut: heldOutScore,
  tuning: tuneScore,
  official: {
    chars: officialChars,
    shippedModel: { falseAlarms: inSampleCount, per100k: per100k(inSampleCount, officialChars) },
    withoutOwnText: { folds, falseAlarms: heldOutTextsCount, per100k: per100k(heldOutTextsCount, officialChars), examples: heldOutTextsExamples },
    unseenByWeights: { texts: official.length - tunedOn.size, chars: unseenChars, falseAlarms: unseenCount, per100k: per100k(unseenCount, unseenChars) },
  },
  drafts: { files: drafts.length, chars: draftChars, flags: draftFindings.length, per100k: per100k(draftFindings.length, draftChars), findings: draftFindings },
  check1MB: { withoutMs: without, withMs: withRule, ratio: withRule / without, withoutCpuMs: withoutCpu, withCpuMs: withRuleCpu, cpuRatio: withRuleCpu / withoutCpu, load: loadavg()[0] },
};
if (asJson) console.log(JSON.stringify(result, null, 2));
else {
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  const f3 = (x) => x.toFixed(3);
  const h = result.heldOut;
  console.log(`model: ${(result.model.bytes / 1e6).toFixed(1)} MB, loaded in ${result.model.loadMs.toFixed(0)} ms; threshold ${model.weights.threshold}`);
  console.log(`held-out sentences (${h.sentences}, ${h.errors} wrong characters): precision ${f3(h.precision)}, recall ${f3(h.recall)}, F1 ${f3(h.f1)} (detection: precision ${f3(h.detectionPrecision)}, recall ${f3(h.detectionRecall)}); correct sentences flagged ${h.cleanFlagged}/${h.cleanSentences} = ${pct(h.cleanFlaggedShare)}`);
  const t = result.tuning;
  console.log(`tuning sentences (${t.sentences}): precision ${f3(t.precision)}, recall ${f3(t.recall)}, F1 ${f3(t.f1)}; correct sentences flagged ${t.cleanFlagged}/${t.cleanSentences}`);
  const o = result.official;
  console.log(`40 official texts (${o.chars} chars), shipped model: ${o.shippedModel.falseAlarms} flags = ${o.shippedModel.per100k.toFixed(2)} per 100k chars`);
  console.log(`40 official texts, each checked by a model trained without its fold (${folds} folds): ${o.withoutOwnText.falseAlarms} flags = ${o.withoutOwnText.per100k.toFixed(2)} per 100k chars`);
  const u = o.unseenByWeights;
  console.log(`  of them in the ${u.texts} texts (${u.chars} chars) whose candidates the weights were not fitted on: ${u.falseAlarms} = ${u.per100k.toFixed(2)} per 100k chars`);
  for (const line of o.withoutOwnText.examples) console.log(`  ${line}`);
  const d = result.drafts;
  console.log(`drafts not used in training (${d.files} files, ${d.chars} chars): ${d.flags} flags = ${d.per100k.toFixed(2)} per 100k chars`);
  for (const line of d.findings) console.log(`  ${line}`);
  const c = result.check1MB;
  console.log(`1 MB full check (load ${c.load.toFixed(1)}): ${c.withoutMs.toFixed(0)} ms without the rule, ${c.withMs.toFixed(0)} ms with it: ratio ${c.ratio.toFixed(2)}; CPU ${c.withoutCpuMs.toFixed(0)} ms and ${c.withCpuMs.toFixed(0)} ms: ratio ${c.cpuRatio.toFixed(2)}`);
}
