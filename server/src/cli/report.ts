import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic } from '../node/read';
import { analyzeFiles } from './analyze';
import type { ReportOptions } from './args';
import { collectInputs } from './inputs';
import type { CommandContext } from './io';
import { startProgress } from './progress';
import { renderReport } from './report-html';
import { buildReportModel } from './report-model';

/** `tifa report`: one self-contained HTML page; exit status 0 when written, 2 otherwise. */
export async function runReport(options: ReportOptions, context: CommandContext): Promise<number> {
  const { io, cwd, t, discovery, version } = context;
  if (!discovery.usable) return 2;
  const { progress, warn } = startProgress(io);
  const { files, missing } = collectInputs(options.paths, cwd, discovery);
  for (const pattern of missing) warn(t('noMatch', { pattern }));
  const { documents, unreadable } = await analyzeFiles(files, { cwd, fix: false, discovery, progress, t, warn });
  if (missing.length > 0 || unreadable > 0) return 2;
  const engineOf = (file: string) => discovery.engineFor(discovery.scopeFor(file));
  const engines = new Set(documents.map((d) => engineOf(d.file)));
  const glossary = [...new Map([...engines].flatMap((e) => e.glossary()).map((entry) => [entry.term, entry])).values()];
  const model = buildReportModel(documents, glossary, discovery.rules(), (d) => engineOf(d.file).overlap(d.text));
  const html = renderReport(model, { locale: discovery.locale, version, date: new Date().toISOString().slice(0, 16).replace('T', ' ') });
  if (options.output === '-') {
    io.out(html);
    return 0;
  }
  const target = path.resolve(cwd, options.output);
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    writeFileAtomic(target, html);
  } catch (error) {
    warn(t('reportUnwritable', { file: options.output, reason: error instanceof Error ? error.message : String(error) }));
    return 2;
  }
  io.err(`tifa: ${t('reportWritten', { file: path.relative(cwd, target) || target })}`);
  return 0;
}
