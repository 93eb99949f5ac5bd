/** Tifa's own LSP requests and notifications, declared once for the server and the client. */
import { RequestType, RequestType0, NotificationType, type Diagnostic } from 'vscode-languageserver-protocol';

export interface GlossaryEntry {
  term: string;
  kind: string;
  items?: string[];
  definition?: string;
  definitionSource?: string;
  /** A public address of the definition's source. */
  definitionUrl?: string;
  /** The count a numbered slogan promises, and whether the corpus lists as many items. */
  numeral?: number;
  itemsMatchNumeral?: boolean;
  sources: { source: string; uri?: string; articleTitle?: string; author?: string; sentence: string; line: number }[];
}

/** Every known slogan with its items and sources. */
export const glossaryRequest = new RequestType0<GlossaryEntry[], void>('tifa/glossary');

/** Sent when the server's state changes in a way the status bar shows. */
export interface ServerStatus {
  /** `loading` until the server has initialized. */
  state: 'loading' | 'ready';
  terms: number;
  corpusSources: number;
  segmenter: boolean;
  /** False in Restricted Mode, where only the embedded corpus is read. */
  trusted: boolean;
  message?: string;
}
export const statusNotification = new NotificationType<ServerStatus>('tifa/status');

/** Reads `tifa.json`, the settings and the corpora again; answers with the state afterwards. */
export const reindexRequest = new RequestType0<ServerStatus, void>('tifa/reindex');

export interface CheckFilesParams {
  /** `file:` URIs of documents to check, open in the editor or not. */
  uris: string[];
}
export interface CheckFilesResult {
  files: { uri: string; diagnostics: Diagnostic[] }[];
  /** Files that could not be read as text, with the reason. */
  skipped: { uri: string; reason: string }[];
  /** Files `.gitignore` or the `ignore` list of `tifa.json` leave out, as `tifa check` does. */
  ignored: string[];
}
/** Checks files on disk, for a workspace-wide review. */
export const checkFilesRequest = new RequestType<CheckFilesParams, CheckFilesResult, void>('tifa/checkFiles');

export interface OverlapParams {
  uri: string;
}
export interface OverlapResult {
  /** Content characters (Han, letters, digits) of the document. */
  characters: number;
  /** Corpus sources the document overlaps, the largest share first. */
  sources: { source: string; uri?: string; title: string; percent: number; matchedCharacters: number; passages: number }[];
  /** One line for the user: “与《…》重合 12%”. */
  summary: string;
}
/** How much of an open document matches each corpus source (查重); null for a document that is not open. */
export const overlapRequest = new RequestType<OverlapParams, OverlapResult | null, void>('tifa/overlap');

/** The code action kind of Tifa's fix-all. */
export const FIX_ALL_KIND = 'source.fixAll.tifa';
