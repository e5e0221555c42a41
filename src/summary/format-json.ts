/**
 * Summary rows as JSON, NDJSON and CSV, with a fixed key order (docs/summary.md).
 */
import type { SummaryRow, SummarySource, SummaryValue } from './types.js';
import { csvLine } from '../output/csv.js';

/** Row keys in output order; `valueMax` and `period` only when present. */
export const SUMMARY_KEYS = [
  'indicator',
  'label',
  'region',
  'year',
  'period',
  'status',
  'part',
  'phase',
  'value',
  'valueMax',
  'unit',
  'measure',
  'qualifier',
  'text',
  'documents',
  'sources',
  'conflicts',
] as const;

const OPTIONAL = new Set(['period', 'valueMax']);

const SOURCE_KEYS = ['file', 'line', 'column', 'page', 'value', 'valueMax', 'qualifier', 'measure', 'text', 'sentence', 'docTitle', 'docDate', 'alsoLines'] as const;

function ordered<T extends object>(o: T, keys: readonly string[], optional: (k: string) => boolean): Record<string, unknown> {
  const src = o as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    if (src[k] === undefined) {
      if (!optional(k)) out[k] = null;
    } else out[k] = src[k];
  }
  return out;
}

function sourceToJSON(s: SummarySource): Record<string, unknown> {
  return ordered(s, SOURCE_KEYS, (k) => k === 'page' || k === 'valueMax' || k === 'alsoLines');
}

function valueToJSON(v: SummaryValue): Record<string, unknown> {
  const out = ordered(v, ['value', 'valueMax', 'qualifier', 'measure', 'text', 'documents'], (k) => k === 'valueMax');
  out.sources = v.sources.map(sourceToJSON);
  return out;
}

/** A row as a plain object in the documented key order. */
export function summaryRowToJSON(r: SummaryRow): Record<string, unknown> {
  const out = ordered(r, SUMMARY_KEYS, (k) => OPTIONAL.has(k));
  out.sources = r.sources.map(sourceToJSON);
  out.conflicts = r.conflicts.map(valueToJSON);
  return out;
}

/** The rows as one pretty JSON array (one row per line), `[]` when empty. */
export function summaryJson(rows: readonly SummaryRow[]): string {
  if (rows.length === 0) return '[]\n';
  return `[\n${rows.map((r) => '  ' + JSON.stringify(summaryRowToJSON(r))).join(',\n')}\n]\n`;
}

/** One row a line. */
export function summaryNdjson(rows: readonly SummaryRow[]): string {
  return rows.map((r) => JSON.stringify(summaryRowToJSON(r)) + '\n').join('');
}

/** CSV columns: the row keys without `text` (a CSV row names its sources instead). */
export const SUMMARY_CSV_COLUMNS = SUMMARY_KEYS.filter((k): k is Exclude<(typeof SUMMARY_KEYS)[number], 'text'> => k !== 'text');

const place = (s: SummarySource) => `${s.file}:${s.line}${s.page !== undefined ? ` (p. ${s.page})` : ''}`;

/** CSV (RFC 4180, CRLF): sources as `file:line; file:line`, conflicts as `value qualifier [file:line; …] | …`. */
export function summaryCsv(rows: readonly SummaryRow[]): string {
  let out = csvLine([...SUMMARY_CSV_COLUMNS]);
  for (const r of rows) {
    out += csvLine([
      r.indicator,
      r.label,
      r.region,
      r.year,
      r.period ? `${r.period.from}-${r.period.to}` : null,
      r.status,
      r.part,
      r.phase,
      r.value,
      r.valueMax,
      r.unit,
      r.measure,
      r.qualifier,
      r.documents,
      r.sources.map(place).join('; '),
      r.conflicts.map((c) => `${c.value} ${c.qualifier} [${c.sources.map(place).join('; ')}]`).join(' | '),
    ]);
  }
  return out;
}
