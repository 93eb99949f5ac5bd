import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createEngine } from '../../server/src/engine';
import { embeddedCorpus, ROOT } from '../helpers/corpus';

const glossary = JSON.parse(fs.readFileSync(path.join(ROOT, 'corpus', 'glossary.json'), 'utf8'));
const engine = createEngine({ corpora: [embeddedCorpus()], glossaries: [{ id: 'builtin:glossary.json', data: glossary }] });

function hoverOn(text: string, term: string) {
  const at = text.indexOf(term);
  assert.ok(at >= 0);
  return engine.hover(text, at + 1);
}

test('hovering each enumerated slogan in a new document shows its items in order and its source', () => {
  const cases: Record<string, string[]> = {
    四个关系: ['1. 把握顶层设计与基层创新的关系', '4. 把握重点突破与系统建设的关系'],
    五个核心要素: ['1. 核心业务', '5. 骨干力量'],
    六督: ['1. 督方针', '4. 督评价', '6. 督环境'],
    五字诀: ['1. 深', '5. 严'],
    政治三力: ['2. 政治领悟力'],
    三个强化: ['1. 强化政治属性'],
    五个转变: ['1. 推动从传统管理向整体智治转变'],
  };
  for (const [term, lines] of Object.entries(cases)) {
    const text = `我们要认真落实${term}的要求。`;
    const hover = hoverOn(text, term);
    assert.ok(hover, `${term} hovers unquoted`);
    assert.equal(text.slice(hover.span.start, hover.span.end), term);
    for (const line of lines) assert.ok(hover.markdown.includes(line), `${term}: ${line}\n${hover.markdown}`);
    assert.match(hover.markdown, /《[^》]+》/u, `${term} names its article`);
  }
});

test('hovering a curated slogan shows its definition and where it comes from', () => {
  const three = hoverOn('以“三融五跨”促进协同。', '三融五跨')!;
  assert.match(three.markdown, /技术融合/u);
  assert.match(three.markdown, /第三十六次集体学习/u);
  const two = hoverOn('坚决做到两个维护。', '两个维护')!;
  assert.match(two.markdown, /坚决维护党中央权威和集中统一领导/u);
  assert.match(two.markdown, /中国共产党章程/u);
});

test('a slogan without items says so and shows its context', () => {
  const hover = hoverOn('破除八个误区。', '八个误区')!;
  assert.match(hover.markdown, /语料未列出其具体内容/u);
  assert.match(hover.markdown, /\*\*八个误区\*\*/u);
  assert.doesNotMatch(hover.markdown, /^1\. /mu);
});

test('the hover counts the term in the current document and links sources it is given links for', () => {
  const text = '四个关系很重要。把握四个关系。';
  const hover = engine.hover(text, 1, { link: (ref) => `file:///corpus/${ref.source}#L1` })!;
  assert.match(hover.markdown, /本文出现 2 次/u);
  assert.match(hover.markdown, /\[打开原文\]\(file:\/\/\/corpus\/builtin:study-notes\.txt#L1\)/u);
});

test('the hover speaks English when configured', () => {
  const english = createEngine({ corpora: [embeddedCorpus()], config: { locale: 'en' } });
  const hover = english.hover('六督', 0)!;
  assert.match(hover.markdown, /Slogan · 6 items/u);
});

test('hover stays under 2 ms on a long document', () => {
  const line = '坚持把握四个关系，推动五个转变，落实六督和五字诀的要求，坚决做到两个维护。\n';
  const text = line.repeat(2000);
  const offsets = Array.from({ length: 500 }, (_, i) => (i * 7919) % text.length);
  for (const offset of offsets.slice(0, 20)) engine.hover(text, offset);
  const started = process.cpuUsage();
  for (const offset of offsets) engine.hover(text, offset);
  const used = process.cpuUsage(started);
  const perHover = (used.user + used.system) / 1000 / offsets.length;
  assert.ok(perHover < 2, `${perHover.toFixed(3)} ms per hover`);
});

test('items that the text ties to a slogan but that fall short of its count are shown with a warning', () => {
  const short = createEngine({ corpora: [{ id: 'x', text: '服务窗口推行“四个一”：一是一次告知，二是一窗受理，三是一网通办。' }] });
  const hover = short.hover('落实四个一', 3)!;
  assert.match(hover.markdown, /3\. 一网通办/u);
  assert.match(hover.markdown, /语料列出 3 项，与提法中的数字 4 不符/u);
  assert.equal(hover.entry.itemsMatchNumeral, false);
});

test('a glossary alias is hovered as the term it names; an alias that is a term of its own stays that term', () => {
  const team = {
    entries: [
      { term: '政治三力', definition: '政治判断力、政治领悟力、政治执行力。', source: { title: '文件' }, aliases: ['三种政治能力', '两个维护'] },
    ],
  };
  const withAliases = createEngine({ corpora: [embeddedCorpus()], glossaries: [{ id: 'builtin:glossary.json', data: glossary }, { id: 'team.json', data: team }] });
  const text = '要不断提高三种政治能力，做到两个维护。';
  const alias = withAliases.hover(text, text.indexOf('三种政治能力') + 2);
  assert.deepEqual(alias?.span, { start: text.indexOf('三种政治能力'), end: text.indexOf('三种政治能力') + '三种政治能力'.length });
  assert.match(alias?.markdown ?? '', /\*\*政治三力\*\*/u);
  assert.match(withAliases.hover(text, text.indexOf('两个维护') + 1)?.markdown ?? '', /\*\*两个维护\*\*/u);
});
