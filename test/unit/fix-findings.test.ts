import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { applyEdits, createEngine, type Finding, type TextEdit } from '../../server/src/engine';
import { ROOT } from '../helpers/corpus';

/** Documents per property; `TIFA_FUZZ_RUNS` raises it for a long run. */
const RUNS = Number(process.env.TIFA_FUZZ_RUNS ?? 60);
const SEED = Number(process.env.TIFA_FUZZ_SEED ?? 1127);

/** Real text: the official reports beside the repository and the embedded corpus. */
function realTexts(): string[] {
  const real = path.join(ROOT, '..', 'shared', 'corpus-real');
  const names = fs.readdirSync(real).filter((name) => name.endsWith('.txt'));
  assert.ok(names.length > 0, `no texts in ${real}`);
  return [...names.map((name) => fs.readFileSync(path.join(real, name), 'utf8')), fs.readFileSync(path.join(ROOT, 'corpus', 'study-notes.txt'), 'utf8')];
}

const TEXTS = realTexts();
const HALF: Readonly<Record<string, string>> = { '，': ',', '。': '.', '；': ';', '：': ':', '！': '!', '？': '?', '（': '(', '）': ')', '“': '"', '”': '"', '‘': "'", '’': "'" };
const FULL_MARK = /[，。；：！？（）“”‘’]/gu;

/** One kind of damage a paste or a Latin keyboard does, applied at a position chosen by `at` (0 to 1). */
type Damage = 'half-width' | 'break' | 'blank-line' | 'blank-after' | 'ellipsis';
function damage(text: string, kind: Damage, at: number): string {
  if (kind === 'half-width' || kind === 'blank-after') {
    const marks = [...text.matchAll(FULL_MARK)];
    if (marks.length === 0) return text;
    const { index } = marks[Math.floor(at * marks.length)];
    return kind === 'half-width' ? text.slice(0, index) + HALF[text[index]] + text.slice(index + 1) : text.slice(0, index + 1) + ' ' + text.slice(index + 1);
  }
  if (kind === 'ellipsis') return text.replace('……', '...');
  const offset = Math.floor(at * text.length);
  // Never inside a surrogate pair.
  const cut = /[\udc00-\udfff]/u.test(text[offset] ?? '') ? offset + 1 : offset;
  return text.slice(0, cut) + (kind === 'break' ? '\n' : '\n\n') + text.slice(cut);
}

const damagedExcerpts = fc
  .record({
    source: fc.nat({ max: TEXTS.length - 1 }),
    start: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 80, max: 1500 }),
    damages: fc.array(fc.tuple(fc.constantFrom<Damage>('half-width', 'half-width', 'half-width', 'break', 'blank-line', 'blank-after', 'ellipsis'), fc.double({ min: 0, max: 0.999, noNaN: true })), { maxLength: 25 }),
    lineEnd: fc.constantFrom('\n', '\r\n'),
  })
  .map(({ source, start, length, damages, lineEnd }) => {
    const whole = TEXTS[source];
    const from = Math.floor(start * Math.max(0, whole.length - length));
    let text = whole.slice(from, from + length).replace(/^[\udc00-\udfff]/u, '');
    for (const [kind, at] of damages) text = damage(text, kind, at);
    return text.replace(/\r?\n/gu, lineEnd);
  });

/** The edit of every finding's safe fix, each once: what the diagnostics offer to fix-all. */
function offeredEdits(findings: readonly Finding[]): TextEdit[] {
  const seen = new Map<string, TextEdit>();
  for (const finding of findings) {
    for (const edit of finding.fixes?.find((fix) => fix.safe)?.edits ?? []) seen.set(`${edit.span.start}:${edit.span.end}:${edit.newText}`, edit);
  }
  return [...seen.values()];
}

test('no fix without a finding: fix-all changes exactly what the diagnostics of the text offer', () => {
  const engine = createEngine({ config: { locale: 'en', rules: {} } });
  fc.assert(
    fc.property(damagedExcerpts, (text) => {
      const edits = offeredEdits(engine.analyze(text));
      const fixed = engine.fixAll(text).text;
      const offered = applyEdits(text, edits);
      assert.equal(fixed, offered, `fix-all changed more than its findings offer in ${JSON.stringify(text)}`);
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
});

test('the property can fail: a mark fixed only after its bracket is would be caught', () => {
  // Where the diagnostics offer one edit fewer than fix-all makes, the two texts differ.
  const engine = createEngine({ config: { locale: 'en', rules: {} } });
  const text = '你好(测试)!';
  const edits = offeredEdits(engine.analyze(text)).filter((edit) => text[edit.span.start] !== '!');
  assert.notEqual(applyEdits(text, edits), engine.fixAll(text).text);
  assert.equal(applyEdits(text, offeredEdits(engine.analyze(text))), '你好（测试）！');
});
