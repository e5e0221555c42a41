/**
 * The human table. cli-table3 is always built with `style: { head: [], border: [] }`
 * (its own colours ignore pipes and NO_COLOR); cells are coloured here with an
 * explicit Chalk instance, and every cell is pre-sized by display width
 * (src/output/table-layout.ts) so cli-table3 never wraps (and never drops) CJK text.
 */
import Table from 'cli-table3';
import { Chalk, type ChalkInstance } from 'chalk';
import type { IndicatorRecord } from '../record/types.js';
import { humanValue, qualifierSymbol } from './human.js';
import { layoutTable, type Row } from './table-layout.js';
import { displayWidth, oneLine, truncateEnd, truncateMiddle } from './width.js';

export interface TableOptions {
  /** Colour the cells. False guarantees no ANSI codes in the output. */
  color: boolean;
  /** Total width to fit in (terminal columns, or COLUMNS); columns give way to fit. */
  width?: number;
  /** How many files were read, for the empty-result message. */
  fileCount?: number;
  /** A chalk instance to colour with (when `color`); default level 1. */
  chalk?: ChalkInstance;
}

const HEAD_RULE = { mid: '─', 'left-mid': '├', 'mid-mid': '┼', 'right-mid': '┤' };

/** The last path segment (`/` or `\`). */
export function baseName(file: string): string {
  const parts = file.split(/[\\/]/);
  return parts[parts.length - 1] || file;
}

/** The single line printed when nothing was found. */
export function emptyMessage(fileCount: number): string {
  const files = fileCount === 1 ? '1 file' : `${fileCount} files`;
  return `No indicator figures found in ${files}. Try --all to see every figure.`;
}

function toRow(r: IndicatorRecord): Row {
  return {
    file: oneLine(r.file),
    label: oneLine(r.label),
    id: r.indicator,
    value: humanValue(r),
    q: qualifierSymbol(r.qualifier),
    year: r.year === null || r.year === undefined ? '-' : String(r.year),
    status: r.status,
    pos: r.page === undefined || r.page === null ? `${r.line}:${r.column}` : `p.${r.page} ${r.line}:${r.column}`,
    rule: r.rule === undefined || r.rule === null ? undefined : oneLine(String(r.rule)),
  };
}

/** Narrowest a cut label is still shown (two Chinese characters, or one and `…`). */
const MIN_LABEL = 4;

/**
 * The Indicator cell: the Chinese label, then the id (dimmed). The id is
 * whole unless the column is narrower than it; the label gets what is left,
 * cut with `…`, and is left out when fewer than MIN_LABEL columns are left.
 */
function indicatorCell(row: Row, width: number, c: ChalkInstance): string {
  const id = truncateEnd(row.id, width);
  const room = width - displayWidth(id) - 1;
  if (row.label === '' || room < MIN_LABEL) return c.dim(id);
  return `${truncateEnd(row.label, room)} ${c.dim(id)}`;
}

/**
 * Records as a boxed table, one line each: file (the path as given, or a
 * short form that keeps files of the same name apart), indicator label and id,
 * value in its measure, qualifier, year, status, line:col, and the matching
 * rule when records carry one (`--explain`). With a width, columns give way
 * in this order: file paths to their short form, the Chinese label, the
 * rule, the file, the qualifier (joined to the value), line:col; the id and
 * the value stay whole. An empty list gives the one-line {@link emptyMessage}.
 * No trailing newline.
 */
export function formatTable(records: readonly IndicatorRecord[], opts: TableOptions): string {
  if (records.length === 0) return emptyMessage(opts.fileCount ?? 0);
  const c = opts.color ? (opts.chalk ?? new Chalk({ level: 1 })) : new Chalk({ level: 0 });
  const rows = records.map(toRow);
  const layout = layoutTable(rows, opts.width);
  const head = ['File', 'Indicator', 'Value'];
  const aligns: ('left' | 'right' | 'center')[] = ['left', 'left', 'right'];
  if (!layout.joinQ) {
    head.push('Q');
    aligns.push('center');
  }
  head.push('Year', 'Status');
  aligns.push('right', 'left');
  if (layout.showPos) {
    // A record from a paged document (PDF) shows its page: `p.3 12:5`.
    head.push(records.some((r) => r.page !== undefined && r.page !== null) ? 'Page Line:Col' : 'Line:Col');
    aligns.push('right');
  }
  if (layout.ruleWidth > 0) {
    head.push('Rule');
    aligns.push('left');
  }
  const table = new Table({
    head: head.map((h) => c.bold(h)),
    style: { head: [], border: [] },
    // No rule between body rows: one record per line.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    colAligns: aligns,
    wordWrap: false,
  });
  rows.forEach((row, n) => {
    const file = layout.fileLabel(row.file);
    const cells = [truncateMiddle(file, layout.fileWidth), indicatorCell(row, layout.indicatorWidth, c)];
    if (layout.joinQ) cells.push(row.q ? `${c.cyan(row.q)} ${row.value}` : row.value);
    else cells.push(row.value, c.cyan(row.q));
    cells.push(row.year, row.status === 'target' ? c.yellow(row.status) : row.status);
    if (layout.showPos) cells.push(row.pos);
    if (layout.ruleWidth > 0) cells.push(truncateEnd(row.rule ?? '', layout.ruleWidth));
    // The first body row draws the rule under the header.
    table.push(n === 0 ? cells.map((content) => ({ content, chars: HEAD_RULE })) : cells);
  });
  return table.toString();
}
