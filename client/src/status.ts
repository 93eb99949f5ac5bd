import * as vscode from 'vscode';
import type { ServerStatus } from '../../server/src/lsp/protocol';
import { countCharacters } from './count';
import { isTifaDocument } from './language-client';

/** Recounting waits for typing to pause; a long document is not recounted on every key. */
const RECOUNT_DELAY_MS = 150;

/**
 * Two status bar items: the 字数 of the document or the selection with the number of
 * findings (click: Problems), and the state of the language server (click: glossary).
 */
export class StatusBar implements vscode.Disposable {
  private readonly count = vscode.window.createStatusBarItem('tifa.count', vscode.StatusBarAlignment.Right, 101);
  private readonly server = vscode.window.createStatusBarItem('tifa.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor() {
    this.count.name = vscode.l10n.t('Tifa Character Count');
    this.count.command = 'workbench.actions.view.problems';
    this.server.name = 'Tifa';
    this.server.text = '$(loading~spin) Tifa';
    this.server.command = 'tifa.showGlossary';
    this.server.show();
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.window.onDidChangeTextEditorSelection((e) => e.textEditor === vscode.window.activeTextEditor && this.schedule()),
      vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && this.schedule()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((uri) => uri.toString() === active)) this.schedule();
      }),
    );
    this.update();
  }

  showServerStatus(status: ServerStatus): void {
    const icon = status.state === 'ready' ? '$(book)' : '$(loading~spin)';
    this.server.text = `${icon} Tifa · ${status.terms}`;
    const lines = [vscode.l10n.t('Tifa: {0} slogans from {1} corpus sources', status.terms, status.corpusSources)];
    if (!status.segmenter) lines.push(vscode.l10n.t('Word segmentation is loading or off.'));
    if (!status.trusted) lines.push(vscode.l10n.t('Restricted Mode: only the embedded corpus is read.'));
    if (status.message) lines.push(status.message);
    this.server.tooltip = lines.join('\n');
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), RECOUNT_DELAY_MS);
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isTifaDocument(editor.document)) {
      this.count.hide();
      return;
    }
    const { document, selections } = editor;
    const selected = selections.filter((s) => !s.isEmpty);
    const total = countCharacters(document.getText());
    const findings = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'tifa').length;
    const characters =
      selected.length > 0
        ? vscode.l10n.t('{0} of {1} characters', selected.reduce((n, s) => n + countCharacters(document.getText(s)), 0).toLocaleString(), total.toLocaleString())
        : vscode.l10n.t('{0} characters', total.toLocaleString());
    this.count.text = `$(pencil) ${characters}  ${findings > 0 ? '$(warning)' : '$(check)'} ${findings}`;
    this.count.tooltip = vscode.l10n.t('Characters without whitespace; {0} findings. Click to open Problems.', findings);
    this.count.show();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.count.dispose();
    this.server.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
