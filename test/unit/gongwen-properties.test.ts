import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, createEngine, LineIndex, type Finding } from '../../server/src/engine';
import { readFixture } from '../helpers/corpus';

/** Documents per property; `TIFA_FUZZ_RUNS` raises it for a long run. */
const RUNS = Number(process.env.TIFA_FUZZ_RUNS ?? 40);
const SEED = Number(process.env.TIFA_FUZZ_SEED ?? 2012);
const CODES = ['document-number', 'date-format', 'heading-ladder', 'attachment-note', 'number-range'];

const engine = createEngine({ config: { locale: 'en' } });
const lines = [...readFixture('gongwen', 'notice.raw.policy').split('\n'), ...readFixture('gongwen', 'notice.correct.policy').split('\n')];

/** Lines of the two notices in any order, and the marks the rules read, typed anywhere. */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...lines).map((line) => `${line}\n`) },
  { weight: 2, arbitrary: fc.constantFrom('国发[2025]05号', '〔25〕第3号', '3～5万', '2-3名', '三、四个', '03月05日', '附件:', '1、', '（一）、', '二〇二五年三月五日') },
  { weight: 2, arbitrary: fc.constantFrom('\n', '\n\n', '\r\n', ' ', '　', '、', '：', '𠀀', '《', '》') },
);
const documents = fc.array(piece, { minLength: 1, maxLength: 30 }).map((parts) => parts.join(''));
const countOf = (findings: readonly Finding[], code: string) => findings.filter((f) => f.code === code).length;

test('each 公文 quick fix stays on the lines of its finding and removes that finding without adding another of its code', () => {
  fc.assert(
    fc.property(documents, (text) => {
      const findings = engine.analyze(text, { kind: 'policy' });
      const index = new LineIndex(text);
      for (const finding of findings.filter((f) => CODES.includes(f.code))) {
        for (const fix of finding.fixes ?? []) {
          const from = index.lineStart(index.positionAt(finding.span.start).line);
          const lastLine = index.positionAt(finding.span.end).line;
          const to = index.lineStart(lastLine + 1) === text.length ? text.length : index.lineStart(lastLine + 2);
          for (const edit of fix.edits) assert.ok(edit.span.start >= from && edit.span.end <= to, `${finding.code}: ${JSON.stringify(edit.span)} leaves its lines`);
          const after = engine.analyze(applyEdits(text, fix.edits), { kind: 'policy' });
          assert.ok(countOf(after, finding.code) < countOf(findings, finding.code), `${finding.code}: "${fix.title}" did not reduce its findings in ${JSON.stringify(text)}`);
        }
      }
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
});

test('fix-all on a .policy text is idempotent and leaves no safe 公文 fix behind', () => {
  fc.assert(
    fc.property(documents, (text) => {
      const once = engine.fixAll(text, { kind: 'policy' }).text;
      assert.equal(engine.fixAll(once, { kind: 'policy' }).text, once);
      const left = engine.analyze(once, { kind: 'policy' }).filter((f) => CODES.includes(f.code) && f.fixes?.some((fix) => fix.safe));
      assert.deepEqual(left.map((f) => f.code), [], JSON.stringify(text));
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
});
