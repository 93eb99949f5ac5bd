import type { KnowledgeBase } from '../corpus/knowledge';
import type { DocumentDate } from '../document/date';
import type { DocumentModel } from '../document/model';
import type { DuplicateDetector } from '../duplicates/detector';
import type { SpellingModel } from '../spelling/model';
import type { Finding, Locale, Severity } from '../types';

/** What a rule that reads one paragraph or line at a time is given: that text alone. */
export interface PieceContext {
  readonly text: string;
  readonly knowledge: KnowledgeBase;
  readonly locale: Locale;
  /** The wrong-character model, once it has loaded. */
  readonly spelling?: SpellingModel;
}

export interface RuleContext extends PieceContext {
  readonly document: DocumentModel;
  /** The engine's duplicate detector: its caches and the corpus fingerprints for 查重. */
  readonly duplicates?: DuplicateDetector;
  /** The document's date, read when a rule asks for it; undefined when none is known. */
  readonly date?: () => DocumentDate | undefined;
}

/** A finding before the configured severity is applied. */
export type RuleFinding = Omit<Finding, 'severity'>;

interface RuleInfo {
  /** The stable diagnostic code. */
  readonly code: string;
  readonly defaultSeverity: Severity;
  readonly description: Readonly<Record<Locale, string>>;
  /** A 公文 format rule: it checks .policy documents and texts that read as a 公文 (the `gongwen` setting). */
  readonly gongwen?: boolean;
}

/**
 * A rule whose findings in a paragraph (or a line outside paragraphs) depend on that text
 * alone. The engine checks it piece by piece and reuses the findings of unchanged pieces,
 * so a keystroke re-checks one paragraph rather than the document.
 */
export interface PieceRule extends RuleInfo {
  readonly scope: 'piece';
  check(context: PieceContext): RuleFinding[];
  /** Findings that only the document as a whole shows (a list whose items open paragraphs of their own), checked on every analysis. */
  acrossPieces?(context: RuleContext): RuleFinding[];
}

/** A rule that reads the whole document: its structure, other paragraphs, the corpus. */
export interface DocumentRule extends RuleInfo {
  readonly scope: 'document';
  check(context: RuleContext): RuleFinding[];
}

export type Rule = PieceRule | DocumentRule;
