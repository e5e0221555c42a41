/**
 * Page furniture: running headers, running footers and page numbers, which
 * a reader skips. Only the top and bottom rows of a page are candidates: a
 * page number (`- 3 -`, `— 3 —`, `第 3 页`, `第3页 共12页`, `3/12`, `3`,
 * `Page 3 of 12`), or a row whose text (digits aside) stands at the same place
 * at the top or bottom of at least two pages and of 40% of them. Pure.
 */
import { rowText, type Row } from './pdf-rows.js';

/** A page number alone on its row. */
export const PAGE_NUMBER_LINE =
  /^[\s·•]*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，、/]?\s*共\s*\d{1,4}\s*页)?|(?:共\s*\d{1,4}\s*页\s*)?第\s*\d{1,4}\s*页|\d{1,4}\s*[/／]\s*\d{1,4}|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|\d{1,4})[\s·•]*$/i;

/** How many rows at each end of a page may be furniture. */
const EDGE_ROWS = 2;

/**
 * What a running header or footer keeps from page to page: its side, its
 * place (to 2 pt) and its text with digits (page numbers) masked and spaces
 * dropped.
 */
const shape = (row: Row, side: 'T' | 'B') => `${side}${Math.round(row.y / 2)}:${rowText(row).replace(/\s+/g, '').replace(/\d+/g, '#')}`;

/** Indexes of the candidate rows of a page: the first and the last EDGE_ROWS, outermost first (they may overlap). */
function edges(rows: Row[]): { top: number[]; bottom: number[] } {
  const n = rows.length;
  const top: number[] = [];
  const bottom: number[] = [];
  for (let i = 0; i < Math.min(EDGE_ROWS, n); i++) top.push(i);
  for (let i = n - 1; i >= Math.max(0, n - EDGE_ROWS); i--) bottom.push(i);
  return { top, bottom };
}

/**
 * Remove the furniture rows from each page (rows top to bottom). A candidate
 * is removed only from the outside in: a page's second row goes only if its
 * first went too, so body text under a one-off heading stays.
 */
export function dropFurniture(pages: Row[][]): Row[][] {
  const counts = new Map<string, number>();
  for (const rows of pages) {
    const { top, bottom } = edges(rows);
    const keys = new Set([...top.map((i) => shape(rows[i]!, 'T')), ...bottom.map((i) => shape(rows[i]!, 'B'))]);
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const min = Math.max(2, Math.ceil(pages.length * 0.4));
  return pages.map((rows) => {
    const { top, bottom } = edges(rows);
    const drop = new Set<number>();
    const furniture = (i: number, side: 'T' | 'B') => PAGE_NUMBER_LINE.test(rowText(rows[i]!)) || (counts.get(shape(rows[i]!, side)) ?? 0) >= min;
    for (const i of top) {
      if (!furniture(i, 'T')) break;
      drop.add(i);
    }
    for (const i of bottom) {
      if (!furniture(i, 'B')) break;
      drop.add(i);
    }
    return drop.size ? rows.filter((_, i) => !drop.has(i)) : rows;
  });
}
