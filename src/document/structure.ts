/**
 * The shape of a document: lines, sentences and paragraphs, computed once.
 *
 * A sentence ends at 。；！？ (and their ASCII forms), a blank line, or a
 * line end that is not a soft wrap. A line break inside a sentence (text from
 * a PDF or wrapped by hand: `技术转移中` / `心`) is a soft wrap and the
 * sentence goes on. A paragraph ends at every hard line end.
 */
import { normalizeForMatching } from '../text/normalize.js';
import { indexAt } from './search.js';

export { indexAt } from './search.js';

export interface DocStructure {
  /** The decoded text; record positions refer to it. */
  readonly text: string;
  /** The same text normalised for matching (same length, same offsets). */
  readonly norm: string;
  /** Offsets where sentences start, ascending (the first is 0). */
  readonly sentenceStarts: number[];
  /** Offsets where paragraphs start, ascending (the first is 0). */
  readonly paragraphStarts: number[];
  /** Offsets where lines start, ascending, computed on first use. */
  lineStarts(): number[];
}

const LIST_MARKER =
  /^[ \t]*(?:[一二三四五六七八九十]+[、.]|[(][一二三四五六七八九十\d]+[)]|\d+[.、](?!\d)|第[一二三四五六七八九十\d]+[章节条部分]|[一二三四五六七八九十]+是)/;
// Tests on a line's last characters (no `$`-anchored regex over long lines).
const FINAL_PUNCT = new Set([...'。;!?:…']);
const CONTINUES = new Set([...',、的和与及或在对将把被从向由达为到共计约近超逾等其中']);
const TITLE_END = ['的函', '通知', '方案', '意见', '报告', '公报', '办法', '决定', '规划', '纲要', '答复', '提案', '建议', '细则', '措施'];
/** A page number on a line of its own: `— 3 —`, `-12-`. */
export const PAGE_NUMBER = /^[ \t]*[-—–][ \t]*\d{1,4}[ \t]*[-—–][ \t]*$/;
const last = (s: string) => s.charAt(s.length - 1);
const CLOSERS = new Set([...'”’」』")'].map((c) => c.charCodeAt(0)));

/** A table row has a cell separator (`|` or a tab). */
const isRowLine = (s: string) => s.indexOf('|') >= 0 || s.indexOf('\t') >= 0;

/** A line that opens with a figure: `4126项,…`, `128.6 亿元`. */
const FIGURE_OPENING = /^[\d.,]+\s*[万亿千百]?\s*(?:[件项家个元%]|亿元|万元)/;

function isSoftWrap(prev: string, next: string, width = 25): boolean {
  if (prev === '' || next === '') return false;
  if (isRowLine(prev) || isRowLine(next)) return false;
  if (FINAL_PUNCT.has(last(prev))) return false;
  if (LIST_MARKER.test(next)) return false;
  if (/^[ \t]/.test(next)) return false; // an indented line starts a paragraph
  // The next line opens with a figure (`…登记技术合同` / `4126项,…`): the sentence goes on.
  if (FIGURE_OPENING.test(next)) return true;
  if (LIST_MARKER.test(prev) && prev.length <= 40 && !/[。;!?,:]/.test(prev)) return false; // a heading
  if (TITLE_END.some((w) => prev.endsWith(w))) return false;
  if (CONTINUES.has(last(prev))) return true;
  // A figure broken across lines: `4.2万` / `件`, `成交额达` / `128.6亿元`.
  if (/[\d.万亿千百]/.test(last(prev)) && /^[\d.万亿千百元件项家个%％,，。;；、]/.test(next)) return true;
  if (/^[,，。;；、)）%％]/.test(next)) return true;
  // A long line that stops without punctuation was wrapped, unless the next
  // line is a short label (a document number, a date, a name).
  if (prev.length >= width && !(next.length < 20 && !/[,。;]/.test(next))) return true;
  // Running text (it has a comma) that stops mid-word goes on: `…每万人口发明` / `专利拥有量…`.
  if (/[,;]/.test(prev) && !LIST_MARKER.test(prev) && /^[\u4e00-\u9fa5]/.test(next)) return true;
  return false;
}

/**
 * How long a line must be to count as wrapped: 25 characters, or less in a
 * text whose lines are all short (a PDF column of 24–30 characters).
 */
function wrapWidth(norm: string): number {
  const lengths: number[] = [];
  for (let s = 0; s < norm.length && lengths.length < 400; ) {
    let e = norm.indexOf('\n', s);
    if (e < 0) e = norm.length;
    if (e - s > 12) lengths.push(e - s);
    s = e + 1;
  }
  if (lengths.length < 8) return 25;
  lengths.sort((a, b) => a - b);
  const median = lengths[lengths.length >> 1];
  return Math.max(10, Math.min(25, Math.floor(median * 0.8)));
}

