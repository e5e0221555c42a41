/**
 * Compare expected figures with the records extracted from each document.
 *
 * A figure matches a record of its document with the same indicator and the
 * same base-unit value (exact equality); when several records share that
 * indicator and value, the figure passes if any of them also agrees on every
 * field the figure gives (year, qualifier, status, unit, valueMax).
 */
import type { IndicatorRecord } from '../record/types.js';
import { regionKey } from './region-key.js';
import { META_KEYS, type ExpectedDocument, type ExpectedFigure, type Expectations, type MetaKey } from './expectations.js';

export { CHECKED_FIELDS, type CheckedField } from './expectations.js';
import { CHECKED_FIELDS, type CheckedField } from './expectations.js';

export { regionKey };

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

function recordsFor(recordsByFile: RecordsByFile, path: string): readonly IndicatorRecord[] {
  if (recordsByFile instanceof Map) return recordsByFile.get(path) ?? [];
  return (recordsByFile as Readonly<Record<string, readonly IndicatorRecord[]>>)[path] ?? [];
}

type Shown = string | number | null | undefined;

/** The value of a checked field in a figure (undefined: not given) and in a record, for comparing and showing. */
function fieldPair(figure: ExpectedFigure, r: IndicatorRecord, field: CheckedField): [Shown, Shown] {
  switch (field) {
    case 'year':
      return [figure.year, r.year];
    case 'qualifier':
      return [figure.qualifier, r.qualifier];
    case 'status':
      return [figure.status, r.status];
    case 'unit':
      return [figure.unit, r.unit];
    case 'valueMax':
      return [figure.valueMax, r.valueMax];
    case 'period':
      return [
        figure.period === undefined ? undefined : figure.period === null ? null : `${figure.period.from}-${figure.period.to}`,
        r.period ? `${r.period.from}-${r.period.to}` : undefined,
      ];
    case 'asOf':
      return [figure.asOf, r.asOf];
    case 'region':
      return [figure.region, r.region === undefined || r.region === null ? r.region : sameRegionAs(figure.region, r.region)];
    case 'part':
      return [figure.part, r.part];
    case 'phase':
      return [figure.phase, r.phase];
    case 'page':
      return [figure.page, r.page];
    case 'per':
      return [figure.per === undefined ? undefined : figure.per === null ? null : figure.per.join('/'), r.per?.join('/')];
    case 'growth':
      return [figure.growth, r.growth?.percent];
    case 'line':
      return [figure.recordLine, r.line];
    case 'column':
      return [figure.recordColumn, r.column];
  }
}


/** The record's region as the figure writes it when both name the same place, else as the record has it. */
function sameRegionAs(expected: string | null | undefined, actual: string): string {
  return typeof expected === 'string' && regionKey(expected) === regionKey(actual) ? expected : actual;
}

/** The fields a figure gives that the record does not agree with (null in the figure: the record must lack the field). */
export function fieldMismatches(figure: ExpectedFigure, r: IndicatorRecord): FieldMismatch[] {
  const out: FieldMismatch[] = [];
  for (const field of CHECKED_FIELDS) {
    const [expected, actual] = fieldPair(figure, r, field);
    if (expected === undefined) continue;
    const same = expected === null ? actual === null || actual === undefined : actual === expected;
    if (!same) out.push({ field, expected, actual });
  }
  return out;
}

/** Whether a record satisfies a figure: same indicator, same value, and every given field. */
export function recordMatches(figure: ExpectedFigure, r: IndicatorRecord): boolean {
  return r.indicator === figure.indicator && r.value === figure.value && fieldMismatches(figure, r).length === 0;
}

function byPosition(a: IndicatorRecord, b: IndicatorRecord): number {
  return a.line - b.line || a.column - b.column;
}

function byCloseness(target: number) {
  return (a: IndicatorRecord, b: IndicatorRecord): number =>
    Math.abs(a.value - target) - Math.abs(b.value - target) || byPosition(a, b);
}

function family(id: string): string {
  const i = id.indexOf('.');
  return i < 0 ? id : id.slice(0, i);
}

