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
import { META_KEYS, type ExpectedDocument, type ExpectedFigure, type Expectations } from './expectations-schema.js';
import { fieldMismatches } from './compare-fields.js';
import type {
  Candidate,
  CheckResult,
  CheckSummary,
  CompareOptions,
  DocumentResult,
  FailReason,
  FigureResult,
  MetaMismatch,
  RecordsByFile,
} from './compare-types.js';

export { CHECKED_FIELDS, type CheckedField } from './expectations-schema.js';
export { fieldMismatches, recordMatches } from './compare-fields.js';
export type {
  Candidate,
  CandidateKind,
  CheckResult,
  CheckSummary,
  CompareOptions,
  DocumentResult,
  FailReason,
  FieldMismatch,
  FigureResult,
  MetaMismatch,
  RecordsByFile,
} from './compare-types.js';

export { regionKey };

function recordsFor(recordsByFile: RecordsByFile, path: string): readonly IndicatorRecord[] {
  if (recordsByFile instanceof Map) return recordsByFile.get(path) ?? [];
  return (recordsByFile as Readonly<Record<string, readonly IndicatorRecord[]>>)[path] ?? [];
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
