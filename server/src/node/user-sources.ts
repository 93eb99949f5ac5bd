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

export interface UserSourcesHost {
  readonly engine: () => Engine;
  readonly warn: (message: string) => void;
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
  private readonly corpusFiles = new Set<string>();
  private readonly glossaryFiles = new Set<string>();
  private generation = 0;
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly host: UserSourcesHost) {}

  /** Files currently indexed. */
  get files(): { corpus: string[]; glossary: string[] } {
    return { corpus: [...this.corpusFiles], glossary: [...this.glossaryFiles] };
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
    const glossary = expandPaths(patterns.glossary, base);
    for (const pattern of [...corpus.missing, ...glossary.missing]) this.host.warn(`Pattern "${pattern}" matches no file`);
    const engine = this.host.engine();
    let changed = false;
    for (const file of [...this.corpusFiles]) {
      if (!corpus.files.includes(file)) {
        engine.removeCorpus(file);
        this.corpusFiles.delete(file);
        changed = true;
      }
    }
    for (const file of [...this.glossaryFiles]) {
      if (!glossary.files.includes(file)) {
        this.dropGlossary(file);
        changed = true;
      }
    }
    for (const file of glossary.files) {
      if (this.glossaryFiles.has(file)) continue;
      this.loadGlossary(file);
      changed = true;
    }
    for (const file of corpus.files) {
      if (this.corpusFiles.has(file)) continue;
      await nextTurn();
      if (generation !== this.generation) return;
      this.loadCorpus(file);
      changed = true;
    }
    if (changed) this.host.changed();
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
        this.corpusFiles.delete(file);
      } else this.loadCorpus(file);
    } else return false;
    this.host.changed();
    return true;
  }

  private loadCorpus(file: string): void {
    const read = readTextFile(file);
    if (!read.ok) {
      this.host.warn(`Corpus file ${file} skipped: ${read.reason}`);
      return;
    }
    this.host.engine().setCorpus({ id: file, text: read.text });
    this.corpusFiles.add(file);
  }

  private loadGlossary(file: string): void {
    const read = readGlossaryFile(file);
    if (!read.ok) {
      this.host.warn(`Glossary ${file} skipped: ${read.reason}`);
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
