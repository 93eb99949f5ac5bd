import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { createEngine, mineSource, type Finding, type GlossarySource } from '../../server/src/engine';
import { embeddedCorpus, ROOT } from '../helpers/corpus';
import { realDocuments, realPassage } from '../helpers/real-text';

/** Edit sequences per run; `npm run fuzz` raises it. The seed makes a failure replay. */
const RUNS = Number(process.env.TIFA_FUZZ_RUNS ?? 12);
const SEED = Number(process.env.TIFA_FUZZ_SEED ?? 20261202);

const seed = embeddedCorpus();
const corpus = { ...seed, mined: mineSource(seed) };
const builtinGlossary = JSON.parse(fs.readFileSync(path.join(ROOT, 'corpus', 'glossary.json'), 'utf8')) as { entries: unknown[] };
/** Glossaries a drafter adds and removes: the shipped one, and small ones holding a few of its entries. */
const GLOSSARIES: GlossarySource[] = [
  { id: 'builtin:glossary.json', data: builtinGlossary },
  ...[0, 5, 10].map((from) => ({ id: `user-${from}.json`, data: { version: 1, entries: builtinGlossary.entries.slice(from, from + 5) } })),
];
const documents = realDocuments();
const flat = documents.join('\n');

const engineWith = (glossaries: Iterable<GlossarySource>) => createEngine({ corpora: [corpus], glossaries: [...glossaries], config: { locale: 'zh', rules: {} } });

/** One engine for the whole run, as a server lives through hours of editing: it sees every edit of every sequence. */
const warm = engineWith([GLOSSARIES[0]]);
const warmGlossaries = new Map<string, GlossarySource>([[GLOSSARIES[0].id, GLOSSARIES[0]]]);

const typed = fc.constantFrom('数字重庆建设', '要发扬斗争精神,', '“三融五跨”', '三融五通', '两个维护', '。', '，', ',', '“', '”', '（', '……', '...', '一是', '𠀀', '😀', 'GDP 10%');
const lineEnd = fc.constantFrom('\n', '\r\n', '\r', '\n\n');

/** What an edit inserts: typed or pasted text, or a copy of part of an open document (drafters copy within their drafts). */
type Insert = { text: string } | { copy: { doc: number; from: number; length: number; tweak?: number } };
type Step =
  | { kind: 'edit'; doc: number; at: number; remove: number; insert: Insert; analyze: boolean }
  | { kind: 'glossary'; which: number; remove: boolean };

const paste = (max: number) => fc.record({ from: fc.nat(), length: fc.integer({ min: 1, max }) });

/** A paste of real text up to about 1,000 characters, a cut of up to as much, or a few typed characters or line breaks. */
const edit = fc.record({
  kind: fc.constant('edit' as const),
  doc: fc.nat({ max: 2 }),
  at: fc.nat(),
  remove: fc.oneof({ weight: 3, arbitrary: fc.nat({ max: 8 }) }, { weight: 1, arbitrary: fc.nat({ max: 1000 }) }),
  insert: fc.oneof(
    { weight: 2, arbitrary: paste(1000).map(({ from, length }): Insert => ({ text: flat.substr(from % flat.length, length) })) },
    { weight: 2, arbitrary: fc.record({ doc: fc.nat({ max: 2 }), paste: paste(1000) }).map(({ doc, paste }): Insert => ({ copy: { doc, ...paste } })) },
    // A sentence reused with a word changed: the stuff of near-duplicates.
    {
      weight: 2,
      arbitrary: fc.record({ doc: fc.nat({ max: 2 }), paste: paste(80), tweak: fc.nat() }).map(({ doc, paste, tweak }): Insert => ({ copy: { doc, ...paste, tweak } })),
    },
    { weight: 4, arbitrary: fc.array(fc.oneof(typed, lineEnd), { maxLength: 3 }).map((a): Insert => ({ text: a.join('') })) },
  ),
  // A burst of keystrokes reaches the engine once.
  analyze: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
});
const glossaryChange = fc.record({ kind: fc.constant('glossary' as const), which: fc.nat({ max: GLOSSARIES.length - 1 }), remove: fc.boolean() });
const step: fc.Arbitrary<Step> = fc.oneof({ weight: 12, arbitrary: edit }, { weight: 1, arbitrary: glossaryChange });

/** Moves an offset off the middle of a surrogate pair, as an editor never splits one. */
function codePointBoundary(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  return code >= 0xdc00 && code <= 0xdfff ? offset - 1 : offset;
}

function inserted(insert: Insert, texts: readonly string[]): string {
  if ('text' in insert) return insert.text;
  const source = texts[insert.copy.doc];
  const from = codePointBoundary(source, insert.copy.from % (source.length + 1));
  const copied = source.slice(from, codePointBoundary(source, Math.min(source.length, from + insert.copy.length)));
  if (insert.copy.tweak === undefined || copied.length === 0) return copied;
  const at = codePointBoundary(copied, insert.copy.tweak % copied.length);
  return `${copied.slice(0, at)}新${copied.slice(at + (copied.codePointAt(at)! > 0xffff ? 2 : 1))}`;
}

/** Everything a drafter sees of a finding: rule, place, severity, words, related places and fixes. */
function comparable(findings: readonly Finding[]): unknown[] {
  return findings.map((f) => ({
    code: f.code,
    span: f.span,
    severity: f.severity,
    message: f.message,
    related: f.related?.map((r) => ({ span: r.span, source: r.source, message: r.message })),
    fixes: f.fixes?.map((x) => ({ title: x.title, safe: x.safe, edits: x.edits })),
  }));
}

test('after any edits of several documents and glossary changes, every rule finds what a fresh engine finds', () => {
  fc.assert(
    fc.property(fc.array(realPassage(documents, 3000), { minLength: 3, maxLength: 3 }), fc.array(step, { minLength: 1, maxLength: 16 }), (initial, steps) => {
      const texts = [...initial];
      for (const text of texts) warm.analyze(text);
      for (const s of steps) {
        if (s.kind === 'glossary') {
          const glossary = GLOSSARIES[s.which];
          if (s.remove) {
            warm.removeGlossary(glossary.id);
            warmGlossaries.delete(glossary.id);
          } else {
            warm.setGlossary(glossary);
            warmGlossaries.set(glossary.id, glossary);
          }
          continue;
        }
        const text = texts[s.doc];
        const start = codePointBoundary(text, s.at % (text.length + 1));
        const end = codePointBoundary(text, Math.min(text.length, start + s.remove));
        texts[s.doc] = text.slice(0, start) + inserted(s.insert, texts) + text.slice(end);
        if (s.analyze) warm.analyze(texts[s.doc]);
      }
      // A fresh engine with the same glossaries, in the order the warm one holds them.
      const fresh = engineWith(warmGlossaries.values());
      for (const [k, text] of texts.entries()) {
        assert.deepEqual(comparable(warm.analyze(text)), comparable(fresh.analyze(text)), `document ${k}`);
      }
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
});
