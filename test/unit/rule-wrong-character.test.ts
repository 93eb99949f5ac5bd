import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createEngine, decodeSpellingModel, type Finding, type SeveritySetting, type SpellingModel } from '../../server/src/engine';
import { encodeSpellingModel, PackedSpellingModel } from '../../server/src/engine/spelling/model';
import { findWrongCharacters } from '../../server/src/engine/spelling/detect';
import { officialTexts, tuningSplit } from '../../scripts/spelling-sources';
import { ROOT } from '../helpers/corpus';
import { spellingModel } from '../helpers/spelling';

/**
 * Figures measured by bench/spelling.mjs with the shipped model; a change that makes them
 * worse fails here. False alarms may only fall; precision and recall may only rise (a small
 * margin below the measured figure absorbs nothing but rounding).
 */
const OFFICIAL_FALSE_ALARMS = 0;
const DRAFT_FALSE_ALARMS = 0;
const HELD_OUT_PRECISION = 0.95;
const HELD_OUT_RECALL = 0.2;

function engineWith(spelling: SpellingModel | undefined, rules: Record<string, SeveritySetting> = {}) {
  const only: Record<string, SeveritySetting> = {};
  for (const rule of createEngine().rules()) if (rule.code !== 'wrong-character') only[rule.code] = 'off';
  return createEngine({ spelling, config: { locale: 'zh', rules: { ...only, ...rules } } });
}
const wrong = (findings: readonly Finding[]) => findings.filter((f) => f.code === 'wrong-character');

const SLIP = '地方各级政府才政部门负责统一管理本地区政府债务。';

test('a slip is flagged on its character, with the likely characters as fixes best first, none of them safe', () => {
  const findings = wrong(engineWith(spellingModel()).analyze(SLIP));
  assert.equal(findings.length, 1);
  const [finding] = findings;
  assert.equal(SLIP.slice(finding.span.start, finding.span.end), '才');
  assert.equal(finding.severity, 'warning');
  assert.match(finding.message, /“才”疑为错别字，可能应为“财”/u);
  assert.equal(finding.fixes?.[0].edits[0].newText, '财');
  assert.equal(finding.fixes?.[0].preferred, true);
  assert.ok(finding.fixes?.every((fix) => !fix.safe && fix.edits.length === 1 && fix.edits[0].span.start === finding.span.start));
  const en = createEngine({ spelling: spellingModel(), config: { locale: 'en' } });
  assert.match(wrong(en.analyze(SLIP))[0].message, /'才' looks like a slip: probably '财' was meant/u);
});

test('fix-all leaves wrong characters alone: a person confirms each', () => {
  const engine = engineWith(spellingModel());
  const result = engine.fixAll(SLIP);
  assert.equal(result.text, SLIP);
  assert.equal(result.applied, 0);
});

test('without a model the rule is silent; handing it in later finds the slip in text already checked', () => {
  const engine = engineWith(undefined);
  assert.deepEqual(wrong(engine.analyze(SLIP)), []);
  engine.setSpellingModel(spellingModel());
  assert.equal(wrong(engine.analyze(SLIP)).length, 1);
  engine.setSpellingModel(undefined);
  assert.deepEqual(wrong(engine.analyze(SLIP)), []);
});

test('ignore comments and the rules setting switch the rule off', () => {
  assert.deepEqual(wrong(engineWith(spellingModel()).analyze(`<!-- tifa-disable wrong-character -->\n${SLIP}`)), []);
  assert.deepEqual(wrong(engineWith(spellingModel(), { 'wrong-character': 'off' }).analyze(SLIP)), []);
  assert.equal(wrong(engineWith(spellingModel(), { 'wrong-character': 'error' }).analyze(SLIP))[0].severity, 'error');
});

