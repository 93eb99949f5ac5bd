/** A half-open range of UTF-16 code units into a document's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/** Message languages the engine speaks. */
export type Locale = 'zh' | 'en';

/** One replacement of the original text. */
export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** Safe fixes take part in fix-all (`source.fixAll.tifa`). */
  readonly safe: boolean;
  readonly preferred?: boolean;
}

/** A place outside the finding that explains it, e.g. the first occurrence of a repeated sentence. */
export interface RelatedLocation {
  /** Absent: the same document. Otherwise the id of a corpus or workspace source. */
  readonly source?: string;
  readonly span: Span;
  readonly message: string;
}

export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly span: Span;
  readonly message: string;
  readonly related?: readonly RelatedLocation[];
  readonly fixes?: readonly Fix[];
}
