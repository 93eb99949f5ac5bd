/**
 * The Tifa analysis engine: pure functions over text, shared by the language server and
 * the `tifa` CLI. It does no I/O; corpora and the segmenter are handed in.
 */
import { dictionaryWords, KnowledgeBase, mergeEntries, type TermEntry } from './corpus/knowledge';
import { formatCitation, type Citation } from './corpus/citation';
import { mineCorpus } from './corpus/mine';
import { loadGlossary, type GlossaryProblem } from './corpus/glossary';
import { parseDocument } from './document/parse';
import { documentDate, type DocumentDate } from './document/date';
import type { DocumentModel } from './document/model';
import { applyEdits } from './edits';
import { chooseSafeFixes } from './fixes';
import { Suppressions, UNKNOWN_RULE, UNKNOWN_RULE_INFO } from './suppress';
import { completeAt, prepareCompletion, type CompletionResult } from './completion';
import type { SourceInfo, SourceLookup } from './completion-index';
import { hoverAt, describeTerm, type DescribeOptions, type HoverResult } from './hover';
import { outlineDocument, type DocumentOutline } from './outline';
import { engineMessages, type EngineTranslate } from './messages';
import { RULES } from './rules';
import type { PieceRule, Rule } from './rules/rule';
import { cutPieces, PieceCache } from './pieces';
import { gongwenLayout } from './document/gongwen';
import { DuplicateDetector } from './duplicates/detector';
import { keepThisOne } from './duplicates/keep-this-one';
import { overlapReport, type OverlapReport } from './duplicates/overlap';
import type { Segmenter } from './segmenter';
import type { SpellingModel } from './spelling/model';
import type { Finding, Fix, Locale, Severity, SeveritySetting } from './types';

export type { Finding, Fix, Locale, RelatedLocation, Severity, SeveritySetting, Span, TextEdit } from './types';
export type { TermEntry, SourceRef, TermKind } from './corpus/knowledge';
export { sourceLabel } from './corpus/knowledge';
export type { Citation } from './corpus/citation';
export { formatCitation } from './corpus/citation';
export type { DocumentModel, Article, Paragraph, Sentence } from './document/model';
export type { DocumentDate } from './document/date';
export { isFullDate } from './document/date';
export type { HoverResult, DescribeOptions } from './hover';
export type { GlossaryProblem } from './corpus/glossary';
export type { CompletionResult, CompletionCandidate } from './completion';
export type { Segmenter } from './segmenter';
export type { DocumentOutline, OutlineSymbol, OutlineKind, FoldingSpan } from './outline';
export type { OverlapReport, SourceOverlap } from './duplicates/overlap';
export { overlapSummary } from './duplicates/overlap';
export { applyEdits } from './edits';
export { LineIndex, lastAtOrBefore, pushLineStarts } from './text/lines';
export { localeFrom } from './messages';
export { buildCorpusIndex, entriesFromIndex, entriesFromIndexByDigest, type CorpusIndex } from './corpus/prebuilt';
export type { SpellingModel } from './spelling/model';
export { decodeSpellingModel } from './spelling/model';

/**
 * What the knowledge base learns from one corpus source, as `setCorpus` would mine it. A
 * reference text gives slogans and quoted terms but no phrasings: a list that recurs in a
 * government report is its wording of the year, not an order a draft must keep.
 */
export function mineSource(source: { id: string; text: string; reference?: boolean }): TermEntry[] {
  const entries = mineCorpus(parseDocument(source.text), source.id);
  return source.reference ? entries.filter((entry) => entry.kind !== 'phrase') : entries;
}

/** A corpus text handed to the engine. */
export interface CorpusSource {
  /** Stable id: a file path or URI, or `builtin:…` for the embedded corpus. */
  readonly id: string;
  /** The text; empty for a reference text handed in with its `mined` entries, which is never read. */
  readonly text: string;
  /** What mining this text yields, when it was mined ahead of time (the prebuilt index of the embedded corpus). */
  readonly mined?: readonly TermEntry[];
  /** Title, issuing body and date of an official text: hovers cite it so. */
  readonly citation?: Citation;
  /**
   * A reference text (the embedded official texts): it feeds the knowledge base only and is
   * never compared with the document for repeated or overlapping text.
   */
  readonly reference?: boolean;
  /** An official text (a report, a resolution, a constitution): completion ranks the terms it uses higher. */
  readonly official?: boolean;
  /** The date of the text, YYYY-MM-DD: completion ranks recently used terms higher. */
  readonly date?: string;
}

