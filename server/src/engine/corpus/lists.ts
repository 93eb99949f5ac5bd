import LEAD_WORDS from './lead-words.json';

/** Marks that end a clause; the text they see is normalised to full-width punctuation. */
const CLAUSE_MARKS = '，；。：！？';
const ITEM_TRAILERS = /[等]+$/u;
const MAX_ITEM_LENGTH = 24;
const LEADS = [...LEAD_WORDS.words].sort((a, b) => b.length - a.length);

/** A list found in text: its items and where it starts and ends. */
export interface FoundList {
  readonly items: string[];
  readonly start: number;
  readonly end: number;
  /** The items were quoted: “核心业务”“数据共享”…, or one quotation “深、实、细”. */
  readonly quoted: boolean;
  /**
   * False when where the first or last item starts or ends is a guess: the clause's opening
   * words could not be told from the first item, or an item stands for a shared word
   * (东、中、西、东北地区).
   */
  readonly sure: boolean;
}

/** Words that tie a list to the next thing and leave the list unfinished: A、B和“三个代表”. */
const COORDINATING_END = /(?:和|与|及|以及|或|或者|同)$/u;
/** Words between a list and the term it names: …这三大历史任务, …共享的新发展理念. */
const LINKING_END = /(?:这些|这一|这|的)$/u;
/** 把A、B、C作为…的三项准则: the verb after the list, and what opens it. */
const AS_VERB = /(?:作为|列为|确定为|概括为|归纳为|称为)/u;
const TAKE_VERB = /[把将]/gu;

