/**
 * One PDF page's rows → lines in reading order. Rows that share a vertical
 * gutter (free space with text on both sides, row after row) form a band: a
 * band of justified prose pieces is read column by column, any other band is
 * a table whose rows become `cell | cell` lines (a cell's wrapped second line
 * joins its cell). Everything else is read top to bottom. Each line says
 * whether it is indented, has a wider gap above it, and how far it stopped
 * short of its column's right edge (src/decode/pdf-text.ts decides from these
 * where paragraphs end). Pure.
 */
import { rowText, type Row, type Segment } from './pdf-rows.js';

export interface Line {
  text: string;
  /** A table row (`a | b`). */
  table: boolean;
  /** Starts a paragraph (a blank line goes before it). */
  para: boolean;
  /** How far (in ems) the line stopped short of its column's right edge (0 for a centred line). */
  slack: number;
  /** Indented against its column's left edge. */
  indent: boolean;
}

type Interval = [number, number];

/** Free space of a row inside [lo, hi]: the gaps between and around its segments. */
function freeOf(row: Row, lo: number, hi: number): Interval[] {
  const out: Interval[] = [];
  let at = lo;
  for (const s of row.segments) {
    if (s.x0 > at) out.push([at, s.x0]);
    at = Math.max(at, s.x1);
  }
  if (hi > at) out.push([at, hi]);
  return out;
}

function intersect(a: Interval[], b: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const [a0, a1] of a) for (const [b0, b1] of b) if (Math.min(a1, b1) > Math.max(a0, b0)) out.push([Math.max(a0, b0), Math.min(a1, b1)]);
  return out;
}

/** The gutters among `free`: at least `min` wide with text of the band on both sides. */
function gutters(free: Interval[], rows: Row[], min: number): Interval[] {
  const left = Math.min(...rows.map((r) => r.x0));
  const right = Math.max(...rows.map((r) => r.x1));
  return free.filter(([a, b]) => b - a >= min && a > left + 0.5 && b < right - 0.5);
}

interface Band {
  rows: Row[];
  free: Interval[];
}

const gutterCount = (free: Interval[], rows: Row[]) => gutters(free, rows, Math.max(...rows.map((r) => r.size)) * 0.7).length;

/** Whether a band may start at row i: it has gaps of its own, or the next row stands beside it. */
function seeds(rows: Row[], i: number): boolean {
  const row = rows[i];
  if (row.segments.length >= 2) return true;
  const next = rows[i + 1];
  return next !== undefined && (next.x0 >= row.x1 + row.size || next.x1 <= row.x0 - row.size);
}

/**
 * Split the page's rows into bands of rows that share gutters (single rows
 * stand alone). A band starts at a row with gaps of its own (or beside the
 * next one), takes the next row if they share a gutter, and then any row that
 * keeps every gutter (a heading under a table crosses them and ends it).
 */
function bands(rows: Row[], lo: number, hi: number): Band[] {
  const out: Band[] = [];
  let cur: Band | null = null;
  rows.forEach((row, i) => {
    const f = freeOf(row, lo, hi);
    if (cur) {
      const inter = intersect(cur.free, f);
      const next = [...cur.rows, row];
      const n = gutterCount(inter, next);
      if (n > 0 && (cur.rows.length < 2 || n >= gutterCount(cur.free, cur.rows))) {
        cur.rows = next;
        cur.free = inter;
        return;
      }
      out.push(cur);
      cur = null;
    }
    if (seeds(rows, i)) cur = { rows: [row], free: f };
    else out.push({ rows: [row], free: f });
  });
  if (cur) out.push(cur);
  return out;
}

/** The pieces of a band between its gutters. */
function pieces(band: Band): Interval[] {
  const size = Math.max(...band.rows.map((r) => r.size));
  const gs = gutters(band.free, band.rows, size * 0.7);
  const left = Math.min(...band.rows.map((r) => r.x0));
  const right = Math.max(...band.rows.map((r) => r.x1));
  const out: Interval[] = [];
  let at = left;
  for (const [a, b] of gs) {
    out.push([at, a]);
    at = b;
  }
  out.push([at, right]);
  return out;
}

function within(row: Row, [a, b]: Interval): Segment[] {
  return row.segments.filter((s) => s.x0 >= a - 0.5 && s.x1 <= b + 0.5);
}

