import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { createEngine } from '../../server/src/engine';

const engine = createEngine({ config: { locale: 'en', rules: {} } });
const codes = (text: string) => engine.analyze(text).map((f) => `${f.code}@${text.slice(f.span.start, f.span.end)}`);

test('a Markdown disable … enable region switches the named rule off inside it only', () => {
  const text = '甲,乙。\n<!-- tifa-disable punctuation-width -->\n丙,丁。二0二五年。\n<!-- tifa-enable punctuation-width -->\n戊,己。';
  assert.deepEqual(codes(text), ['punctuation-width@,', 'year-zero@二0二五', 'punctuation-width@,']);
});

test('disable without codes switches every rule off until the end, and enable without codes ends it', () => {
  assert.deepEqual(codes('<!-- tifa-disable -->\n丙,丁。二0二五年。'), []);
  assert.deepEqual(codes('<!-- tifa-disable -->\n丙,丁。\n<!-- tifa-enable -->\n戊,己。'), ['punctuation-width@,']);
});

test('disable-next-line covers the next line with text, skipping blank lines', () => {
  const text = '<!-- tifa-disable-next-line punctuation-width, year-zero -->\n\n丙,丁。二0二五年。\n戊,己。';
  assert.deepEqual(codes(text), ['punctuation-width@,']);
});

test('plain text uses the same words on a line of their own', () => {
  const text = '甲乙丙丁。\ntifa-disable-next-line punctuation-width\n丙,丁。\n戊,己。';
  assert.deepEqual(codes(text), ['punctuation-width@,']);
  assert.deepEqual(codes('tifa-disable\n丙,丁。\ntifa-enable\n戊,己。'), ['punctuation-width@,']);
});

test('the words inside a sentence or in Markdown code are prose, not a comment', () => {
  assert.deepEqual(codes('他说 tifa-disable 不是注释,对吧。'), ['punctuation-width@,']);
  const example = '写 `<!-- tifa-disable codes -->` 即可。\n\n```\ntifa-disable-next-line punctuation-width\n```\n\n甲,乙。';
  assert.deepEqual(codes(example), ['punctuation-width@,']);
});

test('unknown rule codes in a comment are reported, in the configured language', () => {
  const text = '<!-- tifa-disable punctuation-widht year-zero -->\n丙,丁。';
  const findings = engine.analyze(text);
  assert.deepEqual(findings.map((f) => f.code), ['unknown-rule', 'punctuation-width'], 'a misspelt code switches nothing off');
  assert.equal(text.slice(findings[0].span.start, findings[0].span.end), 'punctuation-widht');
  assert.match(findings[0].message, /Unknown rule code 'punctuation-widht'/u);
});

test('unknown-rule can be switched off like any rule', () => {
  const quiet = createEngine({ config: { locale: 'zh', rules: { 'unknown-rule': 'off' } } });
  assert.deepEqual(quiet.analyze('<!-- tifa-disable no-such-rule -->\n甲乙。'), []);
});

test('fix-all honours ignore comments', () => {
  const text = '<!-- tifa-disable-next-line -->\n丙,丁。\n戊,己。';
  assert.equal(engine.fixAll(text).text, '<!-- tifa-disable-next-line -->\n丙,丁。\n戊，己。');
});