/** Splits on 、 outside quotations and strips the quotes and trailing 等 from each item. */
export function splitEnumeration(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“' || ch === '《' || ch === '（') depth++;
    else if ((ch === '”' || ch === '》' || ch === '）') && depth > 0) depth--;
    else if (ch === '、' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map(cleanItem);
}

function cleanItem(item: string): string {
  let s = item.trim().replace(ITEM_TRAILERS, '').trim();
  if (/^“[^“”]*”$/u.test(s)) s = s.slice(1, -1);
  return s.trim();
}

export function commonPrefix(items: readonly string[]): string {
  if (items.length === 0) return '';
  let prefix = items[0];
  for (const item of items) while (!item.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

function commonSuffix(items: readonly string[]): string {
  if (items.length === 0) return '';
  let suffix = items[0];
  for (const item of items) while (!item.endsWith(suffix)) suffix = suffix.slice(1);
  return suffix;
}

/**
 * The first item of a list written inside a clause carries the clause's opening words
 * (练就过硬的政治判断力、政治领悟力…). Cut it back to what matches the other items.
 */
export function trimFirstItem(first: string, others: readonly string[]): string {
  return readFirstItem(first, others).item;
}

/**
 * The first item, cut back to what matches the others, and whether the cut is certain: a
 * shared opening (政治…), a known lead word (充分发挥), a 是 (总体布局是经济建设), or no
 * cut needed at all. A cut made only to match the others' length is a guess.
 */
export function readFirstItem(first: string, others: readonly string[]): { item: string; sure: boolean } {
  if (others.length === 0) return { item: first, sure: true };
  const lengths = others.map((o) => o.length);
  const longest = Math.max(...lengths);
  const shortest = Math.min(...lengths);
  const fits = (s: string) => s.length >= shortest - 1 && s.length <= Math.max(longest + 2, 2 * longest);
  // The items open alike (坚持…、坚持…; 提高…、提高…): the first starts where that opening does.
  const opening = others.length >= 2 ? commonPrefix(others) : others[0].slice(0, 2);
  if (opening.length > 0) {
    const at = first.lastIndexOf(opening);
    const item = at >= 0 ? first.slice(at) : first;
    if (at >= 0 && (opening.length >= 2 || fits(item))) return { item, sure: item.length > opening.length || others.length >= 2 };
  }
  const led = trimLeads(first, shortest);
  // 总体布局是经济建设、政治建设…: what is said to be the items comes after 是.
  const copula = [...led.matchAll(COPULA)].pop();
  if (copula) {
    const item = led.slice((copula.index ?? 0) + 1);
    if (fits(item)) return { item, sure: true };
  }
  // 互相尊重主权和领土完整、互不侵犯: an item that opens as another does starts right.
  if (fits(led) || others.some((other) => other[0] === led[0])) return { item: led, sure: true };
  // The clause opens with words of its own: cut after the last verb or 是 that leaves an item like the others.
  for (const m of [...first.matchAll(INNER_CUT)].reverse()) {
    const item = first.slice((m.index ?? 0) + m[0].length);
    if (item.length > 0 && fits(item)) return { item, sure: true };
  }
  // 帝国主义、封建主义、官僚资本主义; 所有权、资格权、使用权: the items end alike.
  const ending = commonSuffix(others);
  if (ending.length > 0 && first.endsWith(ending)) {
    // 宅基地所有权、资格权、使用权: what the first item has more may belong to every item.
    if (shortest === longest && others.length >= 2) return { item: first.slice(first.length - longest), sure: false };
    const of = first.lastIndexOf('的');
    const item = first.slice(of + 1);
    if (of >= 0 && ending.length >= 2 && fits(item)) return { item, sure: true };
  }
  return { item: guessFirstItem(first, others), sure: false };
}

/** 是 as a verb inside the first item, not the end of 实事求是. */
const COPULA = /(?<!实事求)是(?=\p{Script=Han})/gu;
/** Where a clause's own words may end inside the first item: a verb of two characters or more, 是, or 把/同 before their object. */
const INNER_CUT = new RegExp(`(?:${[...LEAD_WORDS.words].filter((w) => w.length >= 2).sort((a, b) => b.length - a.length).join('|')}|是|把|同)`, 'gu');

function trimLeads(first: string, shortest: number): string {
  let s = first;
  let changed = true;
  while (changed && s.length > shortest) {
    changed = false;
    for (const lead of LEADS) {
      if (s.startsWith(lead) && s.length - lead.length >= shortest) {
        s = s.slice(lead.length);
        changed = true;
        break;
      }
    }
  }
  return s;
}

/** The first item cut after its last 的 and its lead words, then to the others' length: the best guess, never certain. */
function guessFirstItem(first: string, others: readonly string[]): string {
  const longest = Math.max(...others.map((o) => o.length));
  const shortest = Math.min(...others.map((o) => o.length));
  let s = first;
  const of = s.lastIndexOf('的');
  if (of >= 0 && s.length - of - 1 >= 1 && s.length > longest) s = s.slice(of + 1);
  s = trimLeads(s, shortest);
  const lengths = new Set(others.map((o) => o.length));
  if (lengths.size === 1 && s.length > 2 * longest) s = s.slice(s.length - longest);
  return s;
}

/** The last item of a list may run on into the rest of the clause (数字化能力有了明显提升). */
export function trimLastItem(last: string, others: readonly string[]): string {
  if (others.length < 2) return last;
  const prefix = commonPrefix(others);
  const lengths = new Set(others.map((o) => o.length));
  if (prefix.length > 0 && lengths.size === 1 && last.startsWith(prefix)) {
    const length = others[0].length;
    if (last.length > length) return last.slice(0, length);
  }
  const suffix = commonSuffix(others);
  if (suffix.length > 0) {
    const at = last.indexOf(suffix);
    if (at >= 0) return last.slice(0, at + suffix.length);
  }
  // 完整、准确、全面贯彻新发展理念: items of one length, and a last one that runs on.
  if (lengths.size === 1 && last.length > 2 * others[0].length) return last.slice(0, others[0].length);
  return last;
}

/** Splits a last item joined by 和/及/以及 when both halves look like the other items. */
function splitJoinedLast(items: string[]): string[] {
  if (items.length < 2) return items;
  const last = items[items.length - 1];
  const others = items.slice(0, -1);
  const suffix = commonSuffix(others);
  const prefix = commonPrefix(others);
  for (const joiner of ['以及', '和', '及', '与']) {
    const at = last.indexOf(joiner);
    if (at <= 0) continue;
    const left = last.slice(0, at);
    const right = last.slice(at + joiner.length);
    const fits = (s: string) => (suffix.length > 0 && s.endsWith(suffix)) || (prefix.length > 0 && s.startsWith(prefix));
    if (right && fits(left) && fits(right)) return [...others, left, right];
  }
  return items;
}

function usable(items: readonly string[]): boolean {
  return (
    items.length >= 2 &&
    items.every((item) => item.length > 0 && item.length <= MAX_ITEM_LENGTH && !/[，；。：]/u.test(item) && balancedQuotes(item))
  );
}

function balancedQuotes(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '“') depth++;
    else if (ch === '”' && --depth < 0) return false;
  }
  return depth === 0;
}

/** Start of the clause that holds `at`: just after the previous clause mark, outside quotations. */
export function clauseStart(text: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === '”') depth++;
    else if (ch === '“') depth = Math.max(0, depth - 1);
    else if (depth === 0 && CLAUSE_MARKS.includes(ch)) return i + 1;
  }
  return 0;
}

/** End of the clause that starts at `from` (the position of its closing mark, or the text end). */
export function clauseEnd(text: string, from: number, marks = CLAUSE_MARKS): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“') depth++;
    else if (ch === '”') depth = Math.max(0, depth - 1);
    else if (depth === 0 && marks.includes(ch)) return i;
  }
  return text.length;
}

