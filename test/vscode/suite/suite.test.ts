import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';

const SENTENCE = '要发扬斗争精神,围绕既定的目标任务,落实任务清单、形成工作闭环,从任务的发起到最后,切实把办公厅工作质量提起来。';
const TIMEOUT_MS = 30_000;

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite runs with the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Resolves with the diagnostics of `uri` once `accept` takes them, listening to diagnostic change events. */
function diagnosticsOf(uri: vscode.Uri, accept: (d: readonly vscode.Diagnostic[]) => boolean): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const current = vscode.languages.getDiagnostics(uri);
      if (!accept(current)) return false;
      clearTimeout(timer);
      listener.dispose();
      resolve(current);
      return true;
    };
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`no matching diagnostics for ${uri.toString()} within ${TIMEOUT_MS} ms`));
    }, TIMEOUT_MS);
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    check();
  });
}

const hoverText = (hovers: vscode.Hover[]) =>
  hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');

suite('Tifa in the extension host', () => {
  let corpus: vscode.TextDocument;
  let duplicate: vscode.Diagnostic;

  suiteSetup(async () => {
    corpus = await vscode.workspace.openTextDocument(workspaceFile('study-notes.txt'));
    await vscode.window.showTextDocument(corpus);
    const found = await diagnosticsOf(corpus.uri, (d) => d.some((x) => x.code === 'duplicate-sentence'));
    duplicate = found.find((x) => x.code === 'duplicate-sentence')!;
  });

  test('the extension is active in this workspace', () => {
    const extension = vscode.extensions.getExtension('tifa.tifa');
    assert.ok(extension?.isActive);
  });

  test('the repeated sentence carries a duplicate-sentence diagnostic at its second occurrence', () => {
    const text = corpus.getText();
    const second = text.indexOf(SENTENCE, text.indexOf(SENTENCE) + 1);
    assert.equal(duplicate.source, 'tifa');
    assert.ok(duplicate.range.isEqual(new vscode.Range(corpus.positionAt(second), corpus.positionAt(second + SENTENCE.length))));
    assert.ok(duplicate.relatedInformation?.[0].location.range.start.isEqual(corpus.positionAt(text.indexOf(SENTENCE))));
  });

  test('the quick fix for it deletes exactly the repeated sentence', async () => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      corpus.uri,
      duplicate.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.kind?.value === vscode.CodeActionKind.QuickFix.value && a.edit);
    assert.ok(fix?.edit, `a quick fix among ${actions.map((a) => a.title).join(', ')}`);
    const before = corpus.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const second = before.indexOf(SENTENCE, before.indexOf(SENTENCE) + 1);
    assert.equal(corpus.getText(), before.slice(0, second) + before.slice(second + SENTENCE.length));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('hovering 四个关系 shows its four items and its source', async () => {
    const draft = await vscode.workspace.openTextDocument(workspaceFile('draft.txt'));
    const at = draft.getText().indexOf('四个关系') + 1;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', draft.uri, draft.positionAt(at));
    const text = hoverText(hovers);
    assert.match(text, /四个关系/u);
    for (const item of ['顶层设计与基层创新', '技术应用与制度重塑', '有形之手与无形之手', '重点突破与系统建设']) {
      assert.ok(text.includes(item), `the hover lists “${item}”`);
    }
    assert.match(text, /王志杰/u);
  });

  test('completing 两个 after 𠀀 offers 两个维护 and its edit yields the canonical slogan', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '𠀀坚决做到两个' });
    const end = document.positionAt(document.getText().length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, end);
    const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === '两个维护');
    assert.ok(item, list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label)).join(', '));
    const range = item.range instanceof vscode.Range ? item.range : item.range!.replacing;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, range, typeof item.insertText === 'string' ? item.insertText : item.insertText!.value);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(document.getText(), '𠀀坚决做到两个维护');
  });
});
