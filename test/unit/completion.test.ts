import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { KnowledgeBase, type SourceRef, type TermEntry } from '../../server/src/engine/corpus/knowledge';
import { completeAt, expansionSnippet, type CompletionOptions } from '../../server/src/engine/completion';
import { establishment } from '../../server/src/engine/completion-index';
import type { Segmenter } from '../../server/src/engine/segmenter';
import { applyEdits, createEngine } from '../../server/src/engine';
import { chineseNumeral } from '../../server/src/engine/text/numerals';
import { embeddedCorpus } from '../helpers/corpus';

const ref = (articleTitle: string): SourceRef => ({ source: 'test', articleTitle, span: { start: 0, end: 1 }, sentence: '…' });
const uses = (n: number, articles = 1): SourceRef[] => Array.from({ length: n }, (_, i) => ref(`a${i % articles}`));

const ENTRIES: TermEntry[] = [
  { term: '两个维护', kind: 'quoted', sources: uses(3, 2) },
  { term: '两个确立', kind: 'quoted', sources: uses(1) },
  { term: '数字化思维、数字化认知、数字化能力', kind: 'phrase', items: ['数字化思维', '数字化认知', '数字化能力'], sources: uses(2) },
  { term: '数字重庆', kind: 'quoted', sources: uses(1) },
  {
    term: '四个关系',
    kind: 'numbered',
    items: ['顶层设计与基层创新的关系', '技术应用与制度重塑的关系', '有形之手与无形之手的关系', '重点突破与系统建设的关系'],
    sources: uses(2),
  },
  { term: '政治执行力', kind: 'quoted', sources: uses(1) },
  { term: '人', kind: 'quoted', sources: uses(9) },
];
const knowledge = new KnowledgeBase(ENTRIES);
const options: CompletionOptions = { locale: 'zh', describe: (entry) => `doc:${entry.term}` };

function complete(text: string, extra: Partial<CompletionOptions> = {}, offset = text.length) {
  return completeAt(knowledge, text, offset, { ...options, ...extra });
}

function accept(text: string, label: string, offset = text.length): string {
  const result = complete(text, {}, offset);
  assert.ok(result, `a completion for ${text}`);
  const candidate = result.candidates.find((c) => c.label === label);
  assert.ok(candidate, `${label} among ${result.candidates.map((c) => c.label).join(',')}`);
  return applyEdits(text, [{ span: result.replace, newText: candidate.insertText }]);
}

test('a Chinese prefix completes to the terms it starts, better established first', () => {
  const result = complete('坚决做到两个');
  assert.deepEqual(result?.replace, { start: 4, end: 6 });
  assert.deepEqual(
    result?.candidates.map((c) => c.label),
    ['两个维护', '两个确立'],
  );
  assert.equal(accept('坚决做到两个', '两个确立'), '坚决做到两个确立');
});

test('the documentation is the term’s description; the detail counts its uses', () => {
  const candidate = complete('两个')!.candidates[0];
  assert.equal(candidate.documentation, 'doc:两个维护');
  assert.match(candidate.detail, /3/u);
  assert.equal(candidate.snippet, false);
});

test('pinyin initials replace exactly the typed letters', () => {
  const result = complete('要做到lgwh');
  assert.deepEqual(result?.replace, { start: 3, end: 7 });
  assert.equal(result?.candidates[0].label, '两个维护');
  assert.equal(accept('要做到lgwh', '两个维护'), '要做到两个维护');
});

test('pinyin spells a multi-item phrasing by its first characters', () => {
  assert.equal(accept('提升szhsw', '数字化思维、数字化认知、数字化能力'), '提升数字化思维、数字化认知、数字化能力');
  assert.equal(accept('提升shuzihuasiwei', '数字化思维、数字化认知、数字化能力'), '提升数字化思维、数字化认知、数字化能力');
  assert.deepEqual(
    complete('szh')?.candidates.map((c) => c.label),
    ['数字化思维、数字化认知、数字化能力'],
    'szh does not match 数字重庆',
  );
});

