import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ChunkedTextDocument } from '../../server/src/lsp/documents';
import { analyzedLength, stringSource } from '../../server/src/lsp/analysis';

/** Edit sequences per property; `TIFA_FUZZ_RUNS` raises it for a long run. */
const RUNS = Number(process.env.TIFA_FUZZ_RUNS ?? 200);
const SEED = Number(process.env.TIFA_FUZZ_SEED ?? 1202);

// Tiny chunks, so that edits, line breaks and CRLF pairs fall across chunk boundaries all the time.
const CHUNK = 4;

const piece = fc.oneof(
  fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\r\n', ''),
  fc.constantFrom('字', '句子。', '𠀀', '😀a', 'abc', '“', '，'),
  fc.string({ unit: fc.constantFrom('a', '字', '\n', '\r', '𠀀'), maxLength: 30 }),
);
const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
// Lines within the document, as an editor sends them (the library miscounts lines past the end); characters past a line's end are clamped.
const position = fc.record({ line: fc.nat({ max: 30 }), character: fc.integer({ min: -1, max: 40 }) });
const within = (document: TextDocument, p: { line: number; character: number }) => ({ line: Math.min(p.line, document.lineCount - 1), character: p.character });
const change = fc.oneof(
  { weight: 9, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text }) },
  { weight: 1, arbitrary: fc.record({ text }) },
);

/** Everything a caller can ask of a document, for comparing two of them. */
function answers(document: TextDocument | ChunkedTextDocument): unknown {
  const whole = document.getText();
  const lines = [];
  for (let line = -1; line <= document.lineCount; line++) {
    lines.push(document.getLineRange(line), document.getEOLCharacters(line), document.offsetAt({ line, character: 1 }), document.offsetAt({ line, character: 1000 }));
  }
  const positions = [];
  for (let offset = -1; offset <= whole.length + 1; offset++) positions.push(document.positionAt(offset));
  return { whole, version: document.version, lineCount: document.lineCount, lines, positions };
}

test('a document held in chunks answers as the library document does, edit after edit', () => {
  fc.assert(
    fc.property(text, fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 8 }), (initial, edits) => {
      const expected = TextDocument.create('file:///a.txt', 'plaintext', 1, initial);
      const actual = new ChunkedTextDocument('file:///a.txt', 'plaintext', 1, initial, CHUNK);
      assert.deepEqual(answers(actual), answers(expected));
      edits.forEach((generated, k) => {
        // Each change of a batch applies to the text the ones before it left.
        const probe = TextDocument.create('file:///a.txt', 'plaintext', 1, expected.getText());
        const changes = generated.map((c) => {
          const valid = 'range' in c ? { text: c.text, range: { start: within(probe, c.range.start), end: within(probe, c.range.end) } } : c;
          TextDocument.update(probe, [valid], 0);
          return valid;
        });
        TextDocument.update(expected, changes, k + 2);
        actual.update(changes, k + 2);
        const whole = expected.getText();
        assert.deepEqual(answers(actual), answers(expected), `after ${JSON.stringify(changes)}`);
        for (let end = 0; end <= whole.length; end++) assert.equal(actual.textUpTo(end), whole.slice(0, end));
        for (let from = -1; from <= whole.length + 1; from++) assert.equal(actual.lastIndexOf('\n', from), whole.lastIndexOf('\n', from));
        const range = { start: expected.positionAt(1), end: expected.positionAt(whole.length - 1) };
        assert.equal(actual.getText(range), expected.getText(range));
      });
    }),
    { numRuns: RUNS, seed: SEED },
  );
});

test('the analysed part of a document in chunks is the one of its whole text', () => {
  const line = '一段文字，没有断开的地方。\n';
  const whole = line.repeat(300) + '没有换行的长段落'.repeat(200);
  const document = new ChunkedTextDocument('file:///b.txt', 'plaintext', 1, whole, 64);
  for (const limit of [10, 100, 1000, 2000, 4000, whole.length - 1, whole.length, whole.length + 5]) {
    assert.equal(analyzedLength(document, limit), analyzedLength(stringSource(whole), limit), `limit ${limit}`);
    assert.equal(analyzedLength(document, limit), analyzedLength(whole, limit), `limit ${limit}`);
  }
});
