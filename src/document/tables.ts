/**
 * Tables flattened to text: cells separated by `|` or tabs, one row a line.
 * A block of such lines has a header row (text cells, units in brackets:
 * `成交额(亿元)`), data rows, and usually a title line just above it
 * (`表1 2022年各区县技术合同认定登记情况`).
 */

export interface Cell {
  /** Offset of the cell's trimmed text in the document. */
  start: number;
  end: number;
  text: string;
}

export interface TableBlock {
  /** The title line above the table, or '' (normalised text). */
  title: string;
  /** A unit stated for the whole table (`单位:亿元`), or null. */
  unit: string | null;
  header: Cell[];
  rows: Cell[][];
  /** Offsets covered by the block, for skipping its lines in prose. */
  start: number;
  end: number;
  /**
   * One indicator a row, the columns places or years (`指标 | 2022年 | 2023年`); a
   * space-separated table has its second column for the row's unit (maybe empty).
   */
  indicatorRows?: boolean;
  /** The first cell of each row is its key (a year or a name), the header's first cell is over the keys. */
  keyedRows?: boolean;
  /** A currency stated with the unit (`单位:新台币亿元`), written before each value. */
  currency?: string | null;
}

const IMAGE = /^!\[[^\]]*\]\([^)]*\)$/;
/** An image left by a page's markup (`![]()`): no cell text. */
export const isImageCell = (text: string): boolean => text.startsWith('![') && IMAGE.test(text);
const SEP = /\s*\|\s*|\t+/g;

function splitCells(line: string, offset: number): Cell[] {
  const cells: Cell[] = [];
  let pos = 0;
  const push = (a: number, b: number) => {
    const raw = line.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    let text = raw.trim();
    if (isImageCell(text)) text = '';
    cells.push({ start: offset + a + lead, end: offset + a + lead + text.length, text });
  };
  SEP.lastIndex = 0;
  for (let m = SEP.exec(line); m; m = SEP.exec(line)) {
    if (m[0].length === 0) {
      SEP.lastIndex++;
      continue;
    }
    push(pos, m.index);
    pos = m.index + m[0].length;
  }
  push(pos, line.length);
  // A leading or trailing border (`| a | b |`) leaves empty edge cells.
  if (cells.length && cells[0].text === '' && /^\s*\|/.test(line)) cells.shift();
  if (cells.length && cells[cells.length - 1].text === '' && /\|\s*$/.test(line)) cells.pop();
  return cells;
}

const NUMERIC = /^[-+－—–]?[\d０-９][\d０-９,，.．]*%?$/;
const isRow = (line: string) => /\S\s*(?:\||\t+)\s*\S/.test(line);

/** The lines of a text with their offsets. */
export function linesOf(norm: string): { start: number; text: string }[] {
  const lines: { start: number; text: string }[] = [];
  for (let s = 0; s <= norm.length; ) {
    let e = norm.indexOf('\n', s);
    if (e < 0) e = norm.length;
    lines.push({ start: s, text: norm.slice(s, e) });
    s = e + 1;
  }
  return lines;
}

/** Every table block of the (normalised) text. */
export function findTables(norm: string): TableBlock[] {
  if (norm.indexOf('|') < 0 && norm.indexOf('\t') < 0) return [];
  const out: TableBlock[] = [];
  const lines = linesOf(norm);
  for (let i = 0; i < lines.length; i++) {
    if (!isRow(lines[i].text)) continue;
    let j = i;
    while (j + 1 < lines.length && isRow(lines[j + 1].text)) j++;
    const rows = lines.slice(i, j + 1).map((l) => splitCells(l.text, l.start));
    // A row with one filled cell first (`2022年各市技术合同情况 | | |`) is the table's title;
    // its English translation below it is not, nor a unit row (`单位:件 | (Unit: piece)`).
    let inner = '';
    let unitRow = '';
    while (rows.length > 3) {
      const first = filled(rows[0]);
      if (first.length >= 1 && UNIT_ROW.test(first[0].text)) unitRow = rows.shift()![0].text;
      else if (first.length === 1 && rows[0][0]?.text && !NUMERIC.test(rows[0][0].text)) {
        const t = rows.shift()![0].text;
        if (!inner || !ENGLISH.test(t)) inner = t;
      } else break;
    }
    for (const r of rows) dropGlosses(r);
    const headerIdx = rows.findIndex((r) => r.filter((c) => NUMERIC.test(c.text)).length === 0);
    if (headerIdx >= 0 && rows.length - headerIdx >= 2 && rows.length >= 3) {
      let t = i - 1;
      while (t >= 0 && lines[t].text.trim() === '') t--;
      const above = t >= 0 && i - t <= 2 && !isRow(lines[t].text) && lines[t].text.trim().length <= 80 ? lines[t].text.trim() : '';
      const title = inner || above;
      // `单位:亿元` in the title or on a line of its own above the table.
      const unitLine = [unitRow, title, t >= 0 ? lines[t].text : '', t >= 1 ? lines[t - 1].text : ''].join(' ');
      const unit = /单位\s*[:：]\s*([^\s)）,，;；|]{1,4})/.exec(unitLine)?.[1] ?? null;
      const header = rows[headerIdx];
      let body = rows.slice(headerIdx + 1);
      // A header on two lines: the second holds the rest of the last columns' labels.
      while (body.length > 2 && body[0].every((c) => !NUMERIC.test(c.text))) header.splice(0, header.length, ...joinHeader(header, body.shift()!));
      body = body.map((r) => alignRow(r, header));
      out.push({ title, unit, header, rows: body, start: lines[i].start, end: lines[j].start + lines[j].text.length });
    }
    i = j;
  }
  return out;
}

