import type { TermEntry } from '../corpus/knowledge';
import type { Span } from '../types';

export type VariantKind = 'declared' | 'order' | 'changed' | 'missing' | 'numeral' | 'near-miss';

/** Text that departs from a canonical phrasing, and the canonical text that replaces it. */
export interface Variant {
  readonly kind: VariantKind;
  readonly span: Span;
  /** The canonical text for `span`. */
  readonly replacement: string;
  /** The whole canonical phrasing, for the message. */
  readonly canonical: string;
  readonly entry: TermEntry;
}
