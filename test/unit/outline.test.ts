import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/engine/document/parse';
import { outlineDocument, type OutlineSymbol } from '../../server/src/engine/outline';
import { embeddedCorpus } from '../helpers/corpus';

const DRAFT = [
  '𠀀学习园地',
  '',
  '坚持以数字化变革引领高质量发展',
  '',
  '张明',
  '',
  '数字重庆建设是一项系统工程。',
  '',
  '一、把握正确方向',
  '',
  '（一）坚持系统观念',
  '',
  '推进改革，必须把握“四个关系”。一是把握顶层设计与基层创新的关系。这是前提。二是把握技术应用与制度重塑的关系。',
  '',
  '（二）强化协同联动',
  '',
  '要坚持工作要求，切实提升整体效能。',
  '',
  '二、夯实工作基础',
  '',
  '要守牢底线，切实把任务抓实。',
  '',
  '（作者系特约撰稿人）',
].join('\n');

const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

function tree(symbols: readonly OutlineSymbol[]): unknown[] {
  return symbols.map((s) => (s.children.length > 0 ? [`${s.kind}:${s.name}`, tree(s.children)] : `${s.kind}:${s.name}`));
}

function assertContained(parent: OutlineSymbol): void {
  assert.ok(parent.span.start <= parent.selectionSpan.start && parent.selectionSpan.end <= parent.span.end, `selection inside ${parent.name}`);
  for (const child of parent.children) {
    assert.ok(parent.span.start <= child.span.start && child.span.end <= parent.span.end, `${child.name} inside ${parent.name}`);
    assertContained(child);
  }
}

test('an article nests its sections by heading level and lists enumerations under their section', () => {
  const outline = outlineDocument(parseDocument(DRAFT));
  assert.deepEqual(tree(outline.symbols), [
    [
      'article:坚持以数字化变革引领高质量发展',
      [
        [
          'section:一、把握正确方向',
          [
            ['section:（一）坚持系统观念', ['enumeration:一是把握顶层设计与基层创新的关系', 'enumeration:二是把握技术应用与制度重塑的关系']],
            'section:（二）强化协同联动',
          ],
        ],
        'section:二、夯实工作基础',
      ],
    ],
  ]);
  assert.equal(outline.symbols[0].detail, '张明 （作者系特约撰稿人）');
  outline.symbols.forEach(assertContained);
});

test('spans are UTF-16 offsets that select the title, the heading and the first clause', () => {
  const [article] = outlineDocument(parseDocument(DRAFT)).symbols;
  assert.equal(slice(DRAFT, article.selectionSpan), '坚持以数字化变革引领高质量发展');
  const [first, second] = article.children;
  assert.equal(slice(DRAFT, first.selectionSpan), '一、把握正确方向');
  const [system, synergy] = first.children;
  assert.equal(slice(DRAFT, system.span), DRAFT.slice(DRAFT.indexOf('（一）'), DRAFT.indexOf('”。一是') + '”。一是把握顶层设计与基层创新的关系。这是前提。二是把握技术应用与制度重塑的关系。'.length));
  const [one, two] = system.children;
  assert.equal(slice(DRAFT, one.selectionSpan), '一是把握顶层设计与基层创新的关系');
  assert.equal(slice(DRAFT, one.span), '一是把握顶层设计与基层创新的关系。这是前提。', 'an item runs to the next enumerator');
  assert.equal(slice(DRAFT, two.span), '二是把握技术应用与制度重塑的关系。');
  assert.ok(slice(DRAFT, synergy.span).endsWith('切实提升整体效能。'), 'a section stops before the next heading');
  assert.ok(slice(DRAFT, second.span).endsWith('切实把任务抓实。'), 'the last section stops before the author note');
});

test('folds cover each article and each section', () => {
  const { folds } = outlineDocument(parseDocument(DRAFT));
  assert.deepEqual(
    folds.map((f) => `${f.kind}:${slice(DRAFT, f.span).split('\n')[0]}`),
    ['article:𠀀学习园地', 'section:一、把握正确方向', 'section:（一）坚持系统观念', 'section:（二）强化协同联动', 'section:二、夯实工作基础'],
  );
});

test('a lone 一是 in ordinary prose is not an enumeration', () => {
  const text = '标题\n\n他说一是一。我们照此办理。\n';
  const outline = outlineDocument(parseDocument(text));
  assert.deepEqual(tree(outline.symbols), ['article:标题']);
});

test('long headings are shortened to a readable name', () => {
  const heading = `一、${'坚持'.repeat(30)}`;
  const [article] = outlineDocument(parseDocument(`标题\n\n${heading}\n\n正文一句。\n`)).symbols;
  assert.equal([...article.children[0].name].length, 30);
  assert.ok(article.children[0].name.endsWith('…'));
});

test('parallel lead sentences stand for headings in articles that have none', () => {
  const text = embeddedCorpus().text;
  const outline = outlineDocument(parseDocument(text));
  assert.equal(outline.symbols.length, 5);
  assert.equal(outline.symbols[0].name, '把主题教育成效转化为推进数字重庆建设的强大动力');
  assert.match(outline.symbols[0].detail ?? '', /^王志杰 [（(]作者系中共涪陵区委书记[)）]$/u);
  assert.deepEqual(tree(outline.symbols.slice(0, 2)), [
    [
      'article:把主题教育成效转化为推进数字重庆建设的强大动力',
      [
        'section:坚持在深化上下功夫',
        ['section:坚持在内化上见真章', ['enumeration:一是着力把握“四个关系”', 'enumeration:二是着力推动“五个转变”', 'enumeration:三是着力破除“八个误区”']],
        [
          'section:坚持在转化上求实效',
          ['enumeration:一是抓核心业务这个基础', 'enumeration:二是抓数据共享这个重点', 'enumeration:三是抓平台建设这个支撑', 'enumeration:四是抓特色应用这个场景', 'enumeration:五是抓骨干力量这个关键'],
        ],
      ],
    ],
    ['article:学思践悟', ['section:进一步强化政治属性', 'section:进一步强化责任担当', 'section:进一步强化作风转变']],
  ]);
  outline.symbols.forEach(assertContained);
  const [, inner] = outline.symbols[0].children;
  assert.equal(slice(text, inner.selectionSpan), '坚持在内化上见真章,全面提升推进数字重庆建设的能力本领。');
  for (const article of outline.symbols) {
    for (const item of article.children.flatMap((c) => (c.kind === 'enumeration' ? [c] : c.children))) {
      assert.match(slice(text, item.selectionSpan), /^(?:[一二三四五六七八九十]+是|第|首先|其次|再次|最后)/u);
    }
  }
});

test('two paragraphs that open alike are not yet a parallel structure', () => {
  const text = '标题\n\n坚持问题导向，找准症结。具体措施如下。\n\n坚持目标导向，明确方向。具体措施如下。\n\n另起一段，说明情况。具体措施如下。\n';
  assert.deepEqual(tree(outlineDocument(parseDocument(text)).symbols), ['article:标题']);
  const three = text.replace('另起一段', '坚持结果导向');
  assert.deepEqual(tree(outlineDocument(parseDocument(three)).symbols), [
    ['article:标题', ['section:坚持问题导向', 'section:坚持目标导向', 'section:坚持结果导向']],
  ]);
});

test('an article without a title is named by its first line, not by its first heading', () => {
  const text = '各位代表：\n现在，我代表国务院报告工作。\n一、工作回顾\n过去一年很不平凡。\n';
  assert.deepEqual(tree(outlineDocument(parseDocument(text)).symbols), [['article:各位代表：', ['section:一、工作回顾']]]);
});
