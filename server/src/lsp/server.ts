import {
  CodeActionKind,
  CompletionItemKind,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  InsertTextFormat,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import * as path from 'node:path';
import { createEngine, documentKind, formatCitation, localeFrom, overlapSummary, type Engine } from '../engine';
import { loadBuiltinGlossary } from '../node/glossary';
import { loadIndexedBuiltinCorpus } from '../node/corpus-index';
import { CONFIG_FILE, localToday, parseConfig } from '../node/config';
import { startJiebaWorker } from '../node/jieba';
import { loadSpellingModelLater } from '../node/spelling';
import { AnalysisCache } from './analysis';
import { ChunkedDocuments, type ChunkedTextDocument } from './documents';
import { cappedDiagnostics } from './problems';
import { AFTER_ANSWER_MS, DiagnosticsDelivery, type Diagnosed } from './delivery';
import { minimalEdit, toCodeAction, toDiagnostic, toRange, toSpan, DIAGNOSTIC_SOURCE } from './convert';
import {
  FIX_ALL_KIND,
  checkFilesRequest,
  glossaryRequest,
  overlapRequest,
  reindexRequest,
  statusNotification,
  type GlossaryEntry,
  type OverlapResult,
  type ServerStatus,
} from './protocol';
import { checkFiles, workspaceIgnores } from './check-files';
import { Workspace } from './workspace';
import { UserSourcesConnection } from './user-sources';
import { OutlineCache, toDocumentSymbols, toFoldingRanges } from './outline';
import { startMemoryTrace } from './memory-trace';

export { PUSH_DEBOUNCE_MS } from './delivery';
const PREPARE_COMPLETION_AFTER_MS = 1000;

/** Wires an LSP connection to the engine. The caller owns the transport. */
export function startServer(connection: Connection): void {
  startMemoryTrace();
  const documents = new TextDocuments<ChunkedTextDocument>(ChunkedDocuments);
  const engine: Engine = createEngine({ corpora: loadIndexedBuiltinCorpus(), glossaries: loadBuiltinGlossary(), config: { today: () => localToday() } });
  const workspace = new Workspace(connection, () => engine);
  const outlines = new OutlineCache((text) => engine.outline(text));
  const truncationReported = new Set<string>();
  const cache = new AnalysisCache(
    () => engine,
    (uri, error) => connection.console.error(`Analysis of ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`),
    (uri, analyzed, total) => {
      if (truncationReported.has(uri)) return;
      truncationReported.add(uri);
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Info,
        message: engine.translate('largeDocument', { analyzed, total }),
      });
    },
  );
  let codeActionResolveEdit = false;
  let segmenterLoaded = false;
  let initialized = false;
  let stopSegmenter = () => undefined as void;

  const isConfigFile = (uri: string) => uri.endsWith(`/${CONFIG_FILE}`);
  // Markdown has its own outline and folding from its headings; a second one would only repeat them.
  const hasOwnOutline = (document: ChunkedTextDocument) => document.languageId !== 'markdown' && !isConfigFile(document.uri);

  const diagnose = (document: ChunkedTextDocument, quick: boolean): Diagnosed => {
    if (isConfigFile(document.uri)) {
      const diagnostics: Diagnostic[] = parseConfig(document.getText()).problems.map((p) => ({
        range: toRange(document, { start: p.offset ?? 0, end: (p.offset ?? 0) + 1 }),
        message: p.message,
        severity: 1,
        source: DIAGNOSTIC_SOURCE,
        code: 'config',
      }));
      return { diagnostics, complete: true };
    }
    const analysis = cache.get(document.uri, document.version, document, documentKind(document.languageId), { quick });
    prepareCompletionSoon();
    const max = workspace.maxNumberOfProblems();
    const diagnostics = cappedDiagnostics(
      document,
      analysis.findings,
      max,
      (f) => toDiagnostic(document, f, (source, span) => workspace.locate(source, span)),
      (left) => engine.translate('tooManyProblems', { left, max }),
    );
    return { diagnostics, complete: analysis.complete };
  };
  const delivery = new DiagnosticsDelivery(connection, documents, diagnose);

  // Completion's pinyin index is built, and the wrong-character model read, once the first
  // diagnostics are out (or a while after start when no document is open), so that neither delays
  // them; wrong characters join the diagnostics once the model is in.
  let completionPrepared = false;
  const prepareCompletionSoon = () => {
    if (completionPrepared) return;
    completionPrepared = true;
    setTimeout(() => {
      engine.prepareCompletion();
      loadSpellingModelLater().then(
        (model) => {
          engine.setSpellingModel(model);
          refreshAll();
        },
        (error: unknown) => connection.console.warn(`Wrong characters are not checked: ${error instanceof Error ? error.message : String(error)}`),
      );
    }, AFTER_ANSWER_MS);
  };

  const refreshAll = () => {
    cache.clear();
    delivery.sendAllAgain();
    sendStatus();
  };
  workspace.onDidChange(refreshAll);
  const userSources = new UserSourcesConnection(connection, workspace, () => engine, refreshAll);

  const currentStatus = (message?: string): ServerStatus => ({
    state: initialized ? 'ready' : 'loading',
    terms: engine.glossary().length,
    corpusSources: engine.corpusIds().length,
    segmenter: segmenterLoaded,
    trusted: workspace.isTrusted,
    message: message ?? workspace.restrictedNotice(),
  });
  const sendStatus = (message?: string) => {
    void connection.sendNotification(statusNotification, currentStatus(message));
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    delivery.configure(params.capabilities.textDocument?.diagnostic !== undefined, params.capabilities.workspace?.diagnostics?.refreshSupport === true);
    codeActionResolveEdit = params.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
    engine.configure({ locale: localeFrom(params.locale ?? params.initializationOptions?.locale) });
    workspace.initialize(params);
    userSources.initialize(params);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['“'], resolveProvider: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
        documentSymbolProvider: { label: 'Tifa' },
        foldingRangeProvider: true,
        ...(delivery.pulls ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'tifa-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    initialized = true;
    workspace.start();
    sendStatus();
    setTimeout(prepareCompletionSoon, PREPARE_COMPLETION_AFTER_MS);
  });

  // The segmenter's dictionary costs about a second and 250 MB, and only completion uses it:
  // it loads in a worker on the first completion request, which meanwhile goes without it.
  let segmenterRequested = false;
  const requestSegmenter = () => {
    if (segmenterRequested) return;
    segmenterRequested = true;
    stopSegmenter = startJiebaWorker(
      (segmenter) => {
        engine.setSegmenter(segmenter);
        segmenterLoaded = true;
        sendStatus();
      },
      (message) => {
        connection.console.warn(`Word segmentation is off: ${message}`);
        sendStatus(message);
      },
    );
  };

  connection.onDidChangeConfiguration(() => workspace.reloadSettings());

  documents.onDidOpen(({ document }) => delivery.opened(document));
  documents.onDidChangeContent(({ document }) => delivery.changed(document));
  documents.onDidClose(({ document }) => {
    delivery.closed(document);
    cache.forget(document.uri);
    outlines.forget(document.uri);
    truncationReported.delete(document.uri);
  });

  connection.languages.diagnostics.on((params, token) => {
    // A request the client has already replaced (the drafter typed on) is not worth a full analysis.
    if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.ServerCancelled, 'superseded', { retriggerRequest: true });
    const document = documents.get(params.textDocument.uri);
    return { kind: DocumentDiagnosticReportKind.Full, items: document ? delivery.diagnosticsFor(document) : [] };
  });

  connection.onHover(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return null;
    const hover = engine.hover(document.getText(), document.offsetAt(position), { link: (ref) => userSources.link(ref) });
    if (!hover) return null;
    return { contents: { kind: 'markdown', value: hover.markdown }, range: toRange(document, hover.span) };
  });

  connection.onCompletion(({ textDocument, position }) => {
    requestSegmenter();
    const document = documents.get(textDocument.uri);
    if (!document) return null;
    const result = engine.complete(document.getText(), document.offsetAt(position));
    if (!result) return { isIncomplete: true, items: [] };
    const range = toRange(document, result.replace);
    // The list is asked for again on every keystroke: fields at their default are left out.
    return {
      isIncomplete: true,
      items: result.candidates.map((c, i) => ({
        label: c.label,
        kind: c.snippet ? CompletionItemKind.Snippet : CompletionItemKind.Text,
        detail: c.detail,
        data: { term: c.entry.term },
        textEdit: { range, newText: c.insertText },
        ...(c.snippet ? { insertTextFormat: InsertTextFormat.Snippet } : {}),
        ...(c.filterText !== c.label ? { filterText: c.filterText } : {}),
        sortText: String(i).padStart(5, '0'),
      })),
    };
  });

  connection.onCompletionResolve((item) => {
    const term = (item.data as { term?: unknown } | undefined)?.term;
    const documentation = typeof term === 'string' ? engine.describe(term) : undefined;
    if (documentation) item.documentation = { kind: 'markdown', value: documentation };
    return item;
  });

  connection.onCodeAction(({ textDocument, range, context }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    const actions: CodeAction[] = [];
    const wantsFixAll = !context.only || context.only.some((k) => FIX_ALL_KIND.startsWith(k) || k.startsWith(FIX_ALL_KIND));
    const wantsQuickFix = !context.only || context.only.some((k) => CodeActionKind.QuickFix.startsWith(k));
    const analysis = cache.get(document.uri, document.version, document, documentKind(document.languageId));
    const span = toSpan(document, range);
    const inRange = analysis.findings.filter((f) => f.span.end >= span.start && f.span.start <= span.end);
    if (wantsQuickFix) {
      for (const finding of inRange) {
        const diagnostic = context.diagnostics.find(
          (d) => d.source === DIAGNOSTIC_SOURCE && d.code === finding.code && toSpan(document, d.range).start === finding.span.start,
        );
        for (const fix of finding.fixes ?? []) actions.push(toCodeAction(document, fix, diagnostic));
        // The whole text is built once per version, and only where a finding asks for it.
        const keep = engine.keepThisOne(document.getText(), finding);
        if (keep) actions.push(toCodeAction(document, keep, diagnostic));
      }
    }
    // Fix-all re-analyses the document until nothing is left to fix. It is computed at once when asked for
    // by kind (on save, from the Source Action menu); the light bulb, asked on every cursor move, offers it
    // only beside a fixable finding and, where the client can, leaves the work to codeAction/resolve.
    const explicitFixAll = context.only?.some((k) => FIX_ALL_KIND.startsWith(k)) === true;
    const fixableHere = inRange.some((f) => f.fixes?.some((fix) => fix.safe));
    if (wantsFixAll && (explicitFixAll || fixableHere)) {
      const title = engine.translate('fixAll.title');
      if (!explicitFixAll && codeActionResolveEdit) {
        actions.push({ title, kind: FIX_ALL_KIND, data: { uri: document.uri, version: document.version } });
      } else {
        const edit = fixAllEdit(document);
        if (edit) actions.push({ title, kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: [edit] } } });
      }
    }
    return actions;
  });

  const fixAllEdit = (document: ChunkedTextDocument) => {
    const text = document.getText();
    const kind = documentKind(document.languageId);
    const checked = cache.get(document.uri, document.version, text, kind).analyzedLength;
    return minimalEdit(document, text, engine.fixAll(text.slice(0, checked), { kind }).text + text.slice(checked));
  };

  connection.onCodeActionResolve((action) => {
    const { uri, version } = (action.data ?? {}) as { uri?: string; version?: number };
    const document = uri ? documents.get(uri) : undefined;
    if (action.kind !== FIX_ALL_KIND || !document || document.version !== version) return action;
    const edit = fixAllEdit(document);
    action.edit = { changes: { [document.uri]: edit ? [edit] : [] } };
    return action;
  });

  connection.onDocumentSymbol(({ textDocument }) => {
    const document = documents.get(textDocument.uri);
    return document && hasOwnOutline(document) ? toDocumentSymbols(document, outlines.get(document)) : null;
  });

  connection.onFoldingRanges(({ textDocument }) => {
    const document = documents.get(textDocument.uri);
    return document && hasOwnOutline(document) ? toFoldingRanges(document, outlines.get(document)) : null;
  });

  connection.onRequest(reindexRequest, async () => {
    workspace.reloadConfigFile();
    await workspace.reloadSettings();
    return currentStatus();
  });

  connection.onRequest(checkFilesRequest, ({ uris }) =>
    checkFiles(engine, uris, (source, span) => workspace.locate(source, span), workspaceIgnores(workspace.rootFolder)),
  );

  connection.onRequest(overlapRequest, ({ uri }): OverlapResult | null => {
    const document = documents.get(uri);
    if (!document) return null;
    const report = engine.overlap(document.getText());
    return {
      characters: report.characters,
      summary: overlapSummary(report, engine.config.locale),
      sources: report.sources.map((s) => ({ ...s, uri: workspace.locate(s.source, { start: 0, end: 0 })?.uri })),
    };
  });

  connection.onRequest(glossaryRequest, (): GlossaryEntry[] =>
    engine.glossary().map((entry) => ({
      term: entry.term,
      kind: entry.kind,
      items: entry.items ? [...entry.items] : undefined,
      definition: entry.definition,
      definitionSource: entry.definitionSource,
      definitionUrl: entry.definitionUrl,
      numeral: entry.numeral,
      itemsMatchNumeral: entry.itemsMatchNumeral,
      sources: entry.sources.map((s) => {
        const location = workspace.locate(s.source, s.at ?? s.span);
        return {
          source: s.source.startsWith('builtin:') ? s.source : path.basename(URI.parse(location?.uri ?? s.source).fsPath),
          uri: location?.uri,
          // The editor's glossary view shows 《title》 and a byline: an official text's are its title and its issuer and date.
          articleTitle: s.citation ? s.citation.title.replace(/^《(.*)》$/u, '$1') : s.articleTitle,
          author: s.citation ? formatCitation({ title: '', issuer: s.citation.issuer, date: s.citation.date }).replace(/^（(.*)）$/u, '$1') : s.author,
          sentence: s.sentence,
          line: location?.range.start.line ?? 0,
        };
      }),
    })),
  );

  connection.onShutdown(() => {
    delivery.dispose();
    stopSegmenter();
  });

  documents.listen(connection);
  connection.listen();
}
