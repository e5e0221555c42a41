/**
 * CSV per RFC 4180: CRLF line ends, fields with `,` `"` CR or LF quoted, quotes
 * doubled. Numbers are written as plain numbers; text cells that a spreadsheet
 * would run as a formula are prefixed with `'` (OWASP CSV injection list, plus
 * the full-width forms). A BOM, if wanted, is the caller's business.
 */
import { OPTIONAL_RECORD_KEYS, RECORD_KEYS } from './json.js';
import type { IndicatorRecord } from '../types.js';
import { numberToDecimal } from './decimal.js';

/** The CSV columns, in order: the record's fields, with `valueMax` next to `value`. */
export const CSV_COLUMNS = [
  ...RECORD_KEYS.slice(0, 4),
  'valueMax',
  ...RECORD_KEYS.slice(4),
  ...OPTIONAL_RECORD_KEYS.filter((k) => k !== 'valueMax'),
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

export interface CsvOptions {
  /** Prefix text cells starting with = + - @ TAB CR (or ＝＋－＠) with `'`. Default true. */
  escapeFormulas?: boolean;
}

export const CRLF = '\r\n';

const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/** `'`-prefix a text cell that a spreadsheet would treat as a formula. */
export function escapeFormula(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** Quote a field when it holds `,` `"` CR or LF, doubling quotes. */
export function quoteField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

type Cell = string | number | null | undefined;

function cellValue(r: IndicatorRecord, col: CsvColumn): Cell {
  switch (col) {
    case 'period':
      return r.period ? `${r.period.from}-${r.period.to}` : undefined;
    case 'growth':
      return r.growth?.percent;
    case 'per':
      return r.per ? r.per.join('/') : undefined;
    default: {
      const v = (r as unknown as Record<string, unknown>)[col];
      if (v === null || v === undefined) return v;
      if (typeof v === 'number' || typeof v === 'string') return v;
      return JSON.stringify(v);
    }
  }
}

function renderCell(v: Cell, escape: boolean): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return numberToDecimal(v);
  return quoteField(escape ? escapeFormula(v) : v);
}

/** One CSV line (CRLF-terminated) from cells; numbers are never formatted or escaped. */
export function csvLine(cells: readonly Cell[], opts: CsvOptions = {}): string {
  const escape = opts.escapeFormulas ?? true;
  return cells.map((c) => renderCell(c, escape)).join(',') + CRLF;
}

/** The header row, CRLF-terminated. */
export function csvHeader(): string {
  return CSV_COLUMNS.join(',') + CRLF;
}

/** One record as a CSV row, CRLF-terminated. */
export function csvRow(r: IndicatorRecord, opts: CsvOptions = {}): string {
  return csvLine(
    CSV_COLUMNS.map((c) => cellValue(r, c)),
    opts,
  );
}
