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

/**
 * How wide (in ems) the start of a line is that cannot be broken: a run of
 * digits and Latin letters (`16.9`), else one Chinese character, with the
 * punctuation that may not start a line (`贴，`).
 */
export function leadWidth(next: string): number {
  const m = /^(?:[0-9A-Za-z.,%+\-]+|\S)[,.;:!?%)\]，。、；：！？）》」』”’]*/.exec(next);
  let w = 0;
  for (const c of m ? m[0] : '') w += c.charCodeAt(0) > 0x2e7f ? 1 : 0.55;
  return w;
}

/**
 * Whether a paragraph ends between two lines: the next one is indented or
 * has a wider gap above it, or the line stopped shorter than the start of
 * the next would have needed, with 1.5 em to spare for ragged right edges
 * (otherwise the typesetter would not have broken it there).
 */
function breaksBetween(prev: Line, line: Line): boolean {
  if (prev.table || line.table) return prev.table !== line.table;
  return line.para || line.indent || prev.slack > leadWidth(line.text) + 1.5;
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
