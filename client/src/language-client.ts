import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export const LANGUAGES = ['policy', 'plaintext', 'markdown'] as const;

const DOCUMENT_SELECTOR = LANGUAGES.flatMap((language) => [
  { scheme: 'file', language },
  { scheme: 'untitled', language },
]);

export function isTifaDocument(document: vscode.TextDocument): boolean {
  return (LANGUAGES as readonly string[]).includes(document.languageId) && (document.uri.scheme === 'file' || document.uri.scheme === 'untitled');
}

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
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
    // Read again on every start, so a restart after the folder is trusted tells the server.
    initializationOptions: () => ({ locale: vscode.env.language, trusted: vscode.workspace.isTrusted }),
  };
  return new LanguageClient('tifa', 'Tifa', serverOptions, clientOptions);
}
