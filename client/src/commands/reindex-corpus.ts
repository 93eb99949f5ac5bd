import * as vscode from 'vscode';
import { reindexRequest } from '../../../server/src/lsp/protocol';
import type { TifaContext } from '../context';

export function registerReindexCorpus(ctx: TifaContext): vscode.Disposable {
  return vscode.commands.registerCommand('tifa.reindexCorpus', async () => {
    const status = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Reindexing the corpus…') },
      () => ctx.client.sendRequest(reindexRequest),
    );
    ctx.glossary.invalidate();
    void vscode.window.showInformationMessage(vscode.l10n.t('Tifa knows {0} slogans from {1} corpus sources.', status.terms, status.corpusSources));
  });
}
