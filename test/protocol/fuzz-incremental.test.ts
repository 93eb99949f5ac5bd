import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  type Diagnostic,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { embeddedCorpus } from '../helpers/corpus';
import { comparableDiagnostics, PULL_DIAGNOSTICS, pullDiagnostics, startServer, type TestServer } from '../helpers/lsp';
import { realDocuments } from '../helpers/real-text';

/** Sequences per run; `npm run fuzz` raises it. The seed makes a failure replay. */
const RUNS = Number(process.env.TIFA_FUZZ_RUNS ?? 12);
const SEED = Number(process.env.TIFA_FUZZ_SEED ?? 20261127);

const corpus = embeddedCorpus().text;
const paragraphs = corpus.split(/\n+/u).filter((p) => p.length > 20);
const real = realDocuments().join('\n');
/** Documents open at once: edits to one must not change what another gets. */
const OPEN = 3;

const pieces = fc.oneof(
  fc.constantFrom('数字重庆建设', '要发扬斗争精神,', '“三融五跨”', '两个维护', '政治判断力、政治领悟力、政治执行力'),
  fc.constantFrom('。', '，', ',', '；', '“', '”', '《', '》', '（', '）', '...', '……'),
  fc.constantFrom('\n', '\r\n', '\r', '\n\n', ' ', '\t'),
  fc.constantFrom('𠀀', '😀', '𠀀字', 'abc', 'GDP 10%', 'https://example.org/a,b'),
  fc.constantFrom(...paragraphs.slice(0, 12)).map((p) => `${p}\n`),
);
/** A paste of real text, up to about 1,000 characters. */
const paste = fc.record({ from: fc.nat(), length: fc.integer({ min: 1, max: 1000 }) }).map(({ from, length }) => real.substr(from % real.length, length));

interface Edit {
  doc: number;
  at: number;
  remove: number;
  insert: string;
}
const edit = fc.record({
  doc: fc.nat({ max: OPEN - 1 }),
  at: fc.nat(),
  remove: fc.oneof({ weight: 4, arbitrary: fc.nat({ max: 40 }) }, { weight: 1, arbitrary: fc.nat({ max: 1000 }) }),
  insert: fc.oneof({ weight: 4, arbitrary: fc.array(pieces, { maxLength: 3 }).map((a) => a.join('')) }, { weight: 1, arbitrary: paste }),
});

/** Moves an offset off the middle of a surrogate pair, as an editor never splits one. */
function codePointBoundary(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  return code >= 0xdc00 && code <= 0xdfff ? offset - 1 : offset;
}


let server: TestServer;
before(async () => {
  server = await startServer({ capabilities: PULL_DIAGNOSTICS });
});
after(async () => server.stop());

const pull = (uri: string): Promise<Diagnostic[]> => pullDiagnostics(server, uri);

test('incremental edits of several open documents give the same findings as a fresh analysis, always inside the document', async () => {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(fc.nat(), { minLength: OPEN, maxLength: OPEN }), fc.array(edit, { minLength: 1, maxLength: 15 }), async (starts, edits: Edit[]) => {
      const documents: TextDocument[] = [];
      for (const [k, start] of starts.entries()) {
        const uri = `file:///fuzz/doc-${run}-${k}.txt`;
        const from = start % real.length;
        documents.push(TextDocument.create(uri, 'plaintext', 1, k === 0 ? corpus.slice(0, 3000) : real.slice(from, from + 3000)));
        await server.open(uri, documents[k].getText());
      }
      run++;
      for (const e of edits) {
        let document = documents[e.doc];
        const { uri } = document;
        const text = document.getText();
        const start = codePointBoundary(text, e.at % (text.length + 1));
        const end = codePointBoundary(text, Math.min(text.length, start + e.remove));
        const change: TextDocumentContentChangeEvent = {
          range: { start: document.positionAt(start), end: document.positionAt(end) },
          text: e.insert,
        };
        document = documents[e.doc] = TextDocument.update(document, [change], document.version + 1);
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
          textDocument: { uri, version: document.version },
          contentChanges: [change],
        });
        const incremental = await pull(uri);
        for (const d of incremental) {
          assert.ok(d.range.start.line < document.lineCount && d.range.end.line < document.lineCount, `range outside the document: ${JSON.stringify(d.range)}`);
          const startOffset = document.offsetAt(d.range.start);
          const endOffset = document.offsetAt(d.range.end);
          assert.deepEqual(document.positionAt(startOffset), d.range.start, 'start lies inside its line');
          assert.deepEqual(document.positionAt(endOffset), d.range.end, 'end lies inside its line');
        }
        const freshUri = `${uri}.fresh-${document.version}`;
        await server.open(freshUri, document.getText());
        const fresh = await pull(freshUri);
        await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: freshUri } });
        assert.deepEqual(comparableDiagnostics(incremental), comparableDiagnostics(fresh));
      }
      for (const { uri } of documents) await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
      assert.equal(server.process.exitCode, null, 'the server is still running');
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
});
