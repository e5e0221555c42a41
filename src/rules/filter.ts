/** Indicator id patterns (`patent.*`, `tech_contract.value`) for `-i` and the library's `indicators`. */

/** `patent.*` → a RegExp matching whole indicator ids (`*` is any run of characters). */
export function idPattern(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
}

const filters = new Map<string, (id: string) => boolean>();

/** Compile `patent.*`-style patterns into one matcher (once per set of patterns). */
export function indicatorFilter(patterns: string[] | undefined): ((id: string) => boolean) | null {
  if (!patterns || patterns.length === 0) return null;
  const key = patterns.join('\n');
  let f = filters.get(key);
  if (!f) {
    const res = patterns.map(idPattern);
    f = (id) => res.some((r) => r.test(id));
    filters.set(key, f);
  }
  return f;
}
