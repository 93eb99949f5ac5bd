#!/usr/bin/env node
// An outside check of punctuation-width: the test cases of autocorrect and zhlint (both MIT;
// bench/data/peer-punctuation-cases.json names the repository, file and commit of each) are
// run through `tifa check --fix`, and its output is compared with the output their suites
// expect and with what GB/T 15834-2011 calls for where the two differ.
//
// Spacing between Chinese and Latin text is not Tifa's business: blanks next to a Chinese
// character or mark are ignored in every comparison, and a case whose only change is such
// spacing is left out of the agreement figures (it still counts as a text Tifa must leave alone).
// Cases in Japanese or Korean, in English sentences, or quoting code are left out too. The
// duplicate rules are switched off: the cases repeat short sentences, which Tifa would delete.
//
//   node bench/peers-punctuation.mjs [--no-build] [--list]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './lib/paths.mjs';

const args = process.argv.slice(2);
const LIST = args.includes('--list');
if (!args.includes('--no-build')) execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });

const data = JSON.parse(readFileSync(join(ROOT, 'bench', 'data', 'peer-punctuation-cases.json'), 'utf8'));
const cases = data.cases;

/** Tifa's `--fix` on every case at once, each case a file of its own. */
function tifaFix(inputs) {
  const dir = mkdtempSync(join(tmpdir(), 'tifa-peers-'));
  try {
    // The peers' cases repeat short sentences on purpose; Tifa's duplicate rules would rightly delete them.
    writeFileSync(join(dir, 'tifa.json'), JSON.stringify({ rules: { 'duplicate-sentence': 'off', 'duplicate-clause': 'off', 'near-duplicate': 'off' } }));
    const files = inputs.map((input, i) => {
      const file = join(dir, `case-${String(i).padStart(3, '0')}.md`);
      writeFileSync(file, input);
      return file;
    });
    const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--fix', '--format', 'json', dir], { encoding: 'utf8' });
    if (run.error || run.status === 2) throw new Error(`tifa check --fix failed: ${run.error ?? run.stderr}`);
    return files.map((file) => readFileSync(file, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text with blanks next to a Chinese character or mark taken out: spacing is not compared. */
const unspaced = (text) => text.replace(/[ \t]+(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])[ \t]+/gu, '');

const outputs = tifaFix(cases.map((c) => c.input));
const byPeer = new Map();
const peer = (repo) => {
  if (!byPeer.has(repo)) byPeer.set(repo, { cases: 0, excluded: new Map(), spacing: 0, same: [0, 0], kept: [0, 0], standard: [0, 0], missed: [0, 0] });
  return byPeer.get(repo);
};
const tifaFollows = [];
const disagreements = [];
for (const [i, c] of cases.entries()) {
  const p = peer(c.repo);
  p.cases++;
  if (c.scope) {
    p.excluded.set(c.scope, (p.excluded.get(c.scope) ?? 0) + 1);
    continue;
  }
  const input = unspaced(c.input);
  const theirs = unspaced(c.peer);
  const standard = unspaced(c.standard ?? c.peer);
  const tifa = unspaced(outputs[i]);
  const where = `${c.repo} ${c.path}@${c.commit.slice(0, 7)} (${c.test})`;
  if (theirs === input && c.input !== c.peer && standard === input) p.spacing++;
  if (theirs !== input && theirs === standard) {
    // They change punctuation as the standard has it: does Tifa's fix give the same text?
    p.same[1]++;
    if (tifa === theirs) p.same[0]++;
  } else if (theirs === input && standard === input) {
    // Nothing to change but spacing: Tifa must leave the punctuation alone.
    p.kept[1]++;
    if (tifa === input) p.kept[0]++;
  } else if (theirs !== standard) {
    // They and the standard part ways: which does Tifa follow?
    const bucket = theirs === input ? p.missed : p.standard;
    bucket[1]++;
    if (tifa === standard) {
      bucket[0]++;
      tifaFollows.push({ where, input: c.input, theirs: c.peer, tifa: outputs[i], clause: c.clause, note: c.note });
    }
  }
  if (tifa !== standard) disagreements.push({ where, input: c.input, expected: c.standard ?? c.peer, tifa: outputs[i], note: c.note });
}

const ratio = ([a, b]) => `${a}/${b}${b ? ` (${((100 * a) / b).toFixed(0)}%)` : ''}`;
console.log(`${cases.length} cases from ${byPeer.size} test suites; GB/T 15834-2011 clauses as given in the data file`);
for (const [repo, p] of byPeer) {
  const excluded = [...p.excluded].map(([scope, n]) => `${n} ${scope}`).join(', ') || 'none';
  console.log(`\n${repo}: ${p.cases} cases (left out: ${excluded}; ${p.spacing} change spacing only)`);
  console.log(`  they change punctuation as GB/T 15834 has it: Tifa's --fix gives the same text in ${ratio(p.same)}`);
  console.log(`  nothing to change but spacing: Tifa leaves the punctuation alone in ${ratio(p.kept)}`);
  console.log(`  they change punctuation against GB/T 15834: Tifa follows the standard in ${ratio(p.standard)}`);
  console.log(`  they leave what GB/T 15834 changes: Tifa follows the standard in ${ratio(p.missed)}`);
}
console.log(`\nTifa follows GB/T 15834 where the peer does not: ${tifaFollows.length}`);
for (const d of tifaFollows) {
  console.log(`  ${d.clause}  ${JSON.stringify(d.input)}\n        theirs ${JSON.stringify(d.theirs)}\n        Tifa   ${JSON.stringify(d.tifa)}${d.note ? `\n        (${d.note})` : ''}`);
}
console.log(`\nTifa differs from GB/T 15834: ${disagreements.length}`);
for (const d of disagreements) console.log(`  ${d.where}\n    input    ${JSON.stringify(d.input)}\n    expected ${JSON.stringify(d.expected)}\n    Tifa     ${JSON.stringify(d.tifa)}`);
if (LIST) for (const [i, c] of cases.entries()) console.log(`${c.scope ?? 'chinese'}\t${JSON.stringify(c.input)}\t${JSON.stringify(outputs[i])}`);
process.exitCode = disagreements.length > 0 ? 1 : 0;
