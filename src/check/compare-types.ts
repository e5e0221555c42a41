/**
 * The results of `extract check`'s comparison: per figure, per document and
 * overall, with the nearest records of a failing figure.
 */
import type { IndicatorRecord } from '../record/types.js';
import type { CheckedField, ExpectedDocument, ExpectedFigure, MetaKey } from './expectations-schema.js';

/**
 * A field that differs. Values are shown as text or numbers: a period as
 * `2017-2019`, `per` as `家/年`, growth as its percent number; `undefined`
 * when the record lacks the field.
 */
export interface FieldMismatch {
  field: CheckedField;
  expected: string | number | null;
  actual: string | number | null | undefined;
}

/**
 * A record near a failing figure:
 * - `fields`: same indicator and value, but a given field differs;
 * - `same-value`: the same value under another indicator;
 * - `same-indicator`: the same indicator with another value (closest first);
 * - `same-family`: another indicator of the same family (`tech_contract.*`), closest value first.
 */
export type CandidateKind = 'fields' | 'same-value' | 'same-indicator' | 'same-family';

export interface Candidate {
  kind: CandidateKind;
  record: IndicatorRecord;
  /** For `fields`: what differs. */
  mismatches: FieldMismatch[];
}

/**
 * Why a figure failed: `fields` (found, but a field differs), `value` (the
 * indicator is there with other values), `indicator` (the value is there under
 * another indicator only), `missing` (neither).
 */
export type FailReason = 'fields' | 'value' | 'indicator' | 'missing';

export interface FigureResult {
  document: ExpectedDocument;
  figure: ExpectedFigure;
  pass: boolean;
  reason?: FailReason;
  /** The record that satisfied the figure. */
  matched?: IndicatorRecord;
  /** Nearest records for a failure, best first (fields, then same value, then same indicator, then same family). */
  candidates: Candidate[];
}

export interface MetaMismatch {
  document: ExpectedDocument;
  field: MetaKey;
  expected: string | null;
  /** undefined when the document gave no records to read metadata from. */
  actual: string | null | undefined;
}

export interface DocumentResult {
  document: ExpectedDocument;
  /** How many records the document gave. */
  recordCount: number;
  figures: FigureResult[];
  /** Records of a built-in indicator no figure expects (exhaustive documents only). */
  unexpected: IndicatorRecord[];
  meta: MetaMismatch[];
  ok: boolean;
}

export interface CheckSummary {
  /** Distinct document files. */
  files: number;
  figures: number;
  passed: number;
  failed: number;
  unexpected: number;
  metaMismatches: number;
}

export interface CheckResult {
  documents: DocumentResult[];
  summary: CheckSummary;
  ok: boolean;
}

export interface CompareOptions {
  /** Which indicator ids count for `exhaustive` (default: everything but `other`). */
  isBuiltIn?: (indicator: string) => boolean;
  /** How many candidates of each kind to keep (default 5). */
  maxCandidates?: number;
}

export type RecordsByFile = ReadonlyMap<string, readonly IndicatorRecord[]> | Readonly<Record<string, readonly IndicatorRecord[]>>;
