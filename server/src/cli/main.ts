#!/usr/bin/env node
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createEngine, localeFrom, LineIndex, type Engine } from '../engine';
import { loadBuiltinCorpus } from '../node/builtin';
import { emptyConfig, findConfigFolder, loadConfig, parseConfig, type WorkspaceConfig } from '../node/config';
import { expandPaths } from '../node/files';
import { readTextFile, writeFileAtomic } from '../node/read';
import { loadJieba } from '../node/jieba';
import { HELP, parseArgs, UsageError, type CheckOptions } from './args';
import { formatTextLine, toJsonDiagnostic, type JsonDiagnostic } from './format';
import * as fs from 'node:fs';

const EXCERPT_LENGTH = 60;

interface Io {
  out(line: string): void;
  err(line: string): void;
}

/** Runs the CLI and returns its exit status. */
export function run(argv: readonly string[], io: Io, cwd = process.cwd()): number {
  let command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`tifa: ${error.message}`);
      return 2;
    }
    throw error;
  }
  if (command.kind === 'help') {
    io.out(command.topic === 'check' ? HELP.check : HELP.main);
    return 0;
  }
  if (command.kind === 'version') {
    io.out(VERSION);
    return 0;
  }
  return check(command.options, io, cwd);
}

declare const __TIFA_VERSION__: string;
const VERSION = typeof __TIFA_VERSION__ === 'string' ? __TIFA_VERSION__ : '0.0.0';

function loadWorkspaceConfig(options: CheckOptions, cwd: string, io: Io): { config: WorkspaceConfig; folder: string } | undefined {
  if (options.config) {
    const file = path.resolve(cwd, options.config);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      io.err(`tifa: cannot read config file ${options.config}`);
      return undefined;
    }
    const { config, problems } = parseConfig(text);
    for (const p of problems) io.err(`tifa: ${options.config}: ${p.message}`);
    return { config, folder: path.dirname(file) };
  }
  const folder = findConfigFolder(cwd);
  if (!folder) return { config: emptyConfig(), folder: cwd };
  const loaded = loadConfig(folder);
  for (const p of loaded.problems) io.err(`tifa: ${path.relative(cwd, loaded.file ?? folder) || 'tifa.json'}: ${p.message}`);
  return { config: loaded.config, folder };
}

function buildEngine(config: WorkspaceConfig, folder: string, locale: string | undefined, io: Io): Engine {
  const engine = createEngine({
    corpora: loadBuiltinCorpus(),
    config: { locale: localeFrom(locale ?? process.env.LC_ALL ?? process.env.LC_MESSAGES ?? process.env.LANG), rules: config.rules },
  });
  const { files, missing } = expandPaths(config.corpus, folder);
  for (const pattern of missing) io.err(`tifa: corpus pattern "${pattern}" in tifa.json matches no file`);
  for (const file of files) {
    const read = readTextFile(file);
    if (read.ok) engine.setCorpus({ id: file, text: read.text });
    else io.err(`tifa: corpus file ${file} skipped: ${read.reason}`);
  }
  const { segmenter } = loadJieba();
  if (segmenter) engine.setSegmenter(segmenter);
  return engine;
}

function check(options: CheckOptions, io: Io, cwd: string): number {
  const workspace = loadWorkspaceConfig(options, cwd, io);
  if (!workspace) return 2;
  const { files, missing } = expandPaths(options.paths, cwd);
  let status = 0;
  for (const pattern of missing) {
    io.err(`tifa: ${pattern}: no such file or no match`);
    status = 2;
  }
  const engine = buildEngine(workspace.config, workspace.folder, options.locale, io);
  const json: { file: string; diagnostics: JsonDiagnostic[] }[] = [];
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    const display = path.relative(cwd, file) || file;
    const read = readTextFile(file);
    if (!read.ok) {
      io.err(`tifa: ${display}: ${read.reason}`);
      status = 2;
      continue;
    }
    let text = read.text;
    if (options.fix) {
      const fixed = engine.fixAll(text);
      if (fixed.text !== text) {
        writeFileAtomic(file, fixed.text);
        io.err(`tifa: ${display}: applied ${fixed.applied} fix${fixed.applied === 1 ? '' : 'es'}`);
        text = fixed.text;
      }
    }
    const findings = engine.analyze(text);
    const lines = new LineIndex(text);
    for (const finding of findings) {
      if (finding.severity === 'error') errors++;
      else if (finding.severity === 'warning') warnings++;
    }
    if (options.format === 'json') {
      const uri = pathToFileURL(file).toString();
      json.push({ file: display, diagnostics: findings.map((f) => toJsonDiagnostic(lines, uri, f)) });
    } else {
      for (const finding of findings) {
        io.out(formatTextLine(display, lines, finding));
        io.out(`    ${excerpt(text.slice(finding.span.start, finding.span.end))}`);
      }
    }
  }
  if (options.format === 'json') io.out(JSON.stringify(json, null, 2));
  else io.err(`tifa: ${files.length} file${files.length === 1 ? '' : 's'} checked, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  if (status === 0 && errors > 0) status = 1;
  return status;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/gu, ' ');
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat;
}

if (require.main === module) {
  process.exitCode = run(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
}
