// Fits the weights of the wrong-character decision on the tuning half of the ECSpell
// official-document sentences and writes corpus/spelling/weights.json. The held-out half is
// never read here: bench/spelling measures on it. ECSpell's sentences are mostly wrong, real drafts
// mostly right, so the candidates a clean text raises weigh in too: those of the official texts
// of even index (`tuningTexts`), each read by a model trained without its fold, as bench/spelling
// reads it. The texts of odd index are left for bench/spelling to measure false alarms on.
// Usage: node out/scripts/tune-spelling.js <root>
import * as fs from 'node:fs';
import { candidatesIn, findWrongCharacters, probability } from '../server/src/engine/spelling/detect';
import { PackedSpellingModel, type SpellingWeights } from '../server/src/engine/spelling/model';
import { trainSpellingModel } from '../server/src/engine/spelling/train';
import { folds, officialTexts, spellingSources, tuningSplit, tuningTexts, weightsFile } from './spelling-sources';

const FEATURES = 18;
/**
 * Further candidates are offered from half the threshold on. The threshold is the lowest at which
 * the tuning half is flagged this precisely, with no clean sentence flagged, and the clean texts
 * get at most CLEAN_ALARMS false alarms per 100,000 characters.
 */
const PRECISION = 0.95;
const CLEAN_ALARMS = 0.3;

const root = process.argv[2] ?? process.cwd();
const unfitted: SpellingWeights = { weights: new Array(FEATURES).fill(0), mean: new Array(FEATURES).fill(0), scale: new Array(FEATURES).fill(1), threshold: 1, suggest: 1 };
const model = trainSpellingModel(spellingSources(root, { weights: unfitted }));
const { tune } = tuningSplit(root);

const examples: { x: readonly number[]; y: number }[] = [];
for (const sentence of tune) {
  for (const c of candidatesIn(model, sentence.written)) examples.push({ x: c.features, y: sentence.corrected[c.offset] === c.char && c.written !== c.char ? 1 : 0 });
}
// Every candidate in a clean text is a false one. Each text is read by a model trained without its fold.
const official = officialTexts(root);
const clean: { x: readonly number[]; at: string }[] = [];
let cleanChars = 0;
const tuning = new Set(tuningTexts(official).map((t) => t.name));
for (const { inside, outside } of folds(official)) {
  const foldModel = trainSpellingModel(spellingSources(root, { texts: outside.map((t) => t.text), weights: unfitted }));
  for (const t of inside.filter((t) => tuning.has(t.name))) {
    cleanChars += t.text.length;
    for (const c of candidatesIn(foldModel, t.text)) clean.push({ x: c.features, at: `${t.index}:${c.offset}` });
  }
}
for (const { x } of clean) examples.push({ x, y: 0 });
const mean = new Array<number>(FEATURES).fill(0);
const scale = new Array<number>(FEATURES).fill(1);
for (let j = 1; j < FEATURES; j++) {
  let sum = 0;
  let squares = 0;
  for (const { x } of examples) (sum += x[j]), (squares += x[j] * x[j]);
  mean[j] = sum / examples.length;
  const spread = Math.sqrt(Math.max(0, squares / examples.length - mean[j] * mean[j]));
  // A feature that never varies (the prefilter can fix one) is left unscaled.
  scale[j] = spread > 1e-3 ? spread : 1;
}
const z = examples.map(({ x, y }) => ({ x: x.map((v, j) => (j === 0 ? 1 : (v - mean[j]) / scale[j])), y }));
// Logistic regression by full-batch gradient descent with a light L2 penalty.
const w = new Array<number>(FEATURES).fill(0);
for (let round = 0; round < 800; round++) {
  const gradient = new Array<number>(FEATURES).fill(0);
  for (const { x, y } of z) {
    let s = 0;
    for (let j = 0; j < FEATURES; j++) s += w[j] * x[j];
    const p = 1 / (1 + Math.exp(-s));
    for (let j = 0; j < FEATURES; j++) gradient[j] += (p - y) * x[j];
  }
  for (let j = 0; j < FEATURES; j++) w[j] -= 0.5 * (gradient[j] / z.length + 1e-3 * w[j]);
}

const round4 = (v: number) => Math.round(v * 1e4) / 1e4;
let chosen: SpellingWeights | undefined;
for (let threshold = 0.1; threshold < 0.96 && !chosen; threshold += 0.05) {
  const weights: SpellingWeights = { weights: w.map(round4), mean: mean.map(round4), scale: scale.map(round4), threshold: round4(threshold), suggest: round4(threshold / 2) };
  const fitted = new PackedSpellingModel({ ...model.tables, weights });
  let right = 0;
  let flags = 0;
  let cleanFlagged = 0;
  for (const sentence of tune) {
    const found = findWrongCharacters(fitted, sentence.written);
    flags += found.length;
    right += found.filter((s) => sentence.corrected[s.offset] === s.candidates[0].char && s.written !== s.candidates[0].char).length;
    if (sentence.errors === 0 && found.length > 0) cleanFlagged++;
  }
  const precision = flags === 0 ? 1 : right / flags;
  const alarms = new Set(clean.filter((c) => probability(weights, c.x) >= weights.threshold).map((c) => c.at)).size;
  const per100k = (alarms / cleanChars) * 1e5;
  console.log(`threshold ${weights.threshold}: ${flags} flags, precision ${precision.toFixed(3)}, ${cleanFlagged} clean sentences flagged, ${alarms} false alarms in clean texts (${per100k.toFixed(2)} per 100k)`);
  if (precision >= PRECISION && cleanFlagged === 0 && per100k <= CLEAN_ALARMS) chosen = weights;
}
if (!chosen) throw new Error('no threshold reaches the precision asked for');
fs.writeFileSync(weightsFile(root), JSON.stringify(chosen, null, 2) + '\n');
console.log(`wrote ${weightsFile(root)} (${examples.length} candidates, ${clean.length} of them in ${cleanChars} characters of clean text, ${examples.filter((e) => e.y).length} right, threshold ${chosen.threshold})`);
