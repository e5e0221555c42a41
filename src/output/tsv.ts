/**
 * TSV for `cut`, `awk`, `sort` and spreadsheets: a header line, one record a
 * line, cells separated by one TAB, LF line ends. Inside a cell a backslash,
 * TAB, LF and CR are written as `\\`, `\t`, `\n`, `\r`, so every line is one
 * record with exactly as many cells as the header (the convention of
 * PostgreSQL's COPY and of `mlr --tsv`). Absent fields are empty cells;
 * numbers are plain decimals; nothing is quoted.
 */
import type { IndicatorRecord } from '../record/types.js';
import { numberToDecimal } from './decimal.js';
import { FIELDS, flatCell, type Cell, type Field } from './fields.js';

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Escape backslash, TAB, LF and CR inside one cell. */
export function escapeTsv(s: string): string {
  return s.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!);
}

/** Undo escapeTsv (for readers and tests). */
export function unescapeTsv(s: string): string {
  return s.replace(/\\([\\tnr])/g, (_, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'));
}

function cellText(v: Cell): string {
  if (v === null) return '';
  return typeof v === 'number' ? numberToDecimal(v) : escapeTsv(v);
}

/** The header line, LF-terminated. */
export function tsvHeader(fields: readonly Field[] = FIELDS): string {
  return fields.join('\t') + '\n';
}

/** One record as a TSV line, LF-terminated. */
export function tsvRow(r: IndicatorRecord, fields: readonly Field[] = FIELDS): string {
  return fields.map((f) => cellText(flatCell(r, f))).join('\t') + '\n';
}
