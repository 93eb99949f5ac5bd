import * as path from 'node:path';
import { createEngine, type CorpusSource, type Engine, type GlossarySource, type Locale, type RuleInfo, type SpellingModel } from '../engine';
import { CONFIG_FILE, emptyConfig, findConfigFolder, localToday, readConfigFile, type WorkspaceConfig } from '../node/config';
import { expandPaths } from '../node/files';
import { readGlossaryFile } from '../node/glossary';
import { IgnoreRules } from '../node/ignore';
import { readTextFile } from '../node/read';
import type { CliTranslate } from './messages';

/** A `tifa.json` and the folder its relative paths start from. */
export interface ConfigScope {
  readonly folder: string;
  readonly config: WorkspaceConfig;
  /** The file read; absent when no `tifa.json` governs the scope. */
  readonly file?: string;
}

export interface DiscoveryOptions {
  readonly cwd: string;
  readonly locale: Locale;
  /** `--config`: one file for everything instead of the nearest one. */
  readonly configFile?: string;
  readonly t: CliTranslate;
  readonly warn: (message: string) => void;
  /** The embedded corpus, loaded once for all engines. */
  readonly loadBuiltin: () => CorpusSource[];
  /** The curated glossary shipped with Tifa; glossaries in `tifa.json` win over it. */
  readonly loadBuiltinGlossary: () => GlossarySource[];
  /** The wrong-character model, loaded once for all engines that run that rule. */
  readonly loadSpellingModel?: () => SpellingModel;
}

/**
 * Finds the `tifa.json` that governs each file by walking up from its folder, and keeps one
 * engine per `tifa.json`, so a folder of drafts with their own corpus is checked against it.
 */
export class Discovery {
  private readonly scopes = new Map<string, ConfigScope>();
  private readonly folderScopes = new Map<string, ConfigScope>();
  private readonly engines = new Map<string, Engine>();
  private readonly ignores = new Map<string, IgnoreRules | undefined>();
  private builtin?: CorpusSource[];
  private builtinGlossary?: GlossarySource[];
  private spelling?: SpellingModel | null;
  private readonly fixed?: ConfigScope;

  constructor(private readonly options: DiscoveryOptions) {
    if (options.configFile) this.fixed = this.readScope(path.resolve(options.cwd, options.configFile), true);
  }

  get locale(): Locale {
    return this.options.locale;
  }

  /** False when `--config` names a file that cannot be read. */
  get usable(): boolean {
    return !this.options.configFile || this.fixed !== undefined;
  }

  /** The scope of the files in `folder`. */
  scopeForFolder(folder: string): ConfigScope {
    if (this.fixed) return this.fixed;
    const cached = this.folderScopes.get(folder);
    if (cached) return cached;
    const found = findConfigFolder(folder);
    const scope = found ? this.readScope(path.join(found, CONFIG_FILE), false)! : this.bare();
    this.folderScopes.set(folder, scope);
    return scope;
  }

  scopeFor(file: string): ConfigScope {
    return this.scopeForFolder(path.dirname(path.resolve(file)));
  }

  /** The `ignore` list of the `tifa.json` governing `folder`, for an IgnoreFilter. */
  ignoreRulesFor(folder: string): IgnoreRules | undefined {
    const scope = this.scopeForFolder(folder);
    if (!this.ignores.has(scope.folder)) {
      this.ignores.set(scope.folder, scope.config.ignore.length > 0 ? new IgnoreRules(scope.folder, scope.config.ignore) : undefined);
    }
    return this.ignores.get(scope.folder);
  }

  /** The engine of a scope, built on first use; `progress` hears of each corpus file read meanwhile. */
  engineFor(scope: ConfigScope, progress?: (message: string) => void): Engine {
    const key = scope.file ?? scope.folder;
    let engine = this.engines.get(key);
    if (!engine) {
      engine = this.buildEngine(scope, progress);
      this.engines.set(key, engine);
    }
    return engine;
  }

  /** The engine for the current folder, for commands that take no files. */
  defaultEngine(): Engine {
    return this.engineFor(this.scopeForFolder(this.options.cwd));
  }

  /** Rule metadata, from an engine already built or else from a bare one (no corpus needed). */
  rules(): RuleInfo[] {
    const engine = this.engines.values().next().value ?? createEngine({ config: { locale: this.options.locale } });
    return engine.rules();
  }

  /** The model, read on first need; a model that cannot be read is reported once and the rule stays silent. */
  private spellingModel(): SpellingModel | null {
    if (this.spelling !== undefined || !this.options.loadSpellingModel) return this.spelling ?? null;
    try {
      this.spelling = this.options.loadSpellingModel();
    } catch (error) {
      this.spelling = null;
      this.options.warn(this.options.t('spellingUnavailable', { reason: error instanceof Error ? error.message : String(error) }));
    }
    return this.spelling;
  }

  private bare(): ConfigScope {
    return { folder: this.options.cwd, config: emptyConfig() };
  }

  private readScope(file: string, explicit: boolean): ConfigScope | undefined {
    const cached = this.scopes.get(file);
    if (cached) return cached;
    const { t, warn, cwd } = this.options;
    const display = path.relative(cwd, file) || CONFIG_FILE;
    const loaded = readConfigFile(file);
    if (!loaded) {
      if (explicit) {
        warn(t('configUnreadable', { file: display }));
        return undefined;
      }
      return this.bare();
    }
    const { config, problems } = loaded;
    for (const problem of problems) warn(t('configProblem', { file: display, message: problem.message }));
    const scope: ConfigScope = { folder: path.dirname(file), config, file };
    this.scopes.set(file, scope);
    return scope;
  }

  private buildEngine(scope: ConfigScope, progress?: (message: string) => void): Engine {
    const { t, warn, locale } = this.options;
    this.builtin ??= this.options.loadBuiltin();
    this.builtinGlossary ??= this.options.loadBuiltinGlossary();
    const engine = createEngine({
      corpora: this.builtin,
      glossaries: this.builtinGlossary,
      config: { locale, rules: scope.config.rules, gongwen: scope.config.gongwen ?? 'auto', documentDate: scope.config.documentDate, today: () => localToday() },
    });
    if (scope.config.rules['wrong-character'] !== 'off') engine.setSpellingModel(this.spellingModel() ?? undefined);
    const glossaries = expandPaths(scope.config.glossary, scope.folder, { extensions: ['.json'] });
    for (const pattern of glossaries.missing) warn(t('glossaryMissing', { pattern }));
    for (const file of glossaries.files) {
      const read = readGlossaryFile(file);
      if (!read.ok) {
        warn(t('glossarySkipped', { file, reason: read.reason }));
        continue;
      }
      for (const problem of engine.setGlossary(read.source)) warn(t('glossaryProblem', { file, path: problem.path, message: problem.message }));
    }
    const { files, missing } = expandPaths(scope.config.corpus, scope.folder);
    for (const pattern of missing) warn(t('corpusMissing', { pattern }));
    for (const [index, file] of files.entries()) {
      progress?.(t('loadingCorpus', { done: index + 1, total: files.length, file: path.relative(this.options.cwd, file) || file }));
      const read = readTextFile(file);
      if (read.ok) engine.setCorpus({ id: file, text: read.text });
      else warn(t('corpusSkipped', { file, reason: read.reason }));
    }
    return engine;
  }
}
