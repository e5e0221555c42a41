/**
 * The human table. cli-table3 is always built with `style: { head: [], border: [] }`
 * (its own colours ignore pipes and NO_COLOR); cells are coloured here with an
 * explicit Chalk instance, and every cell is pre-truncated by display width so
 * cli-table3 never wraps (and never drops) CJK text.
 */
import Table from 'cli-table3';
import { Chalk, type ChalkInstance } from 'chalk';
import type { IndicatorRecord } from '../types.js';
import { humanValue, qualifierSymbol } from './human.js';
import { displayWidth, oneLine, truncateEnd, truncateMiddle } from './width.js';

export interface TableOptions {
  /** Colour the cells. False guarantees no ANSI codes in the output. */
  color: boolean;
  /** Total width to fit in (terminal columns); cells are shortened to fit. */
  width?: number;
  /** How many files were read, for the empty-result message. */
  fileCount?: number;
  /** A chalk instance to colour with (when `color`); default level 1. */
  chalk?: ChalkInstance;
}

const HEAD = ['File', 'Indicator', 'Value', 'Q', 'Year', 'Status', 'Line:Col'] as const;
/** The last heading when a record comes from a paged document (PDF): `p.3 12:5`. */
const PAGED_POS = 'Page Line:Col';

/** Widest a column may be without a width limit. */
const CAPS = [28, 44, 24, 2, 4, 6, 16];
/** Narrowest a shrinkable column may become when fitting a width. */
const MINS = [10, 12, 10, 1, 4, 6, 8];
const HEAD_RULE = { mid: '─', 'left-mid': '├', 'mid-mid': '┼', 'right-mid': '┤' };

/** Shrink order when fitting: indicator, then file; values are never cut. */
const SHRINK = [1, 0];

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

interface Row {
  file: string;
  label: string;
  id: string;
  value: string;
  q: string;
  year: string;
  status: string;
  pos: string;
}

function toRow(r: IndicatorRecord): Row {
  return {
    file: oneLine(baseName(r.file)),
    label: oneLine(r.label),
    id: r.indicator,
    value: humanValue(r),
    q: qualifierSymbol(r.qualifier),
    year: r.year === null || r.year === undefined ? '-' : String(r.year),
    status: r.status,
    pos: r.page === undefined ? `${r.line}:${r.column}` : `p.${r.page} ${r.line}:${r.column}`,
  };
}

function plainCells(row: Row): string[] {
  return [row.file, `${row.label} ${row.id}`, row.value, row.q, row.year, row.status, row.pos];
}

/** Column content widths: natural widths capped, then shrunk to fit `width`. */
function columnWidths(rows: Row[], width: number | undefined, head: readonly string[]): number[] {
  const widths = head.map((h, i) =>
    Math.min(CAPS[i] as number, Math.max(displayWidth(h), ...rows.map((r) => displayWidth(plainCells(r)[i] as string)))),
  );
  if (width === undefined) return widths;
  // Each column adds two padding spaces and one border; plus the left border.
  let total = widths.reduce((a, b) => a + b, 0) + 3 * widths.length + 1;
  for (const i of SHRINK) {
    if (total <= width) break;
    const cut = Math.min(total - width, (widths[i] as number) - (MINS[i] as number));
    if (cut > 0) {
      widths[i] = (widths[i] as number) - cut;
      total -= cut;
    }
  }
  return widths;
}

/**
 * Records as a boxed table: file (basename, shortened in the middle), indicator
 * label with its id dimmed, value in its measure, qualifier, year, status,
 * line:col (`p.3 12:5` for a record from a PDF page). An empty list gives the one-line {@link emptyMessage}. No trailing newline.
 */
export function formatTable(records: readonly IndicatorRecord[], opts: TableOptions): string {
  if (records.length === 0) return emptyMessage(opts.fileCount ?? 0);
  const c = opts.color ? (opts.chalk ?? new Chalk({ level: 1 })) : new Chalk({ level: 0 });
  const rows = records.map(toRow);
  const head = records.some((r) => r.page !== undefined) ? [...HEAD.slice(0, -1), PAGED_POS] : HEAD;
  const w = columnWidths(rows, opts.width, head);
  const table = new Table({
    head: head.map((h) => c.bold(h)),
    style: { head: [], border: [] },
    // No rule between body rows: one record per line.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    colAligns: ['left', 'left', 'right', 'center', 'right', 'left', 'right'],
    wordWrap: false,
  });
  rows.forEach((row, n) => {
    const indicatorPlain = truncateEnd(`${row.label} ${row.id}`, w[1] as number);
    let indicator: string;
    if (indicatorPlain.length > row.label.length + 1 && indicatorPlain.startsWith(row.label + ' ')) {
      indicator = row.label + ' ' + c.dim(indicatorPlain.slice(row.label.length + 1));
    } else {
      indicator = indicatorPlain;
    }
    const cells = [
      truncateMiddle(row.file, w[0] as number),
      indicator,
      truncateEnd(row.value, w[2] as number),
      c.cyan(row.q),
      row.year,
      row.status === 'target' ? c.yellow(row.status) : row.status,
      row.pos,
    ];
    // The first body row draws the rule under the header.
    table.push(n === 0 ? cells.map((content) => ({ content, chars: HEAD_RULE })) : cells);
  });
  return table.toString();
}
