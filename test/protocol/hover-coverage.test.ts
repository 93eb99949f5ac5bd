import { test, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HoverRequest, type Hover, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { startServer, type TestServer } from '../helpers/lsp';
import { ROOT } from '../helpers/corpus';

// What a new user sees: the server as shipped, a new document, no corpus or glossary of their
// own. Each common 提法 of the fixture must hover with its canonical items, in order, and an
// official source with its date.

interface Expected {
  readonly term: string;
  readonly area: string;
  /** The canonical items; a long one by its opening words. */
  readonly items?: readonly string[];
}

const fixture = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'hover-coverage', 'common-tifa.json'), 'utf8')) as { terms: Expected[] };
/** The share of the list that must hover right. */
const THRESHOLD = 0.9;
const URI = 'untitled:hover-coverage';

let server: TestServer | undefined;
after(async () => server?.stop());

/** A dated citation: the definition's source (来源：) or a quoted title 《…》, and on the same line a date such as 2024年3月5日, 2013年4月 or 1992年. */
const DATED_SOURCE = /^(?:来源：|.*《[^》\n]+》)[^\n]*\d{4}年/mu;

function unescape(markdown: string): string {
  return markdown.replace(/\\(.)/gu, '$1');
}

/** Why the hover is not right for the expected entry, or undefined when it is. */
export function judge(expected: Expected, hover: Hover | null, line: string, start: number): string | undefined {
  if (!hover) return 'no hover';
  const range = hover.range;
  if (range && line.slice(range.start.character, range.end.character) !== expected.term) {
    return `hovers “${line.slice(range.start.character, range.end.character)}” instead`;
  }
  if (range && range.start.character !== start) return 'hovers another span';
  const markdown = (hover.contents as MarkupContent).value;
  if (expected.items) {
    const listed = [...markdown.matchAll(/^(\d+)\. (.*)$/gmu)].map((m) => unescape(m[2]));
    if (listed.length !== expected.items.length) return `lists ${listed.length} items, not ${expected.items.length}`;
    const wrong = expected.items.findIndex((item, i) => !listed[i].includes(item));
    if (wrong >= 0) return `item ${wrong + 1} is “${listed[wrong]}”, not “${expected.items[wrong]}”`;
  }
  if (!DATED_SOURCE.test(unescape(markdown))) return 'no official source with a date';
  return undefined;
}

test('hovering the common 提法 in a new document shows their items and a dated official source', async (t) => {
  assert.ok(fixture.terms.length >= 80, `${fixture.terms.length} terms in the fixture`);
  assert.ok(new Set(fixture.terms.map((e) => e.area)).size >= 10, 'the list is broad across areas');
  server = await startServer({ locale: 'zh' });
  const prefix = '我们坚持“';
  const lines = fixture.terms.map((e) => `${prefix}${e.term}”。`);
  await server.open(URI, lines.join('\n'));
  const misses: string[] = [];
  const byArea = new Map<string, { right: number; all: number }>();
  for (const [i, expected] of fixture.terms.entries()) {
    const hover = (await server.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: URI },
      position: { line: i, character: prefix.length + 1 },
    })) as Hover | null;
    const why = judge(expected, hover, lines[i], prefix.length);
    const tally = byArea.get(expected.area) ?? { right: 0, all: 0 };
    tally.all++;
    if (why) misses.push(`${expected.term} (${expected.area}): ${why}`);
    else tally.right++;
    byArea.set(expected.area, tally);
  }
  const right = fixture.terms.length - misses.length;
  const share = right / fixture.terms.length;
  t.diagnostic(`hover coverage: ${right}/${fixture.terms.length} = ${(share * 100).toFixed(1)}%`);
  t.diagnostic(`by area: ${[...byArea].map(([area, { right: r, all }]) => `${area} ${r}/${all}`).join(', ')}`);
  for (const miss of misses) t.diagnostic(`miss: ${miss}`);
  assert.ok(share >= THRESHOLD, `${(share * 100).toFixed(1)}% of the common 提法 hover right, below ${THRESHOLD * 100}%:\n${misses.join('\n')}`);
});

test('the judge refuses a wrong item, a missing item, a hover without a dated source and a hover of another span', () => {
  const line = '我们坚持“四个全面”。';
  const hover = (value: string, start = 5, end = 9): Hover => ({
    contents: { kind: 'markdown', value },
    range: { start: { line: 0, character: start }, end: { line: 0, character: end } },
  });
  const expected = { term: '四个全面', area: 'theory', items: ['全面建设社会主义现代化国家', '全面深化改革', '全面依法治国', '全面从严治党'] };
  const good = '**四个全面**\n\n1. 全面建设社会主义现代化国家\n2. 全面深化改革\n3. 全面依法治国\n4. 全面从严治党\n\n来源：《某报告》（某大会，2022年10月16日）';
  assert.equal(judge(expected, hover(good), line, 5), undefined);
  assert.match(judge(expected, hover(good.replace('全面建设社会主义现代化国家', '全面建成小康社会')), line, 5) ?? '', /item 1/u);
  assert.match(judge(expected, hover(good.replace('4. 全面从严治党\n', '')), line, 5) ?? '', /lists 3 items/u);
  assert.match(judge(expected, hover(good.replace('（某大会，2022年10月16日）', '')), line, 5) ?? '', /date/u);
  assert.match(judge(expected, hover(good.replace('来源：《某报告》（某大会，2022年10月16日）', '> 坚持四个全面。\n>\n> —— 《学习笔记》 — 某作者')), line, 5) ?? '', /date/u);
  assert.match(judge(expected, hover(good, 5, 7), line, 5) ?? '', /instead/u);
  assert.equal(judge(expected, null, line, 5), 'no hover');
});
