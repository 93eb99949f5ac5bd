import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { HoverRequest, WorkDoneProgressCreateRequest, type Diagnostic, type Hover, type MarkupContent, type WorkDoneProgressBegin, type WorkDoneProgressEnd, type WorkDoneProgressReport } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { statusNotification, type ServerStatus } from '../../server/src/lsp/protocol';
import { writeBigCorpus, type BigCorpus } from '../helpers/big-corpus';
import { startServer, type TestServer } from '../helpers/lsp';

const FILES = 10_000;
/** Generous: on two cores a hover takes milliseconds even while indexing; a starved server takes seconds. */
const HOVER_BOUND_MS = 1000;
/** A bound only a leak or a copy per file would pass: 10,000 small files take about 200 MB. */
const RSS_BOUND_MB = 1200;

const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tifa-scale-')));
const DRAFT = URI.file(path.join(folder, 'draft.txt')).toString();
let corpus: BigCorpus;
let draftText: string;
let server: TestServer;
const statuses: ServerStatus[] = [];
const progress: (WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd)[] = [];
let started = 0;
let indexedAt = 0;
let published: Diagnostic[] = [];

function memory(pid: number): { rss: number; peak: number } | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`, 'u').exec(status)?.[1] ?? 0) / 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

before(async () => {
  corpus = writeBigCorpus(folder, FILES);
  draftText = `旧城改造情况报告\n\n我们坚持“三融五跨”的推进路径。\n\n${corpus.uniqueSentence}\n`;
  fs.writeFileSync(path.join(folder, 'tifa.json'), JSON.stringify({ corpus: ['refs/**/*.txt'] }));
  started = Date.now();
  server = await startServer({ rootUri: URI.file(folder).toString(), capabilities: { window: { workDoneProgress: true } } });
  server.connection.onRequest(WorkDoneProgressCreateRequest.type, () => null);
  server.connection.onNotification('$/progress', (params: { value: WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd }) => {
    progress.push(params.value);
    if (params.value.kind === 'end') indexedAt = Date.now();
  });
  server.connection.onNotification(statusNotification, (status) => statuses.push(status));
  server.onPublish((params) => {
    if (params.uri === DRAFT) published = params.diagnostics;
  });
  await server.open(DRAFT, draftText);
});
after(async () => {
  await server.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

async function hover(): Promise<{ ms: number; markdown: string }> {
  const at = Date.now();
  const result = (await server.connection.sendRequest(HoverRequest.type, {
    textDocument: { uri: DRAFT },
    position: { line: 2, character: draftText.split('\n')[2].indexOf('三融五跨') + 1 },
  })) as Hover | null;
  return { ms: Date.now() - at, markdown: result ? (result.contents as MarkupContent).value : '' };
}

test('hovers are answered promptly while 10,000 corpus files are indexed, and indexing reports its progress', async (t) => {
  const during: number[] = [];
  const deadline = Date.now() + 60_000;
  while (indexedAt === 0) {
    assert.ok(Date.now() < deadline, `indexing did not finish; progress: ${JSON.stringify(progress.slice(-2))}`);
    const { ms, markdown } = await hover();
    if (indexedAt === 0) during.push(ms);
    assert.match(markdown, /三融五跨/u, 'the embedded corpus answers from the start');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.ok(during.length >= 5, `only ${during.length} hovers were answered while indexing`);
  const slowest = Math.max(...during);
  assert.ok(slowest < HOVER_BOUND_MS, `a hover took ${slowest} ms while indexing`);

  const [begin, ...rest] = progress;
  assert.equal(begin.kind, 'begin');
  assert.match((begin as WorkDoneProgressBegin).title, /indexing the user corpus/u);
  const reports = rest.filter((p): p is WorkDoneProgressReport => p.kind === 'report');
  assert.ok(reports.length > 0, 'progress is reported between begin and end');
  assert.match(reports.at(-1)!.message ?? '', new RegExp(`^\\d+/${FILES} files$`, 'u'));
  assert.ok(reports.every((r, i) => i === 0 || (r.percentage ?? 0) >= (reports[i - 1].percentage ?? 0)), 'percentages only grow');
  assert.equal(rest.at(-1)!.kind, 'end');

  const sorted = [...during].sort((a, b) => a - b);
  const usage = memory(server.process.pid!);
  t.diagnostic(
    `indexed ${FILES} files (${(corpus.bytes / 1048576).toFixed(1)} MB) in ${indexedAt - started} ms; ` +
      `${during.length} hovers meanwhile: median ${sorted[Math.floor(sorted.length / 2)]} ms, slowest ${slowest} ms` +
      (usage ? `; server RSS ${usage.rss.toFixed(0)} MB, peak ${usage.peak.toFixed(0)} MB` : ''),
  );
});

test('after indexing, the status counts every corpus file and the draft is checked against them', async () => {
  const deadline = Date.now() + 30_000;
  while (!published.some((d) => d.code === 'corpus-overlap')) {
    assert.ok(Date.now() < deadline, `no corpus-overlap on the draft: ${JSON.stringify(published)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const overlap = published.find((d) => d.code === 'corpus-overlap')!;
  assert.equal(overlap.range.start.line, 4);
  assert.equal(overlap.relatedInformation?.[0]?.location.uri, URI.file(corpus.target).toString());
  const first = statuses[0];
  const last = statuses.at(-1)!;
  assert.equal(last.corpusSources - first.corpusSources, FILES);
  assert.ok(last.terms > first.terms, 'slogans of the corpus files are known');
  const { markdown } = await hover();
  assert.match(markdown, /三融五跨/u);
});

test('the server stays within a bounded memory and alive', () => {
  assert.equal(server.process.exitCode, null);
  const usage = memory(server.process.pid!);
  if (usage) assert.ok(usage.peak < RSS_BOUND_MB, `peak RSS ${usage.peak.toFixed(0)} MB`);
});
