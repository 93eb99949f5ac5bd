import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createEngine, type CorpusSource } from '../../server/src/engine';
import { canonOf } from '../../server/src/engine/canonical/canon';
import { findDraftedVariants } from '../../server/src/engine/canonical/drafted';
import { findSectionVariants } from '../../server/src/engine/canonical/sections';
import { parseDocument } from '../../server/src/engine/document/parse';
import { KnowledgeBase } from '../../server/src/engine/corpus/knowledge';
import { embeddedCorpus, embeddedGlossaries, ROOT } from '../helpers/corpus';
import { makeTree, runCli } from '../cli/harness';

const OFFICIAL = path.join(ROOT, '..', 'shared', 'corpus-official');
const builtinGlossary = { id: 'builtin:glossary.json', data: JSON.parse(fs.readFileSync(path.join(ROOT, 'corpus', 'glossary.json'), 'utf8')) as unknown };

function official(): CorpusSource[] {
  assert.ok(fs.existsSync(OFFICIAL), `${OFFICIAL} is missing: the official corpus is needed to measure false alarms`);
  const files = fs.readdirSync(OFFICIAL).filter((f) => f.endsWith('.txt'));
  assert.ok(files.length >= 40, `${files.length} official texts`);
  return files.map((f) => ({ id: f, text: fs.readFileSync(path.join(OFFICIAL, f), 'utf8') }));
}

function canonFor(corpora: readonly CorpusSource[]) {
  // Every embedded glossary: the slogans that ship are the ones a draft is held to.
  const engine = createEngine({ corpora, glossaries: embeddedGlossaries() });
  return canonOf(new KnowledgeBase(engine.glossary()));
}

const DRAFTS = path.join(ROOT, 'test', 'fixtures', 'canonical');

test('the draft-enumeration check raises no false alarm on the official texts, nor on the canonical drafts and the seed', () => {
  const texts = official();
  const drafts = fs.readdirSync(DRAFTS).map((f) => ({ id: f, text: fs.readFileSync(path.join(DRAFTS, f), 'utf8') }));
  // Once with what ships today, once with every official text mined as well, so their own enumerations become canon too.
  for (const corpora of [[embeddedCorpus()], [embeddedCorpus(), ...texts]]) {
    const canon = canonFor(corpora);
    assert.ok(canon.enumerated.length >= 20, `${canon.enumerated.length} slogans with trusted items`);
    const alarms: string[] = [];
    for (const source of [...texts, ...drafts, embeddedCorpus()]) {
      for (const paragraph of source.text.split(/\r?\n/u)) {
        for (const v of findDraftedVariants(paragraph, canon)) alarms.push(`${source.id}: ${v.entry.term} ${paragraph.slice(v.span.start, v.span.end)}`);
      }
      for (const v of findSectionVariants(parseDocument(source.text), canon)) alarms.push(`${source.id}: ${v.entry.term} ${source.text.slice(v.span.start, v.span.end)}`);
    }
    assert.deepEqual(alarms, []);
  }
});

test('an enumeration that is not clearly the slogan’s is left alone', () => {
  const engine = createEngine({ corpora: [embeddedCorpus()], glossaries: [builtinGlossary] });
  const quiet = [
    // Three items of an outer enumeration follow the term: none is one of its relationships.
    '把握“四个关系”，推动“五个转变”。一是着力把握“四个关系”；二是着力推动“五个转变”；三是着力破除“八个误区”。',
    // Two of four items differ: another list, not this one changed.
    '把握“四个关系”。一是把握顶层设计与基层创新的关系；二是把握发展与安全的关系；三是把握有形之手与无形之手的关系；四是把握改革与稳定的关系。',
    // The enumeration opens two sentences later: it belongs to something else.
    '把握“四个关系”。这很重要。还要看到：一是把握顶层设计与基层创新的关系；二是把握技术应用与制度重塑的关系；三是把握重点突破与整体推进的关系。',
    // A title quotes what a publication called it.
    '学习《“四个自信”：道路自信、理论自信、文化自信》一文。',
    // An extra item may be the drafter's own addition.
    '坚持“四个自信”：道路自信、理论自信、制度自信、文化自信、历史自信。',
    // A list closed by 等 names some of the items only.
    '坚定道路自信、理论自信、制度自信等“四个自信”。',
  ];
  for (const text of quiet) assert.deepEqual(engine.analyze(text).filter((f) => f.code === 'noncanonical-phrase').map((f) => text.slice(f.span.start, f.span.end)), [], text);
});

