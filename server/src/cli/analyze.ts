import * as path from 'node:path';
import { documentKind, LineIndex } from '../engine';
import { writeFileAtomic } from '../node/read';
import type { Discovery } from './discovery';
import type { CheckedDocument } from './document';
import { kindOf, readInput } from './inputs';
import type { CliTranslate } from './messages';
import type { Progress } from './progress';

export interface AnalyzeOptions {
  readonly cwd: string;
  readonly fix: boolean;
  readonly discovery: Discovery;
  readonly progress: Progress;
  readonly t: CliTranslate;
  /** A line for stderr; the progress line is cleared first. */
  readonly warn: (message: string) => void;
}

/** Reads, fixes (text files only) and analyses each file with the engine of its `tifa.json`. */
export async function analyzeFiles(files: readonly string[], options: AnalyzeOptions): Promise<{ documents: CheckedDocument[]; unreadable: number }> {
  const { cwd, discovery, progress, t, warn } = options;
  const documents: CheckedDocument[] = [];
  let unreadable = 0;
  for (const [index, file] of files.entries()) {
    const display = path.relative(cwd, file) || file;
    progress.update(t('progress', { done: index + 1, total: files.length, file: display }));
    const kind = kindOf(file);
    const read = await readInput(file);
    if (!read.ok) {
      warn(t('unreadable', { file: display, reason: read.reason }));
      unreadable++;
      continue;
    }
    const engine = discovery.engineFor(discovery.scopeFor(file), (message) => progress.update(message));
    let text = read.text;
    const documentOptions = { kind: documentKind(path.extname(file)) };
    if (options.fix && kind === 'text') {
      const fixed = engine.fixAll(text, documentOptions);
      if (fixed.text !== text) {
        writeFileAtomic(file, fixed.text);
        const codes = Object.entries(fixed.byCode).map(([code, count]) => `${code} ×${count}`).join(', ');
        warn(t('fixed', { file: display, count: fixed.applied, codes }));
        text = fixed.text;
      }
    }
    documents.push({ file, display, kind, text, lines: new LineIndex(text), findings: engine.analyze(text, documentOptions) });
  }
  progress.clear();
  return { documents, unreadable };
}
