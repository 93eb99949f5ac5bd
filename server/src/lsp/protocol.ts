/** Tifa's own LSP requests and notifications, declared once for the server and the client. */
import { RequestType0, NotificationType } from 'vscode-languageserver-protocol';

export interface GlossaryEntry {
  term: string;
  kind: string;
  items?: string[];
  definition?: string;
  definitionSource?: string;
  sources: { source: string; uri?: string; articleTitle?: string; author?: string; sentence: string; line: number }[];
}

/** Every known slogan with its items and sources. */
export const glossaryRequest = new RequestType0<GlossaryEntry[], void>('tifa/glossary');

/** Sent when the server's state changes in a way the status bar shows. */
export interface ServerStatus {
  /** `loading` while the corpus or segmenter loads. */
  state: 'loading' | 'ready';
  terms: number;
  corpusSources: number;
  segmenter: boolean;
  message?: string;
}
export const statusNotification = new NotificationType<ServerStatus>('tifa/status');

/** The code action kind of Tifa's fix-all. */
export const FIX_ALL_KIND = 'source.fixAll.tifa';
