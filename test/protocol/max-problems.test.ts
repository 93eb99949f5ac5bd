import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SETTINGS } from '../../server/src/node/settings-schema';
import { TOO_MANY_PROBLEMS } from '../../server/src/lsp/problems';
import { startServer } from '../helpers/lsp';

/** One half-width comma per line: `lines` findings, one per line. */
const manyFindings = (lines: number) => Array.from({ length: lines }, (_, i) => `第${i}项工作要抓紧,落实到位。`).join('\n');

async function published(text: string, settings?: Record<string, unknown>) {
  const server = await startServer(settings ? { initializationOptions: { settings } } : {});
  try {
    const uri = 'file:///workspace/many.txt';
    const pending = server.diagnostics(uri, (d) => d.length > 0, 30_000);
    await server.open(uri, text);
    return await pending;
  } finally {
    await server.stop();
  }
}

test('the server sends the earliest findings up to tifa.maxNumberOfProblems and one entry counting the rest', async () => {
  const max = SETTINGS['tifa.maxNumberOfProblems'].default;
  const text = manyFindings(max + 120);
  const diagnostics = await published(text);
  assert.equal(diagnostics.length, max + 1);
  const summary = diagnostics.find((d) => d.code === TOO_MANY_PROBLEMS);
  assert.ok(summary, 'a summary entry');
  assert.match(summary.message, /120 more problems not shown/u);
  const shown = diagnostics.filter((d) => d !== summary);
  assert.deepEqual(
    shown.map((d) => d.range.start.line),
    Array.from({ length: max }, (_, i) => i),
    'the earliest findings, one per line',
  );
  const document = TextDocument.create('file:///x', 'plaintext', 1, text);
  assert.equal(document.offsetAt(summary.range.start), text.indexOf(',', document.offsetAt({ line: max, character: 0 })), 'the summary stands at the first finding left out');
});

test('the setting lowers the cap; under it nothing is left out and no summary is sent', async () => {
  const capped = await published(manyFindings(20), { maxNumberOfProblems: 5 });
  assert.equal(capped.length, 6);
  assert.match(capped[5].message, /15 more problems/u);
  const all = await published(manyFindings(20));
  assert.equal(all.length, 20);
  assert.ok(!all.some((d) => d.code === TOO_MANY_PROBLEMS));
});
