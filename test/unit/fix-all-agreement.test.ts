import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createEngine } from '../../server/src/engine';
import { minimalEdit } from '../../server/src/lsp/convert';
import { embeddedCorpus } from '../helpers/corpus';
import { LINE_ENDS, realDocuments, realPassage, withLineEnds } from '../helpers/real-text';
import { readShared } from '../helpers/shared';

/** Documents per property; `TIFA_FUZZ_RUNS` raises it for a long run. */
const RUNS = Number(process.env.TIFA_FUZZ_RUNS ?? 40);
const SEED = Number(process.env.TIFA_FUZZ_SEED ?? 1202);

const engine = createEngine({ corpora: [embeddedCorpus()], config: { locale: 'en', rules: {} } });
const documents = realDocuments();

/** What the editor holds after applying the server's fix-all edit: engine.fixAll, then one minimal edit. */
function fixedInEditor(text: string): string {
  const document = TextDocument.create('file:///draft.txt', 'plaintext', 1, text);
  const edit = minimalEdit(document, text, engine.fixAll(text).text);
  return edit ? TextDocument.applyEdits(document, [edit]) : text;
}

/**
 * The ways one text is written: with each kind of line end, and with two kinds alternating (as
 * pastes from several sources leave), counted from the end so the last line varies too.
 */
function writings(text: string): string[] {
  const breaks = text.split(/\n/u).length - 1;
  const mixed = LINE_ENDS.flatMap((a) => LINE_ENDS.filter((b) => b !== a).map((b) => [a, b]));
  return [
    ...LINE_ENDS.map((end) => withLineEnds(text, end)),
    ...mixed.map((pair) => {
      let k = 0;
      return text.replace(/\n/gu, () => pair[(breaks - 1 - k++) % 2]);
    }),
  ];
}

test('fix-all in the editor gives the text tifa check --fix writes, with every kind of line end', () => {
  fc.assert(
    fc.property(realPassage(documents, 600), (text) => {
      for (const written of writings(text)) assert.equal(fixedInEditor(written), engine.fixAll(written).text, JSON.stringify(written));
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
});

test('a repeated last line ending in CRLF after one ending in LF is deleted with its whole line end', () => {
  const { text } = JSON.parse(readShared('repro', 'fix-all-crlf.json')) as { text: string };
  const fixed = engine.fixAll(text).text;
  assert.ok(fixed.endsWith('到。\n'), JSON.stringify(fixed));
  assert.equal(fixedInEditor(text), fixed);
});
