/**
 * The summary's row format: one row per quantity (indicator × region × year ×
 * status × part × phase) across documents, with its sources and any
 * disagreement. The JSON of `extract summary` and the report's data.
 */
import type { Period, Qualifier, Status } from '../record/types.js';

/** Where a value is stated: one per document and distinct value (repeats inside a document are `alsoLines`). */
export interface SummarySource {
  file: string;
  line: number;
  column: number;
  page?: number;
  /** The value as this document states it (base units), with its qualifier and measure. */
  value: number;
  valueMax?: number;
  qualifier: Qualifier;
  measure: string;
  /** The exact span of the figure (`超过960亿元`) and the sentence that holds it. */
  text: string;
  sentence: string;
  docTitle: string | null;
  docDate: string | null;
  /** Later lines of the same document that state the same value again. */
  alsoLines?: number[];
}

/** One value of a quantity with the documents that state it (or a bound they agree with). */
export interface SummaryValue {
  value: number;
  valueMax?: number;
  qualifier: Qualifier;
  measure: string;
  text: string;
  /** How many documents state this value (a document counts once). */
  documents: number;
  sources: SummarySource[];
}

/** What identifies one quantity. `region` is shown as written; it compares without 省/市/区/县. */
export interface SummaryKey {
  indicator: string;
  label: string;
  region: string | null;
  year: number | null;
  /** For cumulative figures (`2017年-2019年累计`): the period, which is part of the key. */
  period?: Period;
  status: Status;
  part: string | null;
  phase: number | null;
  unit: string;
}

/** One row: the value shown, its sources, and the other values documents give for it. */
export interface SummaryRow extends SummaryKey, SummaryValue {
  /** The other values stated for this quantity, most documents first; empty when all agree. */
  conflicts: SummaryValue[];
}

/** What `summarize` left out, and why. */
export interface SummarySkipped {
  /** Figures with no year: they cannot be placed in a series (nor compared). */
  undated: number;
  /** Per-unit amounts (`每家每年…`): rates, not quantities of a place and year. */
  perUnit: number;
}

export interface Summary {
  rows: SummaryRow[];
  skipped: SummarySkipped;
}
