import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { GlossaryStore } from './glossary/store';

/** What the commands share. */
export interface TifaContext {
  readonly extension: vscode.ExtensionContext;
  readonly client: LanguageClient;
  readonly glossary: GlossaryStore;
  /** Findings of files checked on disk but not open in an editor. */
  readonly workspaceDiagnostics: vscode.DiagnosticCollection;
}