/** Prose columns: every piece is wide and most of its lines reach its right edge. */
function isColumns(band: Band, ps: Interval[]): boolean {
  if (ps.length < 2 || band.rows.length < 4) return false;
  const size = Math.max(...band.rows.map((r) => r.size));
  return ps.every((p) => {
    const segs = band.rows.flatMap((r) => within(r, p));
    if (p[1] - p[0] < 8 * size || segs.length < 2) return false;
    const right = Math.max(...segs.map((s) => s.x1));
    return segs.filter((s) => s.x1 >= right - 1.5 * size).length >= segs.length * 0.5;
  });
}

/**
 * Where the full lines of a flow end: the 80th percentile of the rows' right
 * ends, so that one line running into the margin does not make every other
 * line look short.
 */
function fullLineEnd(rows: Row[], right: number): number {
  if (rows.length < 5) return right;
  const ends = rows.map((r) => r.x1).sort((a, b) => b - a);
  return Math.min(right, ends[Math.floor(ends.length * 0.2)]!);
}

/** A flow of rows within [left, right] (a column, or the page): lines with paragraph marks. */
function flowLines(rows: Row[], texts: string[], left: number, right: number): Line[] {
  right = fullLineEnd(rows, right);
  const pitches = rows.slice(1).map((r, i) => rows[i].y - r.y).filter((d) => d > 0).sort((a, b) => a - b);
  const pitch = pitches.length ? pitches[pitches.length >> 1] : Infinity;
  return rows.map((r, i) => {
    const em = r.size;
    const centered = r.x0 > left + 2 * em && Math.abs(r.x0 - left - (right - r.x1)) < em && r.x1 - r.x0 < 0.85 * (right - left);
    const gap = i > 0 ? rows[i - 1].y - r.y : 0;
    return {
      text: texts[i],
      table: false,
      para: i > 0 && gap > pitch * 1.5 && gap > 1.6 * em,
      slack: centered ? 0 : Math.max(0, (right - r.x1) / em),
      indent: r.x0 > left + em && !centered,
    };
  });
}

/** Table rows: one cell per piece (empty where a row has nothing), a wrapped cell line joined to its row. */
function tableLines(band: Band, ps: Interval[]): Line[] {
  const rows = band.rows;
  const gaps = rows.slice(1).map((r, i) => rows[i].y - r.y).sort((a, b) => a - b);
  const pitch = gaps.length ? gaps[gaps.length >> 1] : Infinity;
  const out: string[][] = [];
  rows.forEach((row, i) => {
    const cells = ps.map((p) => within(row, p).map((s) => s.text).join(' '));
    const filled = cells.filter((c) => c !== '').length;
    const prev = out[out.length - 1];
    // A line closer to the row above than rows are to each other, with fewer cells: a cell's second line.
    if (prev && i > 0 && rows[i - 1].y - row.y < pitch * 0.85 && filled < ps.length) {
      cells.forEach((c, k) => {
        if (c !== '') prev[k] = prev[k] + c;
      });
      return;
    }
    out.push(cells);
  });
  return out.map((cells) => ({ text: cells.join(' | '), table: true, para: false, slack: 0, indent: false }));
}

/** The lines of one page, in reading order. */
export function pageLines(rows: Row[]): Line[] {
  if (rows.length === 0) return [];
  const lo = Math.min(...rows.map((r) => r.x0));
  const hi = Math.max(...rows.map((r) => r.x1));
  const lines: Line[] = [];
  let flow: Row[] = [];
  const flush = () => {
    if (flow.length) lines.push(...flowLines(flow, flow.map(rowText), lo, hi));
    flow = [];
  };
  for (const band of bands(rows, lo, hi)) {
    if (band.rows.length < 2) {
      flow.push(...band.rows);
      continue;
    }
    const ps = pieces(band);
    const multi = band.rows.filter((r) => ps.filter((p) => within(r, p).length > 0).length >= 2).length;
    const columns = isColumns(band, ps);
    if (!columns && multi < 2) {
      flow.push(...band.rows);
      continue;
    }
    flush();
    if (columns) {
      for (const p of ps) {
        const inside = band.rows.filter((r) => within(r, p).length > 0);
        const texts = inside.map((r) => within(r, p).map((s) => s.text).join(' '));
        const colRows = inside.map((r) => {
          const segs = within(r, p);
          return { ...r, x0: segs[0].x0, x1: segs[segs.length - 1].x1, segments: segs };
        });
        lines.push(...flowLines(colRows, texts, p[0], p[1]));
      }
    } else lines.push(...tableLines(band, ps));
  }
  flush();
  return lines;
}
