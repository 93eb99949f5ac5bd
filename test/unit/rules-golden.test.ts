import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createEngine, LineIndex, type Finding, type SeveritySetting } from '../../server/src/engine';
import { embeddedCorpus, ROOT } from '../helpers/corpus';
import { spellingModel } from '../helpers/spelling';

/**
 * Golden fixtures for rules: test/fixtures/rules/<code>/<case>/ holds case.raw.txt, the
 * findings of <code> on it (case.expect.json) and the text after fix-all with only <code>
 * switched on (case.fixed.txt). The engine knows the embedded corpus and glossary, as the
 * CLI and the server do; an optional corpus.txt beside the case joins them as a workspace corpus.
 * An optional config.json names glossaries (paths relative to the case) that join the
 * builtin one, and the `documentDate` setting and `today` the case is checked with.
 */
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'rules');

/** What a fixture may say about a finding; each case.expect.json entry names the fields it checks. */
export interface DescribedFinding {
  readonly code: string;
  readonly severity: string;
  /** 1-based line of the start. */
  readonly line: number;
  /** 1-based `line:column-line:column` in UTF-16 code units, end exclusive. */
  readonly range: string;
  readonly text: string;
  readonly message: string;
}

export function describeFinding(text: string, finding: Finding): DescribedFinding {
  const lines = new LineIndex(text);
  const start = lines.positionAt(finding.span.start);
  const end = lines.positionAt(finding.span.end);
  return {
    code: finding.code,
    severity: finding.severity,
    line: start.line + 1,
    range: `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`,
    text: text.slice(finding.span.start, finding.span.end),
    message: finding.message,
  };
}

/** The fields of `actual` that `expected` names, so fixtures can check as much or as little as they need. */
function project(actual: DescribedFinding, expected: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(expected).map((key) => [key, (actual as unknown as Record<string, unknown>)[key]]));
}

function folders(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => fs.statSync(path.join(dir, name)).isDirectory()).sort() : [];
}

function readIfPresent(file: string): string | undefined {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

interface CaseConfig {
  readonly glossaries?: readonly string[];
  readonly documentDate?: string;
  readonly today?: string;
}

const embedded = embeddedCorpus();
const builtinGlossary = { id: 'builtin:glossary.json', data: JSON.parse(fs.readFileSync(path.join(ROOT, 'corpus', 'glossary.json'), 'utf8')) as unknown };
const probe = createEngine();
const registered = new Set(probe.rules().map((r) => r.code));

for (const code of folders(FIXTURES)) {
  for (const name of folders(path.join(FIXTURES, code))) {
    const dir = path.join(FIXTURES, code, name);
    test(`rule ${code}: ${name}`, () => {
      assert.ok(registered.has(code), `no registered rule has the code ${code}`);
      const raw = readIfPresent(path.join(dir, 'case.raw.txt'));
      assert.ok(raw !== undefined, `${dir} has no case.raw.txt`);
      const expectJson = readIfPresent(path.join(dir, 'case.expect.json'));
      const fixed = readIfPresent(path.join(dir, 'case.fixed.txt'));
      assert.ok(expectJson !== undefined || fixed !== undefined, `${dir} has neither case.expect.json nor case.fixed.txt`);
      const only: Record<string, SeveritySetting> = {};
      for (const other of registered) if (other !== code) only[other] = 'off';
      const corpus = readIfPresent(path.join(dir, 'corpus.txt'));
      const caseConfig = JSON.parse(readIfPresent(path.join(dir, 'config.json')) ?? '{}') as CaseConfig;
      const glossaries = (caseConfig.glossaries ?? []).map((file) => ({
        id: file,
        data: JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as unknown,
      }));
      const today = caseConfig.today;
      const engine = createEngine({
        corpora: corpus === undefined ? [embedded] : [embedded, { id: 'fixture:corpus.txt', text: corpus }],
        glossaries: [builtinGlossary, ...glossaries],
        config: { locale: 'zh', rules: only, documentDate: caseConfig.documentDate, today: today === undefined ? undefined : () => today },
        spelling: spellingModel(),
      });
      for (const glossary of glossaries) assert.deepEqual(engine.setGlossary(glossary), [], `${glossary.id} loads without problems`);
      if (expectJson !== undefined) {
        const expected = JSON.parse(expectJson) as Record<string, unknown>[];
        const actual = engine.analyze(raw).filter((f) => f.code === code).map((f) => describeFinding(raw, f));
        assert.equal(actual.length, expected.length, `expected ${expected.length} finding(s), got ${JSON.stringify(actual, null, 1)}`);
        assert.deepEqual(actual.map((a, i) => project(a, expected[i])), expected);
      }
      if (fixed !== undefined) {
        const once = engine.fixAll(raw).text;
        assert.equal(once, fixed);
        assert.equal(engine.fixAll(once).text, once, 'fix-all is not idempotent');
      }
    });
  }
}
