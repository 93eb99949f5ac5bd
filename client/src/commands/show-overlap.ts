import * as vscode from 'vscode';

/**
 * The 查重 report needs an overlap request from the server, which this version does not
 * have; the command says so instead of showing an empty report.
 */
export function registerShowOverlap(): vscode.Disposable {
  return vscode.commands.registerCommand('tifa.showOverlap', () => {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('This version of Tifa has no overlap (查重) report yet. Passages repeated within the document are listed in Problems.'),
    );
  });
}
