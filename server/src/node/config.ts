import * as fs from 'node:fs';
import * as path from 'node:path';
import type { GongwenSetting, SeveritySetting } from '../engine';
import { isFullDate } from '../engine/document/date';

export const CONFIG_FILE = 'tifa.json';

/** The contents of `tifa.json`. */
export interface WorkspaceConfig {
  corpus: string[];
  glossary: string[];
  rules: Record<string, SeveritySetting>;
  /** gitignore-style patterns, relative to the folder of `tifa.json`, of files the CLI skips. */
  ignore: string[];
  /** Where the 公文 format rules run besides .policy documents; absent: the engine's default. */
  gongwen?: GongwenSetting;
  /** The date (YYYY-MM-DD) of documents without a 成文日期 line of their own. */
  documentDate?: string;
}

export interface ConfigProblem {
  readonly message: string;
  /** UTF-16 offset into the file where the problem is, if known. */
  readonly offset?: number;
}

export interface LoadedConfig {
  readonly config: WorkspaceConfig;
  readonly problems: readonly ConfigProblem[];
  /** The file read, if there was one. */
  readonly file?: string;
}

const SEVERITIES = new Set(['off', 'info', 'warning', 'error', 'hint']);
const KNOWN_KEYS = new Set(['$schema', 'corpus', 'glossary', 'rules', 'ignore', 'gongwen', 'documentDate']);
const GONGWEN_SETTINGS = new Set(['auto', 'on', 'off']);

export function emptyConfig(): WorkspaceConfig {
  return { corpus: [], glossary: [], rules: {}, ignore: [] };
}

/** Parses and validates the text of a `tifa.json`; never throws. */
export function parseConfig(text: string): { config: WorkspaceConfig; problems: ConfigProblem[] } {
  const config = emptyConfig();
  const problems: ConfigProblem[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\ufeff/u, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/u.exec(message);
    problems.push({ message: `tifa.json is not valid JSON: ${message}`, offset: at ? Number(at[1]) : 0 });
    return { config, problems };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push({ message: 'tifa.json must contain a JSON object', offset: 0 });
    return { config, problems };
  }
  const object = raw as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    if (!KNOWN_KEYS.has(key)) {
      problems.push({ message: `Unknown key "${key}" in tifa.json (known: corpus, glossary, rules, ignore, gongwen, documentDate)`, offset: keyOffset(text, key) });
    }
  }
  for (const key of ['corpus', 'glossary', 'ignore'] as const) {
    const value = object[key];
    if (value === undefined) continue;
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) config[key] = value;
    else problems.push({ message: `"${key}" in tifa.json must be an array of strings`, offset: keyOffset(text, key) });
  }
  const gongwen = object.gongwen;
  if (gongwen !== undefined) {
    if (typeof gongwen === 'string' && GONGWEN_SETTINGS.has(gongwen)) config.gongwen = gongwen as GongwenSetting;
    else problems.push({ message: '"gongwen" in tifa.json must be one of auto, on, off', offset: keyOffset(text, 'gongwen') });
  }
  const documentDate = object.documentDate;
  if (documentDate !== undefined) {
    if (typeof documentDate === 'string' && isFullDate(documentDate)) config.documentDate = documentDate;
    else problems.push({ message: '"documentDate" in tifa.json must be a date written YYYY-MM-DD', offset: keyOffset(text, 'documentDate') });
  }
  const rules = object.rules;
  if (rules !== undefined) {
    if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
      problems.push({ message: '"rules" in tifa.json must be an object of rule codes to severities', offset: keyOffset(text, 'rules') });
    } else {
      for (const [code, severity] of Object.entries(rules)) {
        if (typeof severity === 'string' && SEVERITIES.has(severity)) config.rules[code] = severity as SeveritySetting;
        else problems.push({ message: `Rule "${code}" in tifa.json: severity must be one of off, hint, info, warning, error`, offset: keyOffset(text, code) });
      }
    }
  }
  return { config, problems };
}

function keyOffset(text: string, key: string): number | undefined {
  const at = text.indexOf(`"${key}"`);
  return at >= 0 ? at : undefined;
}

/** Today in the local time zone, YYYY-MM-DD: the date of a document that names none. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Reads and parses a `tifa.json` (whatever its name); undefined when it cannot be read. */
export function readConfigFile(file: string): LoadedConfig | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  return { ...parseConfig(text), file };
}

/** Reads `tifa.json` from a folder, if present. */
export function loadConfig(folder: string): LoadedConfig {
  return readConfigFile(path.join(folder, CONFIG_FILE)) ?? { config: emptyConfig(), problems: [] };
}

/** Walks up from `start` to the nearest folder holding a `tifa.json`. */
export function findConfigFolder(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(dir, CONFIG_FILE))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
