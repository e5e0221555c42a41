/**
 * Finding the packs' keywords in a whole document: a table of the characters
 * keywords start with, then a look at the few words that start with the
 * character found. One pass that touches each character once; a RegExp
 * alternation of fifty words tries every position against every word.
 */

export interface KeywordMatch {
  index: number;
  end: number;
  word: string;
}

export interface KeywordScanner {
  /** The first keyword at or after `from`, or null. */
  find(s: string, from?: number): KeywordMatch | null;
  /** Whether any keyword occurs in `s`. */
  test(s: string): boolean;
}

/**
 * A filter on a word's first two code units (a hash of the pair into 2^16
 * bits): most positions whose first character starts some word (技 of 科技)
 * are rejected without comparing words. A word of one character marks its
 * character as enough by itself.
 */
export class PairFilter {
  private readonly first = new Uint8Array(0x10000);
  private readonly pairs = new Uint8Array(0x10000);
  add(word: string): void {
    const c = word.charCodeAt(0);
    if (word.length === 1) this.first[c] = 2;
    else {
      if (this.first[c] === 0) this.first[c] = 1;
      this.pairs[PairFilter.hash(c, word.charCodeAt(1))] = 1;
    }
  }
  /** Whether some word may start at `i` of `s` (false: none does). */
  may(s: string, i: number): boolean {
    const f = this.first[s.charCodeAt(i)];
    if (f === 0) return false;
    return f === 2 || (i + 1 < s.length && this.pairs[PairFilter.hash(s.charCodeAt(i), s.charCodeAt(i + 1))] === 1);
  }
  /** Whether `c` starts some word. */
  starts(c: number): boolean {
    return this.first[c] !== 0;
  }
  private static hash(a: number, b: number): number {
    return (Math.imul(a, 0x9e37) ^ b) & 0xffff;
  }
}

export function keywordScanner(words: readonly string[]): KeywordScanner {
  const byChar = new Map<number, string[]>();
  const filter = new PairFilter();
  for (const w of [...new Set(words)].sort((a, b) => b.length - a.length)) {
    if (!w) continue;
    const c = w.charCodeAt(0);
    filter.add(w);
    let list = byChar.get(c);
    if (!list) byChar.set(c, (list = []));
    list.push(w);
  }
  const find = (s: string, from = 0): KeywordMatch | null => {
    for (let i = from, n = s.length; i < n; i++) {
      if (!filter.may(s, i)) continue;
      for (const w of byChar.get(s.charCodeAt(i))!) if (s.startsWith(w, i)) return { index: i, end: i + w.length, word: w };
    }
    return null;
  };
  return { find, test: (s) => find(s) !== null };
}

/** A scanner from a RegExp (a pattern that the table cannot hold: keywords across line breaks). */
export function regexScanner(re: RegExp): KeywordScanner {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const find = (s: string, from = 0): KeywordMatch | null => {
    g.lastIndex = from;
    const m = g.exec(s);
    return m ? { index: m.index, end: m.index + m[0].length, word: m[0] } : null;
  };
  return { find, test: (s) => find(s) !== null };
}
