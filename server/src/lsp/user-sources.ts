import {
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MessageType,
  ShowMessageNotification,
  type Connection,
  type Disposable,
  type FileSystemWatcher,
  type InitializeParams,
  type WorkDoneProgressServerReporter,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import * as path from 'node:path';
import type { Engine, GlossaryProblem, SourceRef } from '../engine';
import { defineMessages } from '../engine/messages';
import { CONFIG_FILE } from '../node/config';
import { UserSources, type CorpusLimitReached, type FileChange, type IndexingProgress, type SourceProblem } from '../node/user-sources';
import { DIAGNOSTIC_SOURCE } from './convert';
import type { Workspace } from './workspace';

const CHANGES: Readonly<Record<number, FileChange>> = {
  [FileChangeType.Created]: 'created',
  [FileChangeType.Changed]: 'changed',
  [FileChangeType.Deleted]: 'deleted',
};

const sourceMessages = defineMessages({
  indexingTitle: { zh: 'Tifa：索引用户语料', en: 'Tifa: indexing the user corpus' },
  indexingCount: { zh: '{done}/{total} 个文件', en: '{done}/{total} files' },
  limitFiles: { zh: '{value} 个文件', en: '{value} files' },
  limitBytes: { zh: '{value} MB', en: '{value} MB' },
  limitReached: {
    zh: 'Tifa：用户语料达到上限（{limit}），只索引了匹配的 {matched} 个文件中的 {indexed} 个。请缩小 tifa.json 中 corpus 的范围；tifa check 不受此限。',
    en: 'Tifa: the user corpus reached its limit ({limit}); {indexed} of the {matched} matched files are indexed. Narrow "corpus" in tifa.json; tifa check has no such limit.',
  },
  noMatch: { zh: '“{pattern}”没有匹配任何文件', en: '"{pattern}" matches no file' },
  unreadable: { zh: '{file}：{reason}', en: '{file}: {reason}' },
  unusable: {
    zh: 'Tifa：tifa.json 或设置指定的语料、术语表中有 {count} 处无法使用：{first}。详见“输出”面板中的 Tifa。',
    en: 'Tifa: {count} corpus or glossary sources named in tifa.json or settings cannot be used: {first}. Details are in the Tifa output.',
  },
});

/** Progress shows only for a sync that takes longer than this, so a small corpus loads silently. */
const PROGRESS_DELAY_MS = 300;
const PROGRESS_INTERVAL_MS = 200;

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
  private progress: Promise<WorkDoneProgressServerReporter | undefined> | undefined;
  private indexingStarted = 0;
  private lastReport = 0;
  private problemsShown = '';

  constructor(
    private readonly connection: Connection,
    private readonly workspace: Workspace,
    private readonly engine: () => Engine,
    changed: () => void,
  ) {
    this.sources = new UserSources({
      engine,
      warn: (message) => connection.console.warn(message),
      synced: (problems) => this.reportProblems(problems),
      indexing: (progress) => this.indexing(progress),
      limitReached: (reached) => this.limitReached(reached),
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

  /**
   * A link to a source sentence in a user corpus file, in the workspace or in a shared folder
   * beside it that `tifa.json` names; the embedded corpus gets none.
   */
  link(ref: SourceRef): string | undefined {
    if (!this.sources.hasCorpus(ref.source)) return undefined;
    const location = this.workspace.locate(ref.source, ref.at ?? ref.span);
    return location && `${location.uri}#L${location.range.start.line + 1},${location.range.start.character + 1}`;
  }

  private async sync(): Promise<void> {
    const root = this.workspace.rootFolder;
    if (!root) return;
    await this.sources.sync(this.workspace.sourcePatterns(), root);
    await this.watch();
  }

  private get t() {
    return sourceMessages(this.engine().config.locale);
  }

  /** One message per set of problems: editing tifa.json without fixing them does not repeat it. */
  private reportProblems(problems: readonly SourceProblem[]): void {
    const key = JSON.stringify(problems);
    if (key === this.problemsShown) return;
    this.problemsShown = key;
    const [first] = problems;
    if (!first) return;
    const t = this.t;
    const detail = 'pattern' in first ? t('noMatch', { pattern: first.pattern }) : t('unreadable', { file: first.file, reason: first.reason });
    this.warnUser(t('unusable', { count: problems.length, first: detail }));
  }

  private limitReached({ limit, value, indexed, matched }: CorpusLimitReached): void {
    const t = this.t;
    const shown = limit === 'files' ? t('limitFiles', { value }) : t('limitBytes', { value: Math.round(value / 1048576) });
    this.warnUser(t('limitReached', { limit: shown, indexed, matched }));
  }

  private warnUser(message: string): void {
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  }

  /** Work-done progress for a long sync; clients that do not support it get none. */
  private indexing({ done, total, finished }: IndexingProgress): void {
    const now = Date.now();
    if (finished) {
      const progress = this.progress;
      this.progress = undefined;
      this.indexingStarted = 0;
      void progress?.then((reporter) => reporter?.done());
      return;
    }
    if (this.indexingStarted === 0) this.indexingStarted = now;
    if (now - this.indexingStarted < PROGRESS_DELAY_MS || now - this.lastReport < PROGRESS_INTERVAL_MS) return;
    this.lastReport = now;
    const t = this.t;
    const percentage = Math.floor((done * 100) / total);
    const message = t('indexingCount', { done, total });
    if (!this.progress) {
      this.progress = this.connection.window.createWorkDoneProgress().then(
        (reporter) => {
          reporter.begin(t('indexingTitle'), percentage, message);
          return reporter;
        },
        () => undefined,
      );
    } else void this.progress.then((reporter) => reporter?.report(percentage, message));
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
