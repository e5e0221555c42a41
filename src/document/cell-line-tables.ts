/**
 * Tables copied from a web page one cell a line: a title (`表1 …一览表`), a
 * unit line (`单位:亿元`), the header cells, then rows of a key — a year
 * (`2021`, `2021年`, a Republic-era `110` in a Taiwanese text) or a name —
 * followed by the same number of values each. A header on two levels
 * (`科技项目` over `金额 | 占比`) names its columns by joining the levels:
 * the words that repeat (`金额`, `占比`, `预算数`) are the lower level, and
 * each run of them that starts again with the first one sits under the next
 * upper-level word.
 */
import type { Cell, TableBlock } from './tables.js';

export interface Line {
  text: string;
  start: number;
  end: number;
}

/** A cell: a short line without sentence punctuation. */
const CELL = /^[^,，。;；:：!！?？、|\t]{1,20}$/;
const VALUE = /^(?:[-+]?\d[\d,]*(?:\.\d+)?%?|[-—–－…]+|\.{2,})$/;
const isCell = (t: string) => CELL.test(t) || VALUE.test(t);
const YEAR = /^((?:19|20)\d\d)\s*年?度?$/;
const ROC_YEAR = /^(\d{2,3})\s*年?度?$/;
/** A header over the row keys. */
const KEY_HEADER = /^(?:年度|年份|年别|年|地区|区域|地市|城市|省份|区县|项目|类别|指标|名称|序号)$/;
const UNIT_LINE = /[单單]位\s*[:：]\s*([^\s,，;；)）|]{1,10})/;

/** The year a row key names, or null: `2021`, `2021年`, and in a Republic-era text `110`/`110年度`. */
export function rowKeyYear(text: string, roc: boolean): number | null {
  const t = text.trim();
  const y = YEAR.exec(t);
  if (y) return Number(y[1]);
  const r = roc ? ROC_YEAR.exec(t) : null;
  if (r) {
    const n = Number(r[1]);
    if (n >= 38 && n <= 150) return n + 1911;
  }
  return null;
}

/** Every line of the text, trimmed, with its offsets (empty lines too). */
export function linesIn(norm: string): Line[] {
  const out: Line[] = [];
  for (let s = 0; s <= norm.length; ) {
    let e = norm.indexOf('\n', s);
    if (e < 0) e = norm.length;
    const raw = norm.slice(s, e);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    out.push({ text, start: s + lead, end: s + lead + text.length });
    s = e + 1;
  }
  return out;
}

const isKey = (t: string, roc: boolean) => rowKeyYear(t, roc) !== null || (!VALUE.test(t) && !/\d{3}/.test(t) && t.length <= 20);

/** The longest run of rows from `r0`, each a key and `k` values. */
function rowsFrom(run: Line[], r0: number, k: number, roc: boolean): number {
  let n = 0;
  let lastYear = -1;
  let years: boolean | null = null;
  for (let i = r0; i + k < run.length; i += k + 1) {
    const key = run[i].text;
    if (!isKey(key, roc)) break;
    const year = rowKeyYear(key, roc);
    // All keys years or all names; year keys go one way (a value that looks like a year starts no row).
    if (years !== null && years !== (year !== null)) break;
    years = year !== null;
    if (year !== null && lastYear >= 0 && year <= lastYear) break;
    if (year !== null) lastYear = year;
    let ok = true;
    for (let j = 1; j <= k && ok; j++) ok = VALUE.test(run[i + j].text);
    if (!ok) break;
    n++;
  }
  return n;
}

/** The columns' labels from the header cells, or null when they cannot be matched to `k` columns. */
export function columnLabels(header: string[], k: number): string[] | null {
  if (header.length === k) return header;
  if (header.length < k) return null;
  const count = new Map<string, number>();
  for (const h of header) count.set(h, (count.get(h) ?? 0) + 1);
  const upper = header.filter((h) => count.get(h) === 1);
  const lower = header.filter((h) => (count.get(h) ?? 0) > 1);
  if (!lower.length) return mergeFragments(upper, k);
  const groups: string[][] = [];
  for (const h of lower) {
    if (h === lower[0] || !groups.length) groups.push([]);
    groups[groups.length - 1].push(h);
  }
  if (groups.length > upper.length) return null;
  const labels: string[] = [];
  groups.forEach((g, n) => g.forEach((h) => labels.push(upper[n] + h)));
  const rest = mergeFragments(upper.slice(groups.length), k - labels.length);
  return rest ? [...labels, ...rest] : null;
}

