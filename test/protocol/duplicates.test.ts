import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CodeActionRequest, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { overlapRequest } from '../../server/src/lsp/protocol';
import { embeddedCorpus } from '../helpers/corpus';
import { startServer, type TestServer } from '../helpers/lsp';

const CLAUSE = '切实把办公厅工作质量提起来';
const CORPUS_URI = 'file:///workspace/notes.txt';
const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tifa-overlap-')));
const earlier = path.join(folder, 'earlier.txt');
const SOURCE = '人才工作报告\n\n深化人才发展体制机制改革，真心爱才、悉心育才、倾心引才、精心用才，求贤若渴，不拘一格。\n';
const DRAFT_URI = URI.file(path.join(folder, 'draft.txt')).toString();
const DRAFT = '今年的工作安排如下。\n我们要深化人才发展体制机制改革，真心爱才、悉心育才、倾心引才、精心用才。\n';
let server: TestServer;

before(async () => {
  fs.writeFileSync(earlier, SOURCE);
  fs.writeFileSync(path.join(folder, 'tifa.json'), JSON.stringify({ corpus: ['earlier.txt'] }));
  server = await startServer({ rootUri: URI.file(folder).toString() });
});
after(async () => {
  await server.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

async function actionsAt(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return (await server.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], only: ['quickfix'] },
  })) as CodeAction[];
}

test('the repeated clause of the embedded corpus has a diagnostic, a fix that deletes it, and a fix that keeps it', async () => {
  const text = embeddedCorpus().text;
  const document = TextDocument.create(CORPUS_URI, 'plaintext', 1, text);
  const pending = server.diagnostics(CORPUS_URI, (d) => d.some((x) => x.code === 'duplicate-clause'));
  await server.open(CORPUS_URI, text);
  const diagnostic = (await pending).find((d) => d.code === 'duplicate-clause')!;
  const first = text.indexOf(CLAUSE);
  const second = text.indexOf(CLAUSE, first + 1);
  assert.deepEqual(diagnostic.range, { start: document.positionAt(second), end: document.positionAt(second + CLAUSE.length) });
  assert.deepEqual(diagnostic.relatedInformation?.[0].location.range.start, document.positionAt(first));
  const actions = await actionsAt(CORPUS_URI, diagnostic);
  const apply = (title: string) => {
    const action = actions.find((a) => a.title === title);
    assert.ok(action?.edit?.changes?.[CORPUS_URI], `an action "${title}" among ${actions.map((a) => a.title).join(', ')}`);
    return TextDocument.applyEdits(document, action.edit.changes[CORPUS_URI] as TextEdit[]);
  };
  assert.equal(apply('Delete the repeated clause'), text.slice(0, second - 1) + text.slice(second + CLAUSE.length));
  assert.equal(apply('Keep this one, delete the other'), text.slice(0, first - 1) + text.slice(first + CLAUSE.length));
});

test('a sentence from a tifa.json corpus file is reported with a link to the passage, and tifa/overlap sums it up', async () => {
  // The corpus is indexed in the background; diagnostics are published again once it is in.
  const pending = server.diagnostics(DRAFT_URI, (d) => d.some((x) => x.code === 'corpus-overlap'), 15_000);
  await server.open(DRAFT_URI, DRAFT);
  const overlap = (await pending).find((d) => d.code === 'corpus-overlap')!;
  assert.equal(overlap.range.start.line, 1);
  assert.match(overlap.message, /人才工作报告/u);
  const related = overlap.relatedInformation![0].location;
  assert.equal(related.uri, URI.file(earlier).toString());
  assert.equal(related.range.start.line, 2);
  const report = await server.connection.sendRequest(overlapRequest, { uri: DRAFT_URI });
  assert.ok(report);
  assert.equal(report.sources[0].uri, URI.file(earlier).toString());
  assert.match(report.summary, /\d+(\.\d)?% overlaps 《人才工作报告》/u);
  assert.equal(await server.connection.sendRequest(overlapRequest, { uri: 'file:///not-open.txt' }), null);
});
