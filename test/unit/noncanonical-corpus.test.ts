import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, createEngine, type Finding } from '../../server/src/engine';
import { canonOf } from '../../server/src/engine/canonical/canon';
import { KnowledgeBase } from '../../server/src/engine/corpus/knowledge';
import { ROOT, embeddedCorpus, sharedDir } from '../helpers/corpus';

const CODE = 'noncanonical-phrase';
const corpus = embeddedCorpus();
const engine = createEngine({ corpora: [corpus] });
engine.setGlossary({ id: 'builtin:glossary.json', data: JSON.parse(fs.readFileSync(path.join(ROOT, 'corpus', 'glossary.json'), 'utf8')) });
const findings = (text: string): Finding[] => engine.analyze(text).filter((f) => f.code === CODE);

/** Replaces the `nth` occurrence of `from` in `text`. */
function inject(text: string, from: string, to: string, nth = 0): { text: string; at: number } {
  let at = text.indexOf(from);
  for (let i = 0; i < nth; i++) at = text.indexOf(from, at + 1);
  assert.ok(at >= 0, `the corpus holds ${from}`);
  return { text: text.slice(0, at) + to + text.slice(at + from.length), at };
}

test('the embedded corpus itself has no non-canonical phrasing', () => {
  assert.deepEqual(
    findings(corpus.text).map((f) => corpus.text.slice(f.span.start, f.span.end)),
    [],
  );
});

const VARIANTS: readonly [canonical: string, variant: string, nth?: number][] = [
  ['三融五跨', '三融五通'],
  ['三融五跨', '三五融跨', 1],
  ['一中心四板块一网格', '一中心四版块一网格'],
  ['马上就办、办就办好', '马上就办、办就要办好'],
  ['政治判断力、政治领悟力、政治执行力', '政治领悟力、政治判断力、政治执行力'],
  ['数字化思维、数字化认知、数字化能力', '数字化认知、数字化思维、数字化能力', 1],
  ['集约建设、互联互通、协同联动', '集约建设、协同联动'],
  ['唯实争先、埋头苦干', '唯实争先、埋头实干'],
  ['着力把握“四个关系”', '着力把握“三个关系”'],
];

test('every injected variant of a corpus slogan is flagged, and its fix restores the canonical text', () => {
  const places = VARIANTS.map(([canonical, variant, nth]) => ({ canonical, variant, at: inject(corpus.text, canonical, variant, nth).at }));
  let text = corpus.text;
  for (const { canonical, variant, at } of places.sort((a, b) => b.at - a.at)) {
    text = text.slice(0, at) + variant + text.slice(at + canonical.length);
  }
  const found = findings(text);
  assert.equal(found.length, VARIANTS.length, found.map((f) => text.slice(f.span.start, f.span.end)).join(' | '));
  const fixes = found.map((f) => f.fixes![0]);
  assert.ok(fixes.every((fix) => fix.safe));
  assert.equal(applyEdits(text, fixes.flatMap((fix) => fix.edits)), corpus.text);
});

test('each variant on its own is flagged at the variant and fixed back', () => {
  for (const [canonical, variant, nth] of VARIANTS) {
    const { text, at } = inject(corpus.text, canonical, variant, nth);
    const found = findings(text);
    assert.equal(found.length, 1, `${variant}: ${found.map((f) => f.message).join(' | ')}`);
    assert.ok(found[0].span.start >= at && found[0].span.end <= at + variant.length, variant);
    assert.equal(applyEdits(text, found[0].fixes![0].edits), corpus.text, variant);
  }
});

test('every canonical list written in the corpus is caught when reordered or when an item is misspelt', () => {
  const canon = canonOf(new KnowledgeBase(engine.glossary()));
  let checked = 0;
  for (const { items } of canon.enumerations) {
    const canonical = items.join('、');
    if (!corpus.text.includes(canonical)) continue;
    const reversed = inject(corpus.text, canonical, [...items].reverse().join('、')).text;
    const reorder = findings(reversed);
    assert.equal(reorder.length, 1, `reversed ${canonical}`);
    assert.equal(applyEdits(reversed, reorder[0].fixes![0].edits), corpus.text);
    const long = items.findIndex((item) => [...item].length >= 3);
    if (long < 0) continue;
    const chars = [...items[long]];
    chars[1] = chars[1] === '甲' ? '乙' : '甲';
    const misspelt = inject(corpus.text, canonical, items.map((item, i) => (i === long ? chars.join('') : item)).join('、')).text;
    const changed = findings(misspelt);
    assert.equal(changed.length, 1, `misspelt ${canonical}`);
    assert.equal(applyEdits(misspelt, changed[0].fixes![0].edits), corpus.text);
    checked++;
  }
  assert.ok(checked >= 5, `${checked} lists checked`);
});

/** Long documents the corpus never saw: official reports and drafts written for this test. */
function longDocuments(): { name: string; text: string }[] {
  const dirs = [sharedDir('corpus-real'), path.join(ROOT, 'test', 'fixtures', 'canonical')];
  return dirs
    .flatMap((dir) =>
      fs
        .readdirSync(dir)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') })),
    );
}

test('long real-style documents get no non-canonical-phrase finding', () => {
  const documents = longDocuments();
  assert.ok(documents.some((d) => d.name.startsWith('draft-')), 'the drafts written for this test are present');
  let characters = 0;
  const falseAlarms: string[] = [];
  for (const { name, text } of documents) {
    characters += text.length;
    for (const f of findings(text)) falseAlarms.push(`${name}: ${text.slice(f.span.start, f.span.end)} — ${f.message}`);
  }
  assert.ok(characters > 60_000, `${characters} characters`);
  assert.deepEqual(falseAlarms, []);
});

test('curated lists of the glossary are held to their order too', () => {
  const text = '增强政治意识、核心意识、大局意识、看齐意识，坚定道路自信、理论自信、制度自信、文化自信。';
  const found = findings(text);
  assert.deepEqual(
    found.map((f) => text.slice(f.span.start, f.span.end)),
    ['政治意识、核心意识、大局意识、看齐意识'],
  );
  assert.equal(applyEdits(text, found[0].fixes![0].edits), text.replace('核心意识、大局意识', '大局意识、核心意识'));
});

test('a spelling the embedded glossary names as non-canonical is corrected', () => {
  const text = '严格执行中央八条规定精神。';
  const found = findings(text);
  assert.equal(found.length, 1);
  assert.equal(applyEdits(text, found[0].fixes![0].edits), '严格执行中央八项规定精神。');
});
