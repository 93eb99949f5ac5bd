import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentOutline, OutlineKind, OutlineSymbol } from '../engine';
import { toRange } from './convert';

const SYMBOL_KIND: Record<OutlineKind, SymbolKind> = {
  article: SymbolKind.File,
  // Markdown's headings are strings too, so both outlines look alike.
  section: SymbolKind.String,
  enumeration: SymbolKind.EnumMember,
};

export function toDocumentSymbols(document: TextDocument, outline: DocumentOutline): DocumentSymbol[] {
  const convert = (symbol: OutlineSymbol): DocumentSymbol => ({
    name: symbol.name,
    ...(symbol.detail ? { detail: symbol.detail } : {}),
    kind: SYMBOL_KIND[symbol.kind],
    range: toRange(document, symbol.span),
    selectionRange: toRange(document, symbol.selectionSpan),
    children: symbol.children.map(convert),
  });
  return outline.symbols.map(convert);
}

/** Regions by line; one that starts and ends on the same line cannot fold and is dropped. */
export function toFoldingRanges(document: TextDocument, outline: DocumentOutline): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (const fold of outline.folds) {
    const startLine = document.positionAt(fold.span.start).line;
    const endLine = document.positionAt(fold.span.end).line;
    if (endLine > startLine) ranges.push({ startLine, endLine, kind: FoldingRangeKind.Region });
  }
  return ranges;
}

/** Outline and folding ask for the same document one after the other: parse it once per version. */
export class OutlineCache {
  private readonly outlines = new Map<string, { version: number; outline: DocumentOutline }>();

  constructor(private readonly compute: (text: string) => DocumentOutline) {}

  get(document: TextDocument): DocumentOutline {
    const cached = this.outlines.get(document.uri);
    if (cached?.version === document.version) return cached.outline;
    const outline = this.compute(document.getText());
    this.outlines.set(document.uri, { version: document.version, outline });
    return outline;
  }

  forget(uri: string): void {
    this.outlines.delete(uri);
  }
}
