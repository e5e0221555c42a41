/**
 * CSV per RFC 4180: CRLF line ends, fields with `,` `"` CR or LF quoted, quotes
 * doubled. Numbers are written as plain numbers; text cells that a spreadsheet
 * would run as a formula are prefixed with `'` (OWASP CSV injection list, plus
 * the full-width forms). A BOM, if wanted, is the caller's business.
 */
import type { IndicatorRecord } from '../record/types.js';
import { numberToDecimal } from './decimal.js';
import { FIELDS, flatCell, type Cell, type Field } from './fields.js';

/** The CSV columns, in order: every record field (docs/output.md). */
export const CSV_COLUMNS = FIELDS;

export type CsvColumn = Field;

export interface CsvOptions {
  /** Prefix text cells starting with = + - @ TAB CR (or ＝＋－＠) with `'`. Default true. */
  escapeFormulas?: boolean;
  /** The columns to write (default: all). */
  fields?: readonly Field[];
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

function renderCell(v: Cell | undefined, escape: boolean): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return numberToDecimal(v);
  return quoteField(escape ? escapeFormula(v) : v);
}

/** One CSV line (CRLF-terminated) from cells; numbers are never formatted or escaped. */
export function csvLine(cells: readonly (Cell | undefined)[], opts: CsvOptions = {}): string {
  const escape = opts.escapeFormulas ?? true;
  return cells.map((c) => renderCell(c, escape)).join(',') + CRLF;
}

/** The header row, CRLF-terminated. */
export function csvHeader(fields: readonly Field[] = CSV_COLUMNS): string {
  return fields.join(',') + CRLF;
}

/** One record as a CSV row, CRLF-terminated. */
export function csvRow(r: IndicatorRecord, opts: CsvOptions = {}): string {
  return csvLine(
    (opts.fields ?? CSV_COLUMNS).map((c) => flatCell(r, c)),
    opts,
  );
}
