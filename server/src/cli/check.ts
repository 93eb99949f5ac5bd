import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeFiles } from './analyze';
import type { CheckOptions } from './args';
import { COLORS, NO_COLORS, useColor } from './color';
import { countFindings, type CheckedDocument } from './document';
import { writeJson } from './format';
import { collectInputs, kindOf } from './inputs';
import type { CommandContext } from './io';
import { startProgress } from './progress';
import { toSarif } from './sarif';
import { formatText, FINDINGS_SHOWN_PER_CODE } from './text-format';

/** `tifa check`: exit status 0 clean, 1 errors or too many warnings, 2 usage or input problems. */
export async function runCheck(options: CheckOptions, context: CommandContext): Promise<number> {
  const { io, cwd, t, discovery } = context;
  if (!discovery.usable) return 2;
  const { progress, warn } = startProgress(io);
  const { files, missing } = collectInputs(options.paths, cwd, discovery);
  let status = 0;
  for (const pattern of missing) {
    warn(t('noMatch', { pattern }));
    status = 2;
  }
  if (options.fix) {
    const words = files.filter((file) => kindOf(file) === 'docx');
    if (words.length > 0) {
      warn(t('docxNoFix', { files: words.map((file) => path.relative(cwd, file) || file).join(', ') }));
      return 2;
    }
  }
  const { documents, unreadable } = await analyzeFiles(files, { cwd, fix: options.fix, discovery, progress, t, warn });
  if (unreadable > 0) status = 2;
  const shown = options.quiet ? documents.map((d) => ({ ...d, findings: d.findings.filter((f) => f.severity === 'error') })) : documents;
  writeFindings(options, context, shown);
  const counts = countFindings(documents);
  if (!options.quiet && options.format === 'text') {
    io.err(`tifa: ${t('summary', { files: documents.length, errors: counts.errors, warnings: counts.warnings, infos: counts.infos })}`);
  }
  const tooManyWarnings = options.maxWarnings !== undefined && counts.warnings > options.maxWarnings;
  if (tooManyWarnings) io.err(`tifa: ${t('tooManyWarnings', { warnings: counts.warnings, max: options.maxWarnings! })}`);
  if (status === 0 && (counts.errors > 0 || tooManyWarnings)) status = 1;
  return status;
}

function writeFindings(options: CheckOptions, context: CommandContext, documents: CheckedDocument[]): void {
  const { io, cwd, discovery, version } = context;
  if (options.format === 'json') {
    const files = documents.map((d) => ({ file: d.display, quotedUri: JSON.stringify(pathToFileURL(d.file).toString()), lines: d.lines, findings: d.findings }));
    writeJson(files, (lines) => io.out(lines));
  } else if (options.format === 'sarif') {
    io.out(JSON.stringify(toSarif(documents, discovery.rules(), version, cwd), null, 2));
  } else {
    const colored = useColor(options.color, io.stdoutIsTTY ?? false, io.env ?? {});
    const limit = options.all ? Infinity : FINDINGS_SHOWN_PER_CODE;
    for (const line of formatText(documents, colored ? COLORS : NO_COLORS, colored, discovery.locale, limit)) io.out(line);
  }
}
