import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createEngine } from '../../server/src/engine';
import { classifyLine } from '../../server/src/engine/document/lines';
import { sloganGrammarText, sloganTerms } from '../../scripts/slogan-grammar';
import { ROOT, embeddedCorpus } from '../helpers/corpus';

interface Rule {
  match?: string;
  begin?: string;
  end?: string;
  name?: string;
  comment?: string;
  patterns?: Rule[];
  captures?: Record<string, Rule>;
}
interface Grammar extends Rule {
  scopeName: string;
  repository?: Record<string, Rule>;
}

const readJson = <T>(...parts: string[]): T => JSON.parse(fs.readFileSync(path.join(ROOT, ...parts), 'utf8')) as T;
const policy = readJson<Grammar>('syntaxes', 'policy.tmLanguage.json');

/** Oniguruma's \p{Han} is JavaScript's \p{Script=Han}; the rest of these patterns reads the same in both. */
const toJs = (source: string) => new RegExp(source.replace(/\\p\{Han\}/gu, '\\p{Script=Han}'), 'u');

function* rules(rule: Rule): Generator<Rule> {
  yield rule;
  for (const child of rule.patterns ?? []) yield* rules(child);
  for (const capture of Object.values(rule.captures ?? {})) yield* rules(capture);
}

test('the slogan grammar is up to date with the slogans of the embedded corpus', () => {
  const terms = sloganTerms(createEngine({ corpora: [embeddedCorpus()] }).glossary().map((e) => e.term));
  assert.equal(fs.readFileSync(path.join(ROOT, 'syntaxes', 'slogans.tmLanguage.json'), 'utf8'), sloganGrammarText(terms));
  assert.ok(terms.includes('三融五跨') && terms.includes('四个关系') && terms.includes('1361'));
});

test('only slogans are coloured outside quotes: numbered or long enough, not ordinary words', () => {
  assert.deepEqual(sloganTerms(['窗口', '抓手', '双减', '十四五', '三融五跨', '必答题', '三融五跨', 'ABC', '为推进国家治理体系和治理能力现代化提供有力支撑']), ['三融五跨', '十四五', '双减']);
});

test('a known slogan is not found inside a longer number', () => {
  const grammar = readJson<Grammar>('syntaxes', 'slogans.tmLanguage.json');
  const pattern = new RegExp(grammar.patterns![0].match!, 'gu');
  assert.deepEqual('按照“1361”整体构架，共13610项'.match(pattern), ['1361']);
});

test('every pattern of the policy grammar compiles', () => {
  for (const rule of [...Object.values(policy.repository ?? {}), ...(policy.patterns ?? [])]) {
    for (const r of rules(rule)) for (const source of [r.match, r.begin, r.end]) if (source) assert.doesNotThrow(() => toJs(source), source);
  }
});

test('the grammar colours the same heading levels the outline reads', () => {
  const headings = policy.repository!.heading.patterns!;
  const levelOf = (line: string): number | undefined => {
    for (const rule of headings) {
      if (toJs(rule.match!).test(line)) return Number(/markup\.heading\.(\d)/u.exec(rule.captures!['1'].name!)![1]);
    }
    return undefined;
  };
  const lines = ['一、把握正确方向', '十二、附则', '（一）坚持系统观念', '(三)强化协同', '1.加强组织领导', '12、压实责任', '（1）细化任务', '第一章 总则', '1.5亿元投入', '一是把握关系'];
  for (const line of lines) assert.equal(levelOf(line), classifyLine(line).level, line);
});

test('author notes, bylines and titles are told apart', () => {
  const repo = policy.repository!;
  assert.ok(toJs(repo['author-note'].match!).test('（作者系中共涪陵区委书记）'));
  assert.ok(toJs(repo['author-note'].match!).test('(作者单位分别为重庆市教育委员会督导室)'));
  assert.ok(toJs(repo.byline.match!).test('吴边 殷新'));
  assert.ok(!toJs(repo.byline.match!).test('学思践悟'), 'four characters alone are a title');
  assert.ok(toJs(repo.title.match!).test('学思践悟'));
  assert.ok(!toJs(repo.title.match!).test('数字重庆建设是一项系统工程。'));
});

test('the manifest contributes each grammar under its own scope name', () => {
  const manifest = readJson<{ contributes: { grammars: { path: string; scopeName: string; injectTo?: string[] }[] } }>('package.json');
  for (const grammar of manifest.contributes.grammars) {
    assert.equal(readJson<Grammar>(grammar.path).scopeName, grammar.scopeName, grammar.path);
  }
  assert.deepEqual(manifest.contributes.grammars.map((g) => g.scopeName).sort(), ['text.policy', 'text.tifa.injection', 'text.tifa.slogans']);
});
