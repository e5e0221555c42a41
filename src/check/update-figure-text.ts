/**
 * How `extract check --update` writes a record as a figure: the value text
 * that reads back to the record's value, the fields of a new figure, and the
 * short texts the change list shows.
 */
import { shiftDecimal, numberToDecimal } from '../output/decimal.js';
import { measureAsWritten, measureExponent } from '../output/human.js';
import type { IndicatorRecord } from '../record/types.js';
import { recordMatches } from './compare-fields.js';
import type { CheckedField, ExpectedFigure } from './expectations-schema.js';
import { readFigureValue } from './expectations-value.js';

/** The fields a new figure is written with, in this order. */
export interface FigureSpec {
  indicator: string;
  value: number;
  valueMax?: number;
  /** What to write as `value:` (a text figure or a number). */
  valueOut: string | number;
  /** Whether `valueMax` must be written separately (the value text does not carry it). */
  writeValueMax: boolean;
  year: number | null;
  qualifier: string;
  status: string;
  unit: string;
  /** Write `line:` too (the document's figures use it). */
  writeLine: boolean;
  /** The first record of this figure (position, fields). */
  record: IndicatorRecord;
  /** Every record that is this figure (the same figure mentioned again). */
  records: IndicatorRecord[];
}

/** How a text reads back: undefined when it does not give the record's value (and valueMax). */
function readBack(text: string, r: IndicatorRecord): { qualifier?: string } | undefined {
  const v = readFigureValue(text);
  if (typeof v === 'string') return undefined;
  if (v.value !== r.value || v.valueMax !== r.valueMax) return undefined;
  return v.qualifier === undefined ? {} : { qualifier: v.qualifier };
}

/**
 * How to write a record's value, first that reads back to the same value:
 * the record's own text when it is just the figure (`9.9万件`, `1273.36亿元`);
 * the figure in its measure (`2700家` for `超过2700家`, whose qualifier is
 * written as `qualifier: over`); the record's text with its qualifier words;
 * else the base-unit number.
 */
export function figureValueText(r: IndicatorRecord): { value: string | number; carriesMax: boolean } {
  const carriesMax = r.valueMax !== undefined;
  const text = r.text?.trim();
  const own = text ? readBack(text, r) : undefined;
  if (text && own && (own.qualifier === undefined || own.qualifier === 'range')) return { value: text, carriesMax };
  if (r.measure) {
    const measure = measureAsWritten(text, r.measure, r.unit);
    const exp = measureExponent(measure, r.unit);
    const lo = shiftDecimal(numberToDecimal(r.value), -exp);
    const t = r.valueMax === undefined ? `${lo}${measure}` : `${lo}-${shiftDecimal(numberToDecimal(r.valueMax), -exp)}${measure}`;
    if (readBack(t, r)) return { value: t, carriesMax };
  }
  if (text && own) return { value: text, carriesMax };
  return { value: r.value, carriesMax: false };
}

export function specOf(r: IndicatorRecord, writeLine: boolean): FigureSpec {
  const { value, carriesMax } = figureValueText(r);
  const spec: FigureSpec = {
    indicator: r.indicator,
    value: r.value,
    valueOut: value,
    writeValueMax: r.valueMax !== undefined && !carriesMax,
    year: r.year,
    qualifier: r.qualifier,
    status: r.status,
    unit: r.unit,
    writeLine,
    record: r,
    records: [r],
  };
  if (r.valueMax !== undefined) spec.valueMax = r.valueMax;
  return spec;
}

export function specKey(r: IndicatorRecord, withLine: boolean): string {
  return JSON.stringify([r.indicator, r.value, r.valueMax ?? null, r.year, r.qualifier, r.status, r.unit, withLine ? r.line : 0]);
}

export function specMatches(f: ExpectedFigure, s: FigureSpec): boolean {
  return s.records.some((r) => recordMatches(f, r));
}

export function describeSpec(s: FigureSpec): string {
  const extra = [s.year === null ? 'no year' : String(s.year), s.qualifier, s.status, s.unit];
  return `${s.valueOut}${s.writeValueMax ? `–${s.valueMax}` : ''} (${extra.join(', ')})`;
}

export function describeFigure(f: ExpectedFigure): string {
  const extra: string[] = [];
  if (f.year !== undefined) extra.push(f.year === null ? 'no year' : String(f.year));
  if (f.qualifier !== undefined) extra.push(f.qualifier);
  if (f.status !== undefined) extra.push(f.status);
  if (f.unit !== undefined) extra.push(f.unit);
  return `${f.source}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}

export function fieldValueText(v: string | number | null | undefined): string {
  return v === undefined ? 'none' : v === null ? 'null' : String(v);
}

export function byPosition(a: IndicatorRecord, b: IndicatorRecord): number {
  return a.line - b.line || a.column - b.column;
}

/** A new figure as a plain object, keys in the order they are written. */
export function newFigureObject(s: FigureSpec): Record<string, unknown> {
  const obj: Record<string, unknown> = { indicator: s.indicator, value: s.valueOut };
  if (s.writeValueMax && s.valueMax !== undefined) obj.valueMax = s.valueMax;
  obj.year = s.year;
  obj.qualifier = s.qualifier;
  obj.status = s.status;
  obj.unit = s.unit;
  if (s.writeLine) obj.line = s.record.line;
  return obj;
}

/** What to write for a checked field, from a record (undefined: the record lacks it). */
export function recordFieldValue(r: IndicatorRecord, field: CheckedField): unknown {
  switch (field) {
    case 'period':
      return r.period ? { from: r.period.from, to: r.period.to } : undefined;
    case 'per':
      return r.per ? [...r.per] : undefined;
    case 'growth':
      return r.growth?.percent;
    default:
      return r[field];
  }
}
