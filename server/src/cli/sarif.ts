import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, RelatedLocation, RuleInfo, Severity, Span } from '../engine';
import { placeOf, type CheckedDocument } from './document';

/** The subset of SARIF 2.1.0 that Tifa writes. */
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

interface SarifRun {
  tool: { driver: { name: string; version: string; semanticVersion: string; informationUri?: string; rules: SarifRule[] } };
  originalUriBaseIds: Record<string, { uri: string }>;
  columnKind: 'utf16CodeUnits';
  artifacts: { location: ArtifactLocation; mimeType: string }[];
  results: SarifResult[];
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  defaultConfiguration: { level: SarifLevel; enabled: boolean };
  properties: { tags: string[] };
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
  index?: number;
}

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  snippet: { text: string };
}

interface SarifPhysicalLocation {
  artifactLocation: ArtifactLocation;
  region: SarifRegion;
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: { physicalLocation: SarifPhysicalLocation }[];
  relatedLocations?: { id: number; physicalLocation: SarifPhysicalLocation; message: { text: string } }[];
  fixes?: SarifFix[];
}

interface SarifFix {
  description: { text: string };
  artifactChanges: { artifactLocation: ArtifactLocation; replacements: { deletedRegion: SarifRegion; insertedContent: { text: string } }[] }[];
}

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
const MIME: Record<CheckedDocument['kind'], string> = {
  text: 'text/plain',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function sarifLevel(severity: Severity | 'off'): SarifLevel {
  if (severity === 'error') return 'error';
  if (severity === 'warning') return 'warning';
  if (severity === 'off') return 'none';
  return 'note';
}

/**
 * A SARIF 2.1.0 log with one run: rule metadata from the engine, paths relative to the
 * working folder (`%SRCROOT%`, which GitHub code scanning takes as the repository root) and
 * regions in UTF-16 columns. In a Word document the line is the paragraph number.
 */
export function toSarif(documents: readonly CheckedDocument[], rules: readonly RuleInfo[], version: string, cwd: string): SarifLog {
  const ruleIndex = new Map<string, number>();
  const sarifRules: SarifRule[] = [];
  const addRule = (code: string, description: string, severity: Severity | 'off') => {
    ruleIndex.set(code, sarifRules.length);
    sarifRules.push({
      id: code,
      name: ruleName(code),
      shortDescription: { text: description },
      defaultConfiguration: { level: sarifLevel(severity), enabled: severity !== 'off' },
      properties: { tags: ['chinese', 'writing'] },
    });
  };
  for (const rule of rules) addRule(rule.code, rule.description, rule.defaultSeverity);
  const results: SarifResult[] = [];
  const artifacts = documents.map((document, index) => ({ location: { ...artifactLocation(document, cwd), index }, mimeType: MIME[document.kind] }));
  documents.forEach((document, index) => {
    const location = artifacts[index].location;
    for (const finding of document.findings) {
      if (!ruleIndex.has(finding.code)) addRule(finding.code, finding.code, finding.severity);
      results.push(toResult(document, location, finding, ruleIndex.get(finding.code)!));
    }
  });
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'tifa', version, semanticVersion: version, rules: sarifRules } },
        originalUriBaseIds: { [SRCROOT]: { uri: folderUri(cwd) } },
        columnKind: 'utf16CodeUnits',
        artifacts,
        results,
      },
    ],
  };
}

function toResult(document: CheckedDocument, location: ArtifactLocation, finding: Finding, index: number): SarifResult {
  const result: SarifResult = {
    ruleId: finding.code,
    ruleIndex: index,
    level: sarifLevel(finding.severity),
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: location, region: region(document, finding.span) } }],
  };
  const related = (finding.related ?? []).filter((r: RelatedLocation) => !r.source);
  if (related.length > 0) {
    result.relatedLocations = related.map((r, id) => ({
      id,
      physicalLocation: { artifactLocation: location, region: region(document, r.span) },
      message: { text: r.message },
    }));
  }
  // A Word document is not rewritten (its lines are paragraphs): its findings carry no fixes.
  if (document.kind === 'text' && finding.fixes && finding.fixes.length > 0) {
    result.fixes = finding.fixes.map((fix) => ({
      description: { text: fix.title },
      artifactChanges: [
        {
          artifactLocation: location,
          replacements: fix.edits.map((edit) => ({ deletedRegion: region(document, edit.span), insertedContent: { text: edit.newText } })),
        },
      ],
    }));
  }
  return result;
}

function region(document: CheckedDocument, span: Span): SarifRegion {
  const start = placeOf(document, span.start);
  const end = placeOf(document, span.end);
  return {
    startLine: start.line,
    startColumn: start.column,
    endLine: end.line,
    endColumn: end.column,
    snippet: { text: document.text.slice(span.start, span.end) },
  };
}

function artifactLocation(document: CheckedDocument, cwd: string): ArtifactLocation {
  const relative = path.relative(cwd, document.file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(document.file).toString() };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function folderUri(folder: string): string {
  const uri = pathToFileURL(folder).toString();
  return uri.endsWith('/') ? uri : `${uri}/`;
}

/** `duplicate-sentence` → `DuplicateSentence`, the PascalCase name SARIF viewers show beside the id. */
export function ruleName(code: string): string {
  return code
    .split(/[^A-Za-z0-9]+/u)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
}
