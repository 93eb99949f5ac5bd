import type { Block } from './passage';
import { clauseEnd } from './lists';
import type { ItemsFound } from './enumerations';

/** A part of a compound slogan: a numeral and what it counts (一化, 三改; 三去, 一降, 一补). */
const PART = /[一二两三四五六七八九十双]+[^一二两三四五六七八九十双]+/gu;
/** What follows a quoted part that defines it: ”即…, ”，即…, ”是指…. */
const DEFINES = /^”(?:，|：)?(?:即|是指|指的是|就是)[：，]?/u;
/** The parts are defined in the term's paragraph or the next two. */
const MAX_BLOCKS_AFTER = 2;

/**
 * “一化三改”…“一化”即社会主义工业化；“三改”即对农业、手工业和资本主义工商业的社会主义改造:
 * a compound slogan whose parts the text defines one by one. Each item is a part with its
 * definition, as the text gives it; a part left undefined leaves the slogan without items.
 */
export function findPartDefinitions(blocks: readonly Block[], at: number, term: string): ItemsFound | undefined {
  const parts = term.match(PART);
  if (!parts || parts.length < 2 || parts.join('') !== term) return undefined;
  const items: string[] = [];
  for (const part of parts) {
    const definition = partDefinition(blocks, at, part);
    if (!definition) return undefined;
    items.push(`${part}：${definition}`);
  }
  return { items, pattern: 'parts', anchored: true };
}

function partDefinition(blocks: readonly Block[], at: number, part: string): string | undefined {
  const quoted = `“${part}”`;
  for (let k = at; k < blocks.length && k <= at + MAX_BLOCKS_AFTER && blocks[k].article === blocks[at].article; k++) {
    const text = blocks[k].text;
    for (let i = text.indexOf(quoted); i >= 0; i = text.indexOf(quoted, i + 1)) {
      const anchor = DEFINES.exec(text.slice(i + quoted.length - 1));
      if (!anchor) continue;
      const start = i + quoted.length - 1 + anchor[0].length;
      const definition = text.slice(start, clauseEnd(text, start, '；。！？')).trim();
      if (definition) return definition;
    }
  }
  return undefined;
}
