#!/usr/bin/env node
// Format check of corpus/spelling/glyph-similar.tsv (written by scripts/glyph-similarity.py):
//   node scripts/check-glyph-data.mjs [file]
//
// Checks the header (font package and version, the size, the measure, the cutoff and the number
// of neighbours kept), then each line: one character, a tab, its look-alikes, a tab, the
// characters it is the larger part of; each list a run of (one CJK character, two-digit score),
// scores at least the cutoff and never rising, at most K (K') entries, no character twice in a
// line and never the character itself. Exits 1 with the list of problems; prints a summary.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FILE = process.argv[2] ?? path.join(ROOT, 'corpus', 'spelling', 'glyph-similar.tsv');
const MAX_BYTES = 1024 * 1024;

const problems = [];
const problem = (where, message) => problems.push(`${where}: ${message}`);

if (!fs.existsSync(FILE)) {
  console.error(`${FILE} is missing (generate it with /usr/bin/python3 scripts/glyph-similarity.py).`);
  process.exit(1);
}
const bytes = fs.statSync(FILE).size;
if (bytes >= MAX_BYTES) problem(FILE, `${bytes} bytes, not under ${MAX_BYTES}`);

const lines = fs.readFileSync(FILE, 'utf8').split('\n');
if (lines.at(-1) === '') lines.pop();
const header = lines.filter((l) => l.startsWith('#')).join('\n');
const body = lines.filter((l) => !l.startsWith('#'));
if (lines.findIndex((l) => !l.startsWith('#')) < lines.findLastIndex((l) => l.startsWith('#'))) {
  problem(FILE, 'a # line after the data');
}

const font = /# font: .* of Debian package (\S+) ([^\s,]+)/u.exec(header);
if (!font) problem('header', 'no "# font: ... of Debian package NAME VERSION" line');
else if (font[2] === 'unknown') problem('header', `the version of ${font[1]} is unknown`);
const look = /# look-alike \(column 2\): .* at (\d+) px .*; top (\d+), score >= (\d+)/u.exec(header);
const part = /# part-of \(column 3\): .*; top (\d+), score >= (\d+)/u.exec(header);
if (!look) problem('header', 'no "# look-alike (column 2): ... at N px ...; top K, score >= C" line');
if (!part) problem('header', 'no "# part-of (column 3): ...; top K, score >= C" line');
const limits = [
  { k: Number(look?.[2] ?? 20), cutoff: Number(look?.[3] ?? 0) },
  { k: Number(part?.[1] ?? 6), cutoff: Number(part?.[2] ?? 0) },
];

const CJK = /^\p{Script=Han}$/u;
const seen = new Set();
let pairs = [0, 0];
const linked = new Map(); // look-alike pairs, to count how many are listed both ways
for (const [n, line] of body.entries()) {
  const where = `line ${n + 1 + lines.length - body.length}`;
  const cols = line.split('\t');
  if (cols.length !== 3) {
    problem(where, `${cols.length} columns, not 3`);
    continue;
  }
  const [char, ...lists] = cols;
  if (!CJK.test(char)) problem(where, `"${char}" is not one Han character`);
  if (seen.has(char)) problem(where, `${char} has a second line`);
  seen.add(char);
  if (!lists[0] && !lists[1]) problem(where, `${char} has no neighbour`);
  const inLine = new Set([char]);
  lists.forEach((list, col) => {
    const items = [...list.matchAll(/(\p{Script=Han})(\d\d)/gu)];
    if (items.map((m) => m[0]).join('') !== list) {
      problem(where, `column ${col + 2} is not a run of character + two-digit score: "${list}"`);
      return;
    }
    if (items.length > limits[col].k) problem(where, `column ${col + 2} has ${items.length} entries, more than ${limits[col].k}`);
    let last = 100;
    for (const [, c, digits] of items) {
      const score = Number(digits);
      if (inLine.has(c)) problem(where, `${c} ${c === char ? 'is the character itself' : 'is listed twice'}`);
      inLine.add(c);
      if (score < limits[col].cutoff) problem(where, `${char}${c} scores ${score}, under the cutoff ${limits[col].cutoff}`);
      if (score > last) problem(where, `column ${col + 2}: ${c} scores ${score}, more than the one before (${last})`);
      last = score;
      if (col === 0) linked.set(char + c, score);
    }
    pairs[col] += items.length;
  });
}
let mutual = 0;
for (const [key, score] of linked) {
  const back = linked.get(key[1] + key[0]);
  if (back !== undefined) {
    mutual++;
    if (back !== score) problem(`${key}`, `look-alike score ${score} one way, ${back} the other`);
  }
}

if (problems.length) {
  console.error(`${problems.length} problem(s) in ${FILE}:`);
  for (const p of problems.slice(0, 50)) console.error(`  ${p}`);
  if (problems.length > 50) console.error(`  ... and ${problems.length - 50} more`);
  process.exit(1);
}
console.log(
  `${path.relative(ROOT, FILE)}: ${bytes} bytes, ${body.length} characters, ${pairs[0]} look-alike pairs ` +
    `(${mutual} listed both ways), ${pairs[1]} part-of pairs; font ${font[1]} ${font[2]}`,
);
