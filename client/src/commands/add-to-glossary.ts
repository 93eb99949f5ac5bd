import * as vscode from 'vscode';
import { reindexRequest } from '../../../server/src/lsp/protocol';
import { CONFIG_FILE } from '../../../server/src/node/config';
import { SETTINGS } from '../../../server/src/node/settings-schema';
import type { TifaContext } from '../context';
import { addGlossaryToConfig, addTermToGlossary } from '../glossary/user-file';

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}

async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/** Writes the selected text into the user glossary file and lists that file in `tifa.json`. */
export function registerAddToGlossary(ctx: TifaContext): vscode.Disposable {
  return vscode.commands.registerCommand('tifa.addToGlossary', async () => {
    const editor = vscode.window.activeTextEditor;
    const term = editor ? editor.document.getText(editor.selection).trim() : '';
    if (!editor || !term) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select the slogan to add first.'));
      return;
    }
    const folder = vscode.workspace.getWorkspaceFolder(editor.document.uri) ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder: the user glossary is kept in the workspace.'));
      return;
    }
    const relative = vscode.workspace.getConfiguration('tifa', folder.uri).get<string>('userGlossary', SETTINGS['tifa.userGlossary'].default);
    const glossaryUri = vscode.Uri.joinPath(folder.uri, relative);
    const configUri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE);
    try {
      const glossary = addTermToGlossary(await readText(glossaryUri), term);
      if (!glossary.changed) {
        void vscode.window.showInformationMessage(vscode.l10n.t('“{0}” is already in {1}.', term, relative));
        return;
      }
      await writeText(glossaryUri, glossary.text);
      const config = addGlossaryToConfig(await readText(configUri), relative);
      if (config.changed) await writeText(configUri, config.text);
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not add “{0}” to {1}: {2}', term, relative, error instanceof Error ? error.message : String(error)));
      return;
    }
    await ctx.client.sendRequest(reindexRequest);
    ctx.glossary.invalidate();
    void vscode.window.showInformationMessage(vscode.l10n.t('Added “{0}” to {1}.', term, relative));
  });
}
