import * as vscode from 'vscode';
import { overlapRequest, type OverlapResult } from '../../../server/src/lsp/protocol';
import type { TifaContext } from '../context';
import { isTifaDocument } from '../language-client';

interface SourcePick extends vscode.QuickPickItem {
  readonly uri?: string;
}

/** The 查重 report: how much of the document matches each corpus source; picking one opens it. */
export function registerShowOverlap(ctx: TifaContext): vscode.Disposable {
  return vscode.commands.registerCommand('tifa.showOverlap', async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isTifaDocument(document)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a document to compare it with the corpus.'));
      return;
    }
    let report: OverlapResult | null;
    try {
      report = await ctx.client.sendRequest(overlapRequest, { uri: document.uri.toString() });
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not compute the overlap: {0}', String(error)));
      return;
    }
    if (!report || report.sources.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No passage of this document matches the corpus ({0} characters compared).', report?.characters ?? 0));
      return;
    }
    const picked = await vscode.window.showQuickPick<SourcePick>(
      report.sources.map((source) => ({
        label: `《${source.title}》`,
        description: `${source.percent}%`,
        detail: vscode.l10n.t('{0} matching passages, {1} characters', source.passages, source.matchedCharacters),
        uri: source.uri,
      })),
      { title: report.summary, placeHolder: vscode.l10n.t('Pick a source to open it.') },
    );
    if (picked?.uri) await vscode.window.showTextDocument(vscode.Uri.parse(picked.uri), { preview: true });
  });
}
