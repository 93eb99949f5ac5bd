import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from '../../server/src/engine/document/parse';
import { mineCorpus } from '../../server/src/engine/corpus/mine';
import { dictionaryWords, type TermEntry } from '../../server/src/engine/corpus/knowledge';
import { normalizeForCompare } from '../../server/src/engine/text/normalize';
import { embeddedCorpus, readFixture, ROOT, sharedTexts } from '../helpers/corpus';

const embedded = mineCorpus(parseDocument(embeddedCorpus().text), 'builtin:study-notes.txt');
const byTerm = (entries: readonly TermEntry[], term: string) => entries.find((e) => e.term === term);

function itemsOf(entries: readonly TermEntry[], term: string): readonly string[] | undefined {
  const entry = byTerm(entries, term);
  assert.ok(entry, `${term} is mined`);
  return entry.items;
}

test('every numbered slogan the embedded corpus enumerates comes out with exactly its items', () => {
  const expected: Record<string, string[]> = {
    四个关系: ['把握顶层设计与基层创新的关系', '把握技术应用与制度重塑的关系', '把握有形之手与无形之手的关系', '把握重点突破与系统建设的关系'],
    五个转变: [
      '推动从传统管理向整体智治转变',
      '推动从修修补补向系统重塑转变',
      '推动从各自为政向多跨协同转变',
      '推动从信息壁垒向通过数据流打通决策流、业务流、执行流转变',
      '推动从宏观到微观、从定性到定量转变',
    ],
    五个核心要素: ['核心业务', '数据共享', '平台建设', '特色应用', '骨干力量'],
    三个强化: ['强化政治属性', '强化责任担当', '强化作风转变'],
    六督: ['督方针', '督发展', '督保障', '督评价', '督秩序', '督环境'],
    五字诀: ['深', '实', '细', '准', '严'],
    政治三力: ['政治判断力', '政治领悟力', '政治执行力'],
    三项职能: ['督政', '督学', '评估监测'],
  };
  for (const [term, items] of Object.entries(expected)) {
    assert.deepEqual(itemsOf(embedded, term), items, term);
    const entry = byTerm(embedded, term)!;
    assert.equal(entry.kind, 'numbered');
    assert.equal(entry.itemsMatchNumeral, true, term);
    assert.equal(entry.numeral, items.length, term);
  }
});

test('slogans whose items the corpus does not give have none, not a guess', () => {
  for (const term of ['八个误区', '五个坚持', '两个维护', '两个确立', '四风', '十不准', '三张清单']) {
    const entry = byTerm(embedded, term);
    assert.ok(entry, `${term} is mined`);
    assert.equal(entry.items, undefined, `${term} has no items`);
    assert.ok(entry.sources.length > 0, `${term} keeps its context`);
  }
  assert.equal(byTerm(embedded, '八个方面误区'), undefined, 'an open list ending in 等 makes no slogan');
});

test('a list right after a slogan is not its items unless the text introduces it', () => {
  // “两个维护”内化于心、外化于行 — two items, the right count, but no colon or 即 ties them to the term.
  assert.equal(itemsOf(embedded, '两个维护'), undefined);
});

test('recurring and spelled-out lists become phrases', () => {
  const phrase = byTerm(embedded, '数字化思维、数字化认知、数字化能力');
  assert.ok(phrase);
  assert.equal(phrase.kind, 'phrase');
  assert.equal(phrase.sources.length, 2);
  assert.equal(byTerm(embedded, '政治判断力、政治领悟力、政治执行力')?.kind, 'phrase');
  assert.equal(byTerm(embedded, '集约建设、互联互通、协同联动')?.kind, 'phrase');
});

test('sources name the article and author and point at the term', () => {
  const entry = byTerm(embedded, '六督')!;
  const [ref] = entry.sources;
  assert.equal(ref.articleTitle, '抓实以学正风推动教育督导高质量发展');
  assert.match(ref.author ?? '', /吴边/u);
  const text = embeddedCorpus().text;
  assert.ok(ref.at);
  assert.equal(text.slice(ref.at.start, ref.at.end), '六督');
});