/** The entries of an official text, their sources and definitions cited by its title, issuer and date. */
function citedEntries(entries: readonly TermEntry[], citation: Citation | undefined): TermEntry[] {
  // Entries from the prebuilt index come cited already: copying them again would only make garbage.
  if (!citation || entries.every((entry) => entry.sources.every((ref) => ref.citation === citation))) return [...entries];
  const label = formatCitation(citation);
  return entries.map((entry) => ({
    ...entry,
    definitionSource: entry.definition !== undefined ? label : entry.definitionSource,
    sources: entry.sources.map((ref) => ({ ...ref, citation })),
  }));
}

/** A curated glossary handed to the engine: the parsed JSON of a glossary file. */
export interface GlossarySource {
  /** A file path, or `builtin:glossary.json`. Later glossaries win over earlier ones. */
  readonly id: string;
  readonly data: unknown;
}

/**
 * Where the 公文 format rules run besides .policy documents: `auto` on texts that read as a
 * 公文 (a 发文字号, a 主送 line or a 成文日期 at the end), `on` on every text, `off` on none.
 */
export type GongwenSetting = 'auto' | 'on' | 'off';

/** What kind of document a text is, from its language id or file extension. */
export type DocumentKind = 'policy' | 'markdown' | 'text';

/** `policy` for the .policy language or extension, `markdown` for Markdown, `text` otherwise. */
export function documentKind(languageOrExtension: string): DocumentKind {
  const name = languageOrExtension.toLowerCase().replace(/^\./u, '');
  return name === 'policy' ? 'policy' : name === 'markdown' || name === 'md' ? 'markdown' : 'text';
}

export interface AnalyzeOptions {
  /** The 公文 format rules always check a .policy document. */
  readonly kind?: DocumentKind;
}

export interface EngineConfig {
  readonly locale: Locale;
  /** Severity overrides by diagnostic code; `off` disables the rule. */
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  readonly gongwen: GongwenSetting;
  /** The date (YYYY-MM-DD) of documents that have no 成文日期 line of their own. */
  readonly documentDate?: string;
  /** Today's date (YYYY-MM-DD), the date of a document that has neither; the engine reads no clock. */
  readonly today?: () => string;
}

export interface RuleInfo {
  readonly code: string;
  readonly defaultSeverity: SeveritySetting;
  readonly description: string;
}

export interface Engine {
  /** Adds or replaces one corpus source; only that source is re-mined. */
  setCorpus(source: CorpusSource): void;
  removeCorpus(id: string): void;
  /** Ids of the corpus sources currently loaded. */
  corpusIds(): string[];
  /** Hands in a segmenter once it has loaded; every known term joins its dictionary. */
  setSegmenter(segmenter: Segmenter): void;
  /** Hands in the wrong-character model once it has loaded; until then that rule finds nothing. */
  setSpellingModel(model: SpellingModel | undefined): void;
  configure(config: Partial<EngineConfig>): void;
  readonly config: EngineConfig;
  /** Every finding in `text`, sorted by position. */
  analyze(text: string, options?: AnalyzeOptions): Finding[];
  /** The date of `text`: its 成文日期 line, else the configured `documentDate`, else `today`. */
  documentDate(text: string): DocumentDate | undefined;
  /** Applies every safe fix until none is left; idempotent. `byCode` counts the fixes applied per diagnostic code. */
  fixAll(text: string, options?: AnalyzeOptions): { text: string; applied: number; byCode: Readonly<Record<string, number>> };
  hover(text: string, offset: number, options?: Pick<DescribeOptions, 'link'>): HoverResult | undefined;
  /**
   * Adds or replaces a curated glossary; its entries win over mined ones and over glossaries
   * added before it (a replaced glossary keeps its place). Returns its problems, failing specs included.
   */
  setGlossary(source: GlossarySource): GlossaryProblem[];
  removeGlossary(id: string): void;
  /** Problems of every glossary loaded. */
  glossaryProblems(): GlossaryProblem[];
  complete(text: string, offset: number): CompletionResult | undefined;
  /** Does the slow part of completion's set-up (about 0.2 s) ahead of the first request. */
  prepareCompletion(): void;
  /** Markdown documentation of one known term. */
  describe(term: string): string | undefined;
  /** Every known term with its items and sources. */
  glossary(): TermEntry[];
  parse(text: string): DocumentModel;
  /** Articles, sections and enumerations, and the regions that fold. */
  outline(text: string): DocumentOutline;
  rules(): RuleInfo[];
  /**
   * How much of `text` matches each corpus source (查重), e.g. “与《…》重合 12%”. Unlike the
   * corpus-overlap rule it counts the embedded corpus too; a source identical to `text` is left out.
   */
  overlap(text: string): OverlapReport;
  /** For a repeated sentence or clause: the fix that keeps this occurrence and deletes the other. */
  keepThisOne(text: string, finding: Finding): Fix | undefined;
  /** A message of the engine in the configured language. */
  translate: EngineTranslate;
}