test('a polyphonic character does not block a pinyin match', () => {
  assert.equal(accept('zzzxl', '政治执行力'), '政治执行力');
  assert.equal(accept('zzzhl', '政治执行力'), '政治执行力');
});

test('Chinese characters before the letters fix the start of the term', () => {
  const result = complete('做到两个wh');
  assert.deepEqual(result?.replace, { start: 2, end: 6 });
  assert.deepEqual(
    result?.candidates.map((c) => c.label),
    ['两个维护'],
  );
});

test('the filter text starts with what was typed, so the editor’s own filter keeps pinyin matches', () => {
  for (const c of complete('lgwh')!.candidates) assert.ok(c.filterText.startsWith('lgwh'), c.filterText);
  for (const c of complete('两个')!.candidates) assert.ok(c.filterText.startsWith('两个'), c.filterText);
});

test('one letter, one character, an unknown prefix or a complete term offer nothing', () => {
  assert.equal(complete('l'), undefined);
  assert.equal(complete('说两'), undefined);
  assert.equal(complete('English words'), undefined);
  assert.deepEqual(complete('两个维护')?.candidates.map((c) => c.label) ?? [], []);
});

test('a numbered slogan also offers its items as a snippet with one tab stop per item', () => {
  const result = complete('把握四个');
  const labels = result!.candidates.map((c) => c.label);
  assert.deepEqual(labels, ['四个关系', '四个关系（展开为 4 项）']);
  const snippet = result!.candidates[1];
  assert.equal(snippet.snippet, true);
  assert.equal(
    snippet.insertText,
    '四个关系：一是${1:顶层设计与基层创新的关系}；二是${2:技术应用与制度重塑的关系}；三是${3:有形之手与无形之手的关系}；四是${4:重点突破与系统建设的关系}$0',
  );
  const multi = complete('数字化')!.candidates;
  assert.equal(multi.length, 1, 'a phrasing that spells out its items has no expansion');
});

test('snippet syntax in items is escaped', () => {
  assert.equal(expansionSnippet('两个$', ['a}b', 'c\\d']), '两个\\$：一是${1:a\\}b}；二是${2:c\\\\d}$0');
});

test('with a segmenter, a run starting on a word boundary is preferred', () => {
  const kb = new KnowledgeBase([
    { term: '两个维护', kind: 'quoted', sources: uses(1) },
    { term: '个维修点', kind: 'quoted', sources: uses(1) },
  ]);
  const text = '这两个维';
  assert.deepEqual(completeAt(kb, text, text.length, options)?.replace, { start: 1, end: 4 }, 'the longest run without a segmenter');
  const segmenter: Segmenter = { cut: () => ['这两', '个维'], insertWord: () => undefined };
  const cut = completeAt(kb, text, text.length, { ...options, segmenter });
  assert.deepEqual(cut?.replace, { start: 2, end: 4 }, '个维 starts a word, 两个维 does not');
  assert.deepEqual(
    cut?.candidates.map((c) => c.label),
    ['个维修点'],
  );
});

test('an opening quote offers the best established terms with nothing to replace', () => {
  const result = complete('坚决做到“');
  assert.deepEqual(result?.replace, { start: 5, end: 5 });
  assert.equal(result?.candidates[0].label, '两个维护');
  assert.ok(!result?.candidates.some((c) => c.label === '人'), 'single characters are not slogans');
});

test('the list after an opening quote is bounded: the best established terms, each beside its expansion', () => {
  const many: TermEntry[] = Array.from({ length: 60 }, (_, i) => ({
    term: `${chineseNumeral((i % 9) + 2)}个要求${i}`,
    kind: 'numbered',
    items: ['甲', '乙'],
    sources: uses(60 - i),
  }));
  const kb = new KnowledgeBase(many);
  const result = completeAt(kb, '要落实“', 4, options);
  const labels = result!.candidates.map((c) => c.label);
  assert.ok(labels.length > 0 && labels.length <= 20, `${labels.length} candidates`);
  assert.deepEqual(
    labels.filter((_, i) => i % 2 === 0),
    many.slice(0, labels.length / 2).map((e) => e.term),
    'the best established first, in order',
  );
  for (let i = 0; i < labels.length; i += 2) assert.equal(result!.candidates[i + 1].entry, result!.candidates[i].entry, 'an expansion is not cut from its term');
  const pinyin = completeAt(kb, '要落实“s', 5, options)!;
  assert.ok(pinyin.candidates.length > 0 && pinyin.candidates.length <= 20, `${pinyin.candidates.length} pinyin candidates`);
});

