/**
 * The summary as tables an analyst reads: per indicator, one line per series
 * (region, status, part, phase) and years as columns (`by: 'year'`), or one
 * line per year and regions as columns (`by: 'region'`). Values are shown in
 * the line's measure (`1,273.36` under `亿元`), bounds with their symbol
 * (`>960`), disagreements with `!` and a note under the table. A sparkline of
 * the years (colour terminals only) shows the trend.
 */
import Table from 'cli-table3';
import { Chalk, type ChalkInstance } from 'chalk';
import { pivot, type PivotBy, type PivotGroup, type PivotLine } from './pivot.js';
import type { SummaryRow, SummaryValue } from './types.js';
import { humanValue, measureAsWritten, qualifierSymbol, scaledNumber } from '../output/human.js';
import { sparkline } from '../output/sparkline.js';

export interface SummaryTableOptions {
  by?: PivotBy;
  /** Colour (and the trend column). False guarantees no ANSI codes. */
  color: boolean;
  chalk?: ChalkInstance;
}

/** The measure most of a line's values are written in (`亿元`, `万件`). */
export function lineMeasure(cells: Iterable<SummaryRow>): string {
  const counts = new Map<string, number>();
  for (const r of cells) {
    const m = measureAsWritten(r.text, r.measure, r.unit);
    counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  let best = '';
  let n = 0;
  for (const [m, c] of counts) if (c > n) [best, n] = [m, c];
  return best;
}

/** A value in the line's measure with its qualifier (`>960`, `1,068.2`, `10–15`). */
function cellText(v: Pick<SummaryValue, 'value' | 'valueMax' | 'qualifier'>, measure: string, unit: string): string {
  const num = scaledNumber(v.value, measure, unit);
  const max = v.valueMax === undefined ? '' : `–${scaledNumber(v.valueMax, measure, unit)}`;
  return qualifierSymbol(v.qualifier) + num + max;
}

const place = (v: SummaryValue) => [...new Set(v.sources.map((s) => `${s.file}:${s.line}`))].join(', ');

function documentsOf(line: PivotLine): number {
  const files = new Set<string>();
  for (const r of line.cells.values()) for (const v of [r, ...r.conflicts]) for (const s of v.sources) files.add(s.file);
  return files.size;
}

function formatGroup(g: PivotGroup, by: PivotBy, c: ChalkInstance, trend: boolean): string {
  const hasPart = g.lines.some((l) => l.part !== null);
  const hasPhase = g.lines.some((l) => l.phase !== null);
  const head = [by === 'year' ? 'Region' : 'Year', 'Status', ...(hasPart ? ['Part'] : []), ...(hasPhase ? ['Phase'] : []), 'Unit', ...g.columns, ...(trend ? ['Trend'] : []), 'Docs'];
  const fixed = head.length - g.columns.length - (trend ? 1 : 0) - 1;
  const table = new Table({
    head: head.map((h) => c.bold(h)),
    style: { head: [], border: [] },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    colAligns: head.map((_, i) => (i >= fixed && i < fixed + g.columns.length) || i === head.length - 1 ? 'right' : 'left'),
    wordWrap: false,
  });
  const notes: string[] = [];
  for (const line of g.lines) {
    const measure = lineMeasure(line.cells.values());
    const cells = g.columns.map((col) => {
      const r = line.cells.get(col);
      if (!r) return '';
      const text = cellText(r, measure, r.unit);
      if (r.conflicts.length === 0) return text;
      const where = by === 'year' ? `${col} ${line.region ?? '—'}` : `${line.year} ${col}`;
      notes.push(`! ${where}: ${humanValue(r)} (${place(r)}) — also ${r.conflicts.map((x) => `${humanValue({ ...x, unit: r.unit })} (${place(x)})`).join('; ')}`);
      return `${text} ${c.red('!')}`;
    });
    const series = g.columns.map((col) => line.cells.get(col)?.value ?? null);
    table.push([
      by === 'year' ? (line.region ?? '—') : (line.year ?? '—'),
      line.status === 'target' ? c.yellow(line.status) : line.status,
      ...(hasPart ? [line.part ?? ''] : []),
      ...(hasPhase ? [line.phase === null ? '' : String(line.phase)] : []),
      measure || line.unit,
      ...cells,
      ...(trend ? [c.cyan(sparkline(series))] : []),
      String(documentsOf(line)),
    ]);
  }
  const title = `${c.bold(g.label)} ${c.dim(g.indicator)}`;
  return [title, table.toString(), ...notes.map((n) => c.red(n))].join('\n');
}

/** Every indicator's table, separated by a blank line. No trailing newline; empty rows give ''. */
export function formatSummaryTable(rows: readonly SummaryRow[], opts: SummaryTableOptions): string {
  const by = opts.by ?? 'year';
  const c = opts.color ? (opts.chalk ?? new Chalk({ level: 1 })) : new Chalk({ level: 0 });
  const trend = opts.color && by === 'year';
  return pivot(rows, by)
    .map((g) => formatGroup(g, by, c, trend))
    .join('\n\n');
}
