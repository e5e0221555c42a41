/**
 * The text report of `extract check`: one line per failure, then a summary.
 *
 * ✗ seeds/000_x.txt  tech_contract.value  expected 1,273.36 亿元 (2019) — found 975.07 亿元 (tech_contract.transaction_value) at 12:30
 * check: 41 figures, 40 passed, 1 failed (5 files)
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { formatAmount, humanValue, measureAsWritten, qualifierSymbol } from '../output/human.js';
import { groupThousands, numberToDecimal } from '../output/decimal.js';
import type { IndicatorRecord } from '../record/types.js';
import type { Candidate, CheckResult, CheckSummary, FieldMismatch, FigureResult, MetaMismatch } from './compare.js';
import type { ExpectedDocument, ExpectedFigure } from './expectations.js';

export interface ReportOptions {
  /** Colour the report (default false). */
  color?: boolean;
  /** A chalk instance to colour with (when `color`). */
  chalk?: ChalkInstance;
  /** How to name a document (default: its `file:` as written). */
  displayPath?: (doc: ExpectedDocument) => string;
  /** Also list passing figures with ✓. */
  passes?: boolean;
  /** How many candidates to show per failure (default 3). */
  maxCandidates?: number;
}

function unitOfKind(kind: string | undefined): string {
  return kind === 'percent' || kind === 'ratio' ? kind : kind === 'count' ? 'count' : '';
}

/** A value for people, in the figure's measure, else in a nearby record's measure, else grouped. */
function amount(value: number, measure: string | undefined, unit: string | undefined, valueMax: number | undefined, hint?: IndicatorRecord): string {
  if (measure !== undefined) return formatAmount(value, measure, unit ?? '', valueMax);
  if (hint) return formatAmount(value, measureAsWritten(hint.text, hint.measure, hint.unit), hint.unit, valueMax);
  const n = groupThousands(numberToDecimal(value));
  return valueMax === undefined ? n : `${n}–${groupThousands(numberToDecimal(valueMax))}`;
}

function yearText(y: number | null | undefined): string | undefined {
  if (y === undefined) return undefined;
  return y === null ? 'no year' : String(y);
}

