/**
 * Public types of the extractor. The record shape is a public contract
 * (docs/indicators.md): fields are only ever added, never renamed.
 */

/** How a figure relates to its stated value. */
export type Qualifier = 'exact' | 'over' | 'about' | 'under' | 'range';

/** Whether a figure reports what happened or what is planned. */
export type Status = 'actual' | 'target';

/** The kind of quantity a number reader found. */
export type QuantityKind = 'money' | 'count' | 'percent' | 'ratio';

/**
 * A quantity found in text by the number reader (src/numbers).
 * Offsets are UTF-16 code-unit offsets into the text that was scanned,
 * half-open: text.slice(start, end) === quantity.text.
 */
export interface Quantity {
  start: number;
  end: number;
  /** The exact span, qualifier words included (`超过2700家`, `1273.36亿元`). */
  text: string;
  /** The value in base units, as an exact decimal string (`127336000000`, `53.7`). */
  valueText: string;
  /** Number(valueText): exact wherever the decimal string is exactly representable. */
  value: number;
  /** Upper end of a range (`10-15亿元`), with qualifier `range`. */
  valueMax?: number;
  valueMaxText?: string;
  kind: QuantityKind;
  /** `CNY`, `USD`, `HKD`, `EUR`, `JPY`, `TWD`… for money; `count`; `percent`; `ratio`. */
  unit: string;
  /** The measure word or unit as written (`亿元`, `件`, `家`, `%`, `倍`). */
  measure: string;
  qualifier: Qualifier;
}

export interface Period {
  from: number;
  to: number;
}

export interface Growth {
  percent: number;
}

/** Where a record's year came from (chrono's known-vs-implied distinction). */
export type YearSource = 'clause' | 'period' | 'asOf' | 'context' | 'docDate' | 'title';

/** Document-level metadata, the same on every record of a file. */
export interface DocMeta {
  docTitle: string | null;
  docNumber: string | null;
  docIssuer: string | null;
  /** ISO YYYY-MM-DD: the signature date where there is one, else the publication date. */
  docDate: string | null;
}

/** One figure of interest: the product's output record. */
export interface IndicatorRecord extends DocMeta {
  file: string;
  indicator: string;
  label: string;
  value: number;
  valueMax?: number;
  unit: string;
  measure: string;
  text: string;
  qualifier: Qualifier;
  year: number | null;
  status: Status;
  line: number;
  column: number;
  sentence: string;
  period?: Period;
  asOf?: string;
  /** The place whose quantity this is (`全国` for national totals); null when not stated. */
  region?: string | null;
  /** A breakdown of a total (`技术开发合同`, `企业`, `高价值`); a total has none. */
  part?: string;
  /** A fund's phase (`首期` → 1, `二期` → 2); the total has none. */
  phase?: number;
  /** The 1-based page of a paged document (PDF) the figure stands on. */
  page?: number;
  growth?: Growth;
  per?: string[];
  rule?: string;
  yearSource?: YearSource;
}

/** A decoded document, ready for extraction. */
export interface SourceText {
  /** The decoded text; positions in records refer to it. */
  text: string;
  /** The encoding it was decoded from (`utf-8`, `gb18030`, `utf-16le`, `big5`…). */
  encoding?: string;
  /** A title found by the decoder (the `<title>` of an HTML page). */
  title?: string | null;
  /** For paged documents (PDF): the offset in `text` where each page starts, in order (pages[0] is 0). */
  pages?: number[];
}

export interface ExtractOptions {
  /** The path stored in each record's `file`. */
  file?: string;
  /** Also return figures of no known indicator, as `indicator: "other"`. */
  all?: boolean;
  /** Indicator id patterns to keep (`patent.*`, `tech_contract.value`). */
  indicators?: string[];
  /** Add `rule` (which rule matched) to each record. */
  explain?: boolean;
}
