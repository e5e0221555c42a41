/**
 * PDF text runs → rows → segments. A run is a piece of text the PDF draws
 * at one position (pdf.js's text items); a row is the runs on one baseline,
 * left to right; a segment is a stretch of a row without a wide gap (a
 * column's line, a table cell). Spaces are put back where the gap between
 * two runs is one, never between digits and Chinese (`2022 年` is the
 * typesetter's spacing, the text is `2022年`). Pure.
 */

/** One piece of text drawn at (x, y): y is the baseline, growing upwards; `size` the font size. */
export interface Run {
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
}

export interface Segment {
  x0: number;
  x1: number;
  text: string;
}

export interface Row {
  /** Baseline (PDF user space: larger is higher on the page). */
  y: number;
  /** The row's font size (the largest of its runs). */
  size: number;
  x0: number;
  x1: number;
  segments: Segment[];
}

/** A gap of this many ems between runs on a row starts a new segment (≥ 3 spaces, a gutter, a cell border). */
export const SEGMENT_GAP = 0.7;

/** Chinese, Japanese and Korean characters and their punctuation (CJK blocks, CJK symbols, fullwidth forms), by UTF-16 code unit. */
const isCjk = (c: number) => (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef);
/** Characters of a number or a Latin word: 0-9 A-Z a-z % . , + - */
const isWord = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x25 || c === 0x2e || c === 0x2c || c === 0x2b || c === 0x2d;

/**
 * The text between two runs of one segment, from the gap between them (in
 * ems). Chinese next to Chinese, a digit or a letter never gets a space: wide
 * gaps there are the typesetter's (justified lines, `2022 年`).
 */
function joiner(left: string, right: string, gapEm: number): string {
  if (gapEm < 0.15) return '';
  const a = left.charCodeAt(left.length - 1);
  const b = right.charCodeAt(0);
  if ((isCjk(a) && (isCjk(b) || isWord(b))) || (isCjk(b) && isWord(a))) return '';
  return ' ';
}

/**
 * Group the runs of one page into rows, top to bottom, each split into
 * segments at gaps wider than SEGMENT_GAP ems. Whitespace-only runs are
 * dropped: spaces come back from the geometry.
 */
export function buildRows(runs: Run[]): Row[] {
  const items = runs.filter((r) => r.str.trim() !== '' && r.size > 0);
  items.sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Run[][] = [];
  let cur: Run[] = [];
  let y = NaN;
  for (const r of items) {
    if (cur.length && Math.abs(r.y - y) <= 0.4 * Math.min(r.size, cur[0].size)) {
      cur.push(r);
      continue;
    }
    if (cur.length) groups.push(cur);
    cur = [r];
    y = r.y;
  }
  if (cur.length) groups.push(cur);
  return groups.map(toRow);
}

const SPACE = /\s/;

function toRow(runs: Run[]): Row {
  runs.sort((a, b) => a.x - b.x);
  let size = -Infinity;
  for (const r of runs) if (r.size > size) size = r.size;
  const segments: Segment[] = [];
  let seg: Segment | null = null;
  let end = -Infinity;
  for (const r of runs) {
    const str = SPACE.test(r.str) ? r.str.replace(/\s+/g, ' ').trim() : r.str;
    const gap = r.x - end;
    if (seg && gap <= SEGMENT_GAP * size) {
      seg.text += joiner(seg.text, str, gap / size) + str;
      seg.x1 = Math.max(seg.x1, r.x + r.w);
    } else {
      seg = { x0: r.x, x1: r.x + r.w, text: str };
      segments.push(seg);
    }
    end = Math.max(end, r.x + r.w);
  }
  // The baseline most of the row's text sits on (a superscript does not move it).
  const y = runs.reduce((best, r) => (r.str.length > best.str.length ? r : best), runs[0]).y;
  return { y, size, x0: segments[0].x0, x1: segments[segments.length - 1].x1, segments };
}

/** A row's text with its segments joined by spaces (a line that is not a table row). */
export function rowText(row: Row): string {
  let s = '';
  for (const seg of row.segments) s += (s === '' ? '' : ' ') + seg.text;
  return s;
}
