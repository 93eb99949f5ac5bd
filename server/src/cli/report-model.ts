import type { OverlapReport, RuleInfo, Severity, Span, TermEntry } from '../engine';
import type { CheckedDocument } from './document';

/** A run of one line of text covered by the same findings and the same known term. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  /** Indexes into the document's findings. */
  readonly findings: readonly number[];
  /** Index into the report's slogans. */
  readonly term?: number;
}

export interface ReportLine {
  readonly number: number;
  readonly segments: readonly Segment[];
  /** Findings of no width (a missing character) at this offset, shown as a marker. */
  readonly points: readonly { offset: number; finding: number }[];
}

export interface SloganUse {
  readonly entry: TermEntry;
  readonly count: number;
}

export interface RuleCount {
  readonly code: string;
  readonly description: string;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  readonly total: number;
}

export interface ReportDocument {
  readonly document: CheckedDocument;
  readonly lines: readonly ReportLine[];
  /** 查重: how much of the document matches each corpus source. */
  readonly overlap: OverlapReport;
}

export interface ReportModel {
  readonly documents: readonly ReportDocument[];
  readonly slogans: readonly SloganUse[];
  readonly rules: readonly RuleCount[];
}

/** Everything the HTML report shows, computed from the checked documents and the knowledge base. */
export function buildReportModel(
  documents: readonly CheckedDocument[],
  glossary: readonly TermEntry[],
  rules: readonly RuleInfo[],
  overlapOf: (document: CheckedDocument) => OverlapReport,
): ReportModel {
  const finder = new TermFinder(glossary);
  const slogans: SloganUse[] = [];
  const sloganIndex = new Map<string, number>();
  const laidOut = documents.map((document) => {
    const terms = finder.find(document.text).map(({ entry, span }) => {
      let index = sloganIndex.get(entry.term);
      if (index === undefined) {
        index = slogans.length;
        sloganIndex.set(entry.term, index);
        slogans.push({ entry, count: 0 });
      }
      slogans[index] = { entry, count: slogans[index].count + 1 };
      return { span, index };
    });
    return { document, lines: layoutLines(document, terms), overlap: overlapOf(document) };
  });
  const order = slogans.map((_, i) => i).sort((a, b) => slogans[b].count - slogans[a].count || a - b);
  const renumber = new Map(order.map((old, position) => [old, position]));
  return {
    documents: laidOut.map(({ document, lines, overlap }) => ({
      document,
      overlap,
      lines: lines.map((line) => ({
        ...line,
        segments: line.segments.map((s) => (s.term === undefined ? s : { ...s, term: renumber.get(s.term)! })),
      })),
    })),
    slogans: order.map((i) => slogans[i]),
    rules: countRules(documents, rules),
  };
}

function layoutLines(document: CheckedDocument, terms: readonly { span: Span; index: number }[]): ReportLine[] {
  const { lines, findings } = document;
  const out: ReportLine[] = [];
  const points = new Map<number, { offset: number; finding: number }[]>();
  findings.forEach((f, i) => {
    if (f.span.start !== f.span.end) return;
    const line = lines.positionAt(f.span.start).line;
    points.set(line, [...(points.get(line) ?? []), { offset: f.span.start, finding: i }]);
  });
  let termAt = 0;
  for (let line = 0; line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const end = lines.lineEnd(line);
    const covering = findings.map((f, i) => ({ f, i })).filter(({ f }) => f.span.start < end && f.span.end > start && f.span.end > f.span.start);
    while (termAt < terms.length && terms[termAt].span.end <= start) termAt++;
    const lineTerms: { span: Span; index: number }[] = [];
    for (let k = termAt; k < terms.length && terms[k].span.start < end; k++) lineTerms.push(terms[k]);
    const cuts = new Set<number>([start, end]);
    for (const { f } of covering) cuts.add(Math.max(start, f.span.start)).add(Math.min(end, f.span.end));
    for (const term of lineTerms) cuts.add(Math.max(start, term.span.start)).add(Math.min(end, term.span.end));
    const sorted = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let p = 0; p + 1 < sorted.length; p++) {
      const [a, b] = [sorted[p], sorted[p + 1]];
      const term = lineTerms.find((t) => t.span.start <= a && t.span.end >= b);
      segments.push({
        start: a,
        end: b,
        findings: covering.filter(({ f }) => f.span.start <= a && f.span.end >= b).map(({ i }) => i),
        term: term?.index,
      });
    }
    out.push({ number: line + 1, segments, points: points.get(line) ?? [] });
  }
  return out;
}

/** Longest-first, left-to-right occurrences of known terms, not overlapping. */
export class TermFinder {
  private readonly byFirst = new Map<string, TermEntry[]>();

  constructor(glossary: readonly TermEntry[]) {
    for (const entry of glossary) {
      if (entry.term.length < 2) continue;
      const list = this.byFirst.get(entry.term[0]) ?? [];
      list.push(entry);
      this.byFirst.set(entry.term[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.term.length - a.term.length);
  }

  find(text: string): { entry: TermEntry; span: Span }[] {
    const found: { entry: TermEntry; span: Span }[] = [];
    for (let i = 0; i < text.length; ) {
      const hit = this.byFirst.get(text[i])?.find((entry) => text.startsWith(entry.term, i));
      if (hit) {
        found.push({ entry: hit, span: { start: i, end: i + hit.term.length } });
        i += hit.term.length;
      } else i++;
    }
    return found;
  }
}

function countRules(documents: readonly CheckedDocument[], rules: readonly RuleInfo[]): RuleCount[] {
  const counts = new Map<string, Record<Severity, number>>();
  const empty = (): Record<Severity, number> => ({ error: 0, warning: 0, info: 0, hint: 0 });
  for (const rule of rules) counts.set(rule.code, empty());
  for (const document of documents) {
    for (const finding of document.findings) {
      const entry = counts.get(finding.code) ?? empty();
      entry[finding.severity]++;
      counts.set(finding.code, entry);
    }
  }
  const descriptions = new Map(rules.map((r) => [r.code, r.description]));
  return [...counts.entries()]
    .map(([code, bySeverity]) => ({
      code,
      description: descriptions.get(code) ?? code,
      bySeverity,
      total: bySeverity.error + bySeverity.warning + bySeverity.info + bySeverity.hint,
    }))
    .sort((a, b) => b.total - a.total || (a.code < b.code ? -1 : 1));
}
