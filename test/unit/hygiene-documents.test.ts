import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { createEngine, type SeveritySetting } from '../../server/src/engine';
import { embeddedCorpus, sharedTexts } from '../helpers/corpus';
import { onlyRule } from '../helpers/rules';

const HYGIENE = [
  'punctuation-width', 'unbalanced-pair', 'title-mark-separator', 'ellipsis', 'year-zero',
  'broken-paragraph', 'stray-heading', 'enumeration-order', 'item-count',
];
/** Official documents are edited with care: at most one hygiene warning per this many characters. */
const CHARACTERS_PER_WARNING = 10_000;


test('fix-all turns a copy of the embedded corpus into clean text, and a second run finds nothing to fix', () => {
  const engine = createEngine({ corpora: [embeddedCorpus()], config: { locale: 'zh', rules: {} } });
  const original = embeddedCorpus().text;
  const once = engine.fixAll(original);
  assert.ok((once.byCode['punctuation-width'] ?? 0) > 300, JSON.stringify(once.byCode));
  assert.equal(once.byCode['broken-paragraph'], 8);
  assert.equal(once.byCode['duplicate-sentence'], 1);
  assert.doesNotMatch(once.text, /\p{Script=Han}[,;:?!]|[,;:?!]\p{Script=Han}/u);
  assert.match(once.text, /加快经济社会发展质量变革、效率变革、动力变革。/u);
  const sentence = '要发扬斗争精神，围绕既定的目标任务，落实任务清单、形成工作闭环，从任务的发起到最后，切实把办公厅工作质量提起来。';
  assert.equal(once.text.split(sentence).length - 1, 1);
  const codes = new Set(engine.analyze(once.text).map((f) => f.code));
  for (const code of ['punctuation-width', 'broken-paragraph', 'duplicate-sentence']) assert.ok(!codes.has(code), code);
  const twice = engine.fixAll(once.text);
  assert.equal(twice.applied, 0);
  assert.equal(twice.text, once.text);
});

test('official documents raise almost no hygiene warnings', () => {
  const documents = sharedTexts('corpus-real');
  const engine = createEngine({ config: { locale: 'zh', rules: {} } });
  for (const { name, text } of documents) {
    const warnings = engine.analyze(text).filter((f) => HYGIENE.includes(f.code) && (f.severity === 'warning' || f.severity === 'error'));
    assert.ok(
      warnings.length <= text.length / CHARACTERS_PER_WARNING,
      `${name}: ${warnings.map((f) => `${f.code} ${JSON.stringify(text.slice(f.span.start - 10, f.span.end + 10))}`).join('; ')}`,
    );
  }
});

test('official text typed with half-width marks is restored by fix-all', () => {
  const documents = sharedTexts('corpus-real');
  const rule = onlyRule('punctuation-width');
  const half: Record<string, string> = { '，': ',', '；': ';', '：': ':', '？': '?', '！': '!', '（': '(', '）': ')', '。': '.', '“': '"', '”': '"', '‘': "'", '’': "'" };
  for (const { name, text } of documents) {
    const typed = text.replace(/[，；：？！（）。“”‘’]/gu, (mark) => half[mark]);
    const restored = rule.fixAll(typed);
    assert.equal(restored.length, text.length, name);
    let wrong = 0;
    for (let i = 0; i < text.length; i++) if (restored[i] !== text[i]) wrong++;
    const marks = typed.length - typed.replace(/[,;:?!()."']/gu, '').length;
    assert.ok(wrong <= marks / 200, `${name}: ${wrong} of ${marks} marks differ`);
  }
});

test('the hygiene rules are registered with their default severities', () => {
  const rules = new Map(createEngine().rules().map((r) => [r.code, r.defaultSeverity as SeveritySetting]));
  for (const code of HYGIENE) assert.ok(rules.has(code), code);
  assert.equal(rules.get('stray-heading'), 'info');
  assert.equal(rules.get('title-mark-separator'), 'hint');
});
