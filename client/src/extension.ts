import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { statusNotification, type ServerStatus } from '../../server/src/lsp/protocol';

let client: LanguageClient | undefined;

const DOCUMENT_SELECTOR = ['plaintext', 'markdown', 'policy'].flatMap((language) => [
  { scheme: 'file', language },
  { scheme: 'untitled', language },
]);

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: {
      configurationSection: 'tifa',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/tifa.json'),
    },
    initializationOptions: { locale: vscode.env.language },
  };
  client = new LanguageClient('tifa', 'Tifa', serverOptions, clientOptions);

  const status = vscode.window.createStatusBarItem('tifa.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'Tifa';
  status.text = '$(loading~spin) Tifa';
  status.command = 'workbench.actions.view.problems';
  status.show();
  context.subscriptions.push(status);

  context.subscriptions.push(
    vscode.commands.registerCommand('tifa.restartServer', async () => {
      await client?.restart();
    }),
  );

  await client.start();
  context.subscriptions.push(
    client.onNotification(statusNotification, (s: ServerStatus) => {
      status.text = s.state === 'ready' ? `$(book) Tifa · ${s.terms}` : `$(loading~spin) Tifa · ${s.terms}`;
      status.tooltip = vscode.l10n.t('Tifa: {0} slogans from {1} corpus sources', s.terms, s.corpusSources);
    }),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