export interface EngineOptions {
  readonly corpora?: readonly CorpusSource[];
  /** Curated glossaries, in order of precedence (the last wins). */
  readonly glossaries?: readonly GlossarySource[];
  readonly config?: Partial<EngineConfig>;
  readonly segmenter?: Segmenter;
  readonly spelling?: SpellingModel;
}

const MAX_FIX_ROUNDS = 8;

/**
 * Completes a finding the rule has just made (never a cached one) with its severity, in
 * place: a copy for each of thousands of findings would only make garbage.
 */
function withSeverity(finding: Omit<Finding, 'severity'>, severity: Severity): Finding {
  return Object.assign(finding, { severity });
}

export function createEngine(options: EngineOptions = {}): Engine {
  const mined = new Map<string, TermEntry[]>();
  let knowledge = new KnowledgeBase();
  // A change only marks the knowledge base stale and the next read rebuilds it, so indexing
  // thousands of corpus files merges every entry once, not once per file.
  let stale = false;
  const current = (): KnowledgeBase => {
    if (stale) rebuildKnowledge();
    return knowledge;
  };
  let segmenter = options.segmenter;
  // The words the segmenter has been taught: a rebuild of the knowledge base teaches only new ones.
  let taught = new Set<string>();
  const teach = () => {
    if (!segmenter) return;
    for (const word of dictionaryWords(knowledge.all())) {
      if (taught.has(word)) continue;
      taught.add(word);
      segmenter.insertWord(word);
    }
  };
  let spelling = options.spelling;
  let config: EngineConfig = { locale: 'zh', rules: {}, gongwen: 'auto', ...options.config };
  let t: EngineTranslate = engineMessages(config.locale);

  const glossaries = new Map<string, { data: unknown; entries: TermEntry[]; problems: GlossaryProblem[] }>();
  let lastDocument: DocumentModel | undefined;
  const pieceCache = new PieceCache(RULES.filter((rule): rule is PieceRule => rule.scope === 'piece'));
  const rebuildKnowledge = () => {
    stale = false;
    pieceCache.clear();
    knowledge = new KnowledgeBase(mergeEntries([...mined.values(), ...[...glossaries.values()].map((g) => g.entries)]));
    teach();
  };
  const duplicates = new DuplicateDetector();
  const sourceInfo = new Map<string, SourceInfo>();
  const sources: SourceLookup = (id) => sourceInfo.get(id);
  const mine = (source: CorpusSource) => {
    if (source.official !== undefined || source.date !== undefined) sourceInfo.set(source.id, { official: source.official, date: source.date });
    else sourceInfo.delete(source.id);
    if (source.reference) duplicates.removeCorpus(source.id);
    else duplicates.setCorpus(source.id, source.text);
    mined.set(source.id, citedEntries(source.mined ?? mineSource(source), source.citation));
  };
  const addGlossary = (source: GlossarySource) => {
    const loaded = loadGlossary(source.data, source.id, config.locale);
    // Replacing a glossary keeps its place in the order of precedence.
    glossaries.set(source.id, { data: source.data, entries: loaded.entries, problems: loaded.problems });
    return loaded.problems;
  };
  for (const source of options.corpora ?? []) mine(source);
  for (const source of options.glossaries ?? []) addGlossary(source);
  rebuildKnowledge();

  const readsAsGongwen = (document: DocumentModel, kind: DocumentKind | undefined) =>
    kind === 'policy' || config.gongwen === 'on' || (config.gongwen === 'auto' && gongwenLayout(document).reads);

  const analyze = (source: string, options?: AnalyzeOptions): Finding[] => {
    const suppressions = new Suppressions(source);
    const text = suppressions.masked(source);
    // The model of the text analysed last lends what lies before the first change and, moved
    // along, what follows the last: an edit is read again in the paragraphs it touched.
    const document = parseDocument(text, lastDocument);
    lastDocument = document;
    const date = () => documentDate(text, config.documentDate, config.today?.());
    const context = { text, document, knowledge: current(), locale: config.locale, duplicates, date, spelling };
    const findings: Finding[] = [];
    const settingOf = (rule: Rule) => config.rules[rule.code] ?? rule.defaultSeverity;
    pieceCache.check(text, cutPieces(text, document), settingOf, context, (finding, severity) => findings.push(withSeverity(finding, severity)));
    let gongwen: boolean | undefined;
    for (const rule of RULES) {
      const setting = settingOf(rule);
      if (setting === 'off') continue;
      if (rule.gongwen && !(gongwen ??= readsAsGongwen(document, options?.kind))) continue;
      const found = rule.scope === 'piece' ? (rule.acrossPieces?.(context) ?? []) : rule.check(context);
      for (const finding of found) findings.push(withSeverity(finding, setting));
    }
    return applySuppressions(suppressions, findings).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  };

  /** Drops findings switched off by ignore comments and reports unknown codes in them. */
  const applySuppressions = (suppressions: Suppressions, findings: Finding[]): Finding[] => {
    if (suppressions.isEmpty) return findings;
    const kept = findings.filter((f) => !suppressions.suppresses(f.code, f.span));
    const setting = config.rules[UNKNOWN_RULE] ?? UNKNOWN_RULE_INFO.defaultSeverity;
    if (setting === 'off') return kept;
    const known = new Set([...RULES.map((r) => r.code), UNKNOWN_RULE, ...findings.map((f) => f.code)]);
    for (const problem of suppressions.unknownCodes(known, config.locale)) kept.push(withSeverity(problem, setting));
    return kept;
  };

  return {
    setCorpus(source) {
      mine(source);
      stale = true;
    },
    removeCorpus(id) {
      duplicates.removeCorpus(id);
      sourceInfo.delete(id);
      if (mined.delete(id)) stale = true;
    },
    corpusIds: () => [...mined.keys()],
    setSpellingModel(next) {
      if (next === spelling) return;
      spelling = next;
      pieceCache.forget('wrong-character');
    },
    setSegmenter(next) {
      segmenter = next;
      taught = new Set();
      current();
      teach();
    },
    configure(next) {
      const locale = config.locale;
      config = { ...config, ...next };
      if (config.locale === locale) return;
      t = engineMessages(config.locale);
      pieceCache.clear();
      // Glossary problems are worded in the configured language.
      for (const [id, glossary] of [...glossaries]) addGlossary({ id, data: glossary.data });
    },
    get config() {
      return config;
    },
    analyze,
    documentDate: (text) => documentDate(text, config.documentDate, config.today?.()),
    fixAll(text, options) {
      let current = text;
      let applied = 0;
      const byCode: Record<string, number> = {};
      for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
        const chosen = chooseSafeFixes(analyze(current, options));
        if (chosen.edits.length === 0) break;
        current = applyEdits(current, chosen.edits);
        for (const [code, count] of chosen.byCode) {
          byCode[code] = (byCode[code] ?? 0) + count;
          applied += count;
        }
      }
      return { text: current, applied, byCode };
    },
    hover: (text, offset, options) => hoverAt(current(), text, offset, t, { locale: config.locale, link: options?.link }),
    setGlossary(source) {
      const problems = addGlossary(source);
      stale = true;
      return problems;
    },
    removeGlossary(id) {
      if (glossaries.delete(id)) stale = true;
    },
    glossaryProblems: () => [...glossaries.values()].flatMap((g) => g.problems),
    prepareCompletion: () => prepareCompletion(current(), sources),
    complete: (text, offset) =>
      completeAt(current(), text, offset, {
        locale: config.locale,
        describe: (entry) => describeTerm(entry, t, undefined, { locale: config.locale }),
        segmenter,
        sources,
      }),
    translate: (key, params) => t(key, params),
    describe(term) {
      const entry = current().get(term);
      return entry && describeTerm(entry, t, undefined, { locale: config.locale });
    },
    glossary: () => current().all(),
    parse: parseDocument,
    outline: (text) => outlineDocument(parseDocument(text)),
    overlap: (text) => overlapReport(duplicates, parseDocument(text)),
    keepThisOne: (text, finding) => keepThisOne(text, finding, config.locale),
    rules: () =>
      [...RULES, UNKNOWN_RULE_INFO].map((rule) => ({
        code: rule.code,
        defaultSeverity: rule.defaultSeverity,
        description: rule.description[config.locale],
      })),
  };
}