test('titles, code, numbers and non-BMP characters: left alone or located in UTF-16', () => {
  const engine = engineWith(spellingModel());
  assert.deepEqual(wrong(engine.analyze(`《${SLIP}》`)), []);
  assert.deepEqual(wrong(engine.analyze(`\`${SLIP}\``)), []);
  const shifted = `𠀀${SLIP}`;
  const [finding] = wrong(engine.analyze(shifted));
  assert.equal(shifted.slice(finding.span.start, finding.span.end), '才');
  const crlf = `正文。\r\n\r\n${SLIP}\r\n`;
  const [again] = wrong(engine.analyze(crlf));
  assert.equal(crlf.slice(again.span.start, again.span.end), '才');
});

test('a model file round-trips, and bytes that are not one are refused', () => {
  const model = spellingModel() as PackedSpellingModel;
  const copy = decodeSpellingModel(encodeSpellingModel(model.tables));
  for (const gram of ['财政', '政府', '才政', '\u0001地方']) assert.equal(copy.ngram(gram), model.ngram(gram));
  assert.ok(model.ngram('财政') > 0 && model.word('财政') > 0 && model.ngram('财才政') === 0 && model.word('才政部门') === 0);
  assert.deepEqual(findWrongCharacters(copy, SLIP), findWrongCharacters(model, SLIP));
  assert.throws(() => decodeSpellingModel(new TextEncoder().encode('not a model at all')), /not a Tifa spelling model/u);
  const bytes = fs.readFileSync(path.join(ROOT, 'dist', 'spelling-model.bin'));
  assert.throws(() => decodeSpellingModel(bytes.subarray(0, bytes.length - 4)), /truncated/u);
});

test(`the 40 official texts get at most ${OFFICIAL_FALSE_ALARMS} false alarms, the drafts of the repository at most ${DRAFT_FALSE_ALARMS}`, () => {
  const engine = engineWith(spellingModel());
  const official = officialTexts(ROOT);
  assert.equal(official.length, 40);
  const alarms = official.flatMap((t) => wrong(engine.analyze(t.text)).map((f) => `${t.name}: ${t.text.slice(f.span.start - 6, f.span.end + 6)}`));
  assert.ok(alarms.length <= OFFICIAL_FALSE_ALARMS, alarms.join('\n'));
  const drafts = [path.join(ROOT, 'corpus', 'study-notes.txt'), ...fs.readdirSync(path.join(ROOT, 'test', 'cli', 'drafts'), { recursive: true }).map(String).map((f) => path.join(ROOT, 'test', 'cli', 'drafts', f))]
    .filter((file) => fs.statSync(file).isFile());
  const draftAlarms = drafts.flatMap((file) => {
    const text = fs.readFileSync(file, 'utf8');
    return wrong(engine.analyze(text)).map((f) => `${path.basename(file)}: ${text.slice(f.span.start - 6, f.span.end + 6)}`);
  });
  assert.ok(draftAlarms.length <= DRAFT_FALSE_ALARMS, draftAlarms.join('\n'));
});

test(`held-out official-document sentences: character precision at least ${HELD_OUT_PRECISION}, recall at least ${HELD_OUT_RECALL}`, () => {
  const { tune, heldOut } = tuningSplit(ROOT);
  assert.ok(heldOut.length > 500 && tune.length > 500, 'the split keeps both halves large');
  const tuned = new Set(tune.map((t) => t.corrected));
  assert.ok(!heldOut.some((s) => tuned.has(s.corrected)), 'no sentence is in both halves, even with other slips');
  let flags = 0;
  let right = 0;
  let errors = 0;
  for (const s of heldOut) {
    for (let i = 0; i < s.written.length; i++) if (s.written[i] !== s.corrected[i]) errors++;
    const found = findWrongCharacters(spellingModel(), s.written);
    flags += found.length;
    right += found.filter((f) => s.corrected[f.offset] === f.candidates[0].char && s.written[f.offset] !== s.corrected[f.offset]).length;
  }
  assert.ok(right / flags >= HELD_OUT_PRECISION, `precision ${right}/${flags}`);
  assert.ok(right / errors >= HELD_OUT_RECALL, `recall ${right}/${errors}`);
});
