/**
 * JSON and NDJSON output with a fixed key order (the order of the record
 * table in spec/indicators.md, then the optional fields). Keys are only ever
 * added, never renamed or reordered.
 */
import type { IndicatorRecord } from '../types.js';

/** Fields every record has, in output order. */
export const RECORD_KEYS = [
  'file',
  'indicator',
  'label',
  'value',
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
] as const satisfies readonly (keyof IndicatorRecord)[];

/** Optional fields, in output order; omitted when undefined. */
export const OPTIONAL_RECORD_KEYS = [
  'valueMax',
  'period',
  'asOf',
  'region',
  'growth',
  'per',
  'rule',
  'yearSource',
] as const satisfies readonly (keyof IndicatorRecord)[];

const KNOWN = new Set<string>([...RECORD_KEYS, ...OPTIONAL_RECORD_KEYS]);

/**
 * A plain object with the record's keys in the stable order. Required keys are
 * always present (`undefined` becomes `null`); optional keys are omitted when
 * undefined. Keys this module does not know yet are kept, after the known ones,
 * so a newly added field never silently disappears from the output.
 */
export function recordToJSON(r: IndicatorRecord): Record<string, unknown> {
  const src = r as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of RECORD_KEYS) out[k] = src[k] === undefined ? null : src[k];
  for (const k of OPTIONAL_RECORD_KEYS) if (src[k] !== undefined) out[k] = src[k];
  for (const k of Object.keys(src)) if (!KNOWN.has(k) && src[k] !== undefined) out[k] = src[k];
  return out;
}

/** One NDJSON line: the record as compact JSON followed by `\n`. */
export function ndjsonLine(r: IndicatorRecord): string {
  return JSON.stringify(recordToJSON(r)) + '\n';
}

export interface JsonArrayWriter {
  /** Write one record (the opening `[` is written with the first one). */
  push(r: IndicatorRecord): void;
  /** Close the array; writes `[]` when nothing was pushed. Idempotent. */
  end(): void;
  /** Records written so far. */
  readonly count: number;
}

export interface JsonArrayOptions {
  /** One record per line, indented by two spaces (default). False: one line. */
  pretty?: boolean;
}

/**
 * A JSON array written incrementally: pretty output is
 * `[\n  {…},\n  {…}\n]\n`, one record per line; zero records give `[]\n`.
 * Every prefix up to `end()` is a prefix of valid JSON.
 */
export function jsonArrayWriter(write: (s: string) => void, opts: JsonArrayOptions = {}): JsonArrayWriter {
  const pretty = opts.pretty ?? true;
  let count = 0;
  let ended = false;
  return {
    push(r: IndicatorRecord): void {
      if (ended) throw new Error('jsonArrayWriter: push() after end()');
      const json = JSON.stringify(recordToJSON(r));
      if (pretty) write((count === 0 ? '[\n  ' : ',\n  ') + json);
      else write((count === 0 ? '[' : ',') + json);
      count++;
    },
    end(): void {
      if (ended) return;
      ended = true;
      if (count === 0) write('[]\n');
      else write(pretty ? '\n]\n' : ']\n');
    },
    get count() {
      return count;
    },
  };
}