const fixtureExpectations: Record<string, Record<string, string[] | null>> = {
  'ordinal-paragraphs.txt': {
    三个到位: ['思想到位', '措施到位', '责任到位'],
    四个一: ['一次告知', '一窗受理', '一网通办', '一次办结'],
  },
  'parallel-sections.md': {
    三对关系: ['处理好市场与政府的关系', '处理好龙头企业与农户的关系', '处理好当前与长远的关系'],
    三个聚焦: ['聚焦产业升级', '聚焦城乡融合', '聚焦民生保障'],
    三个面向: ['面向市场', '面向农户', '面向未来'],
  },
  'inline-lists.txt': {
    新三件: ['智能家电', '工业机器人', '新能源船舶'],
    三不: ['不增加企业负担', '不改变既定承诺', '不搞一刀切'],
    四个更: ['审批更快', '服务更优', '成本更低', '预期更稳'],
  },
  'dash-definition.txt': {
    两个统筹: ['统筹发展和安全', '统筹国内和国际'],
    四个服务: ['服务经济建设', '服务科技创新', '服务社会治理', '服务民生改善'],
    三个务实: null,
  },
  'report-style.txt': {
    三点考虑: ['保持政策连续性', '突出工作针对性', '增强措施可操作性'],
    两个结合: ['把基本原理同本地具体实际相结合', '同本地优秀传统相结合'],
    三个确保: ['确保重点项目按期开工', '确保民生支出只增不减', '确保安全生产形势稳定'],
    三个坚持: ['坚持问题导向', '坚持系统观念', '坚持守正创新'],
    十件实事: null,
  },
  'markdown-lists.md': {
    三项任务: ['稳增长', '促改革', '惠民生'],
    两个清单: ['责任清单', '负面清单'],
  },
  'broken-lines.txt': {
    五查: ['查制度', '查流程', '查作风', '查纪律', '查实效'],
    三项机制: ['首问负责机制', '限时办结机制', '责任追究机制'],
  },
};

for (const [file, expectations] of Object.entries(fixtureExpectations)) {
  test(`items in corpora of other styles: ${file}`, () => {
    const entries = mineCorpus(parseDocument(readFixture('corpora', file)), file);
    for (const [term, items] of Object.entries(expectations)) {
      if (items === null) assert.equal(itemsOf(entries, term), undefined, term);
      else if (!byTerm(entries, term)) assert.fail(`${file}: ${term} is not mined`);
      else assert.deepEqual(itemsOf(entries, term), items, term);
    }
  });
}

test('an unquoted count with no list after it makes no slogan', () => {
  const entries = mineCorpus(parseDocument(readFixture('corpora', 'report-style.txt')), 'x');
  assert.equal(byTerm(entries, '三件大事'), undefined);
});

test('a 即/是指 definition is kept with its article', () => {
  const entries = mineCorpus(parseDocument(readFixture('corpora', 'dash-definition.txt')), 'x');
  const entry = byTerm(entries, '两个统筹')!;
  assert.match(entry.definition ?? '', /^“两个统筹”是指统筹发展和安全/u);
  assert.match(entry.definitionSource ?? '', /把握“两个统筹”的实践要求/u);
});

test('mining real official documents gives well-formed entries', () => {
  for (const { name, text } of sharedTexts('corpus-real')) {
    const entries = mineCorpus(parseDocument(text), name);
    assert.ok(entries.length > 0, name);
    for (const entry of entries) {
      assert.ok(entry.sources.length > 0, `${name}: ${entry.term} has a source`);
      for (const ref of entry.sources) {
        if (ref.at) assert.equal(normalizeForCompare(text.slice(ref.at.start, ref.at.end)), entry.term, `${name}: ${entry.term} points at itself`);
      }
      if (!entry.items) continue;
      assert.ok(entry.items.every((item) => item.length > 0 && !/[“”]/u.test(item) || /“.*”/u.test(item)), `${name}: ${entry.term} items are clean`);
      if (entry.kind === 'numbered' && entry.itemsMatchNumeral) assert.equal(entry.items.length, entry.numeral, `${name}: ${entry.term}`);
    }
  }
});

test('mining a 1 MB corpus takes under a second', () => {
  const pieces = [embeddedCorpus().text, ...sharedTexts('corpus-real').map((d) => d.text)];
  let big = '';
  while (Buffer.byteLength(big) < 1024 * 1024) big += pieces[big.length % pieces.length] + '\n\n';
  // CPU time, not wall time: the test must not fail because other processes share the machine.
  const started = process.cpuUsage();
  mineCorpus(parseDocument(big), 'big');
  const used = process.cpuUsage(started);
  const elapsed = (used.user + used.system) / 1000;
  assert.ok(elapsed < 1000, `took ${elapsed.toFixed(0)} ms of CPU`);
});

test('fixture corpora are hand-written text files', () => {
  for (const name of fs.readdirSync(path.join(ROOT, 'test', 'fixtures', 'corpora'))) {
    assert.ok(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'corpora', name), 'utf8').length > 0);
  }
});

test('the segmenter learns whole slogans and the items of phrasings, never text with punctuation', () => {
  const words = dictionaryWords(embedded);
  for (const word of ['四个关系', '六督', '政治三力', '数字化思维', '数字化能力']) assert.ok(words.includes(word), word);
  assert.ok(words.every((w) => !/[、，,“”]/u.test(w)));
  assert.ok(!words.includes('数字化思维、数字化认知、数字化能力'));
});
