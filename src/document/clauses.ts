/**
 * Clause punctuation: a clause ends at , ; 。 ! ? or a table cell's | (in
 * normalised text, where full-width punctuation is ASCII).
 */

/** Only a list's separator between two items (`甲、乙`, `甲和乙`, `甲以及乙`), spaces allowed. */
export const LIST_JOIN = /^\s*(?:[、和及与]|以及)\s*$/;

/** Whether the UTF-16 unit ends a clause. */
export function isClauseStop(c: number): boolean {
  // , ; 。 ! ? |
  return c === 0x2c || c === 0x3b || c === 0x3002 || c === 0x21 || c === 0x3f || c === 0x7c;
}

/** Where the last clause of `s` starts: after its last clause stop (searched from the end). */
export function lastClauseStart(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (isClauseStop(s.charCodeAt(i))) return i + 1;
  return 0;
}

/**
 * Where the clause holding the figure at `pos` starts in `norm`, not before
 * `from`; the spans in `skip` (other figures, ascending: `1,273.36亿元` holds a
 * comma) are passed over.
 */
export function clauseStartIn(norm: string, from: number, pos: number, skip: readonly { start: number; end: number }[]): number {
  let f = skip.length - 1;
  for (let i = pos - 1; i >= from; i--) {
    while (f >= 0 && skip[f].start > i) f--;
    if (f >= 0 && skip[f].end > i) {
      i = skip[f].start;
      continue;
    }
    if (isClauseStop(norm.charCodeAt(i))) return i + 1;
  }
  return from;
}
