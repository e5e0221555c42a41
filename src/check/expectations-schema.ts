/**
 * The shapes of an expectations file of `extract check` once read (documents,
 * figures, configuration errors) and the keys and values each part allows.
 */
import type { DocMeta, Period, Qualifier, Status } from '../record/types.js';

/** A problem with an expectations file, at a 1-based line and column. */
export interface ConfigError {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** `file:line:column: message`, the one-line form for stderr. */
export function formatConfigError(e: ConfigError): string {
  return `${e.file}:${e.line}:${e.column}: ${e.message}`;
}

/** One expected figure. Optional fields are checked only when given. */
export interface ExpectedFigure {
  indicator: string;
  /** The expected value in base units (yuan, count, percent number, factor). */
  value: number;
  /** The same value as an exact decimal string (`127336000000`). */
  valueText: string;
  /** The value as written in the YAML (`1273.36亿元`, `2700`). */
  source: string;
  /** The measure of a text figure (`亿元`), for display. */
  measure?: string;
  /** The kind of quantity of a text figure (`money`, `count`…), for display. */
  kind?: string;
  unit?: string;
  valueMax?: number;
  /** A number, or null for "no year"; absent when not checked. */
  year?: number | null;
  qualifier?: Qualifier;
  status?: Status;
  /** Further record fields, checked when given (null: the record must not have it). */
  period?: Period | null;
  asOf?: string | null;
  region?: string | null;
  part?: string | null;
  phase?: number | null;
  page?: number;
  per?: string[] | null;
  /** The growth percent (`growth: 13.8` or `growth: { percent: 13.8 }`). */
  growth?: number | null;
  /** The record's 1-based line / column in the document. */
  recordLine?: number;
  recordColumn?: number;
  /** Position of the figure in the YAML file. */
  line: number;
  column: number;
  /** Index in the document's `figures` list. */
  index: number;
}

export type MetaKey = keyof DocMeta;
export const META_KEYS: readonly MetaKey[] = ['docTitle', 'docNumber', 'docIssuer', 'docDate'];

/** One `documents:` entry. */
export interface ExpectedDocument {
  /** The `file:` as written. */
  file: string;
  /** `file` resolved against the YAML file's folder. */
  path: string;
  exhaustive: boolean;
  /** Metadata to check (only the keys given). */
  meta?: Partial<DocMeta>;
  figures: ExpectedFigure[];
  /** Path of the YAML file this document came from (as given for display). */
  source: string;
  line: number;
  column: number;
  /** Index in the `documents` list. */
  index: number;
}

export interface Expectations {
  /** The YAML file's path as given for display. */
  source: string;
  /** The YAML file's path, used to resolve documents. */
  path: string;
  documents: ExpectedDocument[];
}

export type ParseExpectationsResult =
  | { ok: true; expectations: Expectations; errors: [] }
  | { ok: false; errors: ConfigError[] };

export interface ParseExpectationsOptions {
  /** How to name the YAML file in error messages (default: `sourcePath`). */
  displayPath?: string;
}

/** The units a record can carry: ISO currencies the number reader knows, and the kinds. */
export const UNITS = new Set(['CNY', 'USD', 'HKD', 'EUR', 'JPY', 'TWD', 'GBP', 'KRW', 'AUD', 'CAD', 'SGD', 'MOP', 'count', 'percent', 'ratio']);
export const QUALIFIERS: readonly Qualifier[] = ['exact', 'over', 'about', 'under', 'range'];
export const STATUSES: readonly Status[] = ['actual', 'target'];
export const TOP_KEYS = ['documents'];
export const DOC_KEYS = ['file', 'exhaustive', 'meta', 'figures', 'source'];
/** Record fields a figure may pin; each is checked when given. */
export type CheckedField =
  | 'year'
  | 'qualifier'
  | 'status'
  | 'unit'
  | 'valueMax'
  | 'period'
  | 'asOf'
  | 'region'
  | 'part'
  | 'phase'
  | 'page'
  | 'per'
  | 'growth'
  | 'line'
  | 'column';
export const CHECKED_FIELDS: readonly CheckedField[] = [
  'year',
  'qualifier',
  'status',
  'unit',
  'valueMax',
  'period',
  'asOf',
  'region',
  'part',
  'phase',
  'page',
  'per',
  'growth',
  'line',
  'column',
];
export const FIGURE_KEYS: readonly string[] = ['indicator', 'value', ...CHECKED_FIELDS];

