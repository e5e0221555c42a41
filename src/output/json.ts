/**
 * JSON and NDJSON output: every record has every field of FIELDS, in that
 * order (docs/output.md), with `null` for what it does not have, so that
 * `jq`, pandas and typed readers see one shape.
 */
import type { IndicatorRecord } from '../record/types.js';
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

/**
 * Per field list: each field's `,"name":` (the first one's `{"name":`), and
 * the last string value written for each field with its JSON (a document's
 * records share their file name, title, issuer and date).
 */
interface Writer {
  heads: string[];
  last: unknown[];
  json: string[];
}
const writers = new WeakMap<readonly Field[], Writer>();

/**
 * The record as compact JSON: the same text as
 * `JSON.stringify(recordToJSON(r, fields))`, written field by field without
 * building the object (each value is stringified as JSON.stringify would
 * inside an object).
 */
export function recordJson(r: IndicatorRecord, fields: readonly Field[] = FIELDS): string {
  if (fields.length === 0) return '{}';
  let w = writers.get(fields);
  if (!w) {
    w = { heads: fields.map((k, i) => (i === 0 ? '{' : ',') + JSON.stringify(k) + ':'), last: fields.map(() => undefined), json: fields.map(() => '') };
    writers.set(fields, w);
  }
  const { heads, last, json } = w;
  let s = '';
  for (let i = 0; i < fields.length; i++) {
    const v = r[fields[i]];
    let j: string;
    if (v === undefined || v === null) j = 'null';
    else if (typeof v !== 'string') j = JSON.stringify(v);
    else if (v === last[i]) j = json[i];
    else {
      j = json[i] = JSON.stringify(v);
      last[i] = v;
    }
    s += heads[i] + j;
  }
  return s + '}';
}

/** One NDJSON line: the record as compact JSON followed by `\n`. */
export function ndjsonLine(r: IndicatorRecord, fields?: readonly Field[]): string {
  return recordJson(r, fields) + '\n';
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
      const json = recordJson(r, opts.fields);
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
