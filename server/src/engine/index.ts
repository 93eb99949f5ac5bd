/**
 * The Tifa analysis engine: pure functions over text, shared by the language server and
 * the `tifa` CLI. It does no I/O; corpora and the segmenter are handed in.
 */
import { dictionaryWords, KnowledgeBase, mergeEntries, type TermEntry } from './corpus/knowledge';
import { mineCorpus } from './corpus/mine';
import { loadGlossary, type GlossaryProblem } from './corpus/glossary';
import { parseDocument } from './document/parse';
import type { DocumentModel } from './document/model';
import { applyEdits } from './edits';
import { chooseSafeFixes } from './fixes';
import { Suppressions, UNKNOWN_RULE, UNKNOWN_RULE_INFO } from './suppress';
import { completeAt, prepareCompletion, type CompletionResult } from './completion';
import { hoverAt, describeTerm, type DescribeOptions, type HoverResult } from './hover';
import { outlineDocument, type DocumentOutline } from './outline';
import { engineMessages, type EngineTranslate } from './messages';
import { RULES } from './rules';
import type { PieceRule, Rule } from './rules/rule';
import { cutPieces, PieceCache } from './pieces';
import { DuplicateDetector } from './duplicates/detector';
import { keepThisOne } from './duplicates/keep-this-one';
import { overlapReport, type OverlapReport } from './duplicates/overlap';
import type { Segmenter } from './segmenter';
import type { SpellingModel } from './spelling/model';
import type { Finding, Fix, Locale, Severity, SeveritySetting } from './types';

export type { Finding, Fix, Locale, RelatedLocation, Severity, SeveritySetting, Span, TextEdit } from './types';
export type { TermEntry, SourceRef, TermKind } from './corpus/knowledge';
export type { DocumentModel, Article, Paragraph, Sentence } from './document/model';
export type { HoverResult, DescribeOptions } from './hover';
export type { GlossaryProblem } from './corpus/glossary';
export type { CompletionResult, CompletionCandidate } from './completion';
export type { Segmenter } from './segmenter';
export type { DocumentOutline, OutlineSymbol, OutlineKind, FoldingSpan } from './outline';
export type { OverlapReport, SourceOverlap } from './duplicates/overlap';
export { overlapSummary } from './duplicates/overlap';
export { applyEdits } from './edits';
export { LineIndex } from './text/lines';
export { localeFrom } from './messages';
export { buildCorpusIndex, entriesFromIndex, type CorpusIndex } from './corpus/prebuilt';
export type { SpellingModel } from './spelling/model';
export { decodeSpellingModel } from './spelling/model';

/** What the knowledge base learns from one corpus source, as `setCorpus` would mine it. */
export function mineSource(source: { id: string; text: string }): TermEntry[] {
  return mineCorpus(parseDocument(source.text), source.id);
}

/** A corpus text handed to the engine. */
export interface CorpusSource {
  /** Stable id: a file path or URI, or `builtin:…` for the embedded corpus. */
  readonly id: string;
  readonly text: string;
  /** What mining this text yields, when it was mined ahead of time (the prebuilt index of the embedded corpus). */
  readonly mined?: readonly TermEntry[];
}

/** A curated glossary handed to the engine: the parsed JSON of a glossary file. */
export interface GlossarySource {
  /** A file path, or `builtin:glossary.json`. Later glossaries win over earlier ones. */
  readonly id: string;
  readonly data: unknown;
}

export interface EngineConfig {
  readonly locale: Locale;
  /** Severity overrides by diagnostic code; `off` disables the rule. */
  readonly rules: Readonly<Record<string, SeveritySetting>>;
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
  analyze(text: string): Finding[];
  /** Applies every safe fix until none is left; idempotent. `byCode` counts the fixes applied per diagnostic code. */
  fixAll(text: string): { text: string; applied: number; byCode: Readonly<Record<string, number>> };
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
  let spelling = options.spelling;
  let config: EngineConfig = { locale: 'zh', rules: {}, ...options.config };
  let t: EngineTranslate = engineMessages(config.locale);

  const glossaries = new Map<string, { data: unknown; entries: TermEntry[]; problems: GlossaryProblem[] }>();
  let lastDocument: DocumentModel | undefined;
  const pieceCache = new PieceCache(RULES.filter((rule): rule is PieceRule => rule.scope === 'piece'));
  const rebuildKnowledge = () => {
    stale = false;
    pieceCache.clear();
    knowledge = new KnowledgeBase(mergeEntries([...mined.values(), ...[...glossaries.values()].map((g) => g.entries)]));
    if (segmenter) for (const word of dictionaryWords(knowledge.all())) segmenter.insertWord(word);
  };
  const duplicates = new DuplicateDetector();
  const mine = (source: CorpusSource) => {
    duplicates.setCorpus(source.id, source.text);
    mined.set(source.id, source.mined ? [...source.mined] : mineSource(source));
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

  const analyze = (source: string): Finding[] => {
    const suppressions = new Suppressions(source);
    const text = suppressions.masked(source);
    // The model of the text analysed last lends what lies before the first change: an edit
    // is read again from the paragraph it touched.
    const document = parseDocument(text, lastDocument);
    lastDocument = document;
    const context = { text, document, knowledge: current(), locale: config.locale, duplicates, spelling };
    const findings: Finding[] = [];
    const settingOf = (rule: Rule) => config.rules[rule.code] ?? rule.defaultSeverity;
    pieceCache.check(text, cutPieces(text, document), settingOf, context, (finding, severity) => findings.push(withSeverity(finding, severity)));
    for (const rule of RULES) {
      const setting = settingOf(rule);
      if (setting === 'off' || rule.scope === 'piece') continue;
      for (const finding of rule.check(context)) findings.push(withSeverity(finding, setting));
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
      for (const word of dictionaryWords(current().all())) next.insertWord(word);
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
    fixAll(text) {
      let current = text;
      let applied = 0;
      const byCode: Record<string, number> = {};
      for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
        const chosen = chooseSafeFixes(analyze(current));
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
    prepareCompletion: () => prepareCompletion(current()),
    complete: (text, offset) =>
      completeAt(current(), text, offset, {
        locale: config.locale,
        describe: (entry) => describeTerm(entry, t, undefined, { locale: config.locale }),
        segmenter,
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
