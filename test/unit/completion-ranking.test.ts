import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { createEngine } from '../../server/src/engine';
import { KnowledgeBase, type SourceRef, type TermEntry } from '../../server/src/engine/corpus/knowledge';
import { completeAt } from '../../server/src/engine/completion';
import { officialUse, type SourceInfo } from '../../server/src/engine/completion-index';

const at = (source: string): SourceRef => ({ source, span: { start: 0, end: 1 }, sentence: '…' });
const INFO: Record<string, SourceInfo> = {
  'report-2015': { official: true, date: '2015-03-05' },
  'report-2024': { official: true, date: '2024-03-05' },
  'report-2025': { official: true, date: '2025-03-05' },
  'notes-2026': { date: '2026-01-10' },
  notes: {},
};
const lookup = (id: string) => INFO[id];

function labels(entries: TermEntry[], text: string): string[] {
  const result = completeAt(new KnowledgeBase(entries), text, text.length, { locale: 'zh', describe: () => '', sources: lookup });
  return (result?.candidates ?? []).filter((c) => !c.snippet).map((c) => c.label);
}

test('completion ranks curated entries first, then by official usage, then by the latest use, then by uses', () => {
  const entries: TermEntry[] = [
    // Used most often, but only in the drafter's notes.
    { term: '创新甲', kind: 'quoted', sources: Array.from({ length: 30 }, () => at('notes')) },
    // Two official texts.
    { term: '创新乙', kind: 'quoted', sources: [at('report-2015'), at('report-2024')] },
    // One official text, recent.
    { term: '创新丙', kind: 'quoted', sources: [at('report-2025')] },
    // One official text, older, but used more often there.
    { term: '创新丁', kind: 'quoted', sources: [at('report-2015'), at('report-2015'), at('report-2015')] },
    // Curated, with no corpus use at all.
    { term: '创新戊', kind: 'glossary', definition: '释义', sources: [] },
    // No official text, but a recent dated one.
    { term: '创新己', kind: 'quoted', sources: [at('notes-2026')] },
  ];
  assert.deepEqual(labels(entries, '要“创新'), ['创新戊', '创新乙', '创新丙', '创新丁', '创新己', '创新甲']);
  // Without source information the list falls back on curation and uses, as before.
  const plain = completeAt(new KnowledgeBase(entries), '要“创新', 4, { locale: 'zh', describe: () => '' });
  assert.deepEqual(plain!.candidates.map((c) => c.label), ['创新戊', '创新甲', '创新丁', '创新乙', '创新丙', '创新己']);
});

test('official usage counts distinct official texts, not uses', () => {
  const entry: TermEntry = { term: '创新乙', kind: 'quoted', sources: [at('report-2015'), at('notes'), at('report-2015'), at('report-2024')] };
  assert.deepEqual(officialUse(entry, lookup), { official: 2, latest: '2024-03-05' });
  assert.deepEqual(officialUse(entry), { official: 0, latest: '' });
});

test('the engine ranks by the official flag and date of its corpus sources; the list stays at most 20', () => {
  const older = '坚持“八方协同”推进。'.repeat(3);
  const official = '坚持“八方联动”推进。';
  const engine = createEngine({
    corpora: [
      { id: 'notes.txt', text: older },
      { id: 'report.txt', text: official, official: true, date: '2025-03-05' },
    ],
  });
  const result = engine.complete('要“八方', 4)!;
  assert.deepEqual(result.candidates.map((c) => c.label), ['八方联动', '八方协同']);
  engine.setCorpus({ id: 'report.txt', text: official });
  assert.deepEqual(engine.complete('要“八方', 4)!.candidates.map((c) => c.label), ['八方协同', '八方联动'], 'a source re-added without the flag loses it');
  const many = createEngine({
    corpora: Array.from({ length: 40 }, (_, i) => ({ id: `r${i}`, text: `落实“${i}号要求”。`, official: true, date: `20${10 + (i % 15)}-01-01` })),
  });
  assert.ok(many.complete('要“', 2)!.candidates.length <= 20);
});
