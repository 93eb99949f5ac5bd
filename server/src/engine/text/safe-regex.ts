/** User-written patterns longer than this are refused: a glossary needs short spellings, not programs. */
export const MAX_PATTERN_LENGTH = 200;

export class UnsafePatternError extends Error {}

/**
 * Compiles a regular expression from user input (a glossary pattern) only when it cannot
 * backtrack catastrophically: no quantified group that itself holds a quantifier or an
 * alternation ((a+)+, (a|aa)*, (.*x){2,}), no backreferences, no lookbehind, and a bounded length.
 * Invalid syntax is reported by the RegExp constructor as usual.
 */
export function compileUserRegex(source: string, flags: string): RegExp {
  if (source.length > MAX_PATTERN_LENGTH) throw new UnsafePatternError(`longer than ${MAX_PATTERN_LENGTH} characters`);
  if (/\\[1-9]|\\k</u.test(source)) throw new UnsafePatternError('backreferences are not allowed');
  if (/\(\?<[=!]/u.test(source)) throw new UnsafePatternError('lookbehind is not allowed');
  const regex = new RegExp(source, flags);
  if (hasNestedQuantifier(source)) throw new UnsafePatternError('a repeated group may not contain a repetition or an alternation');
  return regex;
}

/** True when a group followed by a quantifier contains a quantifier or a | of its own. */
export function hasNestedQuantifier(source: string): boolean {
  // Per open group: whether it holds a quantifier or an alternation.
  const groups: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') groups.push(false);
    else if (ch === '|') {
      if (groups.length > 0) groups[groups.length - 1] = true;
    } else if (ch === ')') {
      const risky = groups.pop() ?? false;
      const quantified = isQuantifier(source, i + 1);
      if (risky && quantified) return true;
      if ((risky || quantified) && groups.length > 0) groups[groups.length - 1] = true;
    } else if (isQuantifier(source, i) && groups.length > 0) {
      groups[groups.length - 1] = true;
    }
  }
  return false;
}

/** A quantifier that repeats: *, + or {n,…} with more than one repetition; ? and {0,1} do not. */
function isQuantifier(source: string, at: number): boolean {
  const ch = source[at];
  if (ch === '*' || ch === '+') return true;
  if (ch !== '{') return false;
  const m = /^\{(\d+)(,(\d*))?\}/u.exec(source.slice(at));
  if (!m) return false;
  if (m[2] === undefined) return Number(m[1]) > 1;
  return m[3] === '' || Number(m[3]) > 1;
}