/**
 * A list that ends exactly at `end`: “深、实、细、准、严”五字诀, “核心业务”“数据共享”…五个核心要素,
 * 督政、督学、评估监测三项职能. A list ending in 等 is open and not returned.
 */
export function listEndingAt(text: string, end: number): FoundList | undefined {
  const start = clauseStart(text, end);
  const written = text.slice(start, end);
  // A、B和“三个代表”: the term is one more item of the list, not its name.
  if (!written || /等$/u.test(written) || COORDINATING_END.test(written)) return undefined;
  const segment = written.replace(LINKING_END, '');
  if (/等$/u.test(segment)) return undefined;
  if (segment.endsWith('”')) {
    const quotes = [...segment.matchAll(/“([^“”]*)”/gu)];
    const last = quotes[quotes.length - 1];
    if (!last || last.index === undefined) return undefined;
    if (last[1].includes('、') && last.index + last[0].length === segment.length) {
      const items = splitEnumeration(last[1]);
      return usable(items) ? { items, start: start + last.index, end, quoted: true, sure: true } : undefined;
    }
    const run: string[] = [];
    let at = segment.length;
    for (let k = quotes.length - 1; k >= 0; k--) {
      const q = quotes[k];
      const qEnd = (q.index ?? 0) + q[0].length;
      const between = segment.slice(qEnd, at);
      if (between !== '' && between !== '、') break;
      run.unshift(cleanItem(q[1]));
      at = q.index ?? 0;
    }
    if (run.length >= 2 && usable(run)) return { items: run, start: start + at, end, quoted: true, sure: true };
    return undefined;
  }
  if (!segment.includes('、')) return undefined;
  const raw = takenAs(splitEnumeration(segment));
  const first = raw.taken ? { item: raw.items[0], sure: true } : readFirstItem(raw.items[0], raw.items.slice(1));
  const joined = splitJoinedLast([first.item, ...raw.items.slice(1)]);
  if (!usable(joined)) return undefined;
  return { items: joined, start: start + Math.max(0, segment.indexOf(joined[0])), end, quoted: false, sure: first.sure && evenItems(joined) };
}

/** 把A、B、C作为…: the items are what lies between 把 and 作为. */
function takenAs(items: string[]): { items: string[]; taken: boolean } {
  const last = items[items.length - 1];
  const as = AS_VERB.exec(last);
  const takes = [...items[0].matchAll(TAKE_VERB)];
  if (!as || as.index === undefined || as.index === 0 || takes.length === 0) return { items, taken: false };
  const from = (takes[takes.length - 1].index ?? 0) + 1;
  if (from >= items[0].length) return { items, taken: false };
  return { items: [items[0].slice(from), ...items.slice(1, -1), last.slice(0, as.index)], taken: true };
}

/**
 * Items alike enough to be read off unquoted text: no one-character item among longer ones
 * (东、中、西、东北地区 share 地区), and two items of about one length.
 */
function evenItems(items: readonly string[]): boolean {
  const lengths = items.map((item) => item.length);
  const shortest = Math.min(...lengths);
  const longest = Math.max(...lengths);
  if (shortest === 1 && longest > 1) return false;
  if (items.length === 2 && longest - shortest > 1 && commonPrefix(items).length === 0 && commonSuffix(items).length === 0) return false;
  return true;
}

/** A list that starts at `from` and runs to the end of its clause: 督方针、督发展…督环境. */
export function listStartingAt(text: string, from: number, marks = CLAUSE_MARKS): FoundList | undefined {
  const end = clauseEnd(text, from, marks);
  const segment = text.slice(from, end);
  if (!segment.includes('、')) return undefined;
  const raw = splitEnumeration(segment);
  if (segment.trimEnd().endsWith('等')) return undefined;
  const items = splitJoinedLast([...raw.slice(0, -1), trimLastItem(raw[raw.length - 1], raw.slice(0, -1))]);
  return usable(items) ? { items, start: from, end, quoted: false, sure: true } : undefined;
}

/** A list anywhere inside one clause, trimmed at both ends. */
export function listInClause(text: string, from: number): FoundList | undefined {
  const end = clauseEnd(text, from);
  const segment = text.slice(from, end);
  if (!segment.includes('、') || /等$/u.test(segment)) return undefined;
  const raw = splitEnumeration(segment);
  const middle = raw.slice(1, -1);
  const first = trimFirstItem(raw[0], raw.slice(1));
  const last = raw.length > 2 ? trimLastItem(raw[raw.length - 1], [first, ...middle]) : raw[raw.length - 1];
  const items = splitJoinedLast(raw.length > 2 ? [first, ...middle, last] : [first, last]);
  return usable(items) ? { items, start: from, end, quoted: false, sure: true } : undefined;
}
