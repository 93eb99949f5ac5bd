// The language server as an editor drives it, over real JSON-RPC on stdio: bench/server.mjs
// spawns it through here for every measurement.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './paths.mjs';

const require = createRequire(join(ROOT, 'package.json'));
const rpc = require('vscode-languageserver-protocol/node');
const now = () => performance.now();

/** Spawns the server of the checkout `root` and initializes it; `pull` advertises pull diagnostics. */
export async function startServer({ pull = false, root = ROOT, profile: profileDir } = {}) {
  const spawnedAt = now();
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...profile, join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stderr.resume();
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const waiters = [];
  let status;
  const statusWaiters = [];
  connection.onNotification(rpc.PublishDiagnosticsNotification.type, (params) => {
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && (waiter.version === undefined || params.version === waiter.version)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve({ at: now(), diagnostics: params.diagnostics });
      }
    }
  });
  connection.onNotification('tifa/status', (params) => {
    status = params;
    for (const waiter of statusWaiters.splice(0)) waiter(params);
  });
  // As VS Code does, a pull client lets the server ask it to pull again.
  const refreshWaiters = [];
  connection.onRequest(rpc.DiagnosticRefreshRequest.type, () => {
    for (const waiter of refreshWaiters.splice(0)) waiter(now());
    return null;
  });
  connection.onRequest(() => null);
  connection.listen();
  await connection.sendRequest(rpc.InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: pull ? { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { diagnostics: { refreshSupport: true } } } : {},
    locale: 'zh-cn',
  });
  await connection.sendNotification(rpc.InitializedNotification.type, {});
  let version = 1;
  return {
    child,
    connection,
    spawnedAt,
    pushed(uri, wantVersion) {
      return new Promise((resolve) => waiters.push({ uri, version: wantVersion, resolve }));
    },
    async open(uri, text) {
      await connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    },
    async change(uri, range, text) {
      version++;
      await connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range, text }],
      });
    },
    /** Resolves with the time of the server's next request to pull again. */
    refreshed() {
      return new Promise((resolve) => refreshWaiters.push(resolve));
    },
    pull(uri) {
      return connection.sendRequest(rpc.DocumentDiagnosticRequest.type, { textDocument: { uri } });
    },
    /** Waits until the server reports itself ready, at most `timeoutMs`. */
    ready(timeoutMs = 15_000) {
      if (status?.state === 'ready') return Promise.resolve(status);
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(status), timeoutMs);
        const check = (s) => {
          if (s.state === 'ready') {
            clearTimeout(timer);
            resolve(s);
          } else statusWaiters.push(check);
        };
        statusWaiters.push(check);
      });
    },
    /** Waits until the server reports the word segmenter loaded, at most `timeoutMs`; false if it did not. */
    segmenterLoaded(timeoutMs = 15_000) {
      if (status?.segmenter) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), timeoutMs);
        const check = (s) => {
          if (s.segmenter) {
            clearTimeout(timer);
            resolve(true);
          } else statusWaiters.push(check);
        };
        statusWaiters.push(check);
      });
    },
    async stop() {
      await connection.sendRequest(rpc.ShutdownRequest.type);
      await connection.sendNotification(rpc.ExitNotification.type);
      connection.dispose();
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

/** Position (line, UTF-16 character) of an offset. */
export function positionAt(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}
