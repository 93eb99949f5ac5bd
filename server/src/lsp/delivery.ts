import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { ChunkedTextDocument } from './documents';

/** Delay after a keystroke before diagnostics are pushed; the first analysis of a document is immediate. */
export const PUSH_DEBOUNCE_MS = 120;

/**
 * Delay of the work that follows the first diagnostics of a document (the complete analysis after
 * a quick one, loading completion's index and the wrong-character model): the connection writes
 * an answer on a later turn of the event loop, and the diagnostics must go out before that work.
 */
export const AFTER_ANSWER_MS = 30;

/** A document's diagnostics, and whether they come from a complete analysis or a quick first one. */
export interface Diagnosed {
  readonly diagnostics: Diagnostic[];
  readonly complete: boolean;
}

/**
 * How diagnostics reach the editor: pushed after a debounce, or pulled by the client; the first
 * analysis of a document just opened may be a quick one, followed by the complete one; a refresh
 * that changes nothing sends nothing. `diagnose` makes a document's diagnostics, `quick` when a
 * quick first analysis will do.
 */
export class DiagnosticsDelivery {
  private pull = false;
  private refreshSupport = false;
  private readonly pending = new Map<string, NodeJS.Timeout>();
  /** What was last pushed per document, so that an editor redraws no squiggle it already shows. */
  private readonly lastPublished = new Map<string, string>();
  /** Documents opened and not analysed yet: their first analysis may be a quick one. */
  private readonly unread = new Set<string>();
  /** TextDocuments reports an open as a change of content too, right after it: that one must not wait for the debounce. */
  private readonly opening = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<ChunkedTextDocument>,
    private readonly diagnose: (document: ChunkedTextDocument, quick: boolean) => Diagnosed,
  ) {}

  /** What the client can do: pull diagnostics, and be asked to pull them again. */
  configure(pull: boolean, refreshSupport: boolean): void {
    this.pull = pull;
    this.refreshSupport = refreshSupport;
  }

  get pulls(): boolean {
    return this.pull;
  }

  opened(document: ChunkedTextDocument): void {
    this.opening.add(document.uri);
    this.unread.add(document.uri);
    this.schedule(document, 0);
  }

  changed(document: ChunkedTextDocument): void {
    if (!this.opening.delete(document.uri)) this.schedule(document, PUSH_DEBOUNCE_MS);
  }

  closed(document: ChunkedTextDocument): void {
    clearTimeout(this.pending.get(document.uri));
    this.pending.delete(document.uri);
    this.unread.delete(document.uri);
    this.opening.delete(document.uri);
    this.lastPublished.delete(document.uri);
    if (!this.pull) void this.connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  }

  /**
   * The diagnostics of a document, for a push or a pull. A quick first analysis is done only when
   * the editor can hear of the rest: a push client is sent it, a pull client is asked to pull
   * again; a pull client that cannot be asked gets the complete analysis the first time.
   */
  diagnosticsFor(document: ChunkedTextDocument): Diagnostic[] {
    const quick = this.unread.delete(document.uri) && this.canSendAgain();
    const { diagnostics, complete } = this.diagnose(document, quick);
    // Counted from here, once the diagnostics are made, so that the answer goes out first.
    if (!complete) setTimeout(() => this.completeAnalysis(document.uri, document.version), AFTER_ANSWER_MS);
    return diagnostics;
  }

  /** Every open document's diagnostics again, once something they depend on has changed. */
  sendAllAgain(): void {
    this.sendAgain(this.documents.all());
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
  }

  private canSendAgain(): boolean {
    return !this.pull || this.refreshSupport;
  }

  /** Has the editor take these documents' diagnostics again, as far as it can: a pull client that cannot be asked asks on its own next edit. */
  private sendAgain(documents: readonly ChunkedTextDocument[]): void {
    if (!this.pull) for (const document of documents) this.schedule(document, 0);
    else if (this.refreshSupport) void this.connection.languages.diagnostics.refresh();
  }

  /** The complete analysis after a quick one, unless an edit has replaced that version meanwhile. */
  private completeAnalysis(uri: string, version: number): void {
    const document = this.documents.get(uri);
    if (document && document.version === version) this.sendAgain([document]);
  }

  private publish(document: ChunkedTextDocument): void {
    if (this.pull) return;
    const diagnostics = this.diagnosticsFor(document);
    const sent = `${document.version}\u0000${JSON.stringify(diagnostics)}`;
    if (this.lastPublished.get(document.uri) === sent) return;
    this.lastPublished.set(document.uri, sent);
    void this.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  }

  private schedule(document: ChunkedTextDocument, delay: number): void {
    clearTimeout(this.pending.get(document.uri));
    this.pending.set(
      document.uri,
      setTimeout(() => {
        this.pending.delete(document.uri);
        const current = this.documents.get(document.uri);
        if (current) this.publish(current);
      }, delay),
    );
  }
}
