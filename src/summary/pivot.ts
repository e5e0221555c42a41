/**
 * Summary rows laid out for reading: per indicator, one line per series and
 * one column per year (`by: 'year'`, a time series) or per region
 * (`by: 'region'`, places side by side for one year). The table and the
 * report's charts read the same layout.
 */
import { regionKey } from '../check/region-key.js';
import type { SummaryRow } from './types.js';

export type PivotBy = 'year' | 'region';

/** One line: the fields that are not the column, and the row of each column. */
export interface PivotLine {
  region: string | null;
  /** The column label of the year (by region). */
  year: string | null;
  status: SummaryRow['status'];
  part: string | null;
  phase: number | null;
  unit: string;
  cells: Map<string, SummaryRow>;
}

export interface PivotGroup {
  indicator: string;
  label: string;
  /** Column labels in order: years ascending (periods by their end), or regions. */
  columns: string[];
  lines: PivotLine[];
}

/** `2019`, `2017–2019` for a cumulative period, `—` without a year. */
export function yearLabel(r: Pick<SummaryRow, 'year' | 'period'>): string {
  if (r.period) return `${r.period.from}–${r.period.to}`;
  return r.year === null ? '—' : String(r.year);
}

/** `—` for figures of no stated place. */
export function regionLabel(r: Pick<SummaryRow, 'region'>): string {
  return r.region ?? '—';
}

/** Years by their end, then their start (a period before the single year it ends in). */
function yearOrder(a: string, b: string): number {
  const end = (s: string) => Number(s.split('–').pop()) || Infinity;
  const start = (s: string) => Number(s.split('–')[0]) || Infinity;
  return end(a) - end(b) || start(a) - start(b);
}

function regionOrder(a: string, b: string): number {
  if (a === '—' || b === '—') return a === b ? 0 : a === '—' ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function lineOrder(by: PivotBy) {
  const nullsLast = (a: unknown, b: unknown) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : String(a) < String(b) ? -1 : 1);
  return (a: PivotLine, b: PivotLine): number =>
    (by === 'year' ? regionOrder(a.region ?? '—', b.region ?? '—') : yearOrder(a.year ?? '—', b.year ?? '—')) ||
    (a.status === b.status ? 0 : a.status === 'actual' ? -1 : 1) ||
    nullsLast(a.part, b.part) ||
    nullsLast(a.phase, b.phase) ||
    (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0);
}

/** Rows grouped by indicator (in order of first appearance), then into lines and columns. */
export function pivot(rows: readonly SummaryRow[], by: PivotBy = 'year'): PivotGroup[] {
  const groups = new Map<string, { group: PivotGroup; lines: Map<string, PivotLine> }>();
  for (const r of rows) {
    const gid = r.indicator === 'other' ? `other:${r.label}` : r.indicator;
    let g = groups.get(gid);
    if (!g) groups.set(gid, (g = { group: { indicator: r.indicator, label: r.label, columns: [], lines: [] }, lines: new Map() }));
    const column = by === 'year' ? yearLabel(r) : regionLabel(r);
    const lineId = JSON.stringify([by === 'year' ? (r.region ? regionKey(r.region) : null) : yearLabel(r), r.status, r.part, r.phase, r.unit]);
    let line = g.lines.get(lineId);
    if (!line) {
      line = { region: by === 'year' ? r.region : null, year: by === 'region' ? yearLabel(r) : null, status: r.status, part: r.part, phase: r.phase, unit: r.unit, cells: new Map() };
      g.lines.set(lineId, line);
    }
    line.cells.set(column, r);
    if (!g.group.columns.includes(column)) g.group.columns.push(column);
  }
  return [...groups.values()].map(({ group, lines }) => ({
    ...group,
    columns: group.columns.sort(by === 'year' ? yearOrder : regionOrder),
    lines: [...lines.values()].sort(lineOrder(by)),
  }));
}
