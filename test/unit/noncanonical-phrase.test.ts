import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { KnowledgeBase, type SourceRef, type TermEntry } from '../../server/src/engine/corpus/knowledge';
import { applyEdits } from '../../server/src/engine/edits';
import { noncanonicalPhrase } from '../../server/src/engine/rules/noncanonical-phrase';
import type { Locale } from '../../server/src/engine/types';

const ref: SourceRef = { source: 'builtin:test', articleTitle: 'A', span: { start: 3, end: 9 }, sentence: '…' };
const uses = (n: number) => Array.from({ length: n }, () => ref);

const ENTRIES: TermEntry[] = [
  { term: '政治判断力、政治领悟力、政治执行力', kind: 'phrase', items: ['政治判断力', '政治领悟力', '政治执行力'], sources: uses(1) },
  { term: '马上就办、办就办好', kind: 'quoted', sources: uses(1) },
  { term: '集约建设、互联互通、协同联动', kind: 'quoted', sources: uses(1) },
  { term: '三融五跨', kind: 'quoted', sources: uses(2) },
  { term: '一主两辅', kind: 'quoted', sources: uses(1) },
  { term: '一中心四板块一网格', kind: 'quoted', sources: uses(1) },
  { term: '国之大者', kind: 'glossary', definition: '……', sources: uses(1) },
  { term: '两个维护', kind: 'glossary', definition: '……', sources: uses(2) },
  {
    term: '四个关系',
    kind: 'numbered',
    items: ['顶层设计与基层创新的关系', '技术应用与制度重塑的关系', '有形之手与无形之手的关系', '重点突破与系统建设的关系'],
    sources: uses(2),
  },
];
const knowledge = new KnowledgeBase(ENTRIES);

function check(text: string, kb = knowledge, locale: Locale = 'zh') {
  return noncanonicalPhrase.check({ text, knowledge: kb, locale });
}

/** The flagged text of each finding, and the text after its fix. */
function flagged(text: string): { written: string; fixed: string }[] {
  return check(text).map((f) => ({ written: text.slice(f.span.start, f.span.end), fixed: applyEdits(text, f.fixes![0].edits) }));
}

test('items out of canonical order are flagged and the fix restores the order', () => {
  const text = '练就过硬的政治领悟力、政治判断力、政治执行力，做到心中有数。';
  assert.deepEqual(flagged(text), [
    { written: '政治领悟力、政治判断力、政治执行力', fixed: '练就过硬的政治判断力、政治领悟力、政治执行力，做到心中有数。' },
  ]);
  const [finding] = check(text);
  assert.match(finding.message, /次序/u);
  assert.equal(finding.fixes![0].safe, true);
  assert.deepEqual(finding.related, [{ source: 'builtin:test', span: { start: 3, end: 9 }, message: '规范表述出处' }]);
});

test('the canonical order, a shorter list and a longer list are left alone', () => {
  assert.deepEqual(flagged('练就过硬的政治判断力、政治领悟力、政治执行力。'), []);
  assert.deepEqual(flagged('提高政治执行力、政治判断力。'), []);
  assert.deepEqual(flagged('提高政治领悟力、政治判断力、政治执行力、政治鉴别力。'), []);
});

test('one item off by one character is flagged, and only that item is replaced', () => {
  const text = '大力倡导“马上就办、办就要办好”的工作精神。';
  assert.deepEqual(flagged(text), [{ written: '办就要办好', fixed: '大力倡导“马上就办、办就办好”的工作精神。' }]);
  assert.deepEqual(flagged('倡导马上就办、办就要办好的作风。').map((f) => f.written), ['办就要办好']);
  assert.deepEqual(flagged('坚持集约建设、互连互通、协同联动的要求。').map((f) => f.written), ['互连互通']);
  assert.deepEqual(flagged('练就过硬的政冶判断力、政治领悟力、政治执行力。').map((f) => f.written), ['政冶判断力']);
});

test('an item changed beyond one character, or two items changed, is another list', () => {
  assert.deepEqual(flagged('提高政治判断力、政治领悟力、政治行动力。'), []);
  assert.deepEqual(flagged('马上就做、说到做到。'), []);
});

test('a quotation that leaves out one item is completed', () => {
  const text = '落实“集约建设、协同联动”的工作要求。';
  assert.deepEqual(flagged(text), [{ written: '集约建设、协同联动', fixed: '落实“集约建设、互联互通、协同联动”的工作要求。' }]);
  assert.deepEqual(flagged('做到集约建设、协同联动。'), [], 'outside a quotation two of three items may be meant');
});