const filled = (r: Cell[]) => r.filter((c) => c.text !== '');

/** A cell or line in English only (a bilingual table's translation). */
const ENGLISH = /^[\x20-\x7e]*[A-Za-z][\x20-\x7e]*$/;
const UNIT_ROW = /^单位\s*[:：]/;
/** `地区Regions`, `合计Total`: the English after a Chinese label. */
const GLOSS_TAIL = /(?<=[\u4e00-\u9fa5])\s*[A-Za-z][A-Za-z\s.,&'()-]*$/;

/**
 * A bilingual table's English: a cell that only translates the label before it
 * (`北京 | Beijing | 6527`) is dropped, and English after a Chinese label
 * (`合计Total`) is cut, so the row lines up with its header.
 */
function dropGlosses(row: Cell[]): void {
  for (let k = row.length - 1; k >= 1; k--) {
    if (ENGLISH.test(row[k].text) && row[k - 1].text !== '' && !NUMERIC.test(row[k - 1].text) && /[\u4e00-\u9fa5]/.test(row[k - 1].text)) row.splice(k, 1);
  }
  for (let k = 0; k < row.length; k++) {
    const m = GLOSS_TAIL.exec(row[k].text);
    if (m) row[k] = { start: row[k].start, end: row[k].start + m.index, text: row[k].text.slice(0, m.index).trimEnd() };
  }
}

/** A header's second line (`同比增长率 | 排名 |`): its labels go on the last columns' labels, in order. */
function joinHeader(header: Cell[], more: Cell[]): Cell[] {
  const extra = filled(more);
  const cols = header.map((c, k) => ({ c, k })).filter(({ c }) => c.text !== '');
  const from = cols.length - extra.length;
  if (from < 0) return header;
  const out = header.slice();
  extra.forEach((e, n) => {
    const { c, k } = cols[from + n];
    out[k] = { start: c.start, end: c.end, text: c.text + e.text };
  });
  return out;
}

/** Cells up to the last filled one. */
function used(row: Cell[]): number {
  let n = row.length;
  while (n > 0 && row[n - 1].text === '') n--;
  return n;
}

/** A data row one cell short whose first cell is a label under a numbered first column (`合计 | 8024 | …` under `序号 | 区域 | …`): shifted right. */
function alignRow(row: Cell[], header: Cell[]): Cell[] {
  // A group's first row with the group's name before its own (`国内 | 国内小计 | 51893 | …`): the row's own name.
  while (used(row) > used(header) && row.length >= 3 && row[1].text !== '' && !NUMERIC.test(row[0].text) && !NUMERIC.test(row[1].text) && NUMERIC.test(row[2].text)) row = row.slice(1);
  const short = header.length - row.length;
  if (short !== 1 || !row[0] || NUMERIC.test(row[0].text) || !/序号|编号|排名|名次/.test(header[0]?.text ?? '')) return row;
  return [{ start: row[0].start, end: row[0].start, text: '' }, ...row];
}

/** `成交额(亿元)` → { label: '成交额', measure: '亿元' }. */
export function headerParts(header: string): { label: string; measure: string | null } {
  const m = /^(.*?)\s*[(（[]\s*([^)）\]]{1,6})\s*[)）\]]\s*$/.exec(header);
  if (!m) return { label: header.trim(), measure: null };
  return { label: m[1].trim(), measure: m[2].trim() };
}
