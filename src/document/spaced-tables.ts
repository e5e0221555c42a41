/**
 * Tables pasted as text with their columns separated by spaces (statistical
 * yearbooks, annexes): a header line of column names — places or years,
 * often after a `单位`/`指标` cell (`单位 甲县 乙县 丙县`, `指标 2022年 2023年`) —
 * and rows of a label, an optional unit and one number a column
 * (`专利申请授权量 件 10326 2397 1633`). Rows whose numbers do not fill the
 * columns (blank cells collapse to spaces and cannot be placed) keep only
 * their label. Labels without numbers stay in the table: they head the rows
 * under them (`#发明` under `专利申请受理量`).
 */
import type { Cell, TableBlock } from './tables.js';

const PROSE = /[,。;:!?、]/;
const NUM = /^[-+]?\d[\d,]*(?:\.\d+)?$/;
const UNIT = /^(?:万元|亿元|千元|元|万美元|美元|件|项|个|家|人|支|只|%|人次|万人|户|台|套)$/;
const YEAR = /^(?:19|20)\d\d\s*年?度?$/;
/** A label cell: words, not a number (a leading `1.` or `#` is kept). */
const LABEL_ONLY = /^(?:\d{1,2}[.、])?[^\d\s.].{0,30}$/;

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokens(line: string, offset: number): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  return out;
}

const cell = (t: Token): Cell => ({ start: t.start, end: t.end, text: t.text });
const join = (ts: Token[]): Cell => ({ start: ts[0].start, end: ts[ts.length - 1].end, text: ts.map((t) => t.text).join('') });
const empty = (at: number): Cell => ({ start: at, end: at, text: '' });

/** The column names of a header line, or null: at least two places or years, no other numbers. */
function headerOf(ts: Token[], isPlace: (s: string) => boolean): Token[] | null {
  if (ts.length < 3) return null;
  const names = /^(?:单位|计量单位|指标|主要指标|项目|指标名称)$/.test(ts[0].text) ? ts.slice(1) : ts;
  if (names.length < 2 || names.some((t) => NUM.test(t.text) && !YEAR.test(t.text))) return null;
  const named = names.filter((t) => YEAR.test(t.text) || isPlace(t.text.replace(/^[△▲※*#]+/, ''))).length;
  return named >= 2 && named >= names.length - 1 ? names : null;
}

interface Row {
  label: Token[];
  unit: Token | null;
  values: Token[];
}

function rowOf(ts: Token[]): Row | null {
  const first = ts.findIndex((t) => NUM.test(t.text) || UNIT.test(t.text));
  if (first === 0) return null;
  const label = first < 0 ? ts : ts.slice(0, first);
  if (!label.length || !LABEL_ONLY.test(label[0].text)) return null;
  if (first < 0) return label.length <= 3 ? { label, unit: null, values: [] } : null;
  let k = first;
  const unit = UNIT.test(ts[k].text) ? ts[k++] : null;
  const values = ts.slice(k);
  return values.every((t) => NUM.test(t.text)) ? { label, unit, values } : null;
}

function newlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

/** Every space-separated table of the (normalised) text. `isPlace` tells a place name. */
export function findSpacedTables(norm: string, isPlace: (s: string) => boolean): TableBlock[] {
  const out: TableBlock[] = [];
  // Lines are walked in place (no array of every line: most documents have no such table).
  const endOf = (s: number) => {
    const e = norm.indexOf('\n', s);
    return e < 0 ? norm.length : e;
  };
  let before1 = -1; // where the last non-empty line before this one starts
  for (let s = 0; s <= norm.length; ) {
    const e = endOf(s);
    const text = norm.slice(s, e);
    // A header line has spaces between its names and no sentence punctuation (most lines are prose).
    const names = text.indexOf(' ') < 0 || PROSE.test(text) ? null : headerOf(tokens(text, s), isPlace);
    if (!names) {
      if (text.trim() !== '') before1 = s;
      s = e + 1;
      continue;
    }
    const rows: Row[] = [];
    let lastEnd = e;
    let next = e + 1;
    while (next <= norm.length) {
      const re = endOf(next);
      const ts = tokens(norm.slice(next, re), next);
      const r = ts.length ? rowOf(ts) : null;
      if (!r) break;
      rows.push(r);
      lastEnd = re;
      next = re + 1;
    }
    const width = Math.max(0, ...rows.map((r) => r.values.length));
    // One number more than names: the first column is the unnamed whole (合计).
    if (rows.filter((r) => r.values.length).length >= 2 && (width === names.length || width === names.length + 1)) {
      const at = names[0].start;
      const header: Cell[] = [empty(s), { start: at, end: at, text: '单位' }, ...(width > names.length ? [empty(at)] : []), ...names.map(cell)];
      const body = rows.map((r): Cell[] => {
        const values = r.values.length === width ? r.values.map(cell) : [];
        return [join(r.label), r.unit ? cell(r.unit) : empty(r.label[r.label.length - 1].end), ...values];
      });
      // The title: the last non-empty line, at most one blank line above.
      const above = before1 >= 0 && newlines(norm, endOf(before1), s) <= 2 ? norm.slice(before1, endOf(before1)).trim() : '';
      const title = above.length <= 80 ? above : '';
      const unit = /单位\s*[:：]\s*([^\s)）,，;；|]{1,4})/.exec(title)?.[1] ?? null;
      out.push({ title, unit, header, rows: body, start: s, end: lastEnd, indicatorRows: true });
    }
    before1 = s;
    s = lastEnd + 1;
  }
  return out;
}
