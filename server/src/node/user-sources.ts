import * as path from 'node:path';
import type { Engine, GlossaryProblem } from '../engine';
import { expandPaths, globToRegExp, isGlob, TEXT_EXTENSIONS } from './files';
import { readGlossaryFile } from './glossary';
import { readTextFile } from './read';

/** The corpus and glossary patterns of a workspace (from `tifa.json` and the `tifa.*` settings). */
export interface SourcePatterns {
  readonly corpus: readonly string[];
  readonly glossary: readonly string[];
}

/** How far a sync has got through the corpus files it reads; `finished` once it stops, done or superseded. */
export interface IndexingProgress {
  readonly done: number;
  readonly total: number;
  readonly finished: boolean;
}

/** User corpora are kept in memory: past either limit, further files are left out. */
export interface CorpusLimits {
  readonly files: number;
  readonly bytes: number;
}

/** About 0.5–1 GB in memory: a team's archive fits, a mistaken glob over a home folder does not. */
export const CORPUS_LIMITS: CorpusLimits = { files: 20_000, bytes: 50 * 1024 * 1024 };

/** Which limit a sync reached, and how many of the matched corpus files are indexed. */
export interface CorpusLimitReached {
  readonly limit: keyof CorpusLimits;
  readonly value: number;
  readonly indexed: number;
  readonly matched: number;
}

/** A pattern that matches no file, or a file that cannot be read as a corpus or glossary. */
export type SourceProblem = { readonly pattern: string } | { readonly file: string; readonly reason: string };

export interface UserSourcesHost {
  readonly engine: () => Engine;
  readonly warn: (message: string) => void;
  /** Called when a sync has read everything, with the patterns and files it could not use. */
  readonly synced?: (problems: readonly SourceProblem[]) => void;
  readonly indexing?: (progress: IndexingProgress) => void;
  readonly limitReached?: (reached: CorpusLimitReached) => void;
  readonly limits?: CorpusLimits;
  /** Called after the knowledge base changed: a sync finished, or one file was re-indexed. */
  readonly changed: () => void;
  /** The problems of a user glossary as it now reads (none once it is fixed or dropped). */
  readonly glossaryChecked?: (file: string, text: string, problems: readonly GlossaryProblem[]) => void;
}

export type FileChange = 'created' | 'changed' | 'deleted';

type Matcher = (file: string) => boolean;

function toSlashes(file: string): string {
  return file.split(path.sep).join('/');
}

function matcherFor(patterns: readonly string[], base: string, extensions?: readonly string[]): Matcher {
  const tests = patterns.map((pattern): Matcher => {
    const absolute = path.resolve(base, pattern);
    if (isGlob(pattern)) {
      const regex = globToRegExp(toSlashes(absolute));
      return (file) => regex.test(toSlashes(file));
    }
    return (file) =>
      file === absolute ||
      (file.startsWith(absolute + path.sep) && (!extensions || extensions.includes(path.extname(file).toLowerCase())));
  });
  return (file) => tests.some((test) => test(file));
}

/** Yields to the event loop, so indexing a large corpus never holds up a hover or a keystroke. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The user's own corpus files and glossaries, kept in the engine: indexed in the background
 * when the patterns are set, then one file at a time as files change on disk.
 */
