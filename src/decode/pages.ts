/**
 * Pages of a paged document: `pages[i]` is the offset in the text where page
 * i + 1 starts (pages[0] is 0).
 */

/** The 1-based page holding `offset`, by binary search; undefined without pages. */
export function pageAt(pages: readonly number[] | undefined, offset: number): number | undefined {
  if (!pages || pages.length === 0) return undefined;
  let lo = 0;
  let hi = pages.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pages[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
