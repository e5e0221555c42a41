/**
 * Small rewrites of a regular expression's source for the ReDoS checker:
 * lookarounds taken out (checked on their own) and long bounded repetitions
 * made unbounded. Both only add ways to match, so a pattern that backtracks
 * exponentially still does after them; they keep the checker's automaton small
 * and inside the syntax it supports.
 */

export interface Lookaround {
  /** `ahead` for (?=…) (?!…), `behind` for (?<=…) (?<!…). */
  dir: 'ahead' | 'behind';
  body: string;
}

/** Index just past the `]` that closes the class opened at `i` (`src[i] === '['`). */
function classEnd(src: string, i: number): number {
  let j = i + 1;
  if (src[j] === '^') j++;
  if (src[j] === ']') j++; // `[]]` is not valid with the u flag, but be lenient
  while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
  return j + 1;
}

/** Index just past the `)` that closes the group opened at `i`. */
function groupEnd(src: string, i: number): number {
  let depth = 0;
  for (let j = i; j < src.length; ) {
    const c = src[j];
    if (c === '\\') j += 2;
    else if (c === '[') j = classEnd(src, j);
    else {
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return j + 1;
      j++;
    }
  }
  return src.length;
}

/** The source without its lookarounds, and the lookarounds' bodies. */
export function withoutLookarounds(src: string): { rest: string; lookarounds: Lookaround[] } {
  const lookarounds: Lookaround[] = [];
  let rest = '';
  for (let i = 0; i < src.length; ) {
    const c = src[i];
    if (c === '\\') {
      rest += src.slice(i, i + 2);
      i += 2;
    } else if (c === '[') {
      const j = classEnd(src, i);
      rest += src.slice(i, j);
      i = j;
    } else if (c === '(' && /^\(\?<?[=!]/.test(src.slice(i, i + 4))) {
      const j = groupEnd(src, i);
      const open = src[i + 2] === '<' ? 4 : 3;
      lookarounds.push({ dir: open === 4 ? 'behind' : 'ahead', body: src.slice(i + open, j - 1) });
      i = j;
      // A quantifier on a lookaround (`(?=a)?`) has nothing left to repeat.
      const q = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/.exec(src.slice(i));
      if (q) i += q[0].length;
    } else {
      rest += c;
      i++;
    }
  }
  return { rest, lookarounds };
}

/** `{m,n}` with n above `limit` becomes `{m,}` (outside character classes). */
export function relaxBounds(src: string, limit = 3): string {
  let out = '';
  for (let i = 0; i < src.length; ) {
    const c = src[i];
    if (c === '\\') {
      out += src.slice(i, i + 2);
      i += 2;
    } else if (c === '[') {
      const j = classEnd(src, i);
      out += src.slice(i, j);
      i = j;
    } else if (c === '{') {
      const m = /^\{(\d+),(\d+)\}/.exec(src.slice(i));
      if (m && Number(m[2]) > limit) {
        out += `{${m[1]},}`;
        i += m[0].length;
      } else {
        out += c;
        i++;
      }
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
