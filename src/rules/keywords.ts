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

export function keywordScanner(words: readonly string[]): KeywordScanner {
  const byChar = new Map<number, string[]>();
  const starts = new Uint8Array(0x10000);
  for (const w of [...new Set(words)].sort((a, b) => b.length - a.length)) {
    if (!w) continue;
    const c = w.charCodeAt(0);
    starts[c] = 1;
    let list = byChar.get(c);
    if (!list) byChar.set(c, (list = []));
    list.push(w);
  }
  const find = (s: string, from = 0): KeywordMatch | null => {
    for (let i = from, n = s.length; i < n; i++) {
      const c = s.charCodeAt(i);
      if (starts[c] === 0) continue;
      for (const w of byChar.get(c)!) if (s.startsWith(w, i)) return { index: i, end: i + w.length, word: w };
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
