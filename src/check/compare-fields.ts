/**
 * Whether a record agrees with an expected figure, field by field (year,
 * qualifier, status, unit, valueMax, period, region…).
 */
import type { IndicatorRecord } from '../record/types.js';
import type { FieldMismatch } from './compare-types.js';
import { CHECKED_FIELDS, type CheckedField, type ExpectedFigure } from './expectations-schema.js';
import { partKey, regionKey } from './region-key.js';

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
      return [figure.part, typeof figure.part === 'string' && typeof r.part === 'string' && partKey(figure.part) === partKey(r.part) ? figure.part : r.part];
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
