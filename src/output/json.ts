/**
 * JSON and NDJSON output: every record has every field of FIELDS, in that
 * order (docs/output.md), with `null` for what it does not have, so that
 * `jq`, pandas and typed readers see one shape.
 */
import type { IndicatorRecord } from '../types.js';
import { FIELDS, type Field } from './fields.js';

/**
 * A plain object with the given fields (default: all of them) in order;
 * undefined becomes `null`.
 */
export function recordToJSON(r: IndicatorRecord, fields: readonly Field[] = FIELDS): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of fields) {
    const v = r[k];
    out[k] = v === undefined ? null : v;
  }
  return out;
}

/** One NDJSON line: the record as compact JSON followed by `\n`. */
export function ndjsonLine(r: IndicatorRecord, fields?: readonly Field[]): string {
  return JSON.stringify(recordToJSON(r, fields)) + '\n';
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
  /** The fields to write (default: all). */
  fields?: readonly Field[];
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
      const json = JSON.stringify(recordToJSON(r, opts.fields));
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
