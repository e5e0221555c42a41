/**
 * `extract check --reporter json`: the whole result as one JSON document for
 * scripts. Records appear with every field, as `extract --json` prints them.
 */
import { recordToJSON } from '../output/json.js';
import type { CheckResult } from './compare.js';
import type { ExpectedDocument, ExpectedFigure } from './expectations.js';

/** A file that could not be checked, or a problem at a place in it. */
export interface ReportError {
  file: string;
  line: number | null;
  column: number | null;
  message: string;
}

export interface JsonReportOptions {
  /** How to name a document (default: its `file:` as written). */
  displayPath?: (doc: ExpectedDocument) => string;
  errors?: readonly ReportError[];
}

function expected(f: ExpectedFigure): Record<string, unknown> {
  const out: Record<string, unknown> = { indicator: f.indicator, value: f.value, text: f.source };
  for (const k of ['valueMax', 'year', 'qualifier', 'status', 'unit', 'period', 'asOf', 'region', 'part', 'phase', 'page', 'per', 'growth'] as const) {
    if (f[k] !== undefined) out[k] = f[k];
  }
  if (f.recordLine !== undefined) out.line = f.recordLine;
  if (f.recordColumn !== undefined) out.column = f.recordColumn;
  return out;
}

/**
 * `{ ok, summary, errors, documents }`, newline-terminated. `ok` is false when
 * a figure failed or a file could not be checked.
 */
export function formatJsonReport(result: CheckResult, opts: JsonReportOptions = {}): string {
  const name = opts.displayPath ?? ((d: ExpectedDocument) => d.file);
  const errors = opts.errors ?? [];
  const report = {
    ok: result.ok && errors.length === 0,
    summary: { ...result.summary, errors: errors.length },
    errors,
    documents: result.documents.map((dr) => ({
      file: name(dr.document),
      expectations: dr.document.source,
      line: dr.document.line,
      exhaustive: dr.document.exhaustive,
      ok: dr.ok,
      records: dr.recordCount,
      figures: dr.figures.map((fr) => ({
        expected: expected(fr.figure),
        at: { line: fr.figure.line, column: fr.figure.column },
        pass: fr.pass,
        reason: fr.reason ?? null,
        found: fr.matched ? recordToJSON(fr.matched) : null,
        candidates: fr.candidates.map((c) => ({ kind: c.kind, mismatches: c.mismatches, record: recordToJSON(c.record) })),
      })),
      unexpected: dr.unexpected.map((r) => recordToJSON(r)),
      meta: dr.meta.map((m) => ({ field: m.field, expected: m.expected, actual: m.actual ?? null })),
    })),
  };
  return JSON.stringify(report, null, 2) + '\n';
}
