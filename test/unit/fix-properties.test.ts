import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, createEngine, LineIndex, type Finding } from '../../server/src/engine';
import { embeddedCorpus } from '../helpers/corpus';

/** Documents per property; `TIFA_FUZZ_RUNS` raises it for a long run. */
const RUNS = Number(process.env.TIFA_FUZZ_RUNS ?? 40);
const SEED = Number(process.env.TIFA_FUZZ_SEED ?? 1127);

const corpus = embeddedCorpus();
const engine = createEngine({ corpora: [corpus], config: { locale: 'en', rules: {} } });
const sentences = corpus.text.match(/[^。！？\n]+[。！？]/gu) ?? [];

/** Realistic pieces: corpus sentences (so duplicates happen), slogans, enumerations and typical defects. */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...sentences) },
  { weight: 2, arbitrary: fc.constantFrom('一是加强领导。', '二是完善制度。', '三是强化落实。', '第一，', '第二，', '首先，', '其次，') },
  { weight: 2, arbitrary: fc.constantFrom('政治领悟力、政治判断力、政治执行力', '三融五通', '“四个关系”', '《决定》、《建议》', '二0二五年', '。。。', '...') },
  { weight: 2, arbitrary: fc.constantFrom('\n', '\n\n', '\r\n', ' ', ',', '.', '!', '(', ')', '“', '”', '"', "'", '「', '」', ' :)', '&quot;') },
  { weight: 1, arbitrary: fc.constantFrom('一、总体要求', '（一）指导思想', '1. 目标', '（作者系某单位干部）', '𠀀', '0.8:1', 'https://example.org/a,b') },
);
const documents = fc.array(piece, { minLength: 1, maxLength: 40 }).map((parts) => parts.join(''));

function countOf(findings: readonly Finding[], code: string): number {
  return findings.filter((f) => f.code === code).length;
}

test('each quick fix stays on the lines of its finding and removes that finding without adding another of its code', () => {
  fc.assert(
    fc.property(documents, (text) => {
      const findings = engine.analyze(text);
      const lines = new LineIndex(text);
      for (const finding of findings) {
        for (const fix of finding.fixes ?? []) {
          const firstLine = lines.positionAt(finding.span.start).line;
          const lastLine = lines.positionAt(finding.span.end).line;
          const from = lines.lineStart(firstLine);
          const to = lines.lineStart(lastLine + 1) === text.length ? text.length : lines.lineStart(lastLine + 2);
          for (const edit of fix.edits) {
            assert.ok(
              edit.span.start >= from && edit.span.end <= to,
              `${finding.code}: edit ${JSON.stringify(edit.span)} leaves lines ${firstLine}-${lastLine + 1} of the finding ${JSON.stringify(finding.span)}`,
            );
          }
          const after = engine.analyze(applyEdits(text, fix.edits));
          assert.ok(
            countOf(after, finding.code) < countOf(findings, finding.code),
            `${finding.code}: fix "${fix.title}" did not reduce its findings (${countOf(findings, finding.code)} → ${countOf(after, finding.code)}) in ${JSON.stringify(text.slice(Math.max(0, finding.span.start - 20), finding.span.end + 20))}`,
          );
        }
      }
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
});

test('fix-all is idempotent and leaves no safe fix behind', () => {
  fc.assert(
    fc.property(documents, (text) => {
      const once = engine.fixAll(text);
      const twice = engine.fixAll(once.text);
      assert.equal(twice.applied, 0, `a second fix-all changed ${JSON.stringify(once.text)}`);
      assert.equal(twice.text, once.text);
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
});
