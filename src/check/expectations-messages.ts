/**
 * "Did you mean" for expectations files: the closest known key or indicator
 * id to a misspelt one, and the messages that name it.
 */

/** Levenshtein distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] as number;
      prev[j] = Math.min(up + 1, (prev[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] as number;
}

/** `docs` of `documents`: same first letter, at least 3 letters, all in order. */
function isAbbreviation(short: string, long: string): boolean {
  if (short.length < 3 || short.length >= long.length || short[0] !== long[0]) return false;
  let j = 0;
  for (const ch of long) if (ch === short[j]) j++;
  return j === short.length;
}

/** The closest candidate when it is close enough to be a typo or an abbreviation, else undefined. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const lc = c.toLowerCase();
    // An abbreviation (`docs` for `documents`, `qual` for `qualifier`) counts as close.
    const ed = editDistance(w, lc);
    const d = isAbbreviation(w, lc) ? Math.min(ed, 1.5) : ed;
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  if (best === undefined) return undefined;
  return bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

export function unknownIndicatorMessage(id: string, known: Set<string>): string {
  const ids = [...known].filter((k) => k !== 'other').sort();
  const family = id.split('.')[0] ?? '';
  const sameFamily = ids.filter((k) => k.startsWith(`${family}.`));
  const guess = closest(id, ids);
  const list = sameFamily.length > 0 ? sameFamily : ids;
  const where = sameFamily.length > 0 ? `known ${family} ids` : 'known ids';
  return (
    `unknown indicator "${id}"` +
    (guess ? ` — did you mean "${guess}"?` : '') +
    ` (${where}: ${list.join(', ')})`
  );
}

export function unknownKeyMessage(key: string, allowed: readonly string[], where: string): string {
  const guess = closest(key, allowed);
  return `unknown key "${key}" in ${where}` + (guess ? ` — did you mean "${guess}"?` : '') + ` (allowed: ${allowed.join(', ')})`;
}
