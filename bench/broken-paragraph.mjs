#!/usr/bin/env node
// broken-paragraph on both sides of its trade: recall on pasted-PDF text (the three official
// reports beside the repository with random line breaks and blank lines put inside their
// sentences) and false joins on Chinese Markdown written by people (this README, the
// walkthrough pages and the Chinese READMEs and changelogs installed in node_modules), where
// every join is false.
//
//   node bench/broken-paragraph.mjs [--breaks 50] [--seed 1127] [--list]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { ENGINE_BUNDLE, ROOT } from './lib/paths.mjs';
import { random } from './duplicates-data.mjs';
import { bundleEngine } from './lib/tifa-bundle.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const BREAKS = Number(option('--breaks', 50));
const SEED = Number(option('--seed', 1127));
const LIST = args.includes('--list');

await bundleEngine();
const { createEngine } = createRequire(import.meta.url)(ENGINE_BUNDLE);
const rules = {};
for (const rule of createEngine().rules()) if (rule.code !== 'broken-paragraph') rules[rule.code] = 'off';
const engine = createEngine({ config: { locale: 'en', rules } });

const HAN = /\p{Script=Han}/u;
/** Positions between two Chinese characters inside a sentence: where a PDF line may end. */
function breakPoints(text) {
  const points = [];
  for (let i = 1; i < text.length; i++) if (HAN.test(text[i - 1]) && HAN.test(text[i])) points.push(i);
  return points;
}

// Recall: each break put alone into an otherwise clean report, so that one break cannot hide another.
const realDir = join(ROOT, '..', 'shared', 'corpus-real');
if (!existsSync(realDir)) throw new Error(`${realDir} is missing`);
const next = random(SEED);
let inserted = 0;
let found = 0;
let restored = 0;
const missed = [];
for (const name of readdirSync(realDir).filter((n) => n.endsWith('.txt')).sort()) {
  const text = readFileSync(join(realDir, name), 'utf8');
  const points = breakPoints(text);
  const before = engine.analyze(text).length;
  for (let k = 0; k < BREAKS; k++) {
    const at = points[Math.floor(next() * points.length)];
    const gap = next() < 0.5 ? '\n' : '\n\n';
    const broken = text.slice(0, at) + gap + text.slice(at);
    inserted++;
    const hit = engine.analyze(broken).some((f) => f.span.start < at + gap.length && f.span.end > at);
    if (hit) found++;
    if (engine.fixAll(broken).text === text) restored++;
    else if (!hit) missed.push(`${name}: ${JSON.stringify(broken.slice(broken.lastIndexOf('\n', at - 1) + 1, at))} ⏎ ${JSON.stringify(text.slice(at, at + 8))}`);
  }
  if (before !== 0) console.log(`note: ${name} has ${before} findings before any break is put in`);
}

// False joins: every finding on documents people wrote in Markdown.
function markdownDocuments() {
  const walkthrough = join(ROOT, 'walkthrough', 'media');
  const files = [join(ROOT, 'README.md'), ...readdirSync(walkthrough).filter((n) => n.endsWith('.md')).sort().map((n) => join(walkthrough, n))];
  const nodeModules = join(ROOT, 'node_modules');
  if (existsSync(nodeModules)) {
    const out = execFileSync('find', ['-L', nodeModules, '-maxdepth', '7', '-iname', '*.md', '-size', '+1k'], { encoding: 'utf8' });
    for (const file of out.split('\n').filter(Boolean).sort()) {
      const text = readFileSync(file, 'utf8');
      if ((text.match(/\p{Script=Han}/gu) ?? []).length >= 200) files.push(file);
    }
  }
  return files;
}
let characters = 0;
const joins = [];
const documents = markdownDocuments();
for (const file of documents) {
  const text = readFileSync(file, 'utf8');
  characters += (text.match(/\p{Script=Han}/gu) ?? []).length;
  for (const f of engine.analyze(text)) joins.push(`${relative(ROOT, file)}: ${JSON.stringify(text.slice(Math.max(0, f.span.start - 20), f.span.end + 12))}`);
}

const percent = (a, b) => `${((100 * a) / b).toFixed(1)}%`;
console.log(`pasted-PDF recall: ${inserted} breaks put inside sentences of ${readdirSync(realDir).filter((n) => n.endsWith('.txt')).length} reports (seed ${SEED}), ${found} found (${percent(found, inserted)}), ${restored} restored exactly by fix-all (${percent(restored, inserted)})`);
console.log(`false joins on Chinese Markdown: ${joins.length} on ${documents.length} documents (${characters.toLocaleString('en')} Chinese characters)`);
if (LIST) {
  for (const line of missed) console.log(`missed  ${line}`);
  for (const line of joins) console.log(`joined  ${line}`);
}