/** A header cell broken over two lines (`申请` / `件数`): the shortest neighbours are joined until `k` remain. */
function mergeFragments(cells: string[], k: number): string[] | null {
  const out = cells.slice();
  while (out.length > k) {
    let best = -1;
    for (let i = 0; i + 1 < out.length; i++) {
      if (out[i].length > 2 && out[i + 1].length > 2) continue;
      if (best < 0 || out[i].length + out[i + 1].length < out[best].length + out[best + 1].length) best = i;
    }
    if (best < 0) return null;
    out.splice(best, 2, out[best] + out[best + 1]);
  }
  return out.length === k ? out : null;
}

/** The unit stated above a table (`单位:新台币亿元;%` → `亿元`, the currency kept apart). */
export function unitOf(line: string): { unit: string | null; currency: string | null } {
  const m = UNIT_LINE.exec(line);
  if (!m) return { unit: null, currency: null };
  const c = /^(新[台臺][币幣]|人民[币幣]|港[币幣元]|澳[门門]元|美元)/.exec(m[1]);
  const rest = c ? m[1].slice(c[1].length) : m[1];
  return { unit: rest || (c ? '元' : null), currency: c ? c[1] : null };
}

const cell = (l: Line, text = l.text): Cell => ({ start: l.start, end: l.end, text });

/** Every one-cell-a-line table of the (normalised) text. */
export function findCellLineTables(norm: string, roc: boolean): TableBlock[] {
  // Cheap test first: eight short lines in a row (blank lines between them allowed).
  if (!/(?:\n+[^\n]{1,20}){8}\n/.test(norm)) return [];
  const lines = linesIn(norm);
  const out: TableBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isCell(lines[i].text)) continue;
    let j = i;
    const run: Line[] = [];
    for (; j < lines.length && (lines[j].text === '' || isCell(lines[j].text)); j++) if (lines[j].text) run.push(lines[j]);
    const table = run.length >= 8 ? tableOf(lines, i, run, roc) : null;
    if (table) out.push(table);
    i = j;
  }
  return out;
}

function tableOf(lines: Line[], first: number, run: Line[], roc: boolean): TableBlock | null {
  let best: { r0: number; k: number; n: number } | null = null;
  for (let r0 = 1; r0 < run.length - 4; r0++) {
    if (!isKey(run[r0].text, roc)) continue;
    for (let k = 2; k <= 24 && r0 + 2 * (k + 1) <= run.length; k++) {
      const n = rowsFrom(run, r0, k, roc);
      // The reading that covers the most lines (rows × (key + values)) wins; then the earlier one.
      if (n >= 2 && (!best || n * (k + 1) > best.n * (best.k + 1))) best = { r0, k, n };
    }
  }
  if (!best) return null;
  const { r0, k, n } = best;
  let header = run.slice(0, r0);
  let keyHeader: Line | null = null;
  if (KEY_HEADER.test(header[0].text)) [keyHeader, ...header] = header;
  const labels = columnLabels(
    header.map((h) => h.text),
    k,
  );
  if (!labels) return null;
  // The unit and the title: the lines just above the table.
  const above: string[] = [];
  for (let t = first - 1; t >= 0 && above.length < 2; t--) if (lines[t].text) above.push(lines[t].text);
  const unitLine = above.find((a) => UNIT_LINE.test(a)) ?? '';
  const { unit, currency } = unitOf(unitLine);
  // The title: the lines above without their unit (`…状况表   单位:件`), in reading order.
  const title = above
    .map((a) => a.replace(/[单單]位\s*[:：].*$/, '').trim())
    .filter((a) => a && a.length <= 80)
    .reverse()
    .join(' ');
  const at = header[0] ?? run[r0];
  const headerCells: Cell[] = [keyHeader ? cell(keyHeader) : { start: run[0].start, end: run[0].start, text: '' }, ...labels.map((l, c) => cell(header[Math.min(c, header.length - 1)] ?? at, l))];
  const rows: Cell[][] = [];
  for (let r = 0; r < n; r++) {
    const base = r0 + r * (k + 1);
    rows.push(run.slice(base, base + k + 1).map((l) => cell(l)));
  }
  const last = rows[rows.length - 1];
  return {
    title,
    unit,
    currency,
    header: headerCells,
    rows,
    start: run[0].start,
    end: last[last.length - 1].end,
    keyedRows: true,
  };
}
