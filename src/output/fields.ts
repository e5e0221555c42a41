/**
 * The record's fields in their one output order (JSON and NDJSON keys, CSV
 * and TSV columns; docs/output.md), the flat cell of a field for CSV and TSV,
 * and the `--fields` list.
 */
import type { IndicatorRecord } from '../record/types.js';

/**
 * Every field of a record, in output order: the contract's fields first
 * (docs/indicators.md), `valueMax` beside `value`, then the optional ones.
 * Fields are only ever added (at the end), never renamed.
 */
export const FIELDS = [
  'file',
  'indicator',
  'label',
  'value',
  'valueMax',
  'unit',
  'measure',
  'text',
  'qualifier',
  'year',
  'status',
  'line',
  'column',
  'sentence',
  'docTitle',
  'docNumber',
  'docIssuer',
  'docDate',
  'period',
  'asOf',
  'region',
  'part',
  'phase',
  'page',
  'growth',
  'per',
  'rule',
  'yearSource',
] as const satisfies readonly (keyof IndicatorRecord)[];

export type Field = (typeof FIELDS)[number];

// A field added to IndicatorRecord but not to FIELDS fails to compile here, so
// no record key is ever left out of the output.
type Missing = Exclude<keyof IndicatorRecord, Field>;
const everyFieldListed: [Missing] extends [never] ? true : { missing: Missing } = true;
void everyFieldListed;

const KNOWN = new Set<string>(FIELDS);

/** Whether `name` is a record field. */
export function isField(name: string): name is Field {
  return KNOWN.has(name);
}

/**
 * A `--fields` list (`file,indicator,value`, spaces allowed) as fields in the
 * given order; throws an Error naming unknown or repeated fields.
 */
export function parseFields(list: readonly string[]): Field[] {
  const names = list.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  if (names.length === 0) throw new Error('--fields needs at least one field name');
  const unknown = names.filter((n) => !isField(n));
  if (unknown.length) {
    throw new Error(`unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')} (fields: ${FIELDS.join(', ')})`);
  }
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n)) throw new Error(`field "${n}" is listed twice in --fields`);
    seen.add(n);
  }
  return names as Field[];
}

/** A flat cell: a number, a string, or nothing (null and absent fields). */
export type Cell = string | number | null;

/**
 * A field as one flat cell for CSV and TSV: `period` as `2017-2019`, `growth`
 * as its percent number, `per` as `家/年`; absent fields are null.
 */
export function flatCell(r: IndicatorRecord, field: Field): Cell {
  switch (field) {
    case 'period':
      return r.period ? `${r.period.from}-${r.period.to}` : null;
    case 'growth':
      return r.growth ? r.growth.percent : null;
    case 'per':
      return r.per ? r.per.join('/') : null;
    default: {
      const v = r[field];
      if (v === null || v === undefined) return null;
      if (typeof v === 'number' || typeof v === 'string') return v;
      return JSON.stringify(v);
    }
  }
}
