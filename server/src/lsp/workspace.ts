import type { Connection, InitializeParams, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import * as path from 'node:path';
import * as fs from 'node:fs';
import type { Engine, GongwenSetting, SeveritySetting, Span } from '../engine';
import { defineMessages } from '../engine/messages';
import { builtinCorpusDir } from '../node/builtin';
import { emptyConfig, loadConfig, localToday, type WorkspaceConfig } from '../node/config';
import { isFullDate } from '../engine/document/date';
import { SETTINGS } from '../node/settings-schema';
import type { SourcePatterns } from '../node/user-sources';
import { toRange } from './convert';

/** The `tifa.*` settings a client may send; they override `tifa.json`. */
export interface TifaSettings {
  rules?: Record<string, SeveritySetting>;
  gongwen?: GongwenSetting;
  maxNumberOfProblems?: number;
  corpus?: string[];
  glossary?: string[];
  documentDate?: string;
}

/** In Restricted Mode the files a workspace names are not read: they could be anything. */
function withoutSources<T extends { corpus?: string[]; glossary?: string[] }>(value: T): T {
  return { ...value, corpus: [], glossary: [] };
}

const workspaceMessages = defineMessages({
  restricted: {
    zh: '受限模式：不读取 tifa.json 和设置中指定的语料与术语表（{patterns}），信任此文件夹后才会载入。',
    en: 'Restricted Mode: the corpora and glossaries named in tifa.json and settings ({patterns}) are not read until you trust this folder.',
  },
  outside: { zh: '{pattern}（工作区之外）', en: '{pattern} (outside the workspace)' },
});

/**
 * The workspace as the server sees it: the root folder, its `tifa.json`, the client's
 * `tifa.*` settings, and where corpus sources live on disk.
 */
export class Workspace {
  private root: string | undefined;
  private fileConfig: WorkspaceConfig = emptyConfig();
  private settings: TifaSettings = {};
  private supportsConfiguration = false;
  /** False in Restricted Mode: corpora and glossaries the workspace names are not loaded. */
  private trusted = true;
  /** The corpus and glossary patterns Restricted Mode leaves unread, from `tifa.json` and from the settings. */
  private withheld: { file: string[]; settings: string[] } = { file: [], settings: [] };
  private readonly sourceDocuments = new Map<string, TextDocument>();
  private listeners: (() => void)[] = [];

  constructor(
    private readonly connection: Connection,
    private readonly engine: () => Engine,
  ) {}

  initialize(params: InitializeParams): void {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    this.root = folder ? URI.parse(folder).fsPath : (params.rootPath ?? undefined);
    this.supportsConfiguration = params.capabilities.workspace?.configuration === true;
    this.trusted = params.initializationOptions?.trusted !== false;
    const fromOptions = params.initializationOptions?.settings as TifaSettings | undefined;
    if (fromOptions) this.settings = this.trusted ? fromOptions : this.withhold('settings', fromOptions);
  }

  /** Reads `tifa.json` and the settings, then applies them. */
  start(): void {
    this.reloadConfigFile();
    void this.reloadSettings();
  }

  onDidChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  get rootFolder(): string | undefined {
    return this.root;
  }

  get isTrusted(): boolean {
    return this.trusted;
  }

  reloadConfigFile(): void {
    if (!this.root) return;
    const loaded = loadConfig(this.root);
    this.fileConfig = this.trusted ? loaded.config : this.withhold('file', loaded.config);
    for (const problem of loaded.problems) this.connection.console.warn(problem.message);
    this.apply();
  }

  async reloadSettings(): Promise<void> {
    if (this.supportsConfiguration) {
      try {
        const value = (await this.connection.workspace.getConfiguration('tifa')) as TifaSettings | null;
        this.settings = this.trusted ? (value ?? {}) : this.withhold('settings', value ?? {});
      } catch (error) {
        this.connection.console.warn(`Could not read tifa.* settings: ${String(error)}`);
      }
    }
    this.apply();
  }

  /**
   * What Restricted Mode leaves unread, for the status line; undefined when nothing is. A
   * pattern reaching outside the workspace is marked, since it is what trust would open up.
   */
  restrictedNotice(): string | undefined {
    const patterns = [...new Set([...this.withheld.file, ...this.withheld.settings])];
    if (patterns.length === 0) return undefined;
    const t = workspaceMessages(this.engine().config.locale);
    const shown = patterns.map((pattern) => (this.isOutside(pattern) ? t('outside', { pattern }) : pattern));
    return t('restricted', { patterns: shown.join(', ') });
  }

  /** True for a corpus or glossary pattern that names files outside the workspace folder. */
  isOutside(pattern: string): boolean {
    if (!this.root) return false;
    const relative = path.relative(this.root, path.resolve(this.root, pattern));
    return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  }

  private withhold<T extends { corpus?: string[]; glossary?: string[] }>(origin: 'file' | 'settings', value: T): T {
    const patterns = [...(value.corpus ?? []), ...(value.glossary ?? [])];
    if (JSON.stringify(patterns) !== JSON.stringify(this.withheld[origin]) && patterns.length > 0) {
      this.connection.console.info(`Restricted Mode: not reading ${patterns.map((p) => `"${p}"`).join(', ')} until the folder is trusted`);
    }
    this.withheld = { ...this.withheld, [origin]: patterns };
    return withoutSources(value);
  }

  /** The user's corpus and glossary patterns: those of `tifa.json` and of the settings together. */
  sourcePatterns(): SourcePatterns {
    const union = (a: readonly string[] = [], b: readonly string[] = []) => [...new Set([...a, ...b])];
    return {
      corpus: union(this.fileConfig.corpus, this.settings.corpus),
      glossary: union(this.fileConfig.glossary, this.settings.glossary),
    };
  }

  /** The effective rule severities: settings over `tifa.json`. */
  rules(): Record<string, SeveritySetting> {
    return { ...this.fileConfig.rules, ...(this.settings.rules ?? {}) };
  }

  /**
   * Where the 公文 format rules run besides .policy documents: the setting over `tifa.json`.
   * A client sends the setting's default `auto` when nobody set it, so `auto` defers to the file.
   */
  gongwen(): GongwenSetting {
    const setting = this.settings.gongwen;
    return setting && setting !== 'auto' ? setting : (this.fileConfig.gongwen ?? 'auto');
  }

  /** The date of documents without a 成文日期 line: the setting over `tifa.json`; a malformed setting is ignored. */
  documentDate(): string | undefined {
    const setting = this.settings.documentDate?.trim();
    return setting && isFullDate(setting) ? setting : this.fileConfig.documentDate;
  }

  /** How many problems a document shows at most: the setting when it is a positive whole number. */
  maxNumberOfProblems(): number {
    const value = this.settings.maxNumberOfProblems;
    return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : SETTINGS['tifa.maxNumberOfProblems'].default;
  }

  /** The location of a span of a corpus source, for related information and glossary links. */
  locate(source: string, span: Span): { uri: string; range: Range } | undefined {
    const file = source.startsWith('builtin:') ? path.join(builtinCorpusDir(), source.slice('builtin:'.length)) : source;
    let document = this.sourceDocuments.get(file);
    if (!document) {
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch {
        return undefined;
      }
      document = TextDocument.create(URI.file(file).toString(), 'plaintext', 0, text);
      this.sourceDocuments.set(file, document);
    }
    return { uri: document.uri, range: toRange(document, span) };
  }

  /** Drops the cached text of a corpus file that changed on disk, so locations are taken from its new text. */
  forgetSource(file: string): void {
    this.sourceDocuments.delete(file);
  }

  private apply(): void {
    this.engine().configure({ rules: this.rules(), gongwen: this.gongwen(), documentDate: this.documentDate(), today: () => localToday() });
    for (const listener of this.listeners) listener();
  }
}
