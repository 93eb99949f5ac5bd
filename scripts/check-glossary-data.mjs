#!/usr/bin/env node
// Quick data check of the embedded glossary for its authors: node scripts/check-glossary-data.mjs
//
// Reads corpus/glossary.json and every corpus/glossary/*.json and checks what can be checked
// without building the project: valid JSON, a term used once across all files, the required
// fields, valid dates, and that every item of an entry with `source.file` occurs verbatim in
// that official text under ../shared/corpus-official/ (resolved from the repository root).
// A non-canonical pattern that an official text itself writes, or an earlier form (`history`)
// that an official text still writes after the entry says it was replaced, would flag the
// canonical wording, so both are errors too. Exits 1 with the list of problems.
// Prints, for each entry with `source.file`, how many of the official texts use the term.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OFFICIAL = path.join(ROOT, '..', 'shared', 'corpus-official');
const AREAS = new Set([
  'party-building', 'theory', 'economy', 'reform', 'rule-of-law', 'rural', 'ecology', 'livelihood',
  'culture', 'defence', 'foreign-affairs', 'hk-macao-taiwan', 'governance', 'numbered',
]);

const problems = [];
const problem = (where, message) => problems.push(`${where}: ${message}`);

if (!fs.existsSync(OFFICIAL)) {
  console.error(`The official texts are missing: ${OFFICIAL} (expected ../shared/corpus-official beside the repository).`);
  process.exit(1);
}
const officialFiles = fs.readdirSync(OFFICIAL).filter((f) => f.endsWith('.txt')).sort();
const official = new Map(officialFiles.map((f) => [f, fs.readFileSync(path.join(OFFICIAL, f), 'utf8')]));

/** The date of each official text as SOURCES.md gives it: the first YYYY-MM-DD or 2020年5月28日 in its row. */
function officialDates() {
  const dates = new Map();
  const sources = path.join(OFFICIAL, 'SOURCES.md');
  if (!fs.existsSync(sources)) return dates;
  for (const line of fs.readFileSync(sources, 'utf8').split('\n')) {
    // Four texts are described only in the table of alternates/, under the same file name.
    const row = /^\| (?:alternates\/)?([a-z0-9-]+\.txt) \|/u.exec(line);
    if (!row || dates.has(row[1])) continue;
    const iso = /\b(\d{4}-\d{2}-\d{2})\b/u.exec(line);
    const zh = /(\d{4})年(\d{1,2})月(\d{1,2})日/u.exec(line);
    if (iso) dates.set(row[1], iso[1]);
    else if (zh) dates.set(row[1], `${zh[1]}-${zh[2].padStart(2, '0')}-${zh[3].padStart(2, '0')}`);
  }
  return dates;
}
const textDates = officialDates();

function validDate(value) {
  if (typeof value !== 'string') return false;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), m[2] && Number(m[2]), m[3] && Number(m[3])];
  if (year < 1900 || year > 2100) return false;
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (day !== undefined) {
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return false;
  }
  return true;
}

const isStrings = (v) => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '');

// The numeral a term promises, read as the engine reads it (server/src/engine/corpus/numerals.ts),
// so that an entry this script passes also loads without a count problem.
const DIGITS = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 双: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function parseNumeral(run) {
  if (run.length === 1) return run === '十' ? 10 : run === '百' ? 100 : DIGITS[run];
  const ten = run.indexOf('十');
  if (ten < 0 || run.indexOf('十', ten + 1) >= 0 || run.includes('百')) return undefined;
  const before = run.slice(0, ten);
  const after = run.slice(ten + 1);
  if (before.length > 1 || after.length > 1 || before === '两' || before === '双') return undefined;
  const tens = before ? DIGITS[before] : 1;
  const ones = after ? DIGITS[after] : 0;
  return tens === undefined || ones === undefined || tens === 0 ? undefined : tens * 10 + ones;
}
function promisedCount(term) {
  const runs = [...term.matchAll(/[〇零一二两双三四五六七八九十百]+/gu)];
  const counting = runs.filter((m) => parseNumeral(m[0]) !== undefined);
  if (counting.length >= 2 && counting[0].index === 0 && counting.slice(1).some((m) => m[0] !== '一')) {
    return counting.reduce((sum, m) => sum + parseNumeral(m[0]), 0);
  }
  const own = runs.filter((m) => !['一', '〇', '零'].includes(m[0]));
  if (own.length !== 1) return undefined;
  const count = parseNumeral(own[0][0]);
  return count !== undefined && count >= 2 && count <= 20 ? count : undefined;
}
/** Every numeral of a term that opens with one and names each part with one (三去一降一补: 3+1+1). */
function numeralSum(term) {
  const runs = [...term.matchAll(/[一二两双三四五六七八九十]+/gu)].map((m) => parseNumeral(m[0]));
  return /^[一二两双三四五六七八九十]/u.test(term) && runs.length >= 2 && runs.every((n) => n !== undefined)
    ? runs.reduce((a, b) => a + b, 0)
    : undefined;
}

