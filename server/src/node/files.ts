import * as fs from 'node:fs';
import * as path from 'node:path';

/** File endings Tifa checks when it is given a folder. */
export const TEXT_EXTENSIONS = ['.txt', '.md', '.markdown', '.policy'];
/** Word documents, read (never written) by the CLI. */
export const DOCX_EXTENSION = '.docx';

/** Says whether a path found in a folder or by a glob is skipped, e.g. by `.gitignore`. */
export interface PathFilter {
  ignores(file: string, isDirectory: boolean): boolean;
}

export interface ExpandOptions {
  /** File endings taken from folders (default: TEXT_EXTENSIONS). */
  readonly extensions?: readonly string[];
  /** Applies to what folders and globs turn up; a file named outright is always taken. */
  readonly filter?: PathFilter;
}
/** Dependency and build folders, never searched for drafts. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git', 'dist', 'out']);

/** Converts a glob (`*`, `**`, `?`, `{a,b}`) to an anchored regular expression over `/` paths. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        out += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else {
        out += '[^/]*';
      }
    } else if (ch === '?') out += '[^/]';
    else if (ch === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) out += '\\{';
      else {
        out += `(?:${glob
          .slice(i + 1, close)
          .split(',')
          .map((part) => part.replace(/[.+^${}()|[\]\\*?]/gu, '\\$&'))
          .join('|')})`;
        i = close;
      }
    } else out += ch.replace(/[.+^${}()|[\]\\]/gu, '\\$&');
  }
  return new RegExp(`^${out}$`, 'u');
}

export function isGlob(pattern: string): boolean {
  return /[*?{]/u.test(pattern);
}

/** Every file below `dir` (skipping dependency and build folders, and what `filter` ignores), as absolute paths. */
export function walk(dir: string, limit = 100_000, filter?: PathFilter): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length > 0 && out.length < limit) {
    const current = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.') && !filter?.ignores(full, true)) stack.push(full);
      } else if (entry.isFile() && !filter?.ignores(full, false)) out.push(full);
    }
  }
  return out.sort();
}

/**
 * Expands files, folders and globs (relative to `base`) into files. Folders yield their
 * files with one of `extensions`; a pattern that matches nothing, a folder without such
 * files included, is reported in `missing`.
 */
export function expandPaths(patterns: readonly string[], base: string, options: ExpandOptions = {}): { files: string[]; missing: string[] } {
  const extensions = options.extensions ?? TEXT_EXTENSIONS;
  const files = new Set<string>();
  const missing: string[] = [];
  for (const pattern of patterns) {
    const absolute = path.resolve(base, pattern);
    if (!isGlob(pattern)) {
      let stat: fs.Stats | undefined;
      try {
        stat = fs.statSync(absolute);
      } catch {
        missing.push(pattern);
        continue;
      }
      if (stat.isDirectory()) {
        const before = files.size;
        for (const file of walk(absolute, undefined, options.filter)) if (extensions.includes(path.extname(file).toLowerCase())) files.add(file);
        if (files.size === before) missing.push(pattern);
      } else files.add(absolute);
      continue;
    }
    const normalized = absolute.split(path.sep).join('/');
    const firstGlob = normalized.search(/[*?{]/u);
    const root = normalized.slice(0, normalized.lastIndexOf('/', firstGlob) + 1) || '/';
    const matcher = globToRegExp(normalized);
    const before = files.size;
    for (const file of walk(root, undefined, options.filter)) if (matcher.test(file.split(path.sep).join('/'))) files.add(file);
    if (files.size === before) missing.push(pattern);
  }
  return { files: [...files], missing };
}
