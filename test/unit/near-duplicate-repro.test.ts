import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { createEngine, type Engine } from '../../server/src/engine';
import { readShared } from '../helpers/shared';

interface Reproducer {
  readonly initial: string;
  readonly change: TextDocumentContentChangeEvent;
}

const findings = (engine: Engine, text: string) =>
  engine.analyze(text).map((f) => ({ code: f.code, span: f.span, message: f.message }));

test('an insertion before a near-duplicate pair leaves the findings a fresh analysis gives', () => {
  const repro = JSON.parse(readShared('repro', 'near-duplicate-incremental.json')) as Reproducer;
  const engine = createEngine({ config: { locale: 'zh', rules: {} } });
  let document = TextDocument.create('file:///repro.txt', 'plaintext', 1, repro.initial);
  engine.analyze(document.getText());
  document = TextDocument.update(document, [repro.change], 2);
  const text = document.getText();
  const fresh = findings(createEngine({ config: { locale: 'zh', rules: {} } }), text);
  assert.deepEqual(findings(engine, text), fresh);
});
