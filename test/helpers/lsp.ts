import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  createProtocolConnection,
  CodeActionRequest,
  type CodeAction,
  InitializeRequest,
  InitializedNotification,
  DidOpenTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DocumentDiagnosticRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  ExitNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Position,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { glossaryRequest, statusNotification } from '../../server/src/lsp/protocol';
import { ROOT } from './corpus';

export interface TestServer {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  open(uri: string, text: string, languageId?: string): Promise<void>;
  /** Resolves with the next diagnostics for `uri` that satisfy `accept`, or rejects after `timeoutMs`. */
  diagnostics(uri: string, accept?: (d: Diagnostic[]) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
  /** Calls `listener` with every publishDiagnostics from now on (the connection allows one handler, kept here). */
  onPublish(listener: (params: PublishDiagnosticsParams) => void): void;
  stop(): Promise<void>;
}

/** Spawns `dist/server.js --stdio` and initializes it as a push-diagnostics client. */
export async function startServer(
  options: { capabilities?: ClientCapabilities; rootUri?: string | null; locale?: string; initializationOptions?: unknown } = {},
): Promise<TestServer> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiters: { uri: string; accept: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];
  const listeners: ((params: PublishDiagnosticsParams) => void)[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params: PublishDiagnosticsParams) => {
    for (const listener of listeners) listener(params);
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && waiter.accept(params.diagnostics)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params.diagnostics);
      }
    }
  });
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: options.rootUri ?? null,
    capabilities: options.capabilities ?? {},
    locale: options.locale ?? 'en',
    initializationOptions: options.initializationOptions,
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    connection,
    process: child,
    async open(uri, text, languageId = 'plaintext') {
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    },
    diagnostics(uri, accept = () => true, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({
          uri,
          accept,
          resolve: (d) => {
            clearTimeout(timer);
            resolve(d);
          },
        });
      });
    },
    onPublish(listener) {
      listeners.push(listener);
    },
    async stop() {
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      connection.dispose();
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

/** The terms the server knows now. */
export async function terms(server: TestServer): Promise<Set<string>> {
  return new Set((await server.connection.sendRequest(glossaryRequest)).map((e) => e.term));
}

/** Resolves once the server knows `wanted`, asking again whenever its status changes. */
export function knows(server: TestServer, wanted: string[], timeoutMs = 15_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`never learned ${wanted.join(', ')}`)), timeoutMs);
    const check = async () => {
      const known = await terms(server);
      if (wanted.every((t) => known.has(t))) {
        clearTimeout(timer);
        resolve();
      }
    };
    server.connection.onNotification(statusNotification, () => void check());
    void check();
  });
}

/** The quick fixes the server offers for one diagnostic, as an editor asks for them under the cursor. */
export async function quickFixes(server: TestServer, uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], only: ['quickfix'] },
  })) as CodeAction[];
  return actions.filter((action) => action.diagnostics?.[0]?.code === diagnostic.code);
}

/** The edits of the quick fix the server prefers for one diagnostic; fails when it offers none. */
export async function preferredFixEdits(server: TestServer, uri: string, diagnostic: Diagnostic): Promise<TextEdit[]> {
  const fix = (await quickFixes(server, uri, diagnostic)).find((a) => a.isPreferred);
  const edits = fix?.edit?.changes?.[uri] as TextEdit[] | undefined;
  assert.ok(edits, `a preferred quick fix for ${diagnostic.message}`);
  return edits;
}

/** The edits `source.fixAll.tifa` makes in `uri`, asked for over the text up to `end`. */
export async function fixAllEdits(server: TestServer, uri: string, end: Position): Promise<TextEdit[]> {
  const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end },
    context: { diagnostics: [], only: ['source.fixAll.tifa'] },
  })) as CodeAction[];
  return actions.flatMap((a) => (a.edit?.changes?.[uri] as TextEdit[] | undefined) ?? []);
}

/** Client capabilities that ask for pull diagnostics. */
export const PULL_DIAGNOSTICS: ClientCapabilities = { textDocument: { diagnostic: { dynamicRegistration: false } } };

/** The diagnostics a pull for `uri` is answered with. */
export async function pullDiagnostics(server: TestServer, uri: string): Promise<Diagnostic[]> {
  const report = await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
  return 'items' in report ? report.items : [];
}

/**
 * Waits until the wrong-character model has loaded in a pull-diagnostics server, so that every
 * analysis compared has it and no refresh for it is still to come.
 */
export async function spellingModelLoaded(server: TestServer): Promise<void> {
  const uri = 'file:///spelling/slip.txt';
  await server.open(uri, '地方各级政府才政部门负责统一管理本地区政府债务。');
  const deadline = Date.now() + 30_000;
  while (!(await pullDiagnostics(server, uri)).some((d) => d.code === 'wrong-character')) {
    assert.ok(Date.now() < deadline, 'the wrong-character model did not load');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
}

/** Diagnostics as sorted lines of code, range and message: two analyses agree when these are equal. */
export function comparableDiagnostics(diagnostics: Diagnostic[]): string[] {
  return diagnostics
    .map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`)
    .sort();
}