export class UserSources {
  private base = '';
  private patterns: SourcePatterns = { corpus: [], glossary: [] };
  private isCorpus: Matcher = () => false;
  private isGlossary: Matcher = () => false;
  /** Indexed corpus files and their size in bytes. */
  private readonly corpusFiles = new Map<string, number>();
  private corpusBytes = 0;
  /** What the running sync could not use. */
  private problems: SourceProblem[] = [];
  private readonly glossaryFiles = new Set<string>();
  private generation = 0;
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly host: UserSourcesHost) {}

  /** Files currently indexed. */
  get files(): { corpus: string[]; glossary: string[] } {
    return { corpus: [...this.corpusFiles.keys()], glossary: [...this.glossaryFiles] };
  }

  /** True for a corpus file this workspace indexed. */
  hasCorpus(file: string): boolean {
    return this.corpusFiles.has(file);
  }

  /**
   * What to watch for changes: a folder and a glob relative to it, one per pattern, so a
   * client can watch one corpus folder without watching the whole workspace.
   */
  watchPatterns(): { folder: string; glob: string }[] {
    const corpusFiles = `**/*.{${TEXT_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;
    const split = (pattern: string, filesInFolder: string) => {
      const absolute = toSlashes(path.resolve(this.base, pattern));
      if (isGlob(pattern)) {
        const cut = absolute.lastIndexOf('/', absolute.search(/[*?{]/u));
        return { folder: absolute.slice(0, cut), glob: absolute.slice(cut + 1) };
      }
      if (path.extname(pattern)) return { folder: path.posix.dirname(absolute), glob: path.posix.basename(absolute) };
      return { folder: absolute, glob: filesInFolder };
    };
    return [...this.patterns.corpus.map((p) => split(p, corpusFiles)), ...this.patterns.glossary.map((p) => split(p, '**/*.json'))];
  }

  /**
   * Sets the patterns and brings the engine in line: files no longer matched are dropped,
   * new ones indexed. Files already indexed are not read again. A newer call supersedes a
   * running one.
   */
  sync(patterns: SourcePatterns, base: string): Promise<void> {
    const same =
      base === this.base &&
      JSON.stringify(patterns.corpus) === JSON.stringify(this.patterns.corpus) &&
      JSON.stringify(patterns.glossary) === JSON.stringify(this.patterns.glossary);
    if (!same) this.running = this.reindex(patterns, base, ++this.generation);
    return this.running;
  }

  private async reindex(patterns: SourcePatterns, base: string, generation: number): Promise<void> {
    this.base = base;
    this.patterns = { corpus: [...patterns.corpus], glossary: [...patterns.glossary] };
    this.isCorpus = matcherFor(patterns.corpus, base, TEXT_EXTENSIONS);
    this.isGlossary = matcherFor(patterns.glossary, base, ['.json']);
    const corpus = expandPaths(patterns.corpus, base);
    const glossary = expandPaths(patterns.glossary, base, { extensions: ['.json'] });
    this.problems = [];
    for (const pattern of [...corpus.missing, ...glossary.missing]) {
      this.host.warn(`Pattern "${pattern}" matches no file`);
      this.problems.push({ pattern });
    }
    const engine = this.host.engine();
    let changed = false;
    const matched = new Set(corpus.files);
    for (const file of [...this.corpusFiles.keys()]) {
      if (!matched.has(file)) {
        engine.removeCorpus(file);
        this.forgetCorpus(file);
        changed = true;
      }
    }
    const glossaries = new Set(glossary.files);
    for (const file of [...this.glossaryFiles]) {
      if (!glossaries.has(file)) {
        this.dropGlossary(file);
        changed = true;
      }
    }
    for (const file of glossary.files) {
      if (this.glossaryFiles.has(file)) continue;
      this.loadGlossary(file);
      changed = true;
    }
    const pending = corpus.files.filter((file) => !this.corpusFiles.has(file));
    for (const [done, file] of pending.entries()) {
      this.host.indexing?.({ done, total: pending.length, finished: false });
      await nextTurn();
      if (generation !== this.generation) {
        this.host.indexing?.({ done, total: pending.length, finished: true });
        return;
      }
      const loaded = this.loadCorpus(file);
      if (loaded === 'full') {
        this.host.limitReached?.({ ...this.reachedLimit(), indexed: this.corpusFiles.size, matched: corpus.files.length });
        break;
      }
      changed ||= loaded === 'loaded';
    }
    if (pending.length > 0) this.host.indexing?.({ done: pending.length, total: pending.length, finished: true });
    if (changed) this.host.changed();
    this.host.synced?.(this.problems);
  }

  private get limits(): CorpusLimits {
    return this.host.limits ?? CORPUS_LIMITS;
  }

  /** The limit that left a file out: the count when it is reached, else the size. */
  private reachedLimit(): { limit: keyof CorpusLimits; value: number } {
    return this.corpusFiles.size >= this.limits.files ? { limit: 'files', value: this.limits.files } : { limit: 'bytes', value: this.limits.bytes };
  }

  private forgetCorpus(file: string): void {
    this.corpusBytes -= this.corpusFiles.get(file) ?? 0;
    this.corpusFiles.delete(file);
  }

  /** Re-indexes one file after a change on disk; false when the file is not a source. */
  fileChanged(file: string, change: FileChange): boolean {
    const engine = this.host.engine();
    if (this.isGlossary(file) || this.glossaryFiles.has(file)) {
      if (change === 'deleted') this.dropGlossary(file);
      else this.loadGlossary(file);
    } else if (this.isCorpus(file) || this.corpusFiles.has(file)) {
      if (change === 'deleted') {
        engine.removeCorpus(file);
        this.forgetCorpus(file);
      } else if (this.loadCorpus(file) === 'full') {
        const { limit, value } = this.reachedLimit();
        this.host.warn(`Corpus file ${file} skipped: the user corpus has reached its limit of ${value} ${limit}`);
      }
    } else return false;
    this.host.changed();
    return true;
  }

  /** Reads a corpus file into the engine; a new file that would pass a limit is left out. */
  private loadCorpus(file: string): 'loaded' | 'skipped' | 'full' {
    const known = this.corpusFiles.has(file);
    if (!known && this.corpusFiles.size >= this.limits.files) return 'full';
    const read = readTextFile(file);
    if (!read.ok) {
      this.host.warn(`Corpus file ${file} skipped: ${read.reason}`);
      this.problems.push({ file, reason: read.reason });
      return 'skipped';
    }
    const bytes = Buffer.byteLength(read.text);
    const engine = this.host.engine();
    this.forgetCorpus(file);
    if (this.corpusBytes + bytes > this.limits.bytes) {
      // A file grown past the limit is dropped rather than kept in its old, stale form.
      if (known) engine.removeCorpus(file);
      return 'full';
    }
    engine.setCorpus({ id: file, text: read.text });
    this.corpusFiles.set(file, bytes);
    this.corpusBytes += bytes;
    return 'loaded';
  }

  private loadGlossary(file: string): void {
    const read = readGlossaryFile(file);
    if (!read.ok) {
      this.host.warn(`Glossary ${file} skipped: ${read.reason}`);
      this.problems.push({ file, reason: read.reason });
      return;
    }
    const problems: GlossaryProblem[] = this.host.engine().setGlossary(read.source);
    for (const problem of problems) this.host.warn(`${file}: ${problem.path}: ${problem.message}`);
    this.host.glossaryChecked?.(file, read.text, problems);
    this.glossaryFiles.add(file);
  }

  private dropGlossary(file: string): void {
    this.host.engine().removeGlossary(file);
    this.glossaryFiles.delete(file);
    this.host.glossaryChecked?.(file, '', []);
  }
}