function compilePattern(pattern) {
  const regex = /^\/(.+)\/([a-z]*)$/u.exec(pattern);
  if (regex) return new RegExp(regex[1], regex[2].includes('g') ? regex[2] : `${regex[2]}g`);
  return new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'), 'gu');
}

const glossaryDir = path.join(ROOT, 'corpus', 'glossary');
const files = [path.join(ROOT, 'corpus', 'glossary.json')];
if (fs.existsSync(glossaryDir)) {
  files.push(...fs.readdirSync(glossaryDir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(glossaryDir, f)));
}

const seen = new Map();
const spellings = new Map();
const allPatterns = [];
const allSpecs = [];
const usage = [];
let entryCount = 0;

for (const file of files) {
  const rel = path.relative(ROOT, file);
  const legacy = rel === path.join('corpus', 'glossary.json');
  let data;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    problem(rel, `not valid JSON (${error.message})`);
    continue;
  }
  if (!Array.isArray(data?.entries)) {
    problem(rel, 'expected { "version": 1, "description": "…", "entries": [ … ] }');
    continue;
  }
  if (!legacy && (data.version !== 1 || typeof data.description !== 'string' || !data.description.trim())) {
    problem(rel, 'needs "version": 1 and a "description"');
  }
  data.entries.forEach((entry, index) => {
    entryCount++;
    const term = typeof entry?.term === 'string' ? entry.term.trim() : '';
    const at = `${rel} entries[${index}]${term ? ` ${term}` : ''}`;
    if (!term) return problem(at, 'no "term"');
    if (seen.has(term)) problem(at, `term already defined in ${seen.get(term)}`);
    else seen.set(term, rel);
    // Terms and aliases are looked up in one map of spellings: an alias may name one entry only.
    for (const alias of isStrings(entry.aliases) ? entry.aliases : []) {
      if (spellings.has(alias)) problem(at, `alias “${alias}” is already a spelling of ${spellings.get(alias)}`);
      else spellings.set(alias, `${term} (${rel})`);
    }
    if (typeof entry.definition !== 'string' || !entry.definition.trim()) problem(at, 'no "definition"');
    const source = entry.source;
    if (typeof source?.title !== 'string' || !source.title.trim()) problem(at, 'no "source.title"');
    if (!legacy || entry.area !== undefined) {
      if (!AREAS.has(entry.area)) problem(at, `"area" must be one of ${[...AREAS].join(', ')}`);
    }
    if (!legacy || source?.issuer !== undefined) {
      if (typeof source?.issuer !== 'string' || !source.issuer.trim()) problem(at, 'no "source.issuer"');
    }
    if (!legacy || source?.date !== undefined) {
      if (!validDate(source?.date)) problem(at, `"source.date" must be YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(source?.date)}`);
    }
    if (!legacy || entry.since !== undefined) {
      if (!validDate(entry.since)) problem(at, `"since" must be YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(entry.since)}`);
    }
    if (validDate(entry.since) && validDate(source?.date) && entry.since > source.date.slice(0, entry.since.length)) {
      problem(at, `since ${entry.since} is after the date of its source (${source.date}): the source must show the formulation in use`);
    }
    for (const field of ['items', 'aliases', 'patterns']) {
      if (entry[field] !== undefined && !isStrings(entry[field])) problem(at, `"${field}" must be a list of non-empty strings`);
    }
    const items = isStrings(entry.items) ? entry.items : undefined;
    if (items) {
      const expected = promisedCount(term);
      const sum = numeralSum(term);
      // As the loader: a term whose numerals each count their own part (三会一课) may promise their sum.
      if (expected !== undefined && items.length !== expected && items.length !== sum) {
        problem(at, `${items.length} items, but the numeral promises ${expected}`);
      }
    }
    if (source?.file !== undefined) {
      const text = official.get(source.file);
      if (text === undefined) {
        problem(at, `source.file ${source.file} is not one of the official texts in ${path.relative(ROOT, OFFICIAL)}`);
      } else {
        for (const item of items ?? []) {
          if (!text.includes(item)) problem(at, `item “${item}” does not occur verbatim in ${source.file}`);
        }
        if (!items && !text.includes(term)) problem(at, `term does not occur in ${source.file}, and the entry has no items`);
        if (textDates.has(source.file) && source.date !== undefined && source.date !== textDates.get(source.file)) {
          problem(at, `source.date ${source.date} differs from the date of ${source.file} (${textDates.get(source.file)})`);
        }
        usage.push({ term, count: officialFiles.filter((f) => official.get(f).includes(term)).length });
      }
    }
    for (const pattern of isStrings(entry.patterns) ? entry.patterns : []) {
      let compiled;
      try {
        compiled = compilePattern(pattern);
      } catch (error) {
        problem(at, `pattern ${pattern} does not compile (${error.message})`);
        continue;
      }
      allPatterns.push({ pattern: compiled, term });
      for (const [f, text] of official) {
        compiled.lastIndex = 0;
        if (compiled.test(text)) problem(at, `pattern ${pattern} occurs in the official text ${f}: official usage writes it`);
      }
    }
    if (entry.specs !== undefined) {
      if (!Array.isArray(entry.specs)) problem(at, '"specs" must be a list');
      else
        entry.specs.forEach((spec, k) => {
          if (typeof spec?.from !== 'string' || typeof spec?.to !== 'string') problem(at, `specs[${k}] must be { "from", "to" }`);
          else allSpecs.push({ at: `${at} specs[${k}]`, ...spec });
        });
    }
    if (entry.history !== undefined) {
      if (!Array.isArray(entry.history)) problem(at, '"history" must be a list');
      else
        entry.history.forEach((h, k) => {
          const hat = `${at} history[${k}]`;
          if (!validDate(h?.until)) problem(hat, `"until" must be a date, got ${JSON.stringify(h?.until)}`);
          if (h?.items === undefined && h?.form === undefined) problem(hat, 'needs "items" or "form"');
          if (h?.items !== undefined && !isStrings(h.items)) problem(hat, '"items" must be a list of non-empty strings');
          if (h?.form !== undefined && (typeof h.form !== 'string' || !h.form.trim())) problem(hat, '"form" must be a non-empty string');
          if (h?.source !== undefined && h.source.date !== undefined && !validDate(h.source.date)) problem(hat, '"source.date" is not a date');
          if (typeof h?.form === 'string' && validDate(h?.until)) {
            for (const [f, text] of official) {
              const date = textDates.get(f);
              if (date && date >= h.until && text.includes(h.form)) {
                problem(hat, `the replaced form “${h.form}” still occurs in ${f} (${date}), dated after ${h.until}`);
              }
            }
          }
        });
    }
  });
}

// As when a glossary loads: `from` with every pattern replaced by its term must read `to`.
for (const [alias, owner] of spellings) {
  if (seen.has(alias)) problem(owner, `alias “${alias}” is also a term in ${seen.get(alias)}`);
}
for (const spec of allSpecs) {
  let out = spec.from;
  for (const { pattern, term } of allPatterns) out = out.replace(pattern, term);
  if (out !== spec.to) problem(spec.at, `spec gives “${out}”, expected “${spec.to}”`);
}

console.log(`${entryCount} entries in ${files.length} files; ${usage.length} cite an official text.`);
console.log(`Official texts (of ${officialFiles.length}) that use each term cited from one:`);
for (const { term, count } of usage.sort((a, b) => b.count - a.count || a.term.localeCompare(b.term, 'zh'))) {
  console.log(`  ${String(count).padStart(2)}  ${term}`);
}
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log('\nGlossary data OK.');
