import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { createEngine } from '../../server/src/engine';
import { KnowledgeBase } from '../../server/src/engine/corpus/knowledge';
import { parseDocument } from '../../server/src/engine/document/parse';
import { cutPieces, moveFinding, PieceCache } from '../../server/src/engine/pieces';
import type { PieceRule, RuleFinding } from '../../server/src/engine/rules/rule';
import { embeddedCorpus } from '../helpers/corpus';

const pieces = (text: string) => {
  const cuts = cutPieces(text, parseDocument(text));
  return cuts.slice(1).map((end, k) => text.slice(cuts[k], end));
};

test('pieces are the paragraphs and the other lines, each with its line break, and cover the text', () => {
  const text = '一、总体要求\n\n坚持稳中求进。推动高质量发展。\n第二段，\n没有写完的句子在这里接上。\n';
  assert.deepEqual(pieces(text), ['一、总体要求\n', '\n', '坚持稳中求进。推动高质量发展。\n', '第二段，\n没有写完的句子在这里接上。\n']);
  assert.deepEqual(pieces('无换行'), ['无换行']);
  assert.deepEqual(pieces(''), []);
});

test('a code fence, an HTML comment or front matter over several lines stays in one piece', () => {
  const fence = '正文。\n```\n第一行。\n第二行。\n```\n\n之后。\n';
  assert.deepEqual(pieces(fence), ['正文。\n', '```\n第一行。\n第二行。\n```\n', '\n', '之后。\n']);
  const comment = '<!-- 说明。\n第二行。 -->\n一、标题\n';
  assert.deepEqual(pieces(comment), ['<!-- 说明。\n第二行。 -->\n', '一、标题\n']);
  const frontMatter = '---\ntitle: 报告\n---\n\n正文。\n';
  assert.deepEqual(pieces(frontMatter), ['---\ntitle: 报告\n---\n', '\n', '正文。\n']);
  const unclosed = '正文。\n```\n代码。\n到文末。\n';
  assert.deepEqual(pieces(unclosed), ['正文。\n', '```\n代码。\n到文末。\n']);
});

/** A piece rule that flags every 错 and counts the texts it was asked to check. */
function countingRule(): PieceRule & { checked: string[] } {
  const checked: string[] = [];
  return {
    scope: 'piece',
    code: 'test-wrong',
    defaultSeverity: 'warning',
    description: { zh: '错', en: 'wrong' },
    checked,
    check({ text }) {
      checked.push(text);
      const found: RuleFinding[] = [];
      for (let at = text.indexOf('错'); at >= 0; at = text.indexOf('错', at + 1)) {
        found.push({ code: 'test-wrong', span: { start: at, end: at + 1 }, message: '错', fixes: [{ title: '改', edits: [{ span: { start: at, end: at + 1 }, newText: '对' }], safe: true }] });
      }
      return found;
    },
  };
}

function run(cache: PieceCache, text: string) {
  const found: RuleFinding[] = [];
  cache.check(text, cutPieces(text, parseDocument(text)), () => 'warning', { knowledge: new KnowledgeBase([]), locale: 'zh' }, (f) => found.push(f));
  return found;
}

test('an edit re-checks only the piece it touched, and findings after it move with the text', () => {
  const rule = countingRule();
  const cache = new PieceCache([rule]);
  const before = '第一段有错。\n第二段没有问题。\n第三段也有错。\n';
  assert.deepEqual(run(cache, before).map((f) => f.span.start), [4, 21]);
  assert.equal(rule.checked.length, 3);
  const after = before.replace('第二段', '第二段落');
  const found = run(cache, after);
  assert.deepEqual(rule.checked.slice(3), ['第二段落没有问题。\n']);
  assert.deepEqual(found.map((f) => f.span.start), [4, 22]);
  assert.deepEqual(found.map((f) => after[f.span.start]), ['错', '错']);
  assert.deepEqual(found[1].fixes?.[0].edits[0].span, { start: 22, end: 23 });
});

test('a disabled rule is not run, and the cache forgets the texts used longest ago once over its budget', () => {
  const rule = countingRule();
  const cache = new PieceCache([rule], 20);
  const text = '甲段落有一个错字。\n';
  const none: RuleFinding[] = [];
  cache.check(text, cutPieces(text, parseDocument(text)), () => 'off', { knowledge: new KnowledgeBase([]), locale: 'zh' }, (f) => none.push(f));
  assert.equal(rule.checked.length, 0);
  const severities: string[] = [];
  cache.check(text, cutPieces(text, parseDocument(text)), () => 'hint', { knowledge: new KnowledgeBase([]), locale: 'zh' }, (_, severity) => severities.push(severity));
  assert.deepEqual(severities, ['hint'], 'each finding comes with its rule\'s setting');
  run(cache, text);
  run(cache, '乙段落没有错字吗？\n丙段落也一样。\n');
  assert.equal(rule.checked.length, 3);
  run(cache, text);
  assert.equal(rule.checked.length, 4, 'the first text was dropped to stay within the budget');
});

test('moving a finding leaves spans in corpus sources alone', () => {
  const finding: RuleFinding = {
    code: 'x',
    span: { start: 1, end: 2 },
    message: 'm',
    related: [{ span: { start: 3, end: 4 }, message: 'here' }, { source: 'builtin:corpus', span: { start: 5, end: 6 }, message: 'there' }],
  };
  const moved = moveFinding(finding, 10);
  assert.deepEqual(moved.span, { start: 11, end: 12 });
  assert.deepEqual(moved.related?.map((r) => r.span), [{ start: 13, end: 14 }, { start: 5, end: 6 }]);
  const same = moveFinding(finding, 0);
  assert.notEqual(same, finding, 'a copy, never the cached finding');
  assert.deepEqual(same, finding);
});

test('a warm engine after edits reports what a fresh engine reports on the same text', () => {
  const corpus = embeddedCorpus();
  const warm = createEngine({ corpora: [corpus] });
  let text = corpus.text;
  warm.analyze(text);
  const edits: ((t: string) => string)[] = [
    (t) => t.replace('。', ',,'),
    (t) => t.replace('四个关系', '四个关系,'),
    (t) => `\`\`\`\n代码,\n${t}`,
    (t) => t.replace('```\n', ''),
    (t) => t.slice(0, 500) + '\n' + t.slice(500),
  ];
  for (const edit of edits) {
    text = edit(text);
    assert.deepEqual(warm.analyze(text), createEngine({ corpora: [corpus] }).analyze(text));
  }
});
