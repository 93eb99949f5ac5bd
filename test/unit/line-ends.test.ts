import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createEngine } from '../../server/src/engine';
import { embeddedCorpus } from '../helpers/corpus';
import { LINE_ENDS, realDocuments, realPassage, withLineEnds } from '../helpers/real-text';

/** Documents per property; `TIFA_FUZZ_RUNS` raises it for a long run. */
const RUNS = Number(process.env.TIFA_FUZZ_RUNS ?? 40);
const SEED = Number(process.env.TIFA_FUZZ_SEED ?? 1203);

const engine = createEngine({ corpora: [embeddedCorpus()], config: { locale: 'en', rules: {} } });
const documents = realDocuments();

/** The findings of `text` as a drafter sees them: rule, place by line and character (as LSP counts lines), severity, message. */
function seen(text: string): string[] {
  const document = TextDocument.create('file:///draft.txt', 'plaintext', 1, text);
  return engine.analyze(text).map((f) => {
    const start = document.positionAt(f.span.start);
    const end = document.positionAt(f.span.end);
    return `${f.code} ${start.line}:${start.character}-${end.line}:${end.character} ${f.severity} ${f.message}`;
  });
}

test('a text gets the same findings with LF, CRLF or CR line breaks', () => {
  fc.assert(
    fc.property(realPassage(documents, 3000), (text) => {
      const [lf, ...others] = LINE_ENDS.map((end) => seen(withLineEnds(text, end)));
      for (const [k, findings] of others.entries()) assert.deepEqual(findings, lf, `with ${JSON.stringify(LINE_ENDS[k + 1])}`);
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
});

test('each whole real document gets the same findings with LF, CRLF or CR line breaks', () => {
  for (const document of documents) {
    const [lf, ...others] = LINE_ENDS.map((end) => seen(withLineEnds(document, end)));
    for (const [k, findings] of others.entries()) assert.deepEqual(findings, lf, `with ${JSON.stringify(LINE_ENDS[k + 1])}`);
  }
});
