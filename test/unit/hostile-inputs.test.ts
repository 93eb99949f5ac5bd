import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyEdits, createEngine, type Finding } from '../../server/src/engine';
import { embeddedCorpus } from '../helpers/corpus';

const engine = createEngine({ corpora: [embeddedCorpus()], config: { locale: 'en', rules: {} } });

function assertInside(text: string, findings: readonly Finding[]): void {
  for (const f of findings) {
    assert.ok(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= text.length, `${f.code} span ${JSON.stringify(f.span)} outside 0..${text.length}`);
    for (const fix of f.fixes ?? []) {
      for (const e of fix.edits) assert.ok(e.span.start >= 0 && e.span.end <= text.length && e.span.start <= e.span.end, `${f.code} fix outside the text`);
    }
  }
}

function timed<T>(limitMs: number, what: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  const elapsed = performance.now() - start;
  assert.ok(elapsed < limitMs, `${what} took ${elapsed.toFixed(0)} ms (limit ${limitMs} ms)`);
  return result;
}

const cases: Record<string, string> = {
  empty: '',
  'only whitespace': ' \n\r\n\t\u3000\n',
  'byte order mark': '\ufeff重复的句子应当删除掉。重复的句子应当删除掉。',
  CRLF: '重复的句子应当删除掉。\r\n重复的句子应当删除掉。\r\n',
  'lone CR': '重复的句子应当删除掉。\r重复的句子应当删除掉。\r结束。',
  'non-BMP everywhere': '𠀀😀“𠀀”。'.repeat(200),
  'deeply nested quotes': '“'.repeat(5000) + '三融五跨' + '”'.repeat(5000),
  'unbalanced quotes': '“'.repeat(3000) + '句子。'.repeat(100),
  'control characters': '\u0000\u0001\u0007文字。\u001b[31m红色\u001b[0m。',
  'lone surrogates': '\ud800文字\udc00。\ud800',
};

for (const [name, text] of Object.entries(cases)) {
  test(`analysis and fix-all survive: ${name}`, () => {
    const findings = timed(2000, name, () => engine.analyze(text));
    assertInside(text, findings);
    const fixed = engine.fixAll(text);
    assert.equal(engine.fixAll(fixed.text).applied, 0, 'fix-all is idempotent');
    for (let offset = 0; offset <= Math.min(text.length, 50); offset++) {
      engine.hover(text, offset);
      engine.complete(text, offset);
    }
  });
}

test('an extremely long line (1 MB without a break) is analysed in bounded time', () => {
  const line = embeddedCorpus().text.replace(/\s+/gu, '');
  const text = line.repeat(Math.ceil(1_000_000 / line.length)).slice(0, 1_000_000);
  const findings = timed(5000, 'a 1 MB line', () => engine.analyze(text));
  assertInside(text, findings);
});

test('thousands of duplicates are all reported and fix-all removes them', () => {
  const sentences = Array.from({ length: 50 }, (_, i) => `第${i}项工作要抓紧落实到位并且见到实效。`);
  const text = Array.from({ length: 3000 }, (_, i) => sentences[i % sentences.length]).join('');
  const findings = timed(3000, 'thousands of duplicates', () => engine.analyze(text)).filter((f) => f.code === 'duplicate-sentence');
  assert.equal(findings.length, 3000 - 50);
  const fixed = timed(10000, 'fix-all of thousands of duplicates', () => engine.fixAll(text));
  assert.equal(fixed.text, sentences.join(''));
});

test('a quick fix changes nothing outside its range', () => {
  const text = embeddedCorpus().text;
  for (const finding of engine.analyze(text)) {
    for (const fix of finding.fixes ?? []) {
      const after = applyEdits(text, fix.edits);
      const first = Math.min(...fix.edits.map((e) => e.span.start));
      const last = Math.max(...fix.edits.map((e) => e.span.end));
      assert.equal(after.slice(0, first), text.slice(0, first), `${finding.code}: text before the fix is unchanged`);
      assert.equal(after.slice(after.length - (text.length - last)), text.slice(last), `${finding.code}: text after the fix is unchanged`);
    }
  }
});

test('a huge glossary loads in bounded time and its terms are found, checked and hovered', () => {
  const han = (n: number) => String.fromCodePoint(0x4e00 + (n % 20000));
  const entries = Array.from({ length: 20000 }, (_, i) => {
    const term = `${han(i)}${han(i * 7 + 3)}${han(i * 13 + 5)}工程`;
    return { term, definition: `第${i}项工程的说明。`, source: { title: `第${i}号文件` }, patterns: [`${term.slice(0, 3)}项目`] };
  });
  const big = timed(10000, 'loading 20,000 glossary entries', () =>
    createEngine({ corpora: [embeddedCorpus()], glossaries: [{ id: 'big.json', data: { entries } }], config: { locale: 'en', rules: {} } }),
  );
  assert.deepEqual(big.glossaryProblems(), []);
  const term = entries[12345].term;
  const text = `推进${term.slice(0, 3)}项目建设。`.repeat(2000);
  const findings = timed(5000, 'a 20,000-character text against 20,000 entries', () => big.analyze(text));
  assert.equal(findings.filter((f) => f.code === 'noncanonical-phrase').length, 2000);
  assert.match(big.hover(`推进${term}建设。`, 3)?.markdown ?? '', /第12345项工程的说明/u);
});
