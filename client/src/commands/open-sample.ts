import * as vscode from 'vscode';
import type { TifaContext } from '../context';

/** Opens the walkthrough's sample as an untitled document, so trying fixes never edits the extension's copy. */
export function registerOpenSample(ctx: TifaContext): vscode.Disposable {
  return vscode.commands.registerCommand('tifa.openSample', async () => {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ctx.extension.extensionUri, 'walkthrough', 'sample.policy'));
    const document = await vscode.workspace.openTextDocument({ language: 'policy', content: new TextDecoder('utf-8').decode(bytes) });
    await vscode.window.showTextDocument(document);
  });
}
