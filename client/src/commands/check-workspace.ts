import * as vscode from 'vscode';
import { checkFilesRequest } from '../../../server/src/lsp/protocol';
import { SKIPPED_FOLDERS, TEXT_EXTENSIONS } from '../../../server/src/node/files';
import type { TifaContext } from '../context';

/** The documents `tifa check` reads from a folder, .docx aside: the server checks text only. */
const INCLUDE = `**/*.{${TEXT_EXTENSIONS.map((extension) => extension.slice(1)).join(',')}}`;
const EXCLUDE = `{${[...SKIPPED_FOLDERS].map((folder) => `**/${folder}/**`).join(',')}}`;
/** A workspace with more documents than this is a code base, not a set of drafts. */
const MAX_FILES = 2000;
const BATCH = 20;

/**
 * Checks every document of the workspace on disk. Open documents keep their live findings;
 * the others are listed in Problems until they are opened.
 */
export function registerCheckWorkspace(ctx: TifaContext): vscode.Disposable {
  const forgetOpened = vscode.workspace.onDidOpenTextDocument((document) => ctx.workspaceDiagnostics.delete(document.uri));
  const command = vscode.commands.registerCommand('tifa.checkWorkspace', async () => {
    const uris = (await vscode.workspace.findFiles(INCLUDE, EXCLUDE, MAX_FILES)).filter((uri) => uri.scheme === 'file');
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    let findings = 0;
    let checked = 0;
    let skipped = 0;
    let ignored = 0;
    ctx.workspaceDiagnostics.clear();
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking the workspace'), cancellable: true },
      async (progress, token) => {
        for (let i = 0; i < uris.length && !token.isCancellationRequested; i += BATCH) {
          const batch = uris.slice(i, i + BATCH);
          progress.report({ message: `${Math.min(i + BATCH, uris.length)} / ${uris.length}`, increment: (batch.length / uris.length) * 100 });
          const result = await ctx.client.sendRequest(checkFilesRequest, { uris: batch.map((u) => u.toString()) }, token);
          skipped += result.skipped.length;
          ignored += result.ignored.length;
          checked += result.files.length;
          for (const file of result.files) {
            findings += file.diagnostics.length;
            if (open.has(file.uri)) continue;
            ctx.workspaceDiagnostics.set(vscode.Uri.parse(file.uri), await ctx.client.protocol2CodeConverter.asDiagnostics(file.diagnostics));
          }
        }
      },
    );
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    const summary = [vscode.l10n.t('Checked {0} files: {1} findings.', checked, findings)];
    if (ignored > 0) summary.push(vscode.l10n.t('{0} files are ignored by .gitignore or tifa.json.', ignored));
    if (skipped > 0) summary.push(vscode.l10n.t('{0} files could not be read as text.', skipped));
    void vscode.window.showInformationMessage(summary.join(' '));
  });
  return vscode.Disposable.from(forgetOpened, command);
}