test('right after an opening quote one character or letter narrows the list', () => {
  const chinese = complete('坚决做到“两');
  assert.deepEqual(chinese?.replace, { start: 5, end: 6 });
  assert.deepEqual(
    chinese?.candidates.map((c) => c.label),
    ['两个维护', '两个确立'],
  );
  assert.equal(accept('坚决做到“两', '两个确立'), '坚决做到“两个确立');
  const letter = complete('坚决做到“l');
  assert.deepEqual(letter?.replace, { start: 5, end: 6 });
  assert.deepEqual(
    letter?.candidates.map((c) => c.label),
    ['两个维护', '两个确立'],
  );
  assert.equal(complete('坚决做到两'), undefined, 'without the quote one character is still too little');
});

test('establishment counts uses, articles, curation and items', () => {
  assert.ok(establishment(ENTRIES[0]) > establishment(ENTRIES[1]));
  assert.ok(establishment({ ...ENTRIES[1], kind: 'glossary', definition: 'x' }) > establishment(ENTRIES[1]));
});

test('non-BMP characters before the cursor keep offsets in UTF-16 units', () => {
  const text = '𠀀lgwh';
  const result = complete(text);
  assert.deepEqual(result?.replace, { start: 2, end: 6 });
});

test('the embedded corpus: 两个 and lgwh complete to the canonical slogans', () => {
  const engine = createEngine({ corpora: [embeddedCorpus()] });
  const labels = (text: string) => engine.complete(text, text.length)?.candidates.map((c) => c.label) ?? [];
  assert.ok(labels('坚决做到两个').includes('两个维护'));
  assert.ok(labels('坚决做到两个').includes('两个确立'));
  assert.equal(labels('坚决做到lgwh')[0], '两个维护');
  assert.ok(labels('三融').includes('三融五跨'));
  assert.ok(labels('srwk').includes('三融五跨'));
});

test('the embedded corpus: szhsw completes the mined phrasing, and 四个关系 expands into its items', () => {
  const engine = createEngine({ corpora: [embeddedCorpus()] });
  const result = engine.complete('提升szhsw', 7);
  assert.ok(result?.candidates.some((c) => c.insertText === '数字化思维、数字化认知、数字化能力'), result?.candidates.map((c) => c.label).join(','));
  const four = engine.complete('把握四个', 4);
  const expansion = four?.candidates.find((c) => c.snippet && c.entry.term === '四个关系');
  assert.ok(expansion, four?.candidates.map((c) => c.label).join(','));
  assert.match(expansion.insertText, /^四个关系：一是\$\{1:[^}]*顶层设计与基层创新/u);
  assert.equal(expansion.insertText.match(/\$\{\d+:/gu)?.length, 4);
});

test('completion answers in under 5 ms on a 100k-character document', () => {
  const engine = createEngine({ corpora: [embeddedCorpus()] });
  const body = embeddedCorpus().text;
  let text = '';
  while (text.length < 100_000) text += body;
  const cases = [`${text}坚决做到两个`, `${text}坚决做到lgwh`, `${text}提升szhsw`];
  for (const doc of cases) engine.complete(doc, doc.length);
  for (const doc of cases) {
    const times: number[] = [];
    for (let i = 0; i < 101; i++) {
      const start = process.hrtime.bigint();
      engine.complete(doc, doc.length);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    times.sort((a, b) => a - b);
    // The median, so that a garbage collection or a busy machine does not decide the result.
    const median = times[50];
    assert.ok(median < 5, `median ${median.toFixed(3)} ms`);
  }
});