test('a missing first ordinal item is inserted and every ordinal after it renumbered, as one fix', () => {
  const engine = createEngine({ corpora: [embeddedCorpus()], glossaries: [builtinGlossary] });
  const text = '把握“四个关系”。（一）把握技术应用与制度重塑的关系；（二）把握有形之手与无形之手的关系；（三）把握重点突破与系统建设的关系。';
  const [finding] = engine.analyze(text).filter((f) => f.code === 'noncanonical-phrase');
  assert.match(finding.message, /缺项/u);
  assert.equal(
    engine.fixAll(text).text,
    '把握“四个关系”。（一）把握顶层设计与基层创新的关系；（二）把握技术应用与制度重塑的关系；（三）把握有形之手与无形之手的关系；（四）把握重点突破与系统建设的关系。',
  );
});

test('a list written before the term keeps its lead-in words when an item is fixed', () => {
  const engine = createEngine({ glossaries: [builtinGlossary] });
  const text = '牢固树立政治意识、大局意识、核心意识、看齐标准的“四个意识”。';
  const findings = engine.analyze(text).filter((f) => f.code === 'noncanonical-phrase');
  assert.deepEqual(findings.map((f) => text.slice(f.span.start, f.span.end)), ['标准']);
  assert.equal(engine.fixAll(text).text, '牢固树立政治意识、大局意识、核心意识、看齐意识的“四个意识”。');
});

test('sections or paragraphs that each open with a number are compared with the slogan the line before announces', () => {
  const engine = createEngine({ corpora: [embeddedCorpus()], glossaries: [builtinGlossary] });
  const changed = '要把握好“四个关系”。\n\n（一）把握顶层设计与基层创新的关系\n\n正文。\n\n（二）把握技术应用与制度重塑的关系\n\n（三）把握有形之手与无形之手的关系\n\n（四）把握重点突破与整体推进的关系\n';
  const [finding] = engine.analyze(changed).filter((f) => f.code === 'noncanonical-phrase');
  assert.equal(changed.slice(finding.span.start, finding.span.end), '整体推进');
  assert.equal(engine.fixAll(changed).text, changed.replace('整体推进', '系统建设'));
  // Moving whole sections is the drafter's call: reported, not fixed.
  const moved = '把握好“四个关系”：\r\n一是把握技术应用与制度重塑的关系。技术是手段。\r\n二是把握顶层设计与基层创新的关系。\r\n三是把握有形之手与无形之手的关系。\r\n四是把握重点突破与系统建设的关系。\r\n';
  const order = engine.analyze(moved).filter((f) => f.code === 'noncanonical-phrase');
  assert.equal(order.length, 1);
  assert.match(order[0].message, /次序/u);
  assert.equal(order[0].fixes, undefined);
  assert.equal(engine.fixAll(moved).text, moved);
  // Sections under a line that does not end by announcing the slogan belong to something else.
  const other = '把握好“四个关系”，还要做好以下工作。\n（一）把握技术应用与制度重塑的关系\n（二）把握顶层设计与基层创新的关系\n（三）加强组织领导\n（四）强化督查考核\n';
  assert.deepEqual(engine.analyze(other).filter((f) => f.code === 'noncanonical-phrase'), []);
});

test('tifa check reports a changed item of the draft’s own enumeration, and --fix writes the canonical item', async () => {
  const draft = '把握“四个关系”：把握顶层设计与基层创新的关系；把握技术应用与制度重塑的关系；把握有形之手与无形之手的关系；把握重点突破与整体推进的关系。\n';
  const root = makeTree({ 'draft.txt': draft });
  const report = await runCli(['check', '--format', 'json', 'draft.txt'], root);
  const [file] = JSON.parse(report.stdout) as { diagnostics: { code: string; range: { start: { character: number } } }[] }[];
  assert.deepEqual(
    file.diagnostics.filter((d) => d.code === 'noncanonical-phrase').map((d) => d.range.start.character),
    [draft.indexOf('整体推进')],
  );
  await runCli(['check', '--fix', 'draft.txt'], root);
  assert.equal(fs.readFileSync(path.join(root, 'draft.txt'), 'utf8'), draft.replace('整体推进', '系统建设'));
});
