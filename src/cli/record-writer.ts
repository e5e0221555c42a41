/** Records as text in the chosen format, written as they come (the table is not streamed). */
import type { IndicatorRecord } from '../record/types.js';
import { csvHeader, csvRow } from '../output/csv.js';
import type { Field } from '../output/fields.js';
import { jsonArrayWriter, ndjsonLine } from '../output/json.js';
import { tsvHeader, tsvRow } from '../output/tsv.js';
import type { Format } from './options.js';

export interface RecordWriter {
  /** What comes before the first record (a header, a BOM). */
  head(): string;
  /** One document's records. */
  chunk(records: readonly IndicatorRecord[]): string;
  /** What comes after the last record. */
  tail(): string;
}

export interface WriterOptions {
  fields?: readonly Field[];
  /** CSV: start with a UTF-8 byte-order mark. */
  bom?: boolean;
}

/** A writer for every format but `table`. */
export function recordWriter(format: Exclude<Format, 'table'>, opts: WriterOptions = {}): RecordWriter {
  const fields = opts.fields;
  switch (format) {
    case 'ndjson':
      return {
        head: () => '',
        chunk: (rs) => {
          let s = '';
          for (const r of rs) s += ndjsonLine(r, fields);
          return s;
        },
        tail: () => '',
      };
    case 'csv':
      return {
        head: () => (opts.bom ? '\uFEFF' : '') + csvHeader(fields),
        chunk: (rs) => rs.map((r) => csvRow(r, { fields })).join(''),
        tail: () => '',
      };
    case 'tsv':
      return { head: () => tsvHeader(fields), chunk: (rs) => rs.map((r) => tsvRow(r, fields)).join(''), tail: () => '' };
    case 'json': {
      let pending = '';
      const json = jsonArrayWriter((s) => void (pending += s), { fields });
      const take = () => {
        const s = pending;
        pending = '';
        return s;
      };
      return {
        head: () => '',
        chunk: (rs) => {
          for (const r of rs) json.push(r);
          return take();
        },
        tail: () => {
          json.end();
          return take();
        },
      };
    }
  }
}
