import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { statusNotification } from '../../server/src/lsp/protocol';
import { registerCommands } from './commands';
import { GlossaryStore } from './glossary/store';
import { GlossaryTreeProvider } from './glossary/tree';
import { createLanguageClient } from './language-client';
import { StatusBar } from './status';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = createLanguageClient(context);
  const glossary = new GlossaryStore(client);
  const status = new StatusBar();
  const workspaceDiagnostics = vscode.languages.createDiagnosticCollection('tifa-workspace');
  const tree = new GlossaryTreeProvider(glossary);
  context.subscriptions.push(
    glossary,
    status,
    workspaceDiagnostics,
    tree,
    vscode.window.registerTreeDataProvider('tifa.glossary', tree),
    ...registerCommands({ extension: context, client, glossary, workspaceDiagnostics }),
    // Restricted Mode is read when the server starts: start again once the folder is trusted.
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      await client?.restart();
      glossary.invalidate();
    }),
  );

  let terms = -1;
  // Registered before start so it survives restarts and sees the first status.
  context.subscriptions.push(
    client.onNotification(statusNotification, (s) => {
      status.showServerStatus(s);
      if (s.terms !== terms) {
        terms = s.terms;
        glossary.invalidate();
      }
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