/** Compare one figure with a document's records. */
export function compareFigure(
  document: ExpectedDocument,
  figure: ExpectedFigure,
  records: readonly IndicatorRecord[],
  maxCandidates = 5,
): FigureResult {
  const sameBoth = records.filter((r) => r.indicator === figure.indicator && r.value === figure.value);
  const matched = sameBoth.find((r) => fieldMismatches(figure, r).length === 0);
  if (matched) return { document, figure, pass: true, matched, candidates: [] };

  const candidates: Candidate[] = [];
  const fields = sameBoth
    .map((record) => ({ kind: 'fields' as const, record, mismatches: fieldMismatches(figure, record) }))
    .sort((a, b) => a.mismatches.length - b.mismatches.length || byPosition(a.record, b.record));
  candidates.push(...fields.slice(0, maxCandidates));

  const sameValue = records
    .filter((r) => r.value === figure.value && r.indicator !== figure.indicator)
    .sort(byPosition)
    .slice(0, maxCandidates);
  candidates.push(...sameValue.map((record) => ({ kind: 'same-value' as const, record, mismatches: [] })));

  const sameIndicator = records
    .filter((r) => r.indicator === figure.indicator && r.value !== figure.value)
    .sort(byCloseness(figure.value))
    .slice(0, maxCandidates);
  candidates.push(...sameIndicator.map((record) => ({ kind: 'same-indicator' as const, record, mismatches: [] })));

  if (candidates.length === 0) {
    const fam = family(figure.indicator);
    const sameFamily = records
      .filter((r) => r.indicator !== figure.indicator && family(r.indicator) === fam)
      .sort(byCloseness(figure.value))
      .slice(0, maxCandidates);
    candidates.push(...sameFamily.map((record) => ({ kind: 'same-family' as const, record, mismatches: [] })));
  }

  const reason: FailReason =
    fields.length > 0 ? 'fields' : sameIndicator.length > 0 ? 'value' : sameValue.length > 0 ? 'indicator' : 'missing';
  return { document, figure, pass: false, reason, candidates };
}

function compareMeta(document: ExpectedDocument, records: readonly IndicatorRecord[]): MetaMismatch[] {
  const out: MetaMismatch[] = [];
  if (!document.meta) return out;
  const first = records[0];
  for (const key of META_KEYS) {
    if (!(key in document.meta)) continue;
    const expected = document.meta[key];
    if (expected === undefined) continue;
    const actual = first ? (first[key] ?? null) : undefined;
    if (actual !== expected) out.push({ document, field: key, expected, actual });
  }
  return out;
}

/** Compare one document's figures, metadata and (when exhaustive) extra records. */
export function compareDocument(
  document: ExpectedDocument,
  records: readonly IndicatorRecord[],
  options: CompareOptions = {},
): DocumentResult {
  const isBuiltIn = options.isBuiltIn ?? ((id: string) => id !== 'other');
  // One record satisfies one figure: two identical expectations need two
  // records. Figures that pin a line are matched first.
  const used = new Set<IndicatorRecord>();
  const pinned = (i: number) => Number(document.figures[i].recordLine !== undefined);
  const order = document.figures.map((_, i) => i).sort((a, b) => pinned(b) - pinned(a) || a - b);
  const figures: FigureResult[] = new Array(document.figures.length);
  for (const i of order) {
    const fr = compareFigure(document, document.figures[i], records.filter((r) => !used.has(r)), options.maxCandidates);
    if (fr.matched) used.add(fr.matched);
    figures[i] = fr;
  }
  let unexpected: IndicatorRecord[] = [];
  if (document.exhaustive) {
    // A record is accounted for when a figure took it, or when it is the
    // closest record of a figure that failed on a field (already reported).
    const explained = new Set<IndicatorRecord>(used);
    for (const fr of figures) {
      const best = fr.candidates.find((c) => c.kind === 'fields');
      if (!fr.pass && best) explained.add(best.record);
    }
    unexpected = records.filter((r) => isBuiltIn(r.indicator) && !explained.has(r)).sort(byPosition);
  }
  const meta = compareMeta(document, records);
  const ok = figures.every((f) => f.pass) && unexpected.length === 0 && meta.length === 0;
  return { document, recordCount: records.length, figures, unexpected, meta, ok };
}

/**
 * Compare every document of one or more expectations files with the records
 * extracted from its file, looked up by the document's resolved `path`.
 */
export function compareFigures(
  expectations: Expectations | readonly Expectations[] | readonly ExpectedDocument[],
  recordsByFile: RecordsByFile,
  options: CompareOptions = {},
): CheckResult {
  const documents = flattenDocuments(expectations);
  const results = documents.map((d) => compareDocument(d, recordsFor(recordsByFile, d.path), options));
  const figures = results.reduce((n, d) => n + d.figures.length, 0);
  const passed = results.reduce((n, d) => n + d.figures.filter((f) => f.pass).length, 0);
  const summary: CheckSummary = {
    files: new Set(documents.map((d) => d.path)).size,
    figures,
    passed,
    failed: figures - passed,
    unexpected: results.reduce((n, d) => n + d.unexpected.length, 0),
    metaMismatches: results.reduce((n, d) => n + d.meta.length, 0),
  };
  return { documents: results, summary, ok: results.every((d) => d.ok) };
}

/** The documents of one or more expectations files, in order. */
export function flattenDocuments(
  expectations: Expectations | readonly Expectations[] | readonly ExpectedDocument[],
): ExpectedDocument[] {
  if (!Array.isArray(expectations)) return [...(expectations as Expectations).documents];
  const list = expectations as readonly (Expectations | ExpectedDocument)[];
  return list.flatMap((e) => ('documents' in e ? e.documents : [e]));
}
