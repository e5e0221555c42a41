/**
 * A text item as a run of the page layout (the shape of
 * src/decode/pdf-rows.ts's Run): its string at its start point, with its
 * width and font size. Shared by both readers, so that pdf.js's items and
 * the direct reader's become the same runs.
 */

export interface Run {
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
}

/** The run of an item drawn with transform [a b c d e f]; null for blank text and rotated text (watermarks, margin notes). */
export function toRun(str: string, a: number, b: number, c: number, d: number, e: number, f: number, width: number): Run | null {
  if (str.trim() === '') return null;
  if (Math.abs(b) > 1e-3 * Math.abs(a) || Math.abs(c) > 1e-3 * Math.abs(d) || a <= 0 || d <= 0) return null;
  return { str, x: e, y: f, w: width, size: d };
}
