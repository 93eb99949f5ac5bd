import * as fs from 'node:fs';
import * as path from 'node:path';

interface IgnoreRule {
  readonly regex: RegExp;
  readonly negated: boolean;
  readonly directoryOnly: boolean;
}

/** The patterns of one `.gitignore` (or of the `ignore` list in `tifa.json`), relative to `base`. */
export class IgnoreRules {
  private readonly rules: IgnoreRule[];

  constructor(
    readonly base: string,
    patterns: readonly string[],
  ) {
    this.rules = patterns.map(compileIgnorePattern).filter((rule): rule is IgnoreRule => rule !== undefined);
  }

  get size(): number {
    return this.rules.length;
  }

  /** True (ignored), false (re-included by `!`) or undefined (no pattern speaks of it); the last match wins. */
  match(absolute: string, isDirectory: boolean): boolean | undefined {
    const relative = path.relative(this.base, absolute).split(path.sep).join('/');
    if (relative === '' || relative.startsWith('../') || relative === '..' || path.isAbsolute(relative)) return undefined;
    let verdict: boolean | undefined;
    for (const rule of this.rules) {
      if (rule.directoryOnly && !isDirectory) continue;
      if (rule.regex.test(relative)) verdict = !rule.negated;
    }
    return verdict;
  }
}

/** Compiles one gitignore line; blank lines and comments give undefined. */
export function compileIgnorePattern(line: string): IgnoreRule | undefined {
  let pattern = line.replace(/(?<!\\)\s+$/u, '');
  if (pattern === '' || pattern.startsWith('#')) return undefined;
  let negated = false;
  if (pattern.startsWith('!')) {
    negated = true;
    pattern = pattern.slice(1);
  } else if (pattern.startsWith('\\!') || pattern.startsWith('\\#')) pattern = pattern.slice(1);
  const directoryOnly = pattern.endsWith('/');
  if (directoryOnly) pattern = pattern.replace(/\/+$/u, '');
  if (pattern === '') return undefined;
  // A slash at the start or in the middle anchors the pattern to its folder; otherwise it matches at any depth.
  const anchored = pattern.includes('/');
  if (pattern.startsWith('/')) pattern = pattern.slice(1);
  const body = ignoreGlobToSource(pattern);
  return { regex: new RegExp(`^${anchored ? '' : '(?:.*/)?'}${body}$`, 'u'), negated, directoryOnly };
}

/** gitignore's glob dialect: `*` and `?` stay within a folder, `**` crosses folders, `[...]` is a class. */
function ignoreGlobToSource(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '\\' && i + 1 < glob.length) {
      out += escapeRegExp(glob[++i]);
    } else if (ch === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const atEnd = i + 2 === glob.length;
        if (atStart && glob[i + 2] === '/') {
          out += '(?:.*/)?';
          i += 2;
        } else if (atStart && atEnd) {
          out += '.*';
          i += 1;
        } else {
          out += '[^/]*';
          i += 1;
        }
      } else out += '[^/]*';
    } else if (ch === '?') out += '[^/]';
    else if (ch === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) out += '\\[';
      else {
        let inner = glob.slice(i + 1, close);
        if (inner.startsWith('!')) inner = `^${inner.slice(1)}`;
        out += `[${inner.replace(/\\/gu, '\\\\')}]`;
        i = close;
      }
    } else out += escapeRegExp(ch);
  }
  return out;
}

function escapeRegExp(ch: string): string {
  return ch.replace(/[.+^${}()|[\]\\*?/]/gu, '\\$&');
}

/**
 * Decides whether a path is ignored by the `.gitignore` files between it and the top of its
 * git repository, and by extra rules such as the `ignore` list of the governing `tifa.json`,
 * which are consulted last and so win. A file inside an ignored folder stays ignored, as in git.
 */
export class IgnoreFilter {
  private readonly gitLayers = new Map<string, readonly IgnoreRules[]>();
  private readonly folderVerdicts = new Map<string, boolean>();

  constructor(private readonly extraRules: (folder: string) => IgnoreRules | undefined = () => undefined) {}

  ignores(target: string, isDirectory: boolean): boolean {
    const absolute = path.resolve(target);
    const parent = path.dirname(absolute);
    if (parent !== absolute && this.ignoresFolder(parent)) return true;
    return this.decide(absolute, isDirectory);
  }

  private ignoresFolder(folder: string): boolean {
    const cached = this.folderVerdicts.get(folder);
    if (cached !== undefined) return cached;
    const parent = path.dirname(folder);
    const verdict = !isTopFolder(folder) && parent !== folder && (this.ignoresFolder(parent) || this.decide(folder, true));
    this.folderVerdicts.set(folder, verdict);
    return verdict;
  }

  private decide(target: string, isDirectory: boolean): boolean {
    const folder = path.dirname(target);
    let verdict = false;
    const extra = this.extraRules(folder);
    for (const layer of extra ? [...this.gitignoresOver(folder), extra] : this.gitignoresOver(folder)) {
      const match = layer.match(target, isDirectory);
      if (match !== undefined) verdict = match;
    }
    return verdict;
  }

  /** The `.gitignore` rules that govern the entries of `folder`, outermost first. */
  private gitignoresOver(folder: string): readonly IgnoreRules[] {
    const cached = this.gitLayers.get(folder);
    if (cached) return cached;
    const parent = path.dirname(folder);
    const outer = isTopFolder(folder) || parent === folder ? [] : this.gitignoresOver(parent);
    const own = readGitignore(folder);
    const layers = own ? [...outer, own] : outer;
    this.gitLayers.set(folder, layers);
    return layers;
  }
}

/** A folder holding `.git` is the top of a repository: `.gitignore` files above it do not apply. */
function isTopFolder(folder: string): boolean {
  return fs.existsSync(path.join(folder, '.git'));
}

function readGitignore(folder: string): IgnoreRules | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(folder, '.gitignore'), 'utf8');
  } catch {
    return undefined;
  }
  const rules = new IgnoreRules(folder, text.split(/\r?\n/u));
  return rules.size > 0 ? rules : undefined;
}
