import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CodeActionRequest, type CodeAction, type TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ROOT } from '../helpers/corpus';
import { startServer } from '../helpers/lsp';
import { readShared } from '../helpers/shared';

const FIX_ALL = 'source.fixAll.tifa';

/** What `tifa check --fix` leaves in a file holding `text`. */
function fixedByCli(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tifa-fix-'));
  try {
    const file = path.join(dir, 'draft.txt');
    fs.writeFileSync(file, text);
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', '--fix', file], { stdio: 'pipe' });
    } catch {
      // Findings left after fixing make the status non-zero; the file is what matters here.
    }
    return fs.readFileSync(file, 'utf8');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('fix-all in the editor leaves the text tifa check --fix leaves, CRLF line ends included', async () => {
  const { text } = JSON.parse(readShared('repro', 'fix-all-crlf.json')) as { text: string };
  const server = await startServer();
  try {
    const uri = 'file:///workspace/crlf.txt';
    const document = TextDocument.create(uri, 'plaintext', 1, text);
    await server.open(uri, text);
    const whole = { start: document.positionAt(0), end: document.positionAt(text.length) };
    const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: whole,
      context: { diagnostics: [], only: [FIX_ALL] },
    })) as CodeAction[];
    const fixAll = actions.find((a) => a.kind === FIX_ALL);
    assert.ok(fixAll?.edit?.changes?.[uri], 'fix-all is offered');
    const inEditor = TextDocument.applyEdits(document, fixAll.edit.changes[uri] as TextEdit[]);
    assert.equal(inEditor, fixedByCli(text));
    assert.ok(!inEditor.includes('\r'), 'no stray carriage return is left behind');
  } finally {
    await server.stop();
  }
});
