import {
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type Connection,
  type Disposable,
  type FileSystemWatcher,
  type InitializeParams,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import * as path from 'node:path';
import type { Engine, GlossaryProblem, SourceRef } from '../engine';
import { CONFIG_FILE } from '../node/config';
import { UserSources, type FileChange } from '../node/user-sources';
import { DIAGNOSTIC_SOURCE } from './convert';
import type { Workspace } from './workspace';

const CHANGES: Readonly<Record<number, FileChange>> = {
  [FileChangeType.Created]: 'created',
  [FileChangeType.Changed]: 'changed',
  [FileChangeType.Deleted]: 'deleted',
};

/** Where in a glossary file a problem is: at its entry's term, or the file's start. */
function problemOffset(text: string, problem: GlossaryProblem): number {
  if (!problem.term) return 0;
  const at = text.indexOf(JSON.stringify(problem.term));
  return at >= 0 ? at : Math.max(0, text.indexOf(problem.term));
}

/**
 * The user's corpora and glossaries in the language server: indexed in the background when
 * the workspace's patterns are known, re-indexed file by file on `workspace/didChangeWatchedFiles`,
 * with watchers registered dynamically for exactly those patterns when the client allows it.
 */
export class UserSourcesConnection {
  private readonly sources: UserSources;
  private dynamicWatchers = false;
  private relativePatterns = false;
  private registration: Promise<Disposable> | undefined;
  private registeredFor = '';

  constructor(
    private readonly connection: Connection,
    private readonly workspace: Workspace,
    engine: () => Engine,
    changed: () => void,
  ) {
    this.sources = new UserSources({
      engine,
      warn: (message) => connection.console.warn(message),
      changed,
      glossaryChecked: (file, text, problems) => {
        const document = TextDocument.create(URI.file(file).toString(), 'json', 0, text);
        void connection.sendDiagnostics({
          uri: document.uri,
          diagnostics: problems.map((problem) => {
            const start = document.positionAt(problemOffset(text, problem));
            return { range: { start, end: start }, severity: DiagnosticSeverity.Warning, source: DIAGNOSTIC_SOURCE, code: 'glossary', message: problem.message };
          }),
        });
      },
    });
    workspace.onDidChange(() => void this.sync());
    connection.onDidChangeWatchedFiles(({ changes }) => {
      let configChanged = false;
      for (const change of changes) {
        const file = URI.parse(change.uri).fsPath;
        if (path.basename(file) === CONFIG_FILE) configChanged = true;
        else {
          workspace.forgetSource(file);
          this.sources.fileChanged(file, CHANGES[change.type] ?? 'changed');
        }
      }
      if (configChanged) workspace.reloadConfigFile();
    });
  }

  initialize(params: InitializeParams): void {
    const watched = params.capabilities.workspace?.didChangeWatchedFiles;
    this.dynamicWatchers = watched?.dynamicRegistration === true;
    this.relativePatterns = watched?.relativePatternSupport === true;
  }

  /** A link to a source sentence when its file lies in the workspace; the embedded corpus gets none. */
  link(ref: SourceRef): string | undefined {
    const root = this.workspace.rootFolder;
    if (!root || ref.source.startsWith('builtin:') || !path.resolve(ref.source).startsWith(root + path.sep)) return undefined;
    const location = this.workspace.locate(ref.source, ref.at ?? ref.span);
    return location && `${location.uri}#L${location.range.start.line + 1},${location.range.start.character + 1}`;
  }

  private async sync(): Promise<void> {
    const root = this.workspace.rootFolder;
    if (!root) return;
    await this.sources.sync(this.workspace.sourcePatterns(), root);
    await this.watch();
  }

  private async watch(): Promise<void> {
    if (!this.dynamicWatchers) return;
    const watchers: FileSystemWatcher[] = this.sources.watchPatterns().map(({ folder, glob }) => ({
      globPattern: this.relativePatterns ? { baseUri: URI.file(folder).toString(), pattern: glob } : `${folder}/${glob}`,
    }));
    const key = JSON.stringify(watchers);
    if (key === this.registeredFor) return;
    this.registeredFor = key;
    const previous = this.registration;
    this.registration = undefined;
    if (previous) (await previous).dispose();
    if (watchers.length > 0) this.registration = this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
  }
}
