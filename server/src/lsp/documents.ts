import type { Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lastAtOrBefore, pushLineStarts } from '../engine';

/**
 * Characters per chunk. A keystroke copies the chunk it falls in, never the whole text: in a
 * 20 MB document, copying the text once costs tens of milliseconds and 14 MB of garbage.
 */
export const CHUNK_LENGTH = 1 << 16;

const LF = 10;
const CR = 13;
const isEOL = (code: number) => code === LF || code === CR;

/**
 * An open document held in chunks, with the line offsets of `vscode-languageserver-textdocument`
 * kept up to date edit by edit. It answers as that library's documents do (the same positions,
 * offsets and texts for the same edits); only the whole text is built, once per version, when
 * something asks for it, and the start of it (`textUpTo`) costs only the chunks it covers.
 */
export class ChunkedTextDocument implements TextDocument {
  private chunks: string[];
  /** The offset at which each chunk starts. */
  private starts: number[] = [];
  private total = 0;
  private whole: string | undefined;
  private lineOffsets: number[] | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private currentVersion: number,
    content: string,
    private readonly chunkLength = CHUNK_LENGTH,
  ) {
    this.chunks = [];
    this.setChunks(this.cut(content));
    this.whole = content;
  }

  /** At least one chunk, empty for an empty text, so every offset has a chunk. */
  private setChunks(chunks: string[]): void {
    this.chunks = chunks.length > 0 ? chunks : [''];
    this.reindex();
  }

  get version(): number {
    return this.currentVersion;
  }

  /** Length of the text in UTF-16 code units. */
  get length(): number {
    return this.total;
  }

  get lineCount(): number {
    return this.getLineOffsets().length;
  }

  getText(range?: Range): string {
    if (range) {
      // As `String.prototype.substring`, a range that ends before it starts gives the text between.
      const start = this.offsetAt(range.start);
      const end = this.offsetAt(range.end);
      return this.slice(Math.min(start, end), Math.max(start, end));
    }
    if (this.whole === undefined) {
      this.whole = this.chunks.length === 1 ? this.chunks[0] : this.chunks.join('');
      // The chunks become slices of the whole text, so that the older texts they were cut from are freed.
      if (this.chunks.length > 1) this.setChunks(this.cut(this.whole));
    }
    return this.whole;
  }

  /** The first `end` code units of the text, built from the chunks they lie in. */
  textUpTo(end: number): string {
    return end >= this.total ? this.getText() : this.slice(0, end);
  }

  /** The last index of `char` at or before `from`, as `String.prototype.lastIndexOf`, looking in the chunks alone. */
  lastIndexOf(char: string, from: number): number {
    for (let k = this.chunkAt(Math.min(from, this.total - 1)); k >= 0; k--) {
      const found = this.chunks[k].lastIndexOf(char, from - this.starts[k]);
      if (found >= 0) return this.starts[k] + found;
    }
    return -1;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.total), 0);
    const lineOffsets = this.getLineOffsets();
    let low = 0;
    let high = lineOffsets.length;
    if (high === 0) return { line: 0, character: offset };
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (lineOffsets[mid] > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
    return { line, character: offset - lineOffsets[line] };
  }

  offsetAt(position: Position): number {
    const lineOffsets = this.getLineOffsets();
    if (position.line >= lineOffsets.length) return this.total;
    if (position.line < 0) return 0;
    const lineOffset = lineOffsets[position.line];
    if (position.character <= 0) return lineOffset;
    const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this.total;
    const offset = Math.min(lineOffset + position.character, nextLineOffset);
    return this.ensureBeforeEOL(offset, lineOffset);
  }

  getLineRange(line: number): Range {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length) {
      const lastLine = lineOffsets.length - 1;
      return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this.total - lineOffsets[lastLine] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const startOffset = lineOffsets[line];
    const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.total;
    const endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
    return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
  }

  getEOLCharacters(line: number): string {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length || line < 0) return '';
    const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.total;
    return this.slice(this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]), nextLineOffset);
  }

  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change && change.range !== undefined) this.replace(wellFormed(change.range), change.text);
      else if (typeof change.text === 'string') {
        this.setChunks(this.cut(change.text));
        this.whole = change.text;
        this.lineOffsets = undefined;
      } else throw new Error('Unknown change event received');
    }
    this.currentVersion = version;
  }

  private replace(range: Range, text: string): void {
    const startOffset = this.offsetAt(range.start);
    const endOffset = this.offsetAt(range.end);
    this.splice(startOffset, endOffset, text);
    const insertedEndOffset = startOffset + text.length;
    const crlfAtStart = this.charCodeAt(startOffset - 1) === CR && this.charCodeAt(startOffset) === LF;
    const crlfAtEnd = this.charCodeAt(insertedEndOffset - 1) === CR && this.charCodeAt(insertedEndOffset) === LF;
    if (crlfAtStart || crlfAtEnd || this.lineOffsets === undefined) {
      // A CRLF pair across an edit boundary is not in the inserted text's line offsets: count again.
      this.lineOffsets = undefined;
      return;
    }
    let lineOffsets = this.lineOffsets;
    // A line past the end stands for the end of the text, on the last line.
    const startLine = Math.min(Math.max(range.start.line, 0), lineOffsets.length - 1);
    const endLine = Math.min(Math.max(range.end.line, 0), lineOffsets.length - 1);
    const added = pushLineStarts(text, [], startOffset);
    if (endLine - startLine === added.length) {
      for (let i = 0; i < added.length; i++) lineOffsets[i + startLine + 1] = added[i];
    } else if (added.length < 10_000) {
      lineOffsets.splice(startLine + 1, endLine - startLine, ...added);
    } else {
      this.lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(added, lineOffsets.slice(endLine + 1));
    }
    const diff = text.length - (endOffset - startOffset);
    if (diff !== 0) for (let i = startLine + 1 + added.length; i < lineOffsets.length; i++) lineOffsets[i] += diff;
  }

  /** Replaces the code units from `start` to `end` with `text`, copying only the chunks they touch. */
  private splice(start: number, end: number, text: string): void {
    this.whole = undefined;
    const first = this.chunkAt(start);
    const last = this.chunkAt(end);
    const joined = this.chunks[first].slice(0, start - this.starts[first]) + text + this.chunks[last].slice(end - this.starts[last]);
    const chunks = this.chunks.slice();
    chunks.splice(first, last - first + 1, ...this.cut(joined));
    this.setChunks(chunks);
  }

  /** Cuts `text` into chunks of at most twice the chunk length, never between the halves of a surrogate pair; none for empty text. */
  private cut(text: string): string[] {
    if (text.length === 0) return [];
    if (text.length <= 2 * this.chunkLength) return [flat(text)];
    const parts: string[] = [];
    let at = 0;
    while (text.length - at > 2 * this.chunkLength) {
      let next = at + this.chunkLength;
      const code = text.charCodeAt(next);
      if (code >= 0xdc00 && code <= 0xdfff) next--;
      parts.push(text.slice(at, next));
      at = next;
    }
    parts.push(text.slice(at));
    return parts;
  }

  private reindex(): void {
    this.starts = new Array<number>(this.chunks.length);
    let at = 0;
    for (let k = 0; k < this.chunks.length; k++) {
      this.starts[k] = at;
      at += this.chunks[k].length;
    }
    this.total = at;
  }

  /** The chunk that holds `offset`; the last chunk for the end of the text. */
  private chunkAt(offset: number): number {
    return lastAtOrBefore(this.starts, offset);
  }

  private charCodeAt(offset: number): number {
    if (offset < 0 || offset >= this.total) return NaN;
    const k = this.chunkAt(offset);
    return this.chunks[k].charCodeAt(offset - this.starts[k]);
  }

  private slice(start: number, end: number): string {
    start = Math.max(0, Math.min(start, this.total));
    end = Math.max(start, Math.min(end, this.total));
    if (start === 0 && end === this.total) return this.getText();
    const first = this.chunkAt(start);
    const last = this.chunkAt(Math.max(start, end - 1));
    if (first === last) return this.chunks[first].slice(start - this.starts[first], end - this.starts[first]);
    const parts = [this.chunks[first].slice(start - this.starts[first])];
    for (let k = first + 1; k < last; k++) parts.push(this.chunks[k]);
    parts.push(this.chunks[last].slice(0, end - this.starts[last]));
    return parts.join('');
  }

  private getLineOffsets(): number[] {
    if (this.lineOffsets === undefined) {
      const offsets = [0];
      for (let k = 0; k < this.chunks.length; k++) {
        const chunk = this.chunks[k];
        // A CR that ends one chunk and an LF that opens the next are one line break: the line
        // starts after the LF, not between the two.
        if (k > 0 && chunk.charCodeAt(0) === LF && this.chunks[k - 1].charCodeAt(this.chunks[k - 1].length - 1) === CR) offsets.pop();
        pushLineStarts(chunk, offsets, this.starts[k]);
      }
      this.lineOffsets = offsets;
    }
    return this.lineOffsets;
  }

  private ensureBeforeEOL(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isEOL(this.charCodeAt(offset - 1))) offset--;
    return offset;
  }
}

/** Makes V8 copy a concatenation into one flat string now, while it is small. */
function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}

function wellFormed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}

/** For `new TextDocuments(...)`: documents held in chunks. */
export const ChunkedDocuments = {
  create: (uri: string, languageId: string, version: number, content: string) => new ChunkedTextDocument(uri, languageId, version, content),
  update: (document: ChunkedTextDocument, changes: TextDocumentContentChangeEvent[], version: number) => {
    document.update(changes, version);
    return document;
  },
};
