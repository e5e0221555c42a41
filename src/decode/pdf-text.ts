/**
 * Pages of lines → one text with page offsets. One text line per PDF line; a
 * blank line between paragraphs; none inside a paragraph, also across a page
 * break (a sentence that runs onto the next page goes on, and the soft-wrap
 * rule of src/document joins its lines). Table rows stay together. Pure.
 */
import type { Line } from './pdf-layout.js';

export interface PagedText {
  text: string;
  /** Offset where each page starts (pages[0] is 0). */
  pages: number[];
}

/** Whether a paragraph ends between two lines. */
function breaksBetween(prev: Line, line: Line): boolean {
  if (prev.table || line.table) return prev.table !== line.table;
  return line.para || prev.short || line.indent;
}

export function joinPages(pages: Line[][]): PagedText {
  const parts: string[] = [];
  const starts: number[] = [];
  let length = 0;
  let prev: Line | null = null;
  for (const lines of pages) {
    let first = true;
    for (const line of lines) {
      if (prev) {
        const sep = breaksBetween(prev, line) ? '\n\n' : '\n';
        parts.push(sep);
        length += sep.length;
      }
      if (first) starts.push(length);
      first = false;
      parts.push(line.text);
      length += line.text.length;
      prev = line;
    }
    if (first) starts.push(length);
  }
  if (starts.length) starts[0] = 0;
  return { text: parts.join(''), pages: starts };
}