test('a coined slogan one character off is flagged, in running text and in quotations', () => {
  assert.deepEqual(flagged('以“三融五通”促进纵向贯通。'), [{ written: '三融五通', fixed: '以“三融五跨”促进纵向贯通。' }]);
  assert.deepEqual(flagged('以三融五通促进纵向贯通。').map((f) => f.written), ['三融五通']);
  assert.deepEqual(flagged('以“三五融跨”促进纵向贯通。').map((f) => f.written), ['三五融跨']);
  assert.deepEqual(flagged('以三融四跨促进。'), [], 'a changed numeral in running text may be another slogan');
  assert.deepEqual(flagged('健全一中心四版块一网格体系。').map((f) => f.written), ['一中心四版块一网格'], 'a long coined slogan used once');
});

test('ordinary text one character away from a slogan is not flagged', () => {
  assert.deepEqual(flagged('从两个维度分析，处理好三个方面，形成一主两翼格局。'), []);
  assert.deepEqual(flagged('心怀国之大事，坚持三融五跨。'), [], 'a curated slogan is matched in quotations only');
  assert.deepEqual(flagged('打造“一主两翼”格局。'), [], 'a coined slogan used once in the corpus is not established enough');
  assert.deepEqual(flagged('牢记“国之大事”。').map((f) => f.written), ['国之大事']);
});

test('a count that contradicts the canon is flagged when the canonical items follow', () => {
  const text = '着力把握“三个关系”。把握顶层设计与基层创新的关系，把握技术应用与制度重塑的关系，把握有形之手与无形之手的关系。';
  assert.deepEqual(flagged(text), [{ written: '三个关系', fixed: text.replace('三个关系', '四个关系') }]);
  assert.deepEqual(flagged('处理好三个关系，即速度与质量、当前与长远、局部与全局。'), []);
  assert.deepEqual(flagged('第三个关系是顶层设计与基层创新的关系，也关乎技术应用与制度重塑的关系。'), []);
});

test('a variant that is itself a known term is not flagged', () => {
  const kb = new KnowledgeBase([...ENTRIES, { term: '三融五通', kind: 'quoted', sources: uses(1) }]);
  assert.deepEqual(check('推进“三融五通”。', kb), []);
});

test('two canonical orders of the same items enforce neither', () => {
  const kb = new KnowledgeBase([
    { term: '甲乙丙、丁戊己', kind: 'quoted', sources: uses(1) },
    { term: '丁戊己、甲乙丙', kind: 'quoted', sources: uses(1) },
  ]);
  assert.deepEqual(check('要丁戊己、甲乙丙。', kb), []);
  assert.equal(check('要丁戊己、甲乙丙。', new KnowledgeBase([{ term: '甲乙丙、丁戊己', kind: 'quoted', sources: uses(1) }])).length, 1);
});

test('offsets are UTF-16 units after non-BMP characters', () => {
  const text = '𠀀𠀀以三融五通促进。';
  const [finding] = check(text);
  assert.deepEqual(finding.span, { start: 5, end: 9 });
});

test('messages follow the locale', () => {
  const [finding] = check('以“三融五通”促进。', knowledge, 'en');
  assert.match(finding.message, /should be “三融五跨”/u);
  assert.match(finding.fixes![0].title, /canonical/u);
});

test('a count is also tied to the canon by items written one per paragraph after it', () => {
  const text = [
    '着力把握三个关系。',
    '',
    '一是把握顶层设计与基层创新的关系。',
    '',
    '二是把握技术应用与制度重塑的关系。',
    '',
    '三是把握重点突破与系统建设的关系。',
  ].join('\n');
  assert.deepEqual(flagged(text).map((f) => f.written), ['三个关系']);
});

test('spellings a curated entry names as non-canonical are flagged wherever they occur, literal or /regex/', () => {
  const kb = new KnowledgeBase([
    ...ENTRIES,
    { term: '八项规定', kind: 'glossary', definition: '……', variants: ['八条规定', '/八项[规制]度/', '/(?:)/'], sources: [] },
  ]);
  const text = '严格执行中央八条规定精神，落实八项制度，遵守八项规定。';
  const found = check(text, kb);
  assert.deepEqual(
    found.map((f) => text.slice(f.span.start, f.span.end)),
    ['八条规定', '八项制度'],
  );
  assert.match(found[0].message, /术语表/u);
  assert.equal(applyEdits(text, found.flatMap((f) => f.fixes![0].edits)), '严格执行中央八项规定精神，落实八项规定，遵守八项规定。');
});
