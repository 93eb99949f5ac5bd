import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { glossaryRequest, type GlossaryEntry } from '../../../server/src/lsp/protocol';

/** The server's glossary, fetched on demand and again whenever the server's term count changes. */
export class GlossaryStore implements vscode.Disposable {
  private entries: GlossaryEntry[] | undefined;
  private pending: Promise<GlossaryEntry[]> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly client: LanguageClient) {}

  async get(): Promise<GlossaryEntry[]> {
    if (this.entries) return this.entries;
    this.pending ??= this.client.sendRequest(glossaryRequest).then(
      (entries) => {
        this.entries = entries;
        this.pending = undefined;
        return entries;
      },
      (error: unknown) => {
        this.pending = undefined;
        throw error;
      },
    );
    return this.pending;
  }

  invalidate(): void {
    this.entries = undefined;
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
