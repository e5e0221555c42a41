/**
 * Short names for the File column that keep different files apart: the base
 * name, plus the nearest folders that tell it from other files of the same
 * name (`a/2019/report.txt` and `b/2019/report.txt` → `a/…/report.txt` and
 * `b/…/report.txt`; `seeds/000_7c64.txt` → `000_7c64.txt`); `…` marks folders
 * left out between two that are shown.
 */

/** Path segments of a displayed path (`/` and `\` separate). */
function segments(file: string): string[] {
  return file.split(/[\\/]/);
}

/**
 * A short label for each distinct path: the shortest form that no other path
 * of the list shares. Paths are returned as given when they are already unique
 * by themselves and have no folder.
 */
export function shortFileLabels(files: Iterable<string>): Map<string, string> {
  const distinct = [...new Set(files)];
  const byBase = new Map<string, string[][]>();
  const segs = new Map<string, string[]>();
  for (const f of distinct) {
    const s = segments(f);
    segs.set(f, s);
    const base = s[s.length - 1]!;
    const list = byBase.get(base) ?? [];
    list.push(s);
    byBase.set(base, list);
  }
  const labels = new Map<string, string>();
  for (const f of distinct) {
    const s = segs.get(f)!;
    const n = s.length;
    const others = byBase.get(s[n - 1]!)!.filter((o) => o !== s);
    // Positions counted from the end (1 = the folder holding the file) that must be shown.
    const keep = new Set<number>([0]);
    for (const o of others) {
      let d = 1;
      while (d < n && d < o.length && s[n - 1 - d] === o[o.length - 1 - d]) d++;
      if (d < n) keep.add(d);
      else keep.add(n - 1); // `o` is longer and ends like `f`: show all of `f`
    }
    const parts: string[] = [];
    let prev = -1;
    for (let i = 0; i < n; i++) {
      const fromEnd = n - 1 - i;
      if (!keep.has(fromEnd)) continue;
      if (prev >= 0 && i > prev + 1) parts.push('…');
      parts.push(s[i]!);
      prev = i;
    }
    labels.set(f, parts.join('/'));
  }
  return labels;
}
