import type { KnowledgeBase } from '../corpus/knowledge';
import type { DocumentModel } from '../document/model';
import type { DuplicateDetector } from '../duplicates/detector';
import type { Finding, Locale, Severity } from '../types';

export interface RuleContext {
  readonly text: string;
  readonly document: DocumentModel;
  readonly knowledge: KnowledgeBase;
  readonly locale: Locale;
  /** The engine's duplicate detector: its caches and the corpus fingerprints for 查重. */
  readonly duplicates?: DuplicateDetector;
}

/** A finding before the configured severity is applied. */
export type RuleFinding = Omit<Finding, 'severity'>;

export interface Rule {
  /** The stable diagnostic code. */
  readonly code: string;
  readonly defaultSeverity: Severity;
  readonly description: Readonly<Record<Locale, string>>;
  check(context: RuleContext): RuleFinding[];
}
