import { expect } from 'vitest';
import { scanQuantities } from '../../src/numbers/index.js';
import type { Qualifier, Quantity, QuantityKind } from '../../src/record/types.js';

/** What a corpus entry expects of a quantity (the kind follows from the unit). */
export interface Expected {
  valueText: string;
  unit: string;
  measure: string;
  qualifier: Qualifier;
  valueMaxText?: string;
}

export function kindOf(unit: string): QuantityKind {
  return unit === 'count' || unit === 'percent' || unit === 'ratio' ? unit : 'money';
}

/** The fields a corpus compares, in a stable shape. */
export function summary(q: Quantity): Expected & { kind: QuantityKind } {
  const s: Expected & { kind: QuantityKind } = {
    valueText: q.valueText,
    unit: q.unit,
    measure: q.measure,
    qualifier: q.qualifier,
    kind: q.kind,
  };
  if (q.valueMaxText !== undefined) s.valueMaxText = q.valueMaxText;
  return s;
}

/** A normalised exact decimal; only percents (growth rates) may be negative. */
export const VALUE_TEXT_RE = /^(0|-?(0\.\d*[1-9]|[1-9]\d*(\.\d*[1-9])?))$/;

/** Every invariant of one quantity: the span, the value and its exact text. */
export function checkQuantity(text: string, q: Quantity): void {
  expect(text.slice(q.start, q.end)).toBe(q.text);
  expect(q.value).toBe(Number(q.valueText));
  expect(q.valueText).toMatch(VALUE_TEXT_RE);
  if (q.valueText.startsWith('-')) expect(q.kind).toBe('percent');
  if (q.qualifier === 'range') {
    expect(q.valueMaxText).toBeDefined();
    expect(q.valueMax).toBe(Number(q.valueMaxText));
  } else {
    expect(q.valueMax).toBeUndefined();
  }
}

/** Exactly one quantity, spanning the whole text, as expected (Duckling's corpus assertion). */
export function expectSingle(text: string, e: Expected): void {
  const found = scanQuantities(text);
  expect(found.map((q) => q.text), `quantities in ${text}`).toEqual([text]);
  const q = found[0]!;
  expect(q.start).toBe(0);
  expect(q.end).toBe(text.length);
  checkQuantity(text, q);
  expect(summary(q)).toEqual({ ...e, kind: kindOf(e.unit) });
}

/** A corpus: each expected value followed by all of its surface forms. */
export type Corpus = ReadonlyArray<readonly [Expected, ...string[]]>;

export function label(e: Expected): string {
  const max = e.valueMaxText !== undefined ? `–${e.valueMaxText}` : '';
  return `${e.valueText}${max} ${e.unit} ${e.measure} ${e.qualifier}`;
}

/** Shorthand for an expectation. */
export function x(valueText: string, unit: string, measure: string, qualifier: Qualifier = 'exact', valueMaxText?: string): Expected {
  return valueMaxText === undefined ? { valueText, unit, measure, qualifier } : { valueText, unit, measure, qualifier, valueMaxText };
}