export function buildStructure(text: string, normalised?: string): DocStructure {
  const norm = normalised ?? normalizeForMatching(text);
  const sentenceStarts = [0];
  const paragraphStarts = [0];
  const n = norm.length;
  let lineStart = 0;
  const width = wrapWidth(norm);
  // Jump from one sentence or line end to the next.
  const stops = /[。;!?\n]/g;
  for (let m = stops.exec(norm); m; m = stops.exec(norm)) {
    const i = m.index;
    const c = norm.charCodeAt(i);
    // 。 ; ! ?
    if (c !== 0x0a) {
      // Closing quotes and brackets belong to the sentence they close.
      let j = i + 1;
      while (j < n && CLOSERS.has(norm.charCodeAt(j))) j++;
      if (j < n && norm.charCodeAt(j) !== 0x0a) sentenceStarts.push(j);
      stops.lastIndex = j;
      continue;
    }
    const prev = norm.slice(lineStart, i).trim();
    let e = norm.indexOf('\n', i + 1);
    if (e < 0) e = n;
    let next = norm.slice(i + 1, e);
    // A page number between two lines of one sentence (`— 3 —`) is skipped.
    if (PAGE_NUMBER.test(next) && e < n) {
      let e2 = norm.indexOf('\n', e + 1);
      if (e2 < 0) e2 = n;
      const after = norm.slice(e + 1, e2);
      if (isSoftWrap(prev, after, width)) {
        lineStart = e + 1;
        stops.lastIndex = e + 1;
        continue;
      }
    }
    // Text taken from a PDF with a blank line between its lines: a sentence
    // cut before its figure (`…国家计划技术合同` / `` / `8303 项,…`) goes on.
    if (next.trim() === '' && e < n && prev !== '' && !FINAL_PUNCT.has(last(prev)) && !isRowLine(prev)) {
      let e2 = norm.indexOf('\n', e + 1);
      if (e2 < 0) e2 = n;
      if (FIGURE_OPENING.test(norm.slice(e + 1, e2))) {
        lineStart = e + 1;
        stops.lastIndex = e + 1;
        continue;
      }
    }
    lineStart = i + 1;
    if (isSoftWrap(prev, next, width)) continue;
    if (sentenceStarts[sentenceStarts.length - 1] !== i + 1) sentenceStarts.push(i + 1);
    paragraphStarts.push(i + 1);
  }
  let lines: number[] | null = null;
  return {
    text,
    norm,
    sentenceStarts,
    paragraphStarts,
    lineStarts() {
      if (lines) return lines;
      lines = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.push(i + 1);
      return lines;
    },
  };
}


/** The [start, end) of the sentence holding `pos`. */
export function sentenceBounds(doc: DocStructure, pos: number): [number, number] {
  const k = indexAt(doc.sentenceStarts, pos);
  const end = k + 1 < doc.sentenceStarts.length ? doc.sentenceStarts[k + 1] : doc.text.length;
  return [doc.sentenceStarts[k], end];
}

/** The [start, end) of the paragraph holding `pos`. */
export function paragraphBounds(doc: DocStructure, pos: number): [number, number] {
  const k = indexAt(doc.paragraphStarts, pos);
  const end = k + 1 < doc.paragraphStarts.length ? doc.paragraphStarts[k + 1] : doc.text.length;
  return [doc.paragraphStarts[k], end];
}

/** The sentence's text as a reader sees it: trimmed, soft wraps joined. */
export function sentenceText(doc: DocStructure, start: number, end: number): string {
  return doc.text.slice(start, end).replace(SOFT_BREAK, '').trim();
}

/** A soft line break inside a sentence, with a page number line it may carry. */
export const SOFT_BREAK = /[ \t\u3000]*\r?\n(?:[ \t\u3000]*[-—–][ \t]*\d{1,4}[ \t]*[-—–][ \t\u3000]*\r?\n)?[ \t\u3000]*/g;

/** 1-based line and column (in code points) of an offset. */
export function lineColumn(doc: DocStructure, pos: number): { line: number; column: number } {
  const starts = doc.lineStarts();
  const k = indexAt(starts, pos);
  // Columns count code points: a surrogate pair before `pos` on its line counts once.
  let pairs = false;
  for (let i = starts[k]; i < pos && !pairs; i++) pairs = (doc.text.charCodeAt(i) & 0xfc00) === 0xd800;
  if (!pairs) return { line: k + 1, column: pos - starts[k] + 1 };
  let column = 1;
  for (let i = starts[k]; i < pos; i++) {
    const c = doc.text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > starts[k]) {
      const p = doc.text.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) continue; // second half of a surrogate pair
    }
    column++;
  }
  return { line: k + 1, column };
}
