/**
 * Binary search over ascending offsets: the one home for "which line,
 * sentence, paragraph, section or time holds this position".
 */

/** Index of the first element whose key is >= pos (items.length when none). */
export function firstAtOrAfter<T>(items: readonly T[], pos: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last element of ascending `starts` that is <= pos (0 when none). */
export function indexAt(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