/** `>2,700 家 (2019, target)`: the expected figure with the fields it gives. */
export function describeExpected(f: ExpectedFigure, hint?: IndicatorRecord): string {
  const unit = f.unit ?? unitOfKind(f.kind);
  const parts = [
    yearText(f.year),
    f.status === 'target' ? 'target' : undefined,
    f.recordLine !== undefined ? `line ${f.recordLine}` : undefined,
  ];
  const extra = parts.filter((p): p is string => p !== undefined);
  const measure = f.measure === undefined ? undefined : measureAsWritten(f.source, f.measure, unit);
  return `${qualifierSymbol(f.qualifier)}${amount(f.value, measure, unit, f.valueMax, hint)}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}

/**
 * `975.07 亿元 (2019, tech_contract.transaction_value) at 12:30`: a record as
 * seen from a figure (its indicator shown when it differs, its year when the
 * figure gives one).
 */
export function describeRecord(r: IndicatorRecord, f?: ExpectedFigure): string {
  const extra: string[] = [];
  if (f?.year !== undefined) extra.push(yearText(r.year) as string);
  if (f && r.indicator !== f.indicator) extra.push(r.indicator);
  return `${qualifierSymbol(r.qualifier)}${humanValue(r)}${extra.length ? ` (${extra.join(', ')})` : ''} at ${r.line}:${r.column}`;
}

function fieldValue(v: string | number | null | undefined): string {
  if (v === undefined) return 'none';
  if (v === null) return 'null';
  return String(v);
}

/** `year 2018 ≠ expected 2019` */
export function describeMismatch(m: FieldMismatch): string {
  return `${m.field} ${fieldValue(m.actual)} ≠ expected ${fieldValue(m.expected)}`;
}

function candidateText(c: Candidate, f: ExpectedFigure): string {
  const base = describeRecord(c.record, f);
  return c.kind === 'fields' ? `${base}: ${c.mismatches.map(describeMismatch).join(', ')}` : base;
}

/**
 * What went wrong with a figure, in one line without the document and id:
 * `expected 1,273.36 亿元 (2019) — found 1,237.36 亿元 (2019) at 12:5`.
 */
export function figureFailureText(fr: FigureResult, recordCount?: number, maxCandidates = 3): string {
  const f = fr.figure;
  // A number without a measure is shown in the measure of a record of the same indicator.
  const hint = fr.matched ?? fr.candidates.find((c) => c.kind === 'fields' || c.kind === 'same-indicator')?.record;
  const expected = `expected ${describeExpected(f, hint)}`;
  if (fr.pass) return `${expected} — found ${fr.matched ? describeRecord(fr.matched, f) : ''}`;
  // Found with other fields: those records are the answer; others would be noise.
  const pool = fr.reason === 'fields' ? fr.candidates.filter((c) => c.kind === 'fields') : fr.candidates;
  const shown = pool.slice(0, maxCandidates);
  const more = pool.length - shown.length;
  if (shown.length === 0) {
    const why = recordCount === 0 ? 'the file gave no records' : `no ${f.indicator} figures in this file`;
    return `${expected} — not found (${why})`;
  }
  let lead = 'found';
  if (fr.reason === 'indicator') lead = 'found only under another indicator:';
  else if (fr.reason === 'missing') lead = `no ${f.indicator} figures; nearest`;
  return `${expected} — ${lead} ${shown.map((c) => candidateText(c, f)).join('; ')}${more > 0 ? ` (+${more} more)` : ''}`;
}

/** `unexpected >2,700 家 (2019) at 3:17 — not in the expectations (exhaustive)` */
export function unexpectedText(r: IndicatorRecord): string {
  const year = r.year === null ? 'no year' : String(r.year);
  return `unexpected ${qualifierSymbol(r.qualifier)}${humanValue(r)} (${year}${r.status === 'target' ? ', target' : ''}) at ${r.line}:${r.column} — not in the expectations (exhaustive)`;
}

function quoteMeta(v: string | null | undefined): string {
  if (v === undefined) return '(no records to read it from)';
  return v === null ? 'null' : `"${v}"`;
}

/** `expected "2020-09-03" — found "2020-09-04"` */
export function metaText(m: MetaMismatch): string {
  return `expected ${quoteMeta(m.expected)} — found ${quoteMeta(m.actual)}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `check: 41 figures, 40 passed, 1 failed (5 files)`, plus unexpected and metadata counts when any. */
export function formatSummary(s: CheckSummary): string {
  const parts = [plural(s.figures, 'figure'), `${s.passed} passed`, `${s.failed} failed`];
  if (s.unexpected > 0) parts.push(`${s.unexpected} unexpected`);
  if (s.metaMismatches > 0) parts.push(plural(s.metaMismatches, 'metadata mismatch', 'metadata mismatches'));
  return `check: ${parts.join(', ')} (${plural(s.files, 'file')})`;
}

/** The whole text report, newline-terminated. */
export function formatReport(result: CheckResult, opts: ReportOptions = {}): string {
  const c = opts.color ? (opts.chalk ?? new Chalk({ level: 1 })) : new Chalk({ level: 0 });
  const name = opts.displayPath ?? ((d: ExpectedDocument) => d.file);
  const max = opts.maxCandidates ?? 3;
  const lines: string[] = [];
  const bad = c.red('✗');
  for (const dr of result.documents) {
    const file = name(dr.document);
    for (const m of dr.meta) {
      lines.push(`${bad} ${file}  ${c.bold(`meta.${m.field}`)}  ${metaText(m)}`);
    }
    for (const fr of dr.figures) {
      if (fr.pass) {
        if (opts.passes) lines.push(`${c.green('✓')} ${file}  ${fr.figure.indicator}  ${describeExpected(fr.figure, fr.matched)}`);
        continue;
      }
      lines.push(`${bad} ${file}  ${c.bold(fr.figure.indicator)}  ${figureFailureText(fr, dr.recordCount, max)}`);
    }
    for (const r of dr.unexpected) {
      lines.push(`${bad} ${file}  ${c.bold(r.indicator)}  ${unexpectedText(r)}`);
    }
  }
  const summary = formatSummary(result.summary);
  lines.push(result.ok ? c.green(summary) : c.red(summary));
  return lines.join('\n') + '\n';
}
